-- People and their identifiers, the evidence ledger, and materialised proficiency.
-- Portable SQL for H2 2.x and PostgreSQL 13+; every table carries tenant_id.

CREATE TABLE person (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name            VARCHAR(400) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    manager_id      VARCHAR(36)  REFERENCES person (id),
    role_id         VARCHAR(36)  REFERENCES role_profile (id),
    stage_position  INTEGER,
    merged_into     VARCHAR(36)  REFERENCES person (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_tenant ON person (tenant_id, status);
CREATE INDEX person_manager ON person (tenant_id, manager_id);

-- One row per identifier in its canonical text form (mailto:…, mbox_sha1sum:…, account:home|name,
-- openid:…, lti:iss|sub, hr:…). "derived" rows are computed (the SHA-1 of a mailto) so that xAPI
-- statements naming the person by mbox_sha1sum find them.
CREATE TABLE person_identifier (
    tenant_id   VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    identifier  VARCHAR(2100) NOT NULL,
    person_id   VARCHAR(36)   NOT NULL REFERENCES person (id),
    derived     BOOLEAN       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, identifier)
);
CREATE INDEX person_identifier_person ON person_identifier (person_id);

-- Append-only: rows are never deleted or changed, except to mark them retracted (and to move
-- them to the surviving person of a merge).
CREATE TABLE evidence (
    id                 VARCHAR(36)   PRIMARY KEY,
    tenant_id          VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    person_id          VARCHAR(36)   NOT NULL REFERENCES person (id),
    competency_id      VARCHAR(36)   NOT NULL REFERENCES competency (id),
    level_number       INTEGER       NOT NULL,
    scaled_score       DOUBLE PRECISION,
    source_kind        VARCHAR(40)   NOT NULL,
    source_ref         VARCHAR(1000) NOT NULL,
    weight             DOUBLE PRECISION NOT NULL,
    observed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100),
    retracted_at       TIMESTAMP WITH TIME ZONE,
    retraction_reason  VARCHAR(1000),
    CONSTRAINT evidence_source UNIQUE (tenant_id, source_kind, source_ref, competency_id)
);
CREATE INDEX evidence_person_competency ON evidence (tenant_id, person_id, competency_id);

CREATE TABLE proficiency (
    person_id       VARCHAR(36)  NOT NULL REFERENCES person (id),
    competency_id   VARCHAR(36)  NOT NULL REFERENCES competency (id),
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    level_number    INTEGER      NOT NULL,
    provisional     BOOLEAN      NOT NULL,
    rolled_up       BOOLEAN      NOT NULL,
    basis           VARCHAR(100000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, competency_id)
);
CREATE INDEX proficiency_competency ON proficiency (tenant_id, competency_id);

CREATE TABLE tenant_settings (
    tenant_id           VARCHAR(36)  PRIMARY KEY REFERENCES tenant (id),
    proficiency_policy  VARCHAR(100) NOT NULL,
    roll_up_rule        VARCHAR(20)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
