-- See V1_1: PostgreSQL enforces append-only with a trigger; H2 relies on the adapter.
SELECT 1;
