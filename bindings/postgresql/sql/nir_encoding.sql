-- Databases in other encodings: SQL_ASCII (bytes as given: invalid UTF-8
-- is a character error) and LATIN1 (converted: its no-break space is a
-- separator).
CREATE DATABASE nir_sql_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE nir_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
\c nir_sql_ascii
SET client_encoding = 'SQL_ASCII';
CREATE EXTENSION nir;
SELECT nir_is_valid(E'2 55 08 14 168 025 38'), nir_is_valid(E'2 55 08 14 168 025 3\xff'),
       nir_error(E'2 55 08 14 168 025 3\xff'), nir_error(E'2 55 08 \xc3\x28 168 025 38'),
       nir_is_valid(E'2\xc2\xa055 08 14 168 025 38') AS utf8_nbsp;
SELECT E'2 55 08 14 168 025 3\xff'::nir;
SELECT E'\xff\xfe\xfd'::nir;
SELECT nir_parse(E'2 55 08 14 168 025 3\xff') ->> 'error' AS error;
SELECT nir_check_civil_status(E'2 55 08 14 168 025 38', 'F', E'3 ao\xfbt 1955', NULL, NULL) -> 'findings' -> 0 ->> 'code' AS finding;
SELECT nir_parse('2 95 10 99 126 111 93') ->> 'country_name' AS country;
\c nir_latin1
SET client_encoding = 'LATIN1';
CREATE EXTENSION nir;
SELECT nir_is_valid(convert_from('\x32a03535203038203134203136382030323520333820'::bytea, 'LATIN1')) AS latin1_nbsp;
SELECT convert_from('\x32a03535203038203134203136382030323520333820'::bytea, 'LATIN1')::nir;
SELECT nir_check_civil_status('2 55 08 14 168 025 38', 'femme', convert_from('\x3320616ffb742031393535'::bytea, 'LATIN1'), 'FR', '14168', lang => 'fr') ->> 'verdict' AS verdict;
-- libnir's messages hold characters LATIN1 lacks (the dash U+2014): '?'
SELECT f ->> 'code' AS code, length(f ->> 'message') > 20 AND strpos(f ->> 'message', '?') > 0 AS dash_replaced
FROM jsonb_array_elements(nir_check_civil_status('1 65 04 99 404 001 77', 'M', '2/4/1965', 'US', 'United States') -> 'findings') f;
SELECT nir_check_civil_status('1 65 04 99 404 001 77', 'M', '2/4/1965', 'US', NULL, lang => 'fr') -> 'findings' -> 0 ->> 'code' AS code_fr;
-- WIN1252 leaves 0x81 undefined: no UTF-8 equivalent, a character error
-- (nir_is_valid and nir_error still do not raise).
CREATE DATABASE nir_win1252 TEMPLATE template0 ENCODING 'WIN1252' LC_COLLATE 'C' LC_CTYPE 'C';
\c nir_win1252
SET client_encoding = 'WIN1252';
CREATE EXTENSION nir;
SELECT nir_is_valid(convert_from('\x32a03535303831343136383032353338'::bytea, 'WIN1252')) AS nbsp_separator,
       nir_is_valid(convert_from('\x323535303831343136383032353381'::bytea, 'WIN1252')) AS undefined_byte,
       nir_error(convert_from('\x323535303831343136383032353381'::bytea, 'WIN1252')) AS error,
       nir_parse(convert_from('\x323535813038313431363830323533'::bytea, 'WIN1252')) ->> 'position' AS position;
SELECT convert_from('\x323535813038313431363830323533'::bytea, 'WIN1252')::nir;
\c contrib_regression
DROP DATABASE nir_sql_ascii;
DROP DATABASE nir_latin1;
DROP DATABASE nir_win1252;
