-- Statement ids are UUIDs: an index on the id alone lets a batch's duplicate check and the mapping
-- worker look a batch of ids up by index on every database (H2 uses an IN list only on an index's
-- first column).
CREATE INDEX xapi_statement_id ON xapi_statement (id);

-- What the agent, related_agents and related_activities filters match (xAPI 1.0.3 Communication
-- §2.1.3): kind 'agent' (actor, object agent, their group members), 'related-agent' (authority,
-- instructor, team and the same in a SubStatement), 'related-activity' (object and context activities).
CREATE TABLE xapi_statement_key (
    tenant_id     VARCHAR(36)   NOT NULL,
    statement_id  VARCHAR(36)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    key_value     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (tenant_id, statement_id, kind, key_value),
    FOREIGN KEY (tenant_id, statement_id) REFERENCES xapi_statement (tenant_id, id)
);
CREATE INDEX xapi_statement_key_lookup ON xapi_statement_key (tenant_id, kind, key_value);

-- Attachment data (Communication §1.5.2), once per tenant and SHA-2 hash however many statements
-- name it.
CREATE TABLE xapi_attachment (
    tenant_id     VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    sha2          VARCHAR(128) NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    length        BIGINT       NOT NULL,
    content       BYTEA        NOT NULL,
    stored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, sha2)
);

-- A tenant's mapping rules (verb -> effect); no row means the defaults.
CREATE TABLE xapi_mapping_rules (
    tenant_id   VARCHAR(36)    NOT NULL PRIMARY KEY REFERENCES tenant (id),
    rules_json  VARCHAR(100000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Upstream LRSs Proficio pulls statements from, with the checkpoint of the last statement taken
-- (stored time and id, since stored times tie) and the back-off state. The password is encrypted
-- under the installation's secret key; statements pulled are stored as from source_id.
CREATE TABLE xapi_upstream (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    source_id          VARCHAR(36)   NOT NULL REFERENCES xapi_source (id),
    name               VARCHAR(200)  NOT NULL,
    endpoint           VARCHAR(2000) NOT NULL,
    username           VARCHAR(500)  NOT NULL,
    password_encrypted VARCHAR(4000) NOT NULL,
    activity_filter    VARCHAR(2000),
    verb_filter        VARCHAR(2000),
    poll_seconds       INTEGER       NOT NULL,
    enabled            BOOLEAN       NOT NULL,
    checkpoint_stored  TIMESTAMP WITH TIME ZONE,
    checkpoint_id      VARCHAR(36),
    next_poll_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    failures           INTEGER       NOT NULL,
    last_error         VARCHAR(1000),
    last_polled_at     TIMESTAMP WITH TIME ZONE,
    pulled             BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX xapi_upstream_tenant ON xapi_upstream (tenant_id);
