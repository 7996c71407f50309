-- Double-entry ledger: accounts with a maintained balance, immutable entries and their postings.
CREATE TABLE ledger_account (
    account_key  VARCHAR(120) PRIMARY KEY,
    merchant_id  VARCHAR(40),
    account_type VARCHAR(40)  NOT NULL,
    currency     CHAR(3)      NOT NULL,
    balance      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ledger_account_by_merchant ON ledger_account (merchant_id);

CREATE TABLE journal_entry (
    id         VARCHAR(40) PRIMARY KEY,
    cause_kind VARCHAR(30) NOT NULL,
    cause_id   VARCHAR(40) NOT NULL,
    command    VARCHAR(60) NOT NULL,
    posted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX journal_entry_by_cause ON journal_entry (cause_kind, cause_id);

CREATE TABLE ledger_posting (
    entry_id    VARCHAR(40)  NOT NULL REFERENCES journal_entry (id),
    line_no     INT          NOT NULL,
    account_key VARCHAR(120) NOT NULL REFERENCES ledger_account (account_key),
    currency    CHAR(3)      NOT NULL,
    amount      BIGINT       NOT NULL,
    posted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, line_no),
    CONSTRAINT posting_moves_money CHECK (amount <> 0)
);
CREATE INDEX ledger_posting_by_account ON ledger_posting (account_key, posted_at);

CREATE TABLE operator (
    id           VARCHAR(40)  PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    api_key_hash CHAR(64)     NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
