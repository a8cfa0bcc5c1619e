-- Proficio foundation: tenants, API tokens, competency frameworks (CASE), scales, role profiles,
-- content alignments. Portable SQL: the same script runs on H2 2.x and PostgreSQL 13+.
-- Every table but tenant carries tenant_id, and every query filters on it.

CREATE TABLE tenant (
    id           VARCHAR(36)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    slug         VARCHAR(100) NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_token (
    id           VARCHAR(36)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name         VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    token_prefix VARCHAR(16)  NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_tenant ON api_token (tenant_id);

CREATE TABLE framework (
    id               VARCHAR(36)   PRIMARY KEY,
    tenant_id        VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    case_identifier  VARCHAR(200)  NOT NULL,
    title            VARCHAR(1000) NOT NULL,
    uri              VARCHAR(2000),
    creator          VARCHAR(1000),
    version          VARCHAR(200),
    document_json    VARCHAR(1000000) NOT NULL,
    definitions_json VARCHAR(1000000) NOT NULL,
    rubrics_json     VARCHAR(1000000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT framework_case_identifier UNIQUE (tenant_id, case_identifier)
);

CREATE TABLE competency (
    id                    VARCHAR(36)   PRIMARY KEY,
    tenant_id             VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    framework_id          VARCHAR(36)   NOT NULL REFERENCES framework (id),
    case_identifier       VARCHAR(200)  NOT NULL,
    position              INTEGER       NOT NULL,
    full_statement        VARCHAR(10000) NOT NULL,
    abbreviated_statement VARCHAR(1000),
    human_coding_scheme   VARCHAR(200),
    item_type             VARCHAR(200),
    list_enumeration      VARCHAR(50),
    item_json             VARCHAR(1000000) NOT NULL,
    retired_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT competency_case_identifier UNIQUE (framework_id, case_identifier)
);
CREATE INDEX competency_tenant ON competency (tenant_id);

CREATE TABLE framework_association (
    id                     VARCHAR(36)  PRIMARY KEY,
    tenant_id              VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    framework_id           VARCHAR(36)  NOT NULL REFERENCES framework (id),
    position               INTEGER      NOT NULL,
    case_identifier        VARCHAR(200) NOT NULL,
    association_type       VARCHAR(100) NOT NULL,
    origin_identifier      VARCHAR(200) NOT NULL,
    destination_identifier VARCHAR(200) NOT NULL,
    sequence_number        INTEGER,
    association_json       VARCHAR(1000000) NOT NULL
);
CREATE INDEX framework_association_framework ON framework_association (framework_id);

CREATE TABLE scale (
    framework_id      VARCHAR(36) PRIMARY KEY REFERENCES framework (id),
    tenant_id         VARCHAR(36) NOT NULL REFERENCES tenant (id),
    proficient_level  INTEGER     NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE scale_level (
    framework_id  VARCHAR(36)  NOT NULL REFERENCES scale (framework_id),
    level_number  INTEGER      NOT NULL,
    label         VARCHAR(200) NOT NULL,
    descriptor    VARCHAR(4000),
    PRIMARY KEY (framework_id, level_number)
);

CREATE TABLE role_profile (
    id           VARCHAR(36)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name         VARCHAR(200) NOT NULL,
    description  VARCHAR(4000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT role_profile_name UNIQUE (tenant_id, name)
);

CREATE TABLE role_stage (
    id           VARCHAR(36)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    role_id      VARCHAR(36)  NOT NULL REFERENCES role_profile (id),
    position     INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    description  VARCHAR(4000),
    CONSTRAINT role_stage_position UNIQUE (role_id, position)
);

CREATE TABLE role_stage_dimension (
    stage_id     VARCHAR(36)  NOT NULL REFERENCES role_stage (id),
    name         VARCHAR(200) NOT NULL,
    stage_value  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (stage_id, name)
);

CREATE TABLE role_stage_requirement (
    stage_id       VARCHAR(36) NOT NULL REFERENCES role_stage (id),
    competency_id  VARCHAR(36) NOT NULL REFERENCES competency (id),
    level_number   INTEGER     NOT NULL,
    PRIMARY KEY (stage_id, competency_id)
);

CREATE TABLE alignment (
    id             VARCHAR(36)   PRIMARY KEY,
    tenant_id      VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    competency_id  VARCHAR(36)   NOT NULL REFERENCES competency (id),
    content_type   VARCHAR(40)   NOT NULL,
    content_ref    VARCHAR(2000) NOT NULL,
    level_number   INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alignment_content UNIQUE (tenant_id, competency_id, content_type, content_ref)
);
CREATE INDEX alignment_content_ref ON alignment (tenant_id, content_type, content_ref);
