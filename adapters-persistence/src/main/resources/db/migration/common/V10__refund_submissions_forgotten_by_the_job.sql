-- What changed since V9: recording the gateway's answer no longer deletes the refund's row here. PostgreSQL
-- plans that delete as a scan of the whole table (every row of it is deleted within minutes, so its
-- statistics call it empty), and the scan grew with the rate of refunds. Instead the approval or retry
-- that sends an attempt writes or replaces the row, and the refund_resends job forgets the rows that are
-- overdue and whose refund has left processing, a thousand at a time.
COMMENT ON TABLE refund_submission IS 'A refund attempt sent to the gateway, and when to send it again if the refund is still in processing. Written or replaced by each send; rows whose refund left processing are removed by the refund_resends job once overdue.';
