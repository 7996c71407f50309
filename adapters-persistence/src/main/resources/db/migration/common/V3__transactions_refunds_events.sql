-- Payment transactions (SPEC §5). "transaction" is a reserved word, hence payment_transaction.
-- No foreign key to merchant: that table arrives in another migration line.
CREATE TABLE payment_transaction (
    id                   VARCHAR(40)  PRIMARY KEY,
    merchant_id          VARCHAR(40)  NOT NULL,
    reference            VARCHAR(100) NOT NULL,
    amount               BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    payment_method_type  VARCHAR(20)  NOT NULL,
    payment_method_brand VARCHAR(40),
    payment_method_last4 CHAR(4),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_transaction_reference_per_merchant UNIQUE (merchant_id, reference),
    CONSTRAINT payment_transaction_amount_positive CHECK (amount > 0),
    CONSTRAINT payment_transaction_status_known CHECK (status IN ('pending', 'completed', 'cancelled')),
    CONSTRAINT payment_transaction_completed_at CHECK ((status = 'completed' AND completed_at IS NOT NULL)
                                                       OR (status <> 'completed' AND completed_at IS NULL))
);
-- Newest-first keyset pages per merchant.
CREATE INDEX payment_transaction_newest ON payment_transaction (merchant_id, created_at DESC, id DESC);
-- The settlement sweep reads completed sales by merchant, currency and completion time.
CREATE INDEX payment_transaction_settlement ON payment_transaction (merchant_id, currency, status, completed_at);

-- Refunds (SPEC §6). The four-eyes rule holds in the database too: nobody decides their own refund.
CREATE TABLE refund (
    id                 VARCHAR(40)  PRIMARY KEY,
    transaction_id     VARCHAR(40)  NOT NULL REFERENCES payment_transaction (id),
    merchant_id        VARCHAR(40)  NOT NULL,
    amount             BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    reason             VARCHAR(500),
    status             VARCHAR(20)  NOT NULL,
    created_by         VARCHAR(60)  NOT NULL,
    approved_by        VARCHAR(60),
    rejected_by        VARCHAR(60),
    rejection_reason   VARCHAR(500),
    failure_code       VARCHAR(60),
    attempts           INT          NOT NULL DEFAULT 0,
    next_retry_at      TIMESTAMP WITH TIME ZONE,
    expected_credit_by TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT refund_amount_positive CHECK (amount > 0),
    CONSTRAINT refund_status_known CHECK (status IN ('pending_approval', 'processing', 'completed', 'failed', 'rejected', 'cancelled')),
    CONSTRAINT refund_four_eyes_approval CHECK (approved_by IS NULL OR approved_by <> created_by),
    CONSTRAINT refund_four_eyes_rejection CHECK (rejected_by IS NULL OR rejected_by <> created_by)
);
CREATE INDEX refund_by_transaction ON refund (transaction_id);
CREATE INDEX refund_newest ON refund (merchant_id, created_at DESC, id DESC);
CREATE INDEX refund_due_for_retry ON refund (status, next_retry_at);

-- Transactional outbox of domain events (SPEC §14), with the delivery state webhooks will use.
CREATE TABLE domain_event (
    id                VARCHAR(40)    PRIMARY KEY,
    merchant_id       VARCHAR(40)    NOT NULL,
    type              VARCHAR(60)    NOT NULL,
    object_id         VARCHAR(40)    NOT NULL,
    payload           VARCHAR(10000) NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivery_status   VARCHAR(20)    NOT NULL DEFAULT 'pending',
    delivery_attempts INT            NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT domain_event_delivery_status_known CHECK (delivery_status IN ('pending', 'delivered'))
);
CREATE INDEX domain_event_newest ON domain_event (merchant_id, occurred_at DESC, id DESC);
CREATE INDEX domain_event_undelivered ON domain_event (delivery_status, next_attempt_at);
