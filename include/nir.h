/*
 * nir.h -- libnir, French social-security numbers (NIR, NIA, temporary
 * numbers, NNP, MIG): validate, classify, decode, format, mask, suggest
 * corrections and cross-check against civil-status data.
 *
 * The one public header of libnir. Every symbol is prefixed nir_ / NIR_.
 *
 * Contract for every function below (see also man 3 libnir):
 *   - Inputs are (pointer, length) pairs; they need not be NUL-terminated and
 *     an embedded NUL byte is an error, never a silent truncation. A NULL
 *     pointer with a length of 0 is the empty string.
 *   - All functions are reentrant and thread-safe: the library has no mutable
 *     global state and needs no initialisation call.
 *   - Nothing is allocated on the validation path; output goes to buffers the
 *     caller owns. Strings returned as `const char *` are static and live for
 *     the life of the program.
 *   - The library never logs and never writes to stdout or stderr. Error
 *     reports carry codes and positions, never copies of the number.
 *
 * Rules: docs/rules.md in the source tree states every rule this header
 * names (R1-R11, N1-N5, the profiles, open questions Q1-Q10) with its
 * official sources; man 3 libnir documents every function.
 */
#ifndef NIR_H
#define NIR_H

#include <stddef.h>

#include "nir_export.h"
#include "nir_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define NIR_ATTR(x) __attribute__(x)
#else
#define NIR_ATTR(x)
#endif

/** @name Sizes
 * Each size is a macro and a function twin (bindings cannot see macros);
 * a unit test asserts that they agree.
 * @{ */

/** Inputs longer than this many bytes are rejected with NIR_ERR_LENGTH
 * before any other work: the cost of a call is bounded. */
#define NIR_MAX_INPUT 256
/** Buffer size for a compact number: 15 characters + NUL. */
#define NIR_COMPACT_BUFSIZE 16
/** Buffer size for any formatted or masked number (spaced form is 21
 * characters at most) + NUL. */
#define NIR_FORMAT_BUFSIZE 24
/** Most findings one civil-status check can report. */
#define NIR_MAX_FINDINGS 12

NIR_EXPORT size_t nir_max_input(void);
NIR_EXPORT size_t nir_compact_bufsize(void);
NIR_EXPORT size_t nir_format_bufsize(void);
NIR_EXPORT size_t nir_max_findings(void);
/** @} */

/** @name Versions
 * @{ */
/** Run-time version of the library ("1.0.0"); equals NIR_VERSION_STRING of
 * the header it was built with. */
NIR_EXPORT const char *nir_version_string(void);
/** Run-time version as (major << 16) | (minor << 8) | patch. */
NIR_EXPORT unsigned nir_version(void);
/** Vintage of the INSEE data compiled into the tables, e.g.
 * "INSEE COG 2020 (pays), COG 2024 (departements)". */
NIR_EXPORT const char *nir_data_version(void);
/** @} */

/** @name Enumerations
 * Numeric values are stable (part of the ABI). Each has a stable lower-case
 * name, shared by the CLI's JSON output and the Python and Ruby bindings.
 * @{ */

/** Which rule set to apply (docs/rules.md ("Profiles")). */
typedef enum nir_profile {
    /** Default: INSEE normalisation months (01-12, 20-42, 50-99), digit 1
     * 1/2 (NIR or NIA), 3/4 (temporary), 7/8 (NNP), 5/6 (MIG); overseas
     * sub-checks; order 001-999. Name "standard". */
    NIR_PROFILE_STANDARD = 0,
    /** DSN rubric S21.G00.30.001: digit 1 must be 1 or 2; months 01-12, 20,
     * 30-42, 50-99; no overseas sub-checks. Name "dsn". */
    NIR_PROFILE_DSN = 1,
    /** CNAM 2024: digit 1 must be 1 or 2; months 01-12 and 20-99; any
     * département digits, commune and order. Name "lenient". */
    NIR_PROFILE_LENIENT = 2
} nir_profile;

/** OR this into the profile argument of any call that takes one
 * (`NIR_PROFILE_DSN | NIR_REQUIRE_KEY`) to make a number without its key
 * (13 characters) invalid with NIR_ERR_KEY_MISSING, reported at the place
 * where the key is missing, once every other field has passed. Without
 * it, 13 characters are a valid number without a key (DSN data carries
 * 13). nir_profile_name() and NTT calls ignore it. */
#define NIR_REQUIRE_KEY 0x100

/** Why a number is invalid. The field errors name the first field that
 * fails, scanning left to right. */
typedef enum nir_status {
    NIR_OK = 0,              /**< valid ("ok") */
    NIR_ERR_EMPTY = 1,       /**< nothing but separators, or no input ("empty") */
    NIR_ERR_LENGTH = 2,      /**< not 13 or 15 characters, or longer than
                                  NIR_MAX_INPUT bytes ("length") */
    NIR_ERR_CHARACTER = 3,   /**< a character that is not allowed where it
                                  stands: letter outside 2A/2B, NUL byte,
                                  invalid UTF-8, tab, ... ("character") */
    NIR_ERR_SEX = 4,         /**< digit 1 not allowed by the profile ("sex") */
    NIR_ERR_MONTH = 5,       /**< month code not allowed ("month") */
    NIR_ERR_DEPARTMENT = 6,  /**< département 00, or 97x/98x outside the
                                  overseas ranges ("department") */
    NIR_ERR_COMMUNE = 7,     /**< commune 000 (or 00 overseas) ("commune") */
    NIR_ERR_COUNTRY = 8,     /**< born abroad (99) with country 000 ("country") */
    NIR_ERR_ORDER = 9,       /**< order number 000 ("order") */
    NIR_ERR_KEY = 10,        /**< key does not match, or is 00/98/99 ("key") */
    NIR_ERR_BUFFER = 11,     /**< output buffer too small (API use) ("buffer") */
    NIR_ERR_ARGUMENT = 12,   /**< NULL output pointer or value out of range
                                  (API use) ("argument") */
    NIR_ERR_KEY_MISSING = 13 /**< 13 characters where the caller required
                                  the key (NIR_REQUIRE_KEY) ("key_missing") */
} nir_status;
#define NIR_STATUS_COUNT 14

/** What kind of number it is, chosen by digit 1 before any field check. */
typedef enum nir_kind {
    NIR_KIND_NONE = 0,      /**< not classified (empty, bad digit 1, ...) (null) */
    NIR_KIND_NIR = 1,       /**< digit 1 = 1/2: a definitive NIR *or* a NIA;
                                 the digits cannot tell them apart ("nir") */
    NIR_KIND_TEMPORARY = 2, /**< digit 1 = 3/4: temporary NIR-shaped number
                                 ("temporary") */
    NIR_KIND_NNP = 3,       /**< digit 1 = 7/8: provisional number (NNP);
                                 no month/place checks ("nnp") */
    NIR_KIND_MIG = 4        /**< digit 1 = 5/6: "migrant de passage", not a
                                 NIR ("mig") */
} nir_kind;

typedef enum nir_sex {
    NIR_SEX_UNKNOWN = 0, /**< "unknown" */
    NIR_SEX_MALE = 1,    /**< digit 1 = 1, 3, 5, 7 ("male") */
    NIR_SEX_FEMALE = 2   /**< digit 1 = 2, 4, 6, 8 ("female") */
} nir_sex;

typedef enum nir_month_kind {
    NIR_MONTH_NONE = 0,      /**< not decoded (NNP, MIG, invalid) (null) */
    NIR_MONTH_REAL = 1,      /**< 01-12 ("real") */
    NIR_MONTH_PSEUDO = 2,    /**< 31-42: "pseudo-fictitious", real month =
                                  code - 30 ("pseudo") */
    NIR_MONTH_UNKNOWN = 3    /**< 20-30, 43-99: month not known ("unknown") */
} nir_month_kind;

typedef enum nir_place_kind {
    NIR_PLACE_NONE = 0,        /**< not decoded (null) */
    NIR_PLACE_METROPOLE = 1,   /**< département 01-95 + 3-digit commune
                                    ("metropole") */
    NIR_PLACE_CORSICA = 2,     /**< 20 (before 1976), 2A, 2B ("corsica") */
    NIR_PLACE_OVERSEAS = 3,    /**< 97x/98x + 2-digit commune ("overseas") */
    NIR_PLACE_ABROAD = 4,      /**< 99 + INSEE country code ("abroad") */
    NIR_PLACE_NORTH_AFRICA = 5 /**< 96: Tunisia before independence
                                    ("north_africa"); 91-95 stay METROPOLE
                                    with NIR_WARN_NORTH_AFRICA */
} nir_place_kind;

/** Non-fatal findings, as bit flags in nir_result.warnings. */
typedef enum nir_warning {
    /** 99 + a country code absent from the INSEE list ("country_unlisted") */
    NIR_WARN_COUNTRY_UNLISTED = 1u << 0,
    /** 99 + 990: country unknown ("country_unknown") */
    NIR_WARN_COUNTRY_UNKNOWN = 1u << 1,
    /** 20 with a year that only fits 1976 or later, or 2A/2B with a year
     * that only fits before 1976 ("corsica_year") */
    NIR_WARN_CORSICA_YEAR = 1u << 2,
    /** 91-96: may be Algeria (91-94), Morocco (95) or Tunisia (96) before
     * independence rather than a département ("north_africa") */
    NIR_WARN_NORTH_AFRICA = 1u << 3,
    /** the DSN all-nines placeholder [12]999999999999 ("dsn_placeholder") */
    NIR_WARN_DSN_PLACEHOLDER = 1u << 4
} nir_warning;
#define NIR_WARNING_COUNT 5

typedef enum nir_lang {
    NIR_LANG_EN = 0, /**< English */
    NIR_LANG_FR = 1  /**< French */
} nir_lang;

/** Stable names: "standard", "dsn", "lenient". NULL if out of range. */
NIR_EXPORT const char *nir_profile_name(nir_profile profile);
/** Parse a profile name (case-insensitive). Returns NIR_OK or
 * NIR_ERR_ARGUMENT; *out untouched on error. */
NIR_EXPORT nir_status nir_profile_from_name(const char *name, size_t len,
                                            nir_profile *out);
/** Stable names: "ok", "empty", "length", ... (see nir_status). Never NULL:
 * "unknown" for out-of-range values. */
NIR_EXPORT const char *nir_status_name(nir_status status);
/** Human-readable message for a status, in English or French. Never NULL. */
NIR_EXPORT const char *nir_strerror(nir_status status, nir_lang lang);
/** "nir", "temporary", "nnp", "mig"; NULL for NIR_KIND_NONE/out of range. */
NIR_EXPORT const char *nir_kind_name(nir_kind kind);
/** "male", "female", "unknown". */
NIR_EXPORT const char *nir_sex_name(nir_sex sex);
/** "real", "pseudo", "unknown"; NULL for NIR_MONTH_NONE. */
NIR_EXPORT const char *nir_month_kind_name(nir_month_kind kind);
/** "metropole", "corsica", "overseas", "abroad", "north_africa"; NULL for
 * NIR_PLACE_NONE. */
NIR_EXPORT const char *nir_place_kind_name(nir_place_kind kind);
/** Name of one warning flag ("country_unlisted", ...); NULL if `warning` is
 * not exactly one known flag. */
NIR_EXPORT const char *nir_warning_name(unsigned warning);
/** Message for one warning flag in English or French; NULL as above. */
NIR_EXPORT const char *nir_warning_message(unsigned warning, nir_lang lang);
/** @} */

/** @name Validation and decoding
 * @{ */

/** Everything known about one number. Caller-owned; filled by nir_parse().
 * Fields that do not apply are 0 / -1 / "" / NULL as documented. */
typedef struct nir_result {
    nir_status status;   /**< NIR_OK or the first failing field */
    nir_kind kind;       /**< set as soon as digit 1 is read, even when a
                              later field fails */
    size_t position;     /**< 1-based position, in characters (code points)
                              of the input as given, of the first character
                              of the failing field; 0 when status is NIR_OK.
                              For too-short input: length + 1. */
    size_t offset;       /**< the same place as a 0-based byte offset */
    unsigned warnings;   /**< OR of nir_warning flags */
    char compact[NIR_COMPACT_BUFSIZE]; /**< normalised number (upper-case,
                              separators removed, Unicode digits mapped to
                              ASCII); "" when normalisation failed */
    size_t compact_len;  /**< 13, 15 or 0 */
    int has_key;         /**< 1 if the input carried a key (15 characters) */
    int key;             /**< the key given (1-97...), -1 without one */
    int expected_key;    /**< the R9 key of the body (also for 13-character
                              input: the key to append); -1 when the
                              characters are invalid */
    nir_sex sex;
    int birth_year;      /**< two-digit year 0-99, -1 if not decoded */
    int month_code;      /**< the two month digits as given, -1 if not decoded */
    int birth_month;     /**< real month 1-12, 0 if unknown, -1 not decoded */
    nir_month_kind month_kind;
    nir_place_kind place_kind;
    char department[4];  /**< "14", "2A", "972", "99"; "" if not decoded */
    const char *department_name; /**< "Calvados", "Martinique", "Corse"
                              (20), "Tunisie (avant l'independance)" (96);
                              NULL if unknown or abroad */
    char commune[4];     /**< "168" (3 digits), "12" overseas (2 digits);
                              "" abroad or not decoded */
    char country_code[6];/**< INSEE code "99126" when born abroad, else "" */
    const char *country_name;     /**< INSEE short name ("GRECE") or NULL */
    const char *country_iso2;     /**< ISO 3166 alpha-2 or NULL */
    const char *country_iso3;     /**< ISO 3166 alpha-3 or NULL */
    int order;           /**< order number (NNP/MIG: the 8-digit order per
                              caisse), -1 if not decoded */
    int nnp_caisse;      /**< NNP/MIG caisse number (digits 3-5), else -1 */
    int nnp_verification;/**< NNP/MIG digit 2, else -1 */
    unsigned char reserved[32]; /**< room to grow; zeroed */
} nir_result;

/** Validate and decode one number.
 * @param input  UTF-8 text; ASCII space, '.', '-', U+00A0 and U+202F are
 *               separators; ASCII white space (space, tab, CR, LF, VT,
 *               FF) at either end is ignored (inside, only the space is
 *               a separator); lower-case a/b are upper-cased; any Unicode
 *               decimal digit (e.g. full-width) counts as its ASCII digit.
 * @param len    length of input in bytes
 * @param profile rule set
 * @param result filled completely (may be NULL: then only the status is
 *               returned)
 * @return result->status. NIR_ERR_ARGUMENT for an unknown profile or
 *         NULL input with len > 0. */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_parse(const char *input, size_t len, nir_profile profile,
          nir_result *result);

/** Validate one number; same verdict as nir_parse() without decoding.
 * `warnings` (may be NULL) receives the warning flags, `kind` (may be NULL)
 * the kind. The fast path for plain ASCII numbers. */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_validate(const char *input, size_t len, nir_profile profile,
             nir_kind *kind, unsigned *warnings);

/** Normalise `input` into `out` (13 or 15 characters + NUL) without field
 * checks: only separators, characters and length are checked.
 * `pos` (may be NULL) receives the error position as in nir_result. */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_compact(const char *input, size_t len, char *out, size_t outsize,
            size_t *pos);

/** Key (R9) of a 13-character body (normalised like nir_compact, so
 * "2 84 05 2A 321 025" works). *key receives 1-97.
 * Errors: EMPTY, LENGTH (not 13 characters), CHARACTER, ARGUMENT. */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_compute_key(const char *body, size_t len, int *key);

typedef enum nir_format_style {
    /** "284052A32102552" */
    NIR_FORMAT_COMPACT = 0,
    /** "2 84 05 2A 321 025 52"; overseas "1 85 07 972 12 005 08";
     * NNP/MIG in their CNAM layout "7 1 123 12345678"; a 13-character
     * input gives no trailing separator. */
    NIR_FORMAT_SPACED = 1
} nir_format_style;

/** Format a number (normalised like nir_compact; the fields are not
 * validated, so an invalid number can still be shown to be corrected).
 * Errors: those of nir_compact, NIR_ERR_BUFFER if outsize is too small
 * (NIR_FORMAT_BUFSIZE is always enough), NIR_ERR_ARGUMENT. */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_format(const char *input, size_t len, nir_format_style style, char *out,
           size_t outsize);

/** Fields that nir_mask() keeps visible (OR of flags). */
typedef enum nir_mask_keep {
    NIR_MASK_KEEP_SEX = 1u << 0,   /**< digit 1 */
    NIR_MASK_KEEP_YEAR = 1u << 1,  /**< digits 2-3 */
    NIR_MASK_KEEP_MONTH = 1u << 2, /**< digits 4-5 */
    NIR_MASK_KEEP_PLACE = 1u << 3, /**< digits 6-10 */
    NIR_MASK_KEEP_ORDER = 1u << 4, /**< digits 11-13 */
    NIR_MASK_KEEP_KEY = 1u << 5,   /**< digits 14-15 */
    /** Keep nothing: every character is masked (keep = 0 would mean the
     * default). */
    NIR_MASK_KEEP_NONE = 1u << 6,
    /** The default (keep = 0 means this): sex and year. */
    NIR_MASK_DEFAULT = NIR_MASK_KEEP_SEX | NIR_MASK_KEEP_YEAR
} nir_mask_keep;

/** Mask a number for logs and screens: every digit of a field not kept is
 * replaced by '*', e.g. "2 84 ** ** *** *** **" (spaced, default keep).
 * The layout is that of nir_format(). keep = 0 means NIR_MASK_DEFAULT.
 * An NNP/MIG has no year, month or place: its digits 2-13 count as the
 * order ("7 * *** ******** **" by default).
 * Errors as nir_format(). */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_mask(const char *input, size_t len, unsigned keep, nir_format_style style,
         char *out, size_t outsize);

/** Corrections for a 15-character number whose key does not match: every
 * body obtained by one single-character substitution or one adjacent
 * transposition that is valid under `profile` with the key as given.
 * Writes up to `capacity` compact 15-character numbers into `out` in a
 * stable order (by position, then character); *count receives the total
 * number found (which may exceed capacity). A number that is already valid
 * gives 0 suggestions. Errors: those of nir_compact (the input must be
 * 15 characters), NIR_ERR_ARGUMENT. */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_suggest(const char *input, size_t len, nir_profile profile,
            char (*out)[NIR_COMPACT_BUFSIZE], size_t capacity, size_t *count);
/** @} */

/** @name Batch validation
 * @{ */

/** Validate `count` numbers. statuses[i] (and kinds[i] if kinds is not
 * NULL) receive the verdict of inputs[i] (length lengths[i]). Returns the
 * number of valid ones. */
NIR_EXPORT size_t nir_validate_array(const char *const *inputs,
                                     const size_t *lengths, size_t count,
                                     nir_profile profile, nir_status *statuses,
                                     nir_kind *kinds);

/** Validate a buffer of newline-separated records (LF or CRLF; the last
 * record may lack its newline; an empty buffer has no record). The verdict
 * of record i goes to statuses[i] while i < capacity; *records (may be NULL)
 * receives the number of records. Returns the number of valid records. */
NIR_EXPORT size_t nir_validate_lines(const char *buffer, size_t len,
                                     nir_profile profile, nir_status *statuses,
                                     size_t capacity, size_t *records);

/** Room in nir_tally's arrays: more than the codes of this version, so
 * that codes a later version adds do not change the structure's layout. */
#define NIR_TALLY_STATUSES 32
#define NIR_TALLY_KINDS 8
#define NIR_TALLY_WARNINGS 16

/** Totals of verdicts, filled by nir_tally_lines(). Zero it once (e.g.
 * `nir_tally t = {0};`); each call adds to it, so the totals of a file read
 * buffer after buffer add up. Every record is counted once in `records`,
 * once under its status (status[NIR_OK] are the valid ones) and once under
 * its kind; warning[i] counts the records carrying warning 1u << i. */
typedef struct nir_tally {
    size_t records;
    size_t status[NIR_TALLY_STATUSES];  /**< by nir_status */
    size_t kind[NIR_TALLY_KINDS];       /**< by nir_kind */
    size_t warning[NIR_TALLY_WARNINGS]; /**< by bit of nir_warning */
} nir_tally;

/** Validate a buffer of records as nir_validate_lines() does (same
 * records, same verdicts) and add each record's status, kind and warnings
 * to *tally. Returns the number of records added; 0 and *tally untouched
 * when tally is NULL or buffer is NULL with len > 0. An unknown profile
 * counts every record as NIR_ERR_ARGUMENT. */
NIR_EXPORT size_t nir_tally_lines(const char *buffer, size_t len,
                                  nir_profile profile, nir_tally *tally);

/** Where an invalid record of a line buffer is (nir_find_invalid_lines). */
typedef struct nir_line {
    size_t offset;     /**< of its first byte in the buffer */
    size_t length;     /**< its bytes, with its CR and LF when it has them */
    nir_status status; /**< what nir_validate_lines gives it (not NIR_OK) */
} nir_line;

/** The invalid records of a buffer of records (the records and verdicts of
 * nir_validate_lines), for filters: the first `capacity` of them, in order,
 * into lines[]. Scanning stops after the record that fills lines[], or at
 * the end of the buffer; *scanned (may be NULL) receives the bytes scanned
 * (call again from there for the rest) and *records (may be NULL) the
 * records in them. Returns the number of nir_line written. 0 with *scanned
 * and *records 0 when buffer is NULL with len > 0, or lines is NULL with
 * capacity > 0; capacity 0 scans the whole buffer and only counts. */
NIR_EXPORT size_t nir_find_invalid_lines(const char *buffer, size_t len,
                                         nir_profile profile, nir_line *lines,
                                         size_t capacity, size_t *scanned,
                                         size_t *records);
/** @} */

/** @name DSN temporary technical number (NTT, rubric S21.G00.30.020)
 * What a DSN carries while an employee has neither NIR nor NIA: the sex
 * digit (1/2), the employer's 9-digit SIREN, then an identifier of the
 * employee that is unique and permanent within the company (e.g. the staff
 * number). 11 to 40 characters, no spaces. Not a NIR: no key, no fields.
 * @{ */

/** Shortest and longest NTT (XSD Type_Alphanumeric_11_40). */
#define NIR_NTT_MIN_LEN 11
#define NIR_NTT_MAX_LEN 40

typedef struct nir_ntt_result {
    nir_status status;    /**< NIR_OK or the first rule that fails */
    size_t position;      /**< 1-based position of the offending character
                               (length errors: too short -> length + 1, too
                               long -> 41); 0 when status is NIR_OK */
    nir_sex sex;          /**< from character 1, NIR_SEX_UNKNOWN if absent */
    char siren[10];       /**< characters 2-10 when they are 9 digits, else "" */
    int siren_valid;      /**< 1 if the SIREN passes its Luhn check digit,
                               0 if not (a warning: the NTT stays valid),
                               -1 when there is no SIREN */
    size_t identifier_len;/**< length of the employee identifier
                               (characters 11 onwards), 0 if none */
    unsigned char reserved[16]; /**< room to grow; zeroed */
} nir_ntt_result;

/** Validate a DSN NTT given as (pointer, length), taken exactly as given:
 * no separator is removed and no case is changed.
 *  - NIR_ERR_EMPTY: len is 0;
 *  - NIR_ERR_SEX: character 1 is a digit or letter other than 1 or 2;
 *  - NIR_ERR_CHARACTER: a SIREN character (2-10) that is not an ASCII
 *    digit, or an identifier character (11 onwards) that is not an ASCII
 *    letter or digit (LENIENT: any printable ASCII character but space, as
 *    the XSD has no pattern); spaces, control bytes, NUL and non-ASCII bytes
 *    are character errors everywhere;
 *  - NIR_ERR_LENGTH: fewer than 11 or more than 40 characters (input longer
 *    than NIR_MAX_INPUT bytes is refused before any work);
 *  - NIR_ERR_ARGUMENT: NULL input with len > 0, or an unknown profile.
 * Characters are checked left to right before the length, so the first
 * error named is the first one a reader would see. STANDARD and DSN apply
 * the same rules. A SIREN whose check digit fails is reported in
 * result->siren_valid, not as an error: compare result->siren with the
 * declaring company's SIREN to be sure.
 * @param result filled completely (may be NULL)
 * @return result->status */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_validate_ntt(const char *input, size_t len, nir_profile profile,
                 nir_ntt_result *result);

/** Message for an NTT status in English or French (the NIR messages of
 * nir_strerror() speak of 13 or 15 characters). Never NULL. */
NIR_EXPORT const char *nir_ntt_strerror(nir_status status, nir_lang lang);
/** @} */

/** @name INSEE country list
 * @{ */
typedef struct nir_country {
    const char *code;          /**< "99126" */
    const char *name;          /**< INSEE short name, "GRECE" */
    const char *official_name; /**< INSEE long name, "RÉPUBLIQUE HELLÉNIQUE" */
    const char *iso2;          /**< "GR" or NULL */
    const char *iso3;          /**< "GRC" or NULL */
    int status;                /**< INSEE `actual`: 1 current, 2 obsolete,
                                    3 territory without a code of its own,
                                    4 territory with its own code */
} nir_country;

/** Number of entries (rows) of the INSEE list compiled in. */
NIR_EXPORT size_t nir_country_count(void);
/** Entry i (0 <= i < nir_country_count()), NULL otherwise. */
NIR_EXPORT const nir_country *nir_country_at(size_t i);
/** The main entry of a code, given as "99126" or as "126": the country row
 * (current or obsolete) when there is one, else the first territory row.
 * NULL if absent. */
NIR_EXPORT const nir_country *nir_country_by_code(const char *code,
                                                  size_t len);
/** The entry with this ISO 3166 alpha-2 or alpha-3 code (case-insensitive),
 * NULL if none. */
NIR_EXPORT const nir_country *nir_country_by_iso(const char *iso, size_t len);
/** @} */

/** @name Civil-status cross-check
 * @{ */

typedef enum nir_date_order {
    NIR_DATE_ORDER_UNSPECIFIED = 0, /**< take it from the document country,
                                         else report ambiguity (null) */
    NIR_DATE_ORDER_DMY = 1,         /**< day-month-year ("dmy") */
    NIR_DATE_ORDER_MDY = 2,         /**< month-day-year ("mdy") */
    NIR_DATE_ORDER_YMD = 3          /**< year-month-day ("ymd") */
} nir_date_order;

/** "dmy", "mdy", "ymd"; NULL for UNSPECIFIED/out of range. */
NIR_EXPORT const char *nir_date_order_name(nir_date_order order);
/** Parse "dmy"/"mdy"/"ymd" (case-insensitive); NIR_ERR_ARGUMENT otherwise. */
NIR_EXPORT nir_status nir_date_order_from_name(const char *name, size_t len,
                                               nir_date_order *out);
/** Parse a sex as written in civil-status data: codes ("M", "F", "H", "W",
 * "1", "2"), words ("homme", "femme", "masculin", "féminin", "male",
 * "female", "männlich", "weiblich", "hombre", "mujer", "masculino",
 * "femenino", ...) and civilities ("M.", "Monsieur", "Mme", "Mlle",
 * "Madame", "Mr", "Mrs", "Ms", "Miss", "Herr", "Frau", "Sr.", "Sra.", ...):
 * the list is data/civil_sex_words.csv. Case, accents, spaces and
 * punctuation do not count. A blank value (empty or spaces) is NIR_OK with
 * *out = NIR_SEX_UNKNOWN: "not given". NIR_ERR_ARGUMENT if not recognised. */
NIR_EXPORT nir_status nir_sex_from_name(const char *name, size_t len,
                                        nir_sex *out);

/** What the caller knows from the civil-status documents. Every field is
 * optional: zero/NULL means "not given". Strings are UTF-8 (ptr, len). */
typedef struct nir_civil_status {
    nir_sex sex;
    /** Birth date as written on the document: "2/4/1965", "1965-02-04",
     * "February 4, 1965", "4 février 1965", "4. Februar 1965", ... */
    const char *birth_date;
    size_t birth_date_len;
    /** Explicit order of a numeric date; overrides document_country. */
    nir_date_order date_order;
    /** Country that issued the document: ISO alpha-2/alpha-3, INSEE code or
     * a name in any language ICU knows. Implies the usual date order. */
    const char *document_country;
    size_t document_country_len;
    /** Place of birth: INSEE commune (5 chars) or département code, a
     * postal code, a commune or département name ("Caen", "14000 Caen",
     * "Seine-Inférieure"), a country (INSEE code, ISO code, or name in any
     * language). See docs/civil-status-places.md. */
    const char *birthplace;
    size_t birthplace_len;
} nir_civil_status;

typedef enum nir_civil_verdict {
    NIR_CIVIL_CONSISTENT = 0,   /**< everything compared matches ("consistent") */
    NIR_CIVIL_INCONSISTENT = 1, /**< at least one mismatch ("inconsistent") */
    NIR_CIVIL_UNDETERMINED = 2  /**< nothing could be compared, or the number
                                     is invalid ("cannot_tell") */
} nir_civil_verdict;

typedef enum nir_finding_code {
    NIR_FINDING_SEX_MISMATCH = 1,          /**< "sex_mismatch" */
    NIR_FINDING_BIRTH_YEAR_MISMATCH = 2,   /**< "birth_year_mismatch" */
    NIR_FINDING_BIRTH_MONTH_MISMATCH = 3,  /**< "birth_month_mismatch" */
    NIR_FINDING_BIRTHPLACE_MISMATCH = 4,   /**< "birthplace_mismatch" */
    NIR_FINDING_BIRTH_MONTH_UNKNOWN = 5,   /**< the number carries an
                                                unknown-month code
                                                ("birth_month_unknown") */
    NIR_FINDING_DATE_AMBIGUOUS = 6,        /**< numeric date that reads two
                                                ways, no order known
                                                ("date_ambiguous") */
    NIR_FINDING_DAY_MONTH_SWAPPED = 7,     /**< the number's month is the
                                                document's day
                                                ("day_month_swapped") */
    NIR_FINDING_BIRTHPLACE_UNRESOLVED = 8, /**< place not recognised
                                                ("birthplace_unresolved") */
    NIR_FINDING_BIRTH_DATE_UNPARSED = 9,   /**< date not understood
                                                ("birth_date_unparsed") */
    NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED = 10, /**<
                                                ("document_country_unresolved") */
    NIR_FINDING_NUMBER_INVALID = 11,       /**< the number itself is invalid
                                                ("number_invalid") */
    NIR_FINDING_NOT_COMPARABLE = 12,       /**< kind without birth fields
                                                (NNP, MIG) ("not_comparable") */
    NIR_FINDING_OTHER_CALENDAR = 13,       /**< the numeric date was read in
                                                the document country's other
                                                calendar (report->calendar);
                                                informative ("other_calendar") */
    NIR_FINDING_COUNTRY_SUCCESSION = 14,   /**< the birthplace names a country
                                                that succeeded the number's, or
                                                preceded it (URSS/Ukraine):
                                                informative
                                                ("country_succession") */
    NIR_FINDING_PLACE_HISTORY = 17         /**< informative: the number carries
                                                the code the place had at the
                                                time of birth (Mayotte 985,
                                                Corsica 20, Seine 75, Algeria
                                                91-94, ...) ("place_history") */
} nir_finding_code;

/** A calendar date read from the document; year_digits is 2 or 4 (a
 * two-digit year is compared as two digits: no century is guessed). */
typedef struct nir_date {
    int year;
    int year_digits;
    int month; /**< 1-12 */
    int day;   /**< 1-31 */
} nir_date;

typedef struct nir_finding {
    nir_finding_code code;
    int mismatch;       /**< 1 if this finding makes the verdict
                             inconsistent, 0 if informative */
    int number_value;   /**< what the number carries (sex 1/2, two-digit
                             year, month code), or -1 */
    int document_value; /**< what the document says (sex, year, month), or
                             -1 */
    int expected_month; /**< day_month_swapped: the month the number should
                             carry (1-12); date_ambiguous: the month of the
                             reading the number matches (0 if none); else -1 */
    nir_date_order matched_order; /**< date_ambiguous: the order whose
                             reading matches the number, or UNSPECIFIED */
    /** birthplace_mismatch, place_history: the place the number carries as
     * an INSEE code ("99350", "14118", "2A004", "98501"), else "".
     * Messages name it in words, never in digits. */
    char number_place[6];
    /** birthplace_mismatch: how many communes the birthplace given may be
     * (a name or postal code shared by several), 0 if not a commune list. */
    unsigned short place_candidates;
    /** Opaque detail for nir_finding_message (which communes, which
     * history rule); 0 when unused. */
    unsigned int place_detail;
    unsigned char reserved[4];
} nir_finding;

typedef struct nir_civil_report {
    nir_civil_verdict verdict;
    nir_status number_status;   /**< status of the number (nir_parse) */
    nir_date_order date_order;  /**< order used (given, or implied by the
                                     document country), UNSPECIFIED if none */
    int date_readings;          /**< 0 (no date), 1 or 2 (ambiguous) */
    nir_date reading[2];        /**< [0] in the order used (or D-M-Y when
                                     none), [1] the other reading */
    char birthplace_code[6];    /**< what the place resolved to: "99109",
                                     "14", "14168", "2A004" (for a name or
                                     postal code several communes share,
                                     the first of them); "" if none */
    size_t finding_count;
    nir_finding findings[NIR_MAX_FINDINGS];
    /** The calendar reading[0] was read in when not the Gregorian one: an
     * ICU calendar keyword ("ethiopic", "persian", "roc", "buddhist",
     * "japanese", "islamic-umalqura", "hebrew"), reading[0] being the
     * Gregorian date it stands for; "" otherwise. */
    char calendar[24];
    unsigned char reserved[8];
} nir_civil_report;

/** Cross-check a number against civil-status data. Uses ICU for Unicode
 * date and country names; allocates nothing itself (ICU may cache its
 * locale data).
 * @return NIR_OK when the check ran (see report->verdict; an invalid
 *         number gives verdict UNDETERMINED with a number_invalid finding),
 *         NIR_ERR_ARGUMENT for NULL civil/report or an unknown profile. */
NIR_EXPORT NIR_ATTR((warn_unused_result)) nir_status
nir_check_civil_status(const char *input, size_t len, nir_profile profile,
                       const nir_civil_status *civil,
                       nir_civil_report *report);

/** "consistent", "inconsistent", "cannot_tell". */
NIR_EXPORT const char *nir_civil_verdict_name(nir_civil_verdict verdict);
/** Stable snake_case code of a finding, NULL if out of range. */
NIR_EXPORT const char *nir_finding_name(nir_finding_code code);
/** Explanation of finding `index` of `report`, in English or French, with
 * its details (readings, expected month), into `out`. Returns the length
 * the full message needs (excluding NUL), like snprintf; 0 if index is out
 * of range. NIR_FORMAT_BUFSIZE is not enough: 512 bytes always are. */
NIR_EXPORT size_t nir_finding_message(const nir_civil_report *report,
                                      size_t index, nir_lang lang, char *out,
                                      size_t outsize);
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* NIR_H */
