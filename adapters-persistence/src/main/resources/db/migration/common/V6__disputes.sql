-- Disputes and chargebacks (SPEC §7), with the merchant's evidence: its texts on the dispute row, its
-- documents' metadata in dispute_document (the bytes live in the content-addressed document store,
-- found by sha256). The state rules of the domain hold here too, so no writer can store a closed
-- dispute without its closure or evidence on a dispute that still needs a response.
CREATE TABLE dispute (
    id                     VARCHAR(40)  PRIMARY KEY,
    transaction_id         VARCHAR(40)  NOT NULL REFERENCES payment_transaction (id),
    merchant_id            VARCHAR(40)  NOT NULL,
    amount                 BIGINT       NOT NULL,
    currency               CHAR(3)      NOT NULL,
    reason                 VARCHAR(40)  NOT NULL,
    source                 VARCHAR(20)  NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    respond_by             TIMESTAMP WITH TIME ZONE NOT NULL,
    chargeback_fee         BIGINT       NOT NULL,
    -- Evidence texts: at most 20,000 characters each in the domain; room for UTF-16 surrogate pairs.
    product_description    VARCHAR(40000),
    customer_communication VARCHAR(40000),
    shipping_tracking      VARCHAR(40000),
    refund_policy          VARCHAR(40000),
    uncategorized_text     VARCHAR(40000),
    evidence_submitted_at  TIMESTAMP WITH TIME ZONE,
    closure                VARCHAR(20),
    closed_at              TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dispute_amount_positive CHECK (amount > 0),
    CONSTRAINT dispute_fee_not_negative CHECK (chargeback_fee >= 0),
    CONSTRAINT dispute_claim_has_no_fee CHECK (source = 'chargeback' OR chargeback_fee = 0),
    CONSTRAINT dispute_reason_known CHECK (reason IN ('fraudulent', 'product_not_received', 'product_unacceptable', 'duplicate',
                                                      'credit_not_processed', 'general')),
    CONSTRAINT dispute_source_known CHECK (source IN ('claim', 'chargeback')),
    CONSTRAINT dispute_status_known CHECK (status IN ('needs_response', 'under_review', 'won', 'lost')),
    CONSTRAINT dispute_closure_known CHECK (closure IS NULL OR closure IN ('accepted', 'expired', 'decided')),
    CONSTRAINT dispute_closed_with_closure CHECK ((status IN ('won', 'lost')) = (closure IS NOT NULL)
                                                  AND (closure IS NULL) = (closed_at IS NULL)),
    CONSTRAINT dispute_evidence_when_responded CHECK ((status = 'needs_response' AND evidence_submitted_at IS NULL)
                                                      OR (status = 'under_review' AND evidence_submitted_at IS NOT NULL)
                                                      OR (status IN ('won', 'lost')
                                                          AND (closure = 'decided') = (evidence_submitted_at IS NOT NULL)))
);
-- The transaction's open and lost disputes count against its refundable and disputable amounts.
CREATE INDEX dispute_by_transaction ON dispute (transaction_id);
-- Newest-first keyset pages per merchant.
CREATE INDEX dispute_newest ON dispute (merchant_id, created_at DESC, id DESC);
-- The expiry job claims disputes that still need a response, earliest deadline first.
CREATE INDEX dispute_due_for_expiry ON dispute (status, respond_by);

CREATE TABLE dispute_document (
    dispute_id   VARCHAR(40)  NOT NULL REFERENCES dispute (id),
    line_no      INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(10)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    PRIMARY KEY (dispute_id, line_no),
    CONSTRAINT dispute_document_type_known CHECK (content_type IN ('pdf', 'png', 'jpg')),
    CONSTRAINT dispute_document_size CHECK (size_bytes BETWEEN 1 AND 5242880)
);
