-- xAPI document resources (1.0.3 Communication §2.3 State, §2.6 Agent Profile, §2.7 Activity
-- Profile): a document per tenant, kind, activity, agent, registration and document id, kept with
-- its content type and bytes as sent. Activity IRIs, agent identifiers and document ids can be long,
-- so the key holds their SHA-256 (context_key: kind, activity and agent; document_key: the id) and
-- the text is kept beside it; '' stands for "none" (an activity profile has no agent, a state may
-- have no registration) so that the key has no NULLs.
CREATE TABLE xapi_document (
    tenant_id     VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    context_key   VARCHAR(64)   NOT NULL,
    registration  VARCHAR(36)   NOT NULL,
    document_key  VARCHAR(64)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    activity_id   VARCHAR(2000) NOT NULL,
    agent_ifi     VARCHAR(1000) NOT NULL,
    document_id   VARCHAR(2000) NOT NULL,
    content_type  VARCHAR(255)  NOT NULL,
    content       BYTEA         NOT NULL,
    etag          VARCHAR(40)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, context_key, registration, document_key)
);

-- The canonical definition of each activity a tenant's statements name (Communication §2.5): the
-- definitions statements carried, merged (language maps by language, the rest last one wins).
CREATE TABLE xapi_activity (
    tenant_id        VARCHAR(36)    NOT NULL REFERENCES tenant (id),
    activity_key     VARCHAR(64)    NOT NULL,
    activity_id      VARCHAR(2000)  NOT NULL,
    definition_json  VARCHAR(1000000) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, activity_key)
);

-- The xAPI version a source speaks when a request of it does not say (X-Experience-API-Version
-- missing or unknown): the version Proficio names in its answer. NULL: the latest served, 2.0.0.
ALTER TABLE xapi_source ADD COLUMN default_version VARCHAR(10);

-- The statement a statement's StatementRef object targets (voiding statements included): a query's
-- filters also select statements that target a match (Communication §2.1.3, "Filter Conditions for
-- StatementRefs"). Older statements get it from their JSON's voided target where known.
ALTER TABLE xapi_statement ADD COLUMN ref_id VARCHAR(36);
UPDATE xapi_statement SET ref_id = voids_id WHERE voids_id IS NOT NULL;
CREATE INDEX xapi_statement_ref ON xapi_statement (tenant_id, ref_id);
