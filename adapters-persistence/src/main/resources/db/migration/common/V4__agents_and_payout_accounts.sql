-- Agents (local representatives), payout accounts with their two-part review, documents (metadata only),
-- the preferred account per merchant and currency, and the payout-account events.
-- No foreign key to merchant: that table belongs to another migration.
CREATE TABLE agent (
    id      VARCHAR(40)  PRIMARY KEY,
    country CHAR(2)      NOT NULL,
    name    VARCHAR(200) NOT NULL,
    status  VARCHAR(20)  NOT NULL,
    CONSTRAINT agent_status_known CHECK (status IN ('pending', 'approved', 'suspended'))
);
CREATE INDEX agent_by_country ON agent (country, id);

CREATE TABLE payout_account (
    id                           VARCHAR(40) PRIMARY KEY,
    merchant_id                  VARCHAR(40) NOT NULL,
    country                      CHAR(2)     NOT NULL,
    currency                     CHAR(3)     NOT NULL,
    bank_name                    VARCHAR,
    bank_code                    VARCHAR,
    branch_code                  VARCHAR,
    -- AES-256-GCM, "v1:<key id>:<base64 nonce + ciphertext + tag>"; only the last 4 characters in clear.
    account_number_encrypted     VARCHAR,
    account_number_last4         VARCHAR(4)  NOT NULL,
    beneficiary_name             VARCHAR,
    phone                        VARCHAR,
    business_registration_number VARCHAR,
    agent_id                     VARCHAR(40),
    status                       VARCHAR(20) NOT NULL,
    bank_account_review          VARCHAR(20) NOT NULL,
    bank_account_reasons         VARCHAR     NOT NULL DEFAULT '',
    local_entity_review          VARCHAR(20) NOT NULL,
    local_entity_reasons         VARCHAR     NOT NULL DEFAULT '',
    submitted_at                 TIMESTAMP WITH TIME ZONE,
    review_due_by                TIMESTAMP WITH TIME ZONE,
    -- merchant_id || ':' || currency while this account is preferred (resp. waiting to be), else null:
    -- a plain UNIQUE allows many nulls, so at most one preferred and one pending per merchant and currency.
    preferred_key                VARCHAR(60) UNIQUE,
    preferred_pending_key        VARCHAR(60) UNIQUE,
    CONSTRAINT payout_account_status_known CHECK (status IN ('draft', 'pending_approval', 'active', 'rejected', 'errored')),
    CONSTRAINT payout_account_preferred_or_pending CHECK (preferred_key IS NULL OR preferred_pending_key IS NULL),
    CONSTRAINT payout_account_preferred_key_matches CHECK (preferred_key IS NULL OR preferred_key = merchant_id || ':' || currency),
    CONSTRAINT payout_account_pending_key_matches CHECK (preferred_pending_key IS NULL OR preferred_pending_key = merchant_id || ':' || currency)
);
CREATE INDEX payout_account_by_merchant ON payout_account (merchant_id, id);
CREATE INDEX payout_account_by_merchant_currency ON payout_account (merchant_id, currency, id);
CREATE INDEX payout_account_reviews_due ON payout_account (status, review_due_by, id);

CREATE TABLE payout_account_document (
    payout_account_id VARCHAR(40) NOT NULL REFERENCES payout_account (id),
    position          INT         NOT NULL,
    kind              VARCHAR(40) NOT NULL,
    file_name         VARCHAR,
    content_reference VARCHAR,
    PRIMARY KEY (payout_account_id, position)
);

