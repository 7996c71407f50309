-- No query reads postings by account: balances are maintained, the ledger check aggregates whole tables,
-- entries are read by their cause. Every posting to a platform account (each sale and refund of every
-- merchant has one) went into the same right-most page of this index, so all inserts queued on it.
DROP INDEX ledger_posting_by_account;
