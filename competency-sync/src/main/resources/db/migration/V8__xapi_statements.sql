-- xAPI statements as received (the JSON kept whole, with the server's id, stored and authority),
-- with the columns queries filter on, and the durable queue of statements still to turn into
-- evidence: a statement and its queue row commit together, so nothing acknowledged is lost.
CREATE TABLE xapi_statement (
    tenant_id       VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    id              VARCHAR(36)   NOT NULL,
    source_id       VARCHAR(36)   NOT NULL REFERENCES xapi_source (id),
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    verb_id         VARCHAR(2000) NOT NULL,
    activity_id     VARCHAR(2000),
    actor_ifi       VARCHAR(1000),
    registration    VARCHAR(36),
    voids_id        VARCHAR(36),
    voided          BOOLEAN       NOT NULL,
    version         VARCHAR(20)   NOT NULL,
    statement_json  VARCHAR(1000000) NOT NULL,
    mapping_status  VARCHAR(40)   NOT NULL,
    mapping_detail  VARCHAR(1000),
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX xapi_statement_stored ON xapi_statement (tenant_id, stored_at, id);
CREATE INDEX xapi_statement_activity ON xapi_statement (tenant_id, activity_id);
CREATE INDEX xapi_statement_actor ON xapi_statement (tenant_id, actor_ifi);

CREATE TABLE xapi_mapping_queue (
    tenant_id        VARCHAR(36) NOT NULL,
    statement_id     VARCHAR(36) NOT NULL,
    enqueued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER     NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, statement_id),
    FOREIGN KEY (tenant_id, statement_id) REFERENCES xapi_statement (tenant_id, id)
);
CREATE INDEX xapi_mapping_queue_due ON xapi_mapping_queue (next_attempt_at);
