-- H2 runs triggers only as Java classes; the embedded database relies on the adapter never
-- issuing UPDATE or DELETE on journal_entry and ledger_posting. PostgreSQL enforces it with triggers.
SELECT 1;
