-- LTI 1.3: platform registrations and their deployments (per tenant), the tool's signing keys
-- (installation-wide, published at /lti/jwks), application secrets, and the short-lived state of
-- launches in progress (OIDC login state, used nonces). All shared between application nodes.

CREATE TABLE lti_platform (
    id                     VARCHAR(36)   PRIMARY KEY,
    tenant_id              VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    issuer                 VARCHAR(500)  NOT NULL,
    client_id              VARCHAR(255)  NOT NULL,
    name                   VARCHAR(200),
    auth_login_url         VARCHAR(2000) NOT NULL,
    token_url              VARCHAR(2000) NOT NULL,
    jwks_url               VARCHAR(2000) NOT NULL,
    accept_new_deployments BOOLEAN       NOT NULL,
    product_family         VARCHAR(100),
    registered_via         VARCHAR(20)   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The login looks a platform up by issuer and client_id before any tenant is known, so the pair is
    -- unique across tenants (Canvas shares one issuer between all its customers; client ids differ).
    CONSTRAINT lti_platform_issuer_client UNIQUE (issuer, client_id)
);
CREATE INDEX lti_platform_tenant ON lti_platform (tenant_id);

CREATE TABLE lti_deployment (
    platform_id    VARCHAR(36)  NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    deployment_id  VARCHAR(255) NOT NULL,
    tenant_id      VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    origin         VARCHAR(20)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform_id, deployment_id)
);

-- The tool's RSA keys. The private key is kept only encrypted (JWE, A256GCM under the secret key of
-- the installation). A key is published from created_at, signs from signs_from, and is published
-- until published_until (set when a successor starts signing, plus the longest token lifetime).
CREATE TABLE tool_key (
    kid              VARCHAR(64)   PRIMARY KEY,
    public_jwk       VARCHAR(4000) NOT NULL,
    private_jwk_jwe  VARCHAR(8000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    signs_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    published_until  TIMESTAMP WITH TIME ZONE
);

-- Secrets of the installation other than keys (e.g. the key that signs page sessions), encrypted.
CREATE TABLE app_secret (
    name        VARCHAR(100)  PRIMARY KEY,
    value_jwe   VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- OIDC login state (Security Framework §5.1.1.2): issued at /lti/login, consumed once at /lti/launch.
CREATE TABLE lti_login_state (
    state            VARCHAR(64)   PRIMARY KEY,
    platform_id      VARCHAR(36)   NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    nonce            VARCHAR(64)   NOT NULL,
    target_link_uri  VARCHAR(2000) NOT NULL,
    binding          VARCHAR(20)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lti_login_state_expiry ON lti_login_state (expires_at);

-- Nonces of accepted id_tokens, kept until the token could no longer be valid.
CREATE TABLE lti_nonce (
    platform_id  VARCHAR(36)  NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    nonce        VARCHAR(255) NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (platform_id, nonce)
);
CREATE INDEX lti_nonce_expiry ON lti_nonce (expires_at);

-- The course an alignment was tagged in from the LMS (an instructor's page lists its course's tags).
ALTER TABLE alignment ADD COLUMN course_ref VARCHAR(1000);
CREATE INDEX alignment_course ON alignment (tenant_id, course_ref);

-- Invitations to register a platform by LTI Dynamic Registration: the URL an LMS administrator
-- pastes into the LMS carries the secret (kept hashed); each is used once and expires.
CREATE TABLE lti_registration_invite (
    id           VARCHAR(36)  PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    secret_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    platform_id  VARCHAR(36)
);
