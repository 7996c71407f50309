-- A command's last writes now travel to PostgreSQL with its COMMIT, so a write that must change exactly one row (a
-- maintained balance, a refund already locked) can no longer be checked by the application once it has run: the
-- database checks it, and refuses the commit with this message when the row was not there.
CREATE FUNCTION paydesk_expect_one_row(changed BIGINT, otherwise TEXT) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
BEGIN
    IF changed <> 1 THEN
        RAISE EXCEPTION '%', otherwise USING ERRCODE = 'PDK01', HINT = changed || ' rows changed instead of one';
    END IF;
    RETURN TRUE;
END
$$;
