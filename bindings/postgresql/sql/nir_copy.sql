-- COPY into a nir column: an invalid row stops the load with an error
-- naming the line and the column, never the value.
-- (run_tests.sh gives a copy the server can read; else the source tree's)
\getenv copy_file NIR_COPY_FILE
\if :{?copy_file}
\else
\getenv abs_srcdir PG_ABS_SRCDIR
\set copy_file :abs_srcdir '/data/copy_rows.txt'
\endif
CREATE TABLE loaded (id int, n nir);
COPY loaded FROM :'copy_file' (FORMAT csv);
SELECT count(*) FROM loaded;

-- The same from STDIN, text format.
COPY loaded FROM STDIN;
1	2 55 08 14 168 025 38
2	2 84 05 2a 321 025 52
3	2 84 05 2A 321 025 53
4	1 85 07 972 12 005 08
\.
SELECT count(*) FROM loaded;

-- The valid rows load; the nir13 domain has the same kind of error.
COPY loaded FROM STDIN;
1	2 55 08 14 168 025 38
2	2 84 05 2a 321 025 52
\.
SELECT id, n FROM loaded ORDER BY id;
CREATE TABLE loaded13 (id int, n nir13);
COPY loaded13 FROM STDIN (FORMAT csv);
1,2550814168025
2,2551314168025
\.

-- Rows that are not numbers at all: the value is not shown either.
COPY loaded FROM STDIN (FORMAT csv);
7,hello
\.

-- Binary COPY: nir_recv checks what it receives like the text input.
\getenv nir_out_dir NIR_TEST_OUT_DIR
\if :{?nir_out_dir}
\else
\set nir_out_dir '/tmp'
\endif
\set binfile :nir_out_dir '/texts.bin'
CREATE TABLE texts (id int, n text);
INSERT INTO texts VALUES (1, '255081416802538'), (2, '2 84 05 2A 321 025 52'),
                         (3, '255081416802539');
COPY texts TO :'binfile' (FORMAT binary);
TRUNCATE loaded;
COPY loaded FROM :'binfile' (FORMAT binary);
DELETE FROM texts WHERE id = 3;
COPY texts TO :'binfile' (FORMAT binary);
COPY loaded FROM :'binfile' (FORMAT binary);
SELECT id, n FROM loaded ORDER BY id;

-- The check of the nir13 domain, called directly.
SELECT nir13_check('2550814168025');
SELECT nir13_check('2550814168025 ');
DROP TABLE loaded, loaded13, texts;
