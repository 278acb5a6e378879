-- Functions on text that may not be a number (never raise for data) and
-- the field accessors of the nir type.
SELECT left(v, 25) AS v, nir_is_valid(v) AS standard, nir_is_valid(v, 'dsn') AS dsn,
       nir_is_valid(v, 'LENIENT') AS lenient, nir_error(v) AS error,
       nir_error(v, 'dsn') AS dsn_error
FROM (VALUES ('2 55 08 14 168 025 38'), ('2 55 08 14 168 025 39'),
             ('3 41 06 80 782 005 54'), ('711231234567858'), ('2840588321025'),
             ('1 85 07 972 12 005 08'), ('2 55 13 14 168 025 21'),
             ('2 84 05 2C 321 025 52'), (''), ('junk'), (repeat('1', 1000)))
     AS t(v);

-- An unknown profile is an error that does not echo the argument.
SELECT nir_is_valid('2 55 08 14 168 025 38', '255081416802538');
SELECT nir_error('x', 'bogus');
SELECT nir_parse('x', 'bogus');

-- STRICT: NULL in, NULL out.
SELECT nir_is_valid(NULL) IS NULL AS a, nir_error(NULL) IS NULL AS b,
       nir_parse(NULL) IS NULL AS c, nir_kind(NULL) IS NULL AS d,
       nir_is_valid_ntt(NULL) IS NULL AS e;

-- nir_parse: no order, key or number unless show_number => true.
SELECT nir_parse('2 84 05 2A 321 025 52');
SELECT nir_parse('2 84 05 2A 321 025 52', show_number => true);
SELECT nir_parse('2 55 08 14 168 025 39');
SELECT nir_parse('2 55 08 14 168 025 39', 'standard', true) -> 'expected_key' AS expected_key;
SELECT nir_parse('2 95 10 99 126 111 93') - 'message';
SELECT nir_parse('711231234567858');
SELECT nir_parse('1 99 99 99 999 999 95', 'dsn');
SELECT nir_parse('2 84 05 2C 321 025 52');
SELECT nir_parse('');
SELECT k FROM jsonb_object_keys(nir_parse('2 84 05 2A 321 025 52')) k
WHERE k IN ('number', 'order', 'key', 'expected_key');

-- Accessors.
SELECT n, nir_kind(n), nir_sex(n), nir_birth_year(n), nir_birth_month(n),
       nir_department(n), nir_country(n), nir_has_key(n)
FROM (VALUES ('255081416802538'::nir), ('284052A32102552'), ('185079721200508'),
             ('295109912611193'), ('341068078200554'), ('711231234567858'),
             ('2840588321025'), ('1 55 40 14 168 025 18'), ('1 55 99 14 168 025 89'))
     AS t(n);

-- NTT (DSN temporary technical number).
SELECT v, nir_is_valid_ntt(v) AS standard, nir_is_valid_ntt(v, 'lenient') AS lenient
FROM (VALUES ('2732829320MAT0042'), ('112345678901'), ('1123456789'),
             ('3732829320MAT0042'), ('2732829320MAT_0042'), ('2732829320 MAT'),
             (''), ('2 55 08 14 168 025 38')) AS t(v);
