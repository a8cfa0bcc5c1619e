-- xAPI sources: the Basic credentials an LRS, a content package or a cmi5 player uses on /xapi/,
-- one tenant's each. The secret is kept only as its SHA-256 (it carries 256 random bits).
CREATE TABLE xapi_source (
    id           VARCHAR(36)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name         VARCHAR(200) NOT NULL,
    api_key      VARCHAR(64)  NOT NULL UNIQUE,
    secret_hash  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX xapi_source_tenant ON xapi_source (tenant_id);
