-- A refund row is updated twice right after it is written (approved, then completed). With status in an
-- index every such update wrote a new entry into each of the table's four indexes. Only failed refunds
-- carry next_retry_at (the domain requires it), so the retry queue indexes that column alone, and only
-- where it is set: the updates that do not fail a refund change no indexed column, and with room left
-- on each page they stay heap-only (HOT), touching no index at all.
DROP INDEX refund_due_for_retry;
CREATE INDEX refund_due_for_retry ON refund (next_retry_at, id) WHERE next_retry_at IS NOT NULL;
ALTER TABLE refund SET (fillfactor = 80);
