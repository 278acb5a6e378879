/*
 * output.h -- report writers: one output record per checked record, as
 * text (output_text.c), JSON Lines (output_json.c) or added CSV columns
 * (output_csv.c).
 */
#ifndef NIRCHECK_OUTPUT_H
#define NIRCHECK_OUTPUT_H

#include "check.h"
#include "options.h"
#include "outbuf.h"

typedef struct output_ctx {
    outbuf *out;
    const options *opts;
} output_ctx;

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

/** The number as it may be shown: with --show-number the compact form, or
 * its masked form with --mask. Returns 0 (nothing to show) otherwise, or
 * when the record did not normalise into a number. */
int shown_number(const options *opts, const char *compact, size_t len,
                 char out[NIR_FORMAT_BUFSIZE]);

#endif
