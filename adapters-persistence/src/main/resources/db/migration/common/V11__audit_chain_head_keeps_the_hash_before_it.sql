-- On PostgreSQL a command's audit row is now chained by the database, in the statement that moves the chain's head:
-- the head takes its new index and hash, and keeps the hash it replaces so that the same statement can write it into
-- the new row's previous_hash. Heads moved before this version have none, and need none.
ALTER TABLE audit_chain ADD COLUMN previous_hash CHAR(64);
