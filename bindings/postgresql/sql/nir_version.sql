-- Versioning: one version, 1.0, from nir--1.0.sql and nir.control.
SELECT extname, extversion, extrelocatable FROM pg_extension WHERE extname = 'nir';
ALTER EXTENSION nir UPDATE;
-- Every function is a member of the extension, with the volatility,
-- strictness and parallel safety it declares.
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON d.refobjid = e.oid AND e.extname = 'nir' AND d.deptype = 'e'
ORDER BY 1, 2;
-- Drop and create again at an explicit version.
DROP EXTENSION nir;
CREATE EXTENSION nir VERSION '1.0';
SELECT '2 84 05 2A 321 025 52'::nir;
