-- nir--1.0.sql: the nir extension, version 1.0 (libnir). Later versions
-- come as nir--1.0--1.1.sql update scripts; the on-disk layout of the nir
-- type (nir_pg.h) stays the same, so pg_upgrade keeps stored values.

\echo Use "CREATE EXTENSION nir" to load this file. \quit

-- ---------------------------------------------------------------------
-- The nir type: a NIR valid under the STANDARD profile, stored in 8 bytes
-- (passed by value); output is the compact form.
-- ---------------------------------------------------------------------
CREATE TYPE nir;

CREATE FUNCTION nir_in(cstring) RETURNS nir
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nir_out(nir) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nir_recv(internal) RETURNS nir
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nir_send(nir) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE nir (
    INPUT = nir_in,
    OUTPUT = nir_out,
    RECEIVE = nir_recv,
    SEND = nir_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE nir IS 'French social-security number (NIR, NIA, temporary, NNP, MIG), valid under the standard profile; 13 characters (no key) or 15';

CREATE CAST (nir AS text) WITH INOUT AS IMPLICIT;
CREATE CAST (text AS nir) WITH INOUT AS ASSIGNMENT;
CREATE CAST (varchar AS nir) WITH INOUT AS ASSIGNMENT;

-- ---------------------------------------------------------------------
-- Comparison. A stored nir is an int64 whose order is that of the compact
-- texts, so PostgreSQL's own int8 functions compare and hash it.
-- ---------------------------------------------------------------------
CREATE FUNCTION nir_eq(nir, nir) RETURNS boolean
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_ne(nir, nir) RETURNS boolean
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_lt(nir, nir) RETURNS boolean
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_le(nir, nir) RETURNS boolean
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_gt(nir, nir) RETURNS boolean
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_ge(nir, nir) RETURNS boolean
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_cmp(nir, nir) RETURNS integer
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_sortsupport(internal) RETURNS void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nir_hash(nir) RETURNS integer
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION nir_hash_extended(nir, bigint) RETURNS bigint
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR = (
    LEFTARG = nir, RIGHTARG = nir, FUNCTION = nir_eq,
    COMMUTATOR = =, NEGATOR = <>,
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
    LEFTARG = nir, RIGHTARG = nir, FUNCTION = nir_ne,
    COMMUTATOR = <>, NEGATOR = =,
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
    LEFTARG = nir, RIGHTARG = nir, FUNCTION = nir_lt,
    COMMUTATOR = >, NEGATOR = >=,
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
    LEFTARG = nir, RIGHTARG = nir, FUNCTION = nir_le,
    COMMUTATOR = >=, NEGATOR = >,
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
    LEFTARG = nir, RIGHTARG = nir, FUNCTION = nir_gt,
    COMMUTATOR = <, NEGATOR = <=,
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
    LEFTARG = nir, RIGHTARG = nir, FUNCTION = nir_ge,
    COMMUTATOR = <=, NEGATOR = <,
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS nir_ops DEFAULT FOR TYPE nir USING btree AS
    OPERATOR 1 <,
    OPERATOR 2 <=,
    OPERATOR 3 =,
    OPERATOR 4 >=,
    OPERATOR 5 >,
    FUNCTION 1 nir_cmp(nir, nir),
    FUNCTION 2 nir_sortsupport(internal),
    FUNCTION 4 btequalimage(oid);

CREATE OPERATOR CLASS nir_hash_ops DEFAULT FOR TYPE nir USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 nir_hash(nir),
    FUNCTION 2 nir_hash_extended(nir, bigint);

-- ---------------------------------------------------------------------
-- Forms and fields of a nir.
-- ---------------------------------------------------------------------
CREATE FUNCTION nir_format(nir) RETURNS text
    AS 'MODULE_PATHNAME', 'nir_format_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_format(nir) IS 'spaced form: 2 84 05 2A 321 025 52';
CREATE FUNCTION nir_mask(nir) RETURNS text
    AS 'MODULE_PATHNAME', 'nir_mask_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_mask(nir) IS 'masked spaced form, sex and year kept: 2 84 ** ** *** *** **';
CREATE FUNCTION nir_kind(nir) RETURNS text
    AS 'MODULE_PATHNAME', 'nir_kind_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_kind(nir) IS 'nir, temporary, nnp or mig';
CREATE FUNCTION nir_sex(nir) RETURNS text
    AS 'MODULE_PATHNAME', 'nir_sex_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_sex(nir) IS 'male or female';
CREATE FUNCTION nir_birth_year(nir) RETURNS integer
    AS 'MODULE_PATHNAME', 'nir_birth_year_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_birth_year(nir) IS 'two-digit birth year (0-99; the century is not in the number), NULL for NNP/MIG';
CREATE FUNCTION nir_birth_month(nir) RETURNS integer
    AS 'MODULE_PATHNAME', 'nir_birth_month_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_birth_month(nir) IS 'birth month 1-12, NULL when the number carries an unknown-month code';
CREATE FUNCTION nir_department(nir) RETURNS text
    AS 'MODULE_PATHNAME', 'nir_department_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_department(nir) IS 'birth département (14, 2A, 972) or 99 for abroad';
CREATE FUNCTION nir_country(nir) RETURNS text
    AS 'MODULE_PATHNAME', 'nir_country_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_country(nir) IS 'INSEE code of the birth country (99126) when born abroad, else NULL';
CREATE FUNCTION nir_has_key(nir) RETURNS boolean
    AS 'MODULE_PATHNAME', 'nir_has_key_nir'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_has_key(nir) IS 'true for 15 characters, false for a 13-character number (no key)';

-- ---------------------------------------------------------------------
-- Checks of text that may not be a number at all (never raise for data).
-- Profiles: standard, dsn, lenient.
-- ---------------------------------------------------------------------
CREATE FUNCTION nir_is_valid(text, profile text DEFAULT 'standard')
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'nir_is_valid_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nir_error(text, profile text DEFAULT 'standard')
    RETURNS text
    AS 'MODULE_PATHNAME', 'nir_error_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_error(text, text) IS 'NULL when valid, else the failing field: empty, length, character, sex, month, department, commune, country, order, key';
CREATE FUNCTION nir_parse(text, profile text DEFAULT 'standard',
                          show_number boolean DEFAULT false)
    RETURNS jsonb
    AS 'MODULE_PATHNAME', 'nir_parse_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_parse(text, text, boolean) IS 'verdict and decoded fields; number, order and key only with show_number => true';
CREATE FUNCTION nir_is_valid_ntt(text, profile text DEFAULT 'standard')
    RETURNS boolean
    AS 'MODULE_PATHNAME', 'nir_is_valid_ntt_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_is_valid_ntt(text, text) IS 'DSN temporary technical number (NTT, S21.G00.30.020): sex digit, SIREN, employee identifier';

-- ---------------------------------------------------------------------
-- Civil status. STABLE: dates and country names are read with ICU's data,
-- which a system upgrade may change.
-- ---------------------------------------------------------------------
CREATE FUNCTION nir_check_civil_status(nir text, sex text, birth_date text,
                                       document_country text, birthplace text,
                                       date_order text DEFAULT NULL,
                                       lang text DEFAULT 'en',
                                       profile text DEFAULT 'standard')
    RETURNS jsonb
    AS 'MODULE_PATHNAME', 'nir_check_civil_status_text'
    LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION nir_check_civil_status(text, text, text, text, text, text, text, text) IS 'verdict (consistent, inconsistent, cannot_tell) and findings; NULL arguments are not compared';

-- ---------------------------------------------------------------------
-- DSN: 13-character numbers (rubric S21.G00.30.001, no key), DSN profile.
-- ---------------------------------------------------------------------
CREATE FUNCTION nir13_check(text) RETURNS boolean
    AS 'MODULE_PATHNAME', 'nir13_check'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir13_check(text) IS 'CHECK of the nir13 domain: true, or raises 22P02 naming the field';
CREATE DOMAIN nir13 AS text CHECK (nir13_check(VALUE));
COMMENT ON DOMAIN nir13 IS 'DSN number: 13 characters, compact, no key, valid under the dsn profile';
CREATE FUNCTION nir_to_dsn(text) RETURNS nir13
    AS 'MODULE_PATHNAME', 'nir13_from_text'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_to_dsn(text) IS 'any written form (13 or 15 characters) of a number valid under the dsn profile, as its 13 compact characters';
CREATE FUNCTION nir_with_key(nir13) RETURNS nir
    AS 'MODULE_PATHNAME', 'nir_with_key'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nir_with_key(nir13) IS 'the full 15-character nir: the key computed and appended';
