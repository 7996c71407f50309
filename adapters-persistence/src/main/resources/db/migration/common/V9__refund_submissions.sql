-- A refund sent to the gateway whose answer is not recorded yet, and when to send it again. The row is
-- written by the transaction that sends the refund (approval, retry) and deleted by the one that records
-- the answer. So when the process stops between a commit and the gateway call, or an answer is lost,
-- the row stays and the refund_resends job sends the refund again (same attempt: the gateway's key).
-- A table of its own, not a column of refund: refund updates change no indexed column and stay HOT.
CREATE TABLE refund_submission (
    refund_id VARCHAR(40) PRIMARY KEY REFERENCES refund (id),
    resend_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resends   INT NOT NULL DEFAULT 0
);
CREATE INDEX refund_submission_due ON refund_submission (resend_at, refund_id);

-- Refunds already in processing were sent before this table existed: their answers are overdue at once.
INSERT INTO refund_submission (refund_id, resend_at) SELECT id, updated_at FROM refund WHERE status = 'processing';
