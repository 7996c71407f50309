-- Every sale and refund of every merchant posts to the same few platform accounts, and the foreign key
-- check of each posting takes a share lock on that account's row: with many transactions at once,
-- PostgreSQL records the holders as a multixact, one more per transaction, all on one row. The key is
-- replaced by what it guarded: an account can neither be deleted nor re-keyed (below), the ledger
-- adapter creates an account before its first posting, and the ledger check reports any posting to an
-- account that does not exist. H2 keeps the foreign key.
ALTER TABLE ledger_posting DROP CONSTRAINT ledger_posting_account_key_fkey;

CREATE FUNCTION refuse_account_removal() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ledger accounts are permanent: % of % refused', TG_OP, OLD.account_key;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_account_is_permanent BEFORE DELETE OR UPDATE OF account_key ON ledger_account
    FOR EACH ROW EXECUTE FUNCTION refuse_account_removal();
CREATE TRIGGER ledger_balance_shard_is_permanent BEFORE DELETE OR UPDATE OF account_key, shard ON ledger_balance_shard
    FOR EACH ROW EXECUTE FUNCTION refuse_account_removal();
