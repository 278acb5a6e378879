#!/usr/bin/env bash
# pg_bench.sh -- the nir PostgreSQL extension against what users write
# today (issue 17), on a throw-away PostgreSQL 15 cluster (pg_virtualenv),
# from one run:
#   1. SELECT count(*) FILTER (WHERE nir_is_valid(n)) over ROWS numbers vs
#      the same with a PL/pgSQL regular-expression + numeric mod-97
#      function (target: >= 10x faster);
#   2. the same vs count(*) FILTER (WHERE length(n) = 15) (target: within
#      2.5x);
#   3. COPY of COPY_ROWS numbers into a nir column vs a text column
#      (target: within 1.5x).
# Each query keeps its best time of REPS runs (the PL/pgSQL one runs once
# at full size). Parallel query and JIT are off: the figures are the cost
# per row on one core. Timings are informational (exit 0). Not run in CI.
#
# Environment:
#   NIR_PG_BENCH_ROWS=N       rows of the table (default 10 000 000)
#   NIR_PG_BENCH_COPY_ROWS=M  rows loaded by COPY (default 1 000 000)
#   REPS=R                    rounds (default 3)
#   PG_CONFIG=PATH            default /usr/lib/postgresql/15/bin/pg_config
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
ext=$repo/bindings/postgresql

if [ "${1:-}" = --in-cluster ]; then
  out=$2
  rows=${NIR_PG_BENCH_ROWS:-10000000}
  copy_rows=${NIR_PG_BENCH_COPY_ROWS:-1000000}
  reps=${REPS:-3}
  (( copy_rows > rows )) && copy_rows=$rows
  psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" -v copy_rows="$copy_rows" \
       -v reps="$reps" -v copy_file="$out/copy.txt" <<'SQL'
\pset footer off
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE EXTENSION nir;

-- What users write today (issue 17): regular expression + numeric mod 97.
CREATE FUNCTION plpgsql_nir_is_valid(n text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    s text;
    body numeric;
BEGIN
    s := upper(regexp_replace(n, '[\s.-]', '', 'g'));
    IF s !~ '^[1-478][0-9]{2}(0[1-9]|1[0-2]|[2-9][0-9])(2[AB]|[0-9]{2})[0-9]{6}[0-9]{2}$' THEN
        RETURN false;
    END IF;
    body := replace(replace(substr(s, 1, 13), '2A', '19'), '2B', '18')::numeric;
    RETURN 97 - body % 97 = substr(s, 14, 2)::numeric;
END $$;

-- Best wall time of `reps` runs of `query`, `setup` run before each.
CREATE FUNCTION best_ms(query text, reps int, setup text DEFAULT NULL)
RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    best numeric := NULL;
BEGIN
    FOR i IN 1 .. reps LOOP
        IF setup IS NOT NULL THEN EXECUTE setup; END IF;
        t0 := clock_timestamp();
        EXECUTE query;
        best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
    END LOOP;
    RETURN round(best, 1);
END $$;

-- Compact 15-character numbers, half of them with a wrong key.
CREATE UNLOGGED TABLE bench AS
SELECT CASE WHEN i % 2 = 0 THEN body || lpad((97 - body::bigint % 97)::text, 2, '0')
            ELSE body || lpad(((97 - body::bigint % 97) % 97 + 1)::text, 2, '0') END AS n
FROM (SELECT i, (1 + i % 2)::text || lpad((i % 100)::text, 2, '0')
                || lpad((1 + i % 12)::text, 2, '0') || lpad((1 + i % 19)::text, 2, '0')
                || lpad((1 + i % 990)::text, 3, '0') || lpad((1 + (i / 7) % 999)::text, 3, '0') AS body
      FROM generate_series(1, :rows) i) s;
VACUUM ANALYZE bench;
SELECT count(*) FILTER (WHERE nir_is_valid(n)) AS sample_nir,
       count(*) FILTER (WHERE plpgsql_nir_is_valid(n)) AS sample_plpgsql
FROM (SELECT n FROM bench LIMIT 100000) s \gset
\echo 'rows:' :rows '- valid among the first 100000: nir_is_valid' :sample_nir ', PL/pgSQL' :sample_plpgsql

SELECT best_ms('SELECT count(*) FILTER (WHERE length(n) = 15) FROM bench', :reps) AS length_ms \gset
SELECT best_ms('SELECT count(*) FILTER (WHERE nir_is_valid(n)) FROM bench', :reps) AS nir_ms \gset
SELECT best_ms('SELECT count(*) FILTER (WHERE plpgsql_nir_is_valid(n)) FROM bench', 1) AS plpgsql_ms \gset

-- COPY: the same file into a nir column and into a text column.
COPY (SELECT n FROM bench WHERE nir_is_valid(n) LIMIT :copy_rows) TO :'copy_file';
CREATE UNLOGGED TABLE load_text (n text);
CREATE UNLOGGED TABLE load_nir (n nir);
SELECT format('COPY load_text FROM %L', :'copy_file') AS copy_text \gset
SELECT format('COPY load_nir FROM %L', :'copy_file') AS copy_nir \gset
SELECT best_ms(:'copy_text', :reps, 'TRUNCATE load_text') AS copy_text_ms \gset
SELECT best_ms(:'copy_nir', :reps, 'TRUNCATE load_nir') AS copy_nir_ms \gset
SELECT count(*) AS copied FROM load_nir \gset

\echo
SELECT 'count(*) FILTER (WHERE length(n) = 15)' AS query, :length_ms AS ms,
       round(:length_ms * 1e6 / :rows, 1) AS ns_per_row
UNION ALL SELECT 'count(*) FILTER (WHERE nir_is_valid(n))', :nir_ms, round(:nir_ms * 1e6 / :rows, 1)
UNION ALL SELECT 'count(*) FILTER (WHERE plpgsql_nir_is_valid(n))', :plpgsql_ms, round(:plpgsql_ms * 1e6 / :rows, 1)
UNION ALL SELECT format('COPY %s rows into a text column', :copied), :copy_text_ms, round(:copy_text_ms * 1e6 / :copied, 1)
UNION ALL SELECT format('COPY %s rows into a nir column', :copied), :copy_nir_ms, round(:copy_nir_ms * 1e6 / :copied, 1);
SELECT 'nir_is_valid vs PL/pgSQL (target >= 10x faster)' AS ratio,
       round(:plpgsql_ms / :nir_ms, 1) AS value
UNION ALL SELECT 'nir_is_valid / length(n) = 15 (target <= 2.5)', round(:nir_ms / :length_ms, 2)
UNION ALL SELECT 'COPY nir / COPY text (target <= 1.5)', round(:copy_nir_ms / :copy_text_ms, 2);
SQL
  exit 0
fi

pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
version=$("$pg_config" --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')
pkglibdir=$("$pg_config" --pkglibdir)
build=$repo/build/postgresql-bench
mkdir -p "$build"
make -C "$build" -f "$ext/Makefile" PG_CONFIG="$pg_config" -j2 -s
stage=$(mktemp -d "${TMPDIR:-/tmp}/nir-pg-bench.XXXXXX")
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"
make -C "$build" -f "$ext/Makefile" PG_CONFIG="$pg_config" -s install DESTDIR="$stage"
mkdir "$stage/out"
chmod 1777 "$stage/out"
echo "machine: $(nproc) CPU, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); $("$pg_config" --version)"
PG_CONFIG=$pg_config pg_virtualenv -t -v "$version" \
  -o "extension_destdir=$stage" \
  -o "dynamic_library_path=$stage$pkglibdir:$pkglibdir" \
  -o "shared_buffers=512MB" -o "max_wal_size=4GB" \
  "$here/pg_bench.sh" --in-cluster "$stage/out" < /dev/null
