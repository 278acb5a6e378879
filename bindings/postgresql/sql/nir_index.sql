-- Comparison operators, btree and hash operator classes: PRIMARY KEY,
-- UNIQUE, ORDER BY, joins, hash aggregates, index scans.
CREATE TABLE people (n nir PRIMARY KEY, name text);
INSERT INTO people VALUES
    ('2 55 08 14 168 025 38', 'a'), ('2 84 05 2A 321 025 52', 'b'),
    ('2 84 05 2B 321 025 79', 'c'), ('1 85 07 972 12 005 08', 'd'),
    ('2 95 10 99 126 111 93', 'e'), ('3 41 06 80 782 005 54', 'f'),
    ('2840588321025', 'g'), ('711231234567858', 'h');

-- A second spelling of a stored number is the same key: rejected.
DO $$
BEGIN
    INSERT INTO people VALUES ('255081416802538', 'dup');
    RAISE EXCEPTION 'duplicate accepted';
EXCEPTION WHEN unique_violation THEN
    RAISE NOTICE 'duplicate rejected (%)', SQLSTATE;
END $$;

-- Order is that of the compact texts (13 characters before their keyed
-- form, digits before A and B).
SELECT n FROM people ORDER BY n;
SELECT array_agg(n ORDER BY n)::text[] = array_agg(n::text ORDER BY n::text COLLATE "C") AS same_order FROM people;
SELECT a.n AS a, b.n AS b, a.n < b.n AS lt, a.n <= b.n AS le, a.n = b.n AS eq,
       a.n <> b.n AS ne, a.n >= b.n AS ge, a.n > b.n AS gt
FROM (VALUES ('284052A32102552'::nir)) a(n),
     (VALUES ('284052A32102552'::nir), ('284052B32102579'), ('2840588321025')) b(n);

CREATE TABLE badges (n nir UNIQUE, badge int);
INSERT INTO badges SELECT n, row_number() OVER (ORDER BY n) FROM people;

-- Index scans.
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT name FROM people WHERE n = '2 84 05 2A 321 025 52';
SELECT name FROM people WHERE n = '2 84 05 2A 321 025 52';
EXPLAIN (COSTS OFF) SELECT n FROM people WHERE n > '284052A32102552' ORDER BY n;
SELECT n FROM people WHERE n > '284052A32102552' ORDER BY n;
EXPLAIN (COSTS OFF) SELECT badge FROM badges WHERE n = '711231234567858';
CREATE INDEX people_n_hash ON people USING hash (n);
ALTER TABLE people DROP CONSTRAINT people_pkey;
EXPLAIN (COSTS OFF) SELECT name FROM people WHERE n = '2 84 05 2A 321 025 52';
SELECT name FROM people WHERE n = '2 84 05 2A 321 025 52';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- Joins and aggregates: hash join, merge join, hash aggregate.
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT p.name, b.badge FROM people p JOIN badges b USING (n);
SELECT p.name, b.badge FROM people p JOIN badges b USING (n) ORDER BY badge;
RESET enable_mergejoin; SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT p.name, b.badge FROM people p JOIN badges b USING (n);
SELECT count(*) FROM people p JOIN badges b USING (n);
RESET enable_hashjoin; RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT n, count(*) FROM (SELECT n FROM people UNION ALL SELECT n FROM badges) u GROUP BY n;
SELECT count(*) FILTER (WHERE c = 2) AS pairs FROM (SELECT n, count(*) AS c FROM (SELECT n FROM people UNION ALL SELECT n FROM badges) u GROUP BY n) g;
SELECT count(DISTINCT n) FROM (SELECT n FROM people UNION ALL SELECT n FROM badges) u;
RESET enable_sort;

-- Hash partitioning uses the extended hash function.
CREATE TABLE parts (n nir) PARTITION BY HASH (n);
CREATE TABLE parts0 PARTITION OF parts FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE parts1 PARTITION OF parts FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO parts SELECT n FROM people;
SELECT (SELECT count(*) FROM parts0) + (SELECT count(*) FROM parts1) AS total;

DROP TABLE people, badges, parts;
