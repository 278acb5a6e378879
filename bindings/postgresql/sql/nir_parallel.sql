-- A parallel query: the functions are PARALLEL SAFE, workers run them.
CREATE TABLE many AS
SELECT i, CASE WHEN i % 3 = 0 THEN '2 55 08 14 168 025 39' ELSE '2 55 08 14 168 025 38' END AS t
FROM generate_series(1, 30000) i;
ANALYZE many;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF)
SELECT count(*) FILTER (WHERE nir_is_valid(t)), count(DISTINCT nir_error(t)) FROM many;
EXPLAIN (COSTS OFF)
SELECT count(*) FILTER (WHERE nir_is_valid(t)) FROM many;
SELECT count(*) FILTER (WHERE nir_is_valid(t)) AS valid,
       count(*) FILTER (WHERE nir_error(t) = 'key') AS wrong_key,
       count(*) FILTER (WHERE nir_kind(CASE WHEN nir_is_valid(t) THEN t::nir END) = 'nir') AS kinds
FROM many;
-- The workers did run (both cores): "Workers Launched" of the Gather node.
CREATE FUNCTION workers_launched(query text) RETURNS int AS $$
DECLARE plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || query INTO plan;
    RETURN (plan -> 0 -> 'Plan' -> 'Plans' -> 0 ->> 'Workers Launched')::int;
END $$ LANGUAGE plpgsql;
SELECT workers_launched('SELECT count(*) FILTER (WHERE nir_is_valid(t)) FROM many') = 2 AS two_workers;
DROP TABLE many;
DROP FUNCTION workers_launched(text);
