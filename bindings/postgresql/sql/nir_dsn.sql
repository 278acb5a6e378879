-- DSN data: 13-character numbers (no key) in the nir13 domain, the dsn
-- profile in CHECK constraints.
SELECT '2550814168025'::nir13, pg_typeof('2550814168025'::nir13);
SELECT nir_to_dsn('2 55 08 14 168 025 38'), nir_to_dsn('2 55 08 14 168 025'), nir_to_dsn('2 84 05 2a 321 025 52');
SELECT nir_with_key('2550814168025'), nir_with_key(nir_to_dsn('2 84 05 2A 321 025'));
SELECT nir_with_key('2550814168025') = '255081416802538'::nir AS same;
-- invalid: not compact, 15 characters, a field, a key, a kind the DSN refuses
SELECT '2 55 08 14 168 025'::nir13;
SELECT '255081416802538'::nir13;
SELECT '2551314168025'::nir13;
SELECT nir_to_dsn('2 55 08 14 168 025 39');
SELECT nir_to_dsn('3 41 06 80 782 005 54');
SELECT '7112312345678'::nir13;

CREATE TABLE dsn_rows (n nir13, full_number nir);
INSERT INTO dsn_rows VALUES ('2550814168025', nir_with_key('2550814168025'));
INSERT INTO dsn_rows (n) VALUES ('2551314168025');
SELECT * FROM dsn_rows;

-- A text column checked under the DSN profile.
CREATE TABLE salaries (n text CHECK (nir_is_valid(n, 'dsn')), amount numeric);
INSERT INTO salaries VALUES ('2550814168025', 1), ('255081416802538', 2);
-- PostgreSQL's own check_violation DETAIL ("Failing row contains ...")
-- would show the row: caught here, see README (log_error_verbosity).
DO $$
BEGIN
    INSERT INTO salaries VALUES ('341068078200554', 3);
EXCEPTION WHEN check_violation THEN
    RAISE NOTICE 'rejected by the CHECK (%)', SQLSTATE;
END $$;
SELECT count(*) FROM salaries;
DROP TABLE dsn_rows, salaries;
