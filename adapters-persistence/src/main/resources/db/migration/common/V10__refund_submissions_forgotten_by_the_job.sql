-- What changed since V9: recording a successful answer no longer deletes the refund's row here. PostgreSQL
-- planned that delete as a scan of the whole table (every row of it was deleted within minutes, so its
-- statistics called it empty), and the scan grew with the rate of refunds. Now the approval or retry that
-- sends an attempt writes or replaces the row; a failed attempt's row is deleted at once (a build before
-- this one sends the next attempt with a plain insert); and the refund_resends job forgets the rows that
-- are overdue and whose refund has left processing, a thousand at a time.
COMMENT ON TABLE refund_submission IS 'A refund attempt sent to the gateway, and when to send it again if the refund is still in processing. Written or replaced by each send, deleted when the attempt fails; rows whose refund left processing otherwise are removed by the refund_resends job once overdue.';
