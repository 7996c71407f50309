-- PostgreSQL only (H2 has no partial indexes): the same rule as the UNIQUE preferred_key of V4, said directly.
CREATE UNIQUE INDEX payout_account_one_preferred ON payout_account (merchant_id, currency) WHERE preferred_key IS NOT NULL;
CREATE UNIQUE INDEX payout_account_one_pending_preferred ON payout_account (merchant_id, currency) WHERE preferred_pending_key IS NOT NULL;
