-- The nir type: every written form libnir accepts, compact output, the
-- spaced and masked forms, casts, binary I/O and the on-disk layout.
CREATE EXTENSION nir;

-- Accepted forms (STANDARD profile): all give the compact form.
SELECT v AS input, v::nir AS stored
FROM (VALUES ('255081416802538'),
             ('2 55 08 14 168 025 38'),
             ('2.55.08.14.168.025.38'),
             ('2-55-08-14-168-025-38'),
             ('  2 55 08 14 168 025 38  '),
             ('2 84 05 2a 321 025 52'),
             ('2 84 05 2B 321 025 79'),
             (E'2\u00a055\u00a008 14 168 025 38'),
             (E'2\u202f55 08 14 168 025 38'),
             ('２５５０８１４１６８０２５３８'),
             ('1 85 07 972 12 005 08'),
             ('2 95 10 99 126 111 93'),
             ('3 41 06 80 782 005 54'),
             ('7 1 123 12345678 58'),
             ('2840588321025')) AS t(v);

-- Output forms.
SELECT nir_format(n), nir_mask(n), nir_has_key(n)
FROM (VALUES ('284052A32102552'::nir), ('185079721200508'), ('711231234567858'),
             ('2840588321025')) AS t(n);

-- Casts: from and to text (and varchar), implicit to text.
SELECT '2 55 08 14 168 025 38'::text::nir, '255081416802538'::varchar::nir;
SELECT length('2 55 08 14 168 025 38'::nir), '2 55 08 14 168 025 38'::nir::text AS as_text,
       '255081416802538'::nir = '2 55 08 14 168 025 38'::text AS text_equal;
CREATE TABLE src (t text);
INSERT INTO src VALUES ('2 55 08 14 168 025 38'), ('2840588321025');
CREATE TABLE dst (n nir);
INSERT INTO dst SELECT t FROM src;   -- assignment cast
SELECT n, pg_typeof(n) FROM dst ORDER BY n;
SELECT pg_column_size(n) FROM dst LIMIT 1;
SELECT typlen, typbyval FROM pg_type WHERE typname = 'nir';

-- Bad input of every class: SQLSTATE 22P02, the field and its position,
-- never the value (shows_value: 6 digits of it in the message).
CREATE FUNCTION try_nir(v text, OUT state text, OUT message text,
                        OUT shows_value boolean) AS $$
BEGIN
    PERFORM v::nir;
    state := 'ok';
EXCEPTION WHEN OTHERS THEN
    state := SQLSTATE;
    message := SQLERRM;
    shows_value := regexp_replace(SQLERRM, '[ .-]', '', 'g') ~ '[0-9]{6}';
END $$ LANGUAGE plpgsql;

SELECT label, (try_nir(v)).*
FROM (VALUES ('empty', ''),
             ('separators only', ' . - '),
             ('too short', '25508141680253'),
             ('too long', '2550814168025380'),
             ('much too long', repeat('2', 300)),
             ('junk', 'hello world!'),
             ('control byte', E'25508\x01141680253'),
             ('tab', E'2\t55 08 14 168 025 38'),
             ('2C', '2 84 05 2C 321 025 52'),
             ('letter', '2 55 08 14 1X8 025 38'),
             ('sex digit', '9 55 08 14 168 025 38'),
             ('month', '2 55 13 14 168 025 21'),
             ('department', '2 55 08 00 168 025 38'),
             ('commune', '2 55 08 14 000 025 38'),
             ('country', '2 95 10 99 000 111 93'),
             ('order', '2 55 08 14 168 000 38'),
             ('key', '2 55 08 14 168 025 39'),
             ('key 00', '2 55 08 14 168 025 00'),
             ('emoji', '2 55 08 14 168 025 3😀')) AS t(label, v);

-- The plain error, as a client sees it.
SELECT '2 55 08 14 168 025 39'::nir;
SELECT ''::nir;

-- Binary send and receive: the compact text.
SELECT nir_send('2 84 05 2a 321 025 52'::nir);
-- (run_tests.sh gives a directory the server writes to; else /tmp)
\getenv nir_out_dir NIR_TEST_OUT_DIR
\if :{?nir_out_dir}
\else
\set nir_out_dir '/tmp'
\endif
\set binfile :nir_out_dir '/nir.bin'
COPY dst TO :'binfile' (FORMAT binary);
CREATE TABLE dst2 (n nir);
COPY dst2 FROM :'binfile' (FORMAT binary);
SELECT n FROM dst2 ORDER BY n;
SELECT (SELECT array_agg(n ORDER BY n) FROM dst) = (SELECT array_agg(n ORDER BY n) FROM dst2) AS binary_round_trip;

-- The on-disk layout (nir_pg.h) must never change under pg_upgrade: one
-- 4-bit symbol a character, '0' = 1 ... '9' = 10, 'A' = 11, 'B' = 12.
CREATE CAST (nir AS bigint) WITHOUT FUNCTION;
SELECT n, n::bigint AS packed, to_hex(n::bigint) AS hex
FROM (VALUES ('255081416802538'::nir), ('284052A32102552'), ('284052B32102579'),
             ('2840588321025')) AS t(n);
DROP CAST (nir AS bigint);

DROP TABLE src, dst, dst2;
