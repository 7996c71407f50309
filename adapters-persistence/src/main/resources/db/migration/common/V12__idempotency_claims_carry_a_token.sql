-- Which request holds an in-progress claim: a request whose claim was taken over (it ran longer than the
-- takeover delay) can then neither store its response over the later request's nor release its claim.
-- Rows claimed before this migration have no token; they expire within a day.
ALTER TABLE idempotency_key ADD COLUMN claim_token VARCHAR(36);
