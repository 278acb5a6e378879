-- nir_check_civil_status: the number against civil-status documents.
-- Verdicts and finding codes are asserted (messages are libnir's text).
CREATE FUNCTION civil(c jsonb, OUT verdict text, OUT findings text,
                      OUT messages boolean) AS $$
    SELECT c ->> 'verdict',
           (SELECT string_agg(f ->> 'code', ', ') FROM jsonb_array_elements(c -> 'findings') f),
           (SELECT bool_and(length(f ->> 'message') > 20) FROM jsonb_array_elements(c -> 'findings') f)
$$ LANGUAGE sql;
SELECT (civil(nir_check_civil_status('1 65 04 99 404 001 77', 'M', '2/4/1965', 'US', 'United States'))).*;
SELECT (civil(nir_check_civil_status('1 65 04 99 404 001 77', 'F', '1965-04-02', NULL, NULL))).*;
SELECT (civil(nir_check_civil_status('1 65 04 99 404 001 77', 'M', '02/04/1965', NULL, NULL))).*;
SELECT (civil(nir_check_civil_status('1 65 04 99 404 001 77', 'M', '02/04/1965', NULL, NULL, 'mdy'))).*;
SELECT (civil(nir_check_civil_status('1 65 04 99 404 001 77', 'M', '02/04/1965', NULL, NULL, 'DMY'))).*;
SELECT (civil(nir_check_civil_status('2 55 08 14 168 025 38', 'femme', '3 août 1955', 'FR', '14168'))).*;
SELECT (civil(nir_check_civil_status('2 55 08 14 168 025 39', 'F', NULL, NULL, NULL))).*;
SELECT (civil(nir_check_civil_status('711231234567858', 'M', '1970-01-01', NULL, NULL))).*;
SELECT (civil(nir_check_civil_status('2 55 08 14 168 025 38', 'F', '3 August 1955', 'FR', 'Calvados'))).*;
SELECT (civil(nir_check_civil_status('3 41 06 80 782 005 54', 'M', '1941-06-01', NULL, '80782', profile => 'dsn'))).*;
SELECT nir_check_civil_status(NULL, 'M', NULL, NULL, NULL) IS NULL AS null_number;

-- The whole report of one check: verdict, order used, readings, place,
-- findings with their values.
SELECT jsonb_pretty(nir_check_civil_status('1 65 04 99 404 001 77', 'M', '2/4/1965', 'US', 'United States') #- '{findings,0,message}');
SELECT c ->> 'sex_unrecognised' AS sex_unrecognised, c -> 'readings' AS readings
FROM nir_check_civil_status('2 55 08 14 168 025 38', 'somebody', 'whenever', NULL, NULL) c;

-- lang: messages in English (default) or French.
SELECT (en -> 'findings' -> 0 ->> 'message') <> (fr -> 'findings' -> 0 ->> 'message') AS translated,
       fr -> 'findings' -> 0 ->> 'message' LIKE '%sexe%' AS french
FROM nir_check_civil_status('1 65 04 99 404 001 77', 'F', NULL, NULL, NULL) en,
     nir_check_civil_status('1 65 04 99 404 001 77', 'F', NULL, NULL, NULL, lang => 'fr') fr;

-- Bad options: errors that do not echo the argument.
SELECT nir_check_civil_status('2 55 08 14 168 025 38', 'F', NULL, NULL, NULL, 'xyz');
SELECT nir_check_civil_status('2 55 08 14 168 025 38', 'F', NULL, NULL, NULL, lang => 'de');
SELECT nir_check_civil_status('2 55 08 14 168 025 38', 'F', NULL, NULL, NULL, profile => 'x');

-- Over an employees table: the inconsistent rows and their finding codes.
CREATE TABLE employees (id text PRIMARY KEY, n nir NOT NULL, sex text,
                        birth_date text, document_country text, birthplace text);
INSERT INTO employees VALUES
    ('E001', '1 65 04 99 404 001 77', 'M', '2/4/1965', 'US', 'United States'),
    ('E002', '1 65 04 99 404 001 77', 'M', '2/4/1965', 'France', 'États-Unis'),
    ('E003', '1 65 04 99 404 001 77', 'M', '02/04/1965', NULL, NULL),
    ('E004', '2 55 08 14 168 025 38', 'femme', '3 août 1955', 'FR', '14168'),
    ('E005', '2 84 05 2A 321 025 52', 'M', '1984-05-12', NULL, '2A');
SELECT id, nir_mask(n) AS masked, (civil(c)).verdict, (civil(c)).findings
FROM employees,
     LATERAL nir_check_civil_status(n, sex, birth_date, document_country, birthplace) c
ORDER BY id;
DROP TABLE employees;
DROP FUNCTION civil(jsonb);
