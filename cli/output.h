/*
 * output.h -- report writers: one output record per checked record, as
 * text (output_text.c), JSON Lines (output_json.c) or added CSV columns
 * (output_csv.c).
 */
#ifndef NIRCHECK_OUTPUT_H
#define NIRCHECK_OUTPUT_H

#include <limits.h>

#include "check.h"
#include "json.h"
#include "options.h"
#include "outbuf.h"

/** Bits of nir_result.warnings. */
#define JSON_WARNING_BITS (sizeof(unsigned) * CHAR_BIT)

/** The JSON forms of the names a record may carry, indexed by the value of
 * their enum, with one last slot for any value out of range: built once by
 * output_json_init() so that each record copies them whole. */
typedef struct json_record_names {
    json_name kind[NIR_KIND_MIG + 2];
    json_name error[NIR_STATUS_COUNT + 1]; /**< null for NIR_OK */
    json_name sex[NIR_SEX_FEMALE + 2];     /**< null for NIR_SEX_UNKNOWN */
    json_name month_kind[NIR_MONTH_UNKNOWN + 2];
    json_name place_kind[NIR_PLACE_NORTH_AFRICA + 2];
    json_name warning[JSON_WARNING_BITS]; /**< by bit number */
    unsigned named_warnings; /**< the warning bits that have a name */
} json_record_names;

/** The JSON string of each message a failing record can have (a libnir
 * status or a row problem, with or without a hint), in --lang, built once
 * by output_json_init. */
#define JSON_MESSAGE_ERRORS (NIR_STATUS_COUNT + PROBLEM_COUNT)
typedef struct json_message {
    char *text;
    size_t len;
} json_message;

typedef struct output_ctx {
    outbuf *out;
    json_message messages[JSON_MESSAGE_ERRORS][HINT_COUNT];
    const options *opts;
    char delimiter;          /**< the CSV report's: the input file's */
    json_record_names names; /**< for the JSON output */
} output_ctx;

/** Fill ctx->names. Returns 0, or -1 if a libnir name is too long for a
 * json_name (see json.h). */
int output_json_init(output_ctx *ctx);
/** Free what output_json_init made. */
void output_json_free(output_ctx *ctx);

/** Where a record comes from. */
typedef struct record_origin {
    const char *source;  /**< file name, "-" for standard input, NULL for -e */
    const char *source_json; /**< `source` as a JSON value (string or
                              null), escaped once per file */
    size_t source_json_len;
    int show_source;     /**< text output: prefix lines with the source */
    unsigned long long line;
} record_origin;

void output_text_record(const output_ctx *ctx, const record_origin *origin,
                        const record_check *check);
void output_json_record(const output_ctx *ctx, const record_origin *origin,
                        const record_check *check);

/** The names of the added CSV columns, each preceded by the delimiter. */
void output_csv_header_columns(const output_ctx *ctx);
/** The added CSV columns of one record, each preceded by the delimiter. */
void output_csv_columns(const output_ctx *ctx, const record_check *check);

/** `source` as a JSON value in a new malloc'ed string (*len its length);
 * NULL when out of memory. */
char *json_source_value(const char *source, size_t *len);

/** 1 when the number is shown (--show-number or --mask). */
int number_shown(const options *opts);
/** 1 when digits that rebuild the number may be shown: the order, the
 * key, the expected key, the corrections (--show-number without --mask).
 * Otherwise the outputs leave them out (null) and say how many
 * corrections there are. */
int digits_shown(const options *opts);

/** The number as it may be shown: with --show-number the compact form, or
 * its masked form with --mask. Returns 0 (nothing to show) otherwise, or
 * when the record did not normalise into a number. */
int shown_number(const options *opts, const char *compact, size_t len,
                 char out[NIR_FORMAT_BUFSIZE]);

#endif
