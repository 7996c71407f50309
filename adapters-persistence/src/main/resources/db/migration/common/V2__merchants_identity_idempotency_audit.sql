CREATE TABLE merchant (
    id                        VARCHAR(40)  PRIMARY KEY,
    name                      VARCHAR(200) NOT NULL,
    country                   CHAR(2)      NOT NULL,
    default_currency          CHAR(3)      NOT NULL,
    kyc_shop_information      VARCHAR(20)  NOT NULL,
    kyc_business_information  VARCHAR(20)  NOT NULL,
    kyc_review_due_by         TIMESTAMP WITH TIME ZONE,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE merchant_user (
    id          VARCHAR(40)  PRIMARY KEY,
    merchant_id VARCHAR(40)  NOT NULL REFERENCES merchant (id),
    email       VARCHAR(254) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    roles       VARCHAR(1000) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT merchant_user_email_unique UNIQUE (merchant_id, email)
);
CREATE INDEX merchant_user_by_merchant ON merchant_user (merchant_id, id);

-- Custom roles; the four built-in roles live in the domain.
CREATE TABLE merchant_role (
    merchant_id VARCHAR(40)  NOT NULL REFERENCES merchant (id),
    name        VARCHAR(60)  NOT NULL,
    permissions VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (merchant_id, name)
);

CREATE TABLE api_key (
    id         VARCHAR(40) PRIMARY KEY,
    user_id    VARCHAR(40) NOT NULL REFERENCES merchant_user (id),
    key_hash   CHAR(64)    NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_key_by_user ON api_key (user_id);

CREATE TABLE idempotency_key (
    principal_id    VARCHAR(60)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    response_status INT,
    response_body   VARCHAR(1000000),
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (principal_id, idempotency_key)
);
CREATE INDEX idempotency_key_by_expiry ON idempotency_key (expires_at);

-- Append-only audit log, one hash chain per merchant (and one for platform objects).
CREATE TABLE audit_chain (
    chain      VARCHAR(60) PRIMARY KEY,
    last_index BIGINT      NOT NULL,
    last_hash  CHAR(64)    NOT NULL
);

CREATE TABLE audit_event (
    id            VARCHAR(40)  PRIMARY KEY,
    chain         VARCHAR(60)  NOT NULL,
    chain_index   BIGINT       NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_type    VARCHAR(20)  NOT NULL,
    actor_id      VARCHAR(60)  NOT NULL,
    merchant_id   VARCHAR(40),
    command       VARCHAR(60)  NOT NULL,
    object_type   VARCHAR(40)  NOT NULL,
    object_id     VARCHAR(60)  NOT NULL,
    from_state    VARCHAR(400),
    to_state      VARCHAR(400) NOT NULL,
    request_id    VARCHAR(80),
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL,
    CONSTRAINT audit_event_chain_position UNIQUE (chain, chain_index)
);
CREATE INDEX audit_event_by_merchant ON audit_event (merchant_id, id);
