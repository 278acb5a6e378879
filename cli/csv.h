/*
 * csv.h -- RFC 4180 reader and field writer with bounded memory.
 *
 * The reader returns one row at a time from a FILE* or a memory buffer:
 * the row exactly as written (without its LF and without one CR before it)
 * and its unquoted fields. It is lenient where RFC 4180 is strict: LF alone
 * ends a row as CRLF does, a quote inside an unquoted field is data, text
 * after a closing quote is appended to the field, and a file may end inside
 * a quoted field (the row is then flagged `unterminated`). A UTF-8 BOM at the
 * start of the input is dropped. With CSV_DETECT as the delimiter, the
 * first row chooses it (csv_detect_delimiter).
 *
 * Memory is fixed at open time. A row longer than CSV_MAX_ROW bytes is
 * returned with `overlong` set, no fields, and only its first CSV_MAX_ROW
 * bytes; the rest is skipped by the next call or streamed to a callback by
 * csv_drain(). A row with more than CSV_MAX_FIELDS fields is returned whole
 * but also flagged `overlong`, with no fields.
 */
#ifndef NIRCHECK_CSV_H
#define NIRCHECK_CSV_H

#include <stddef.h>
#include <stdio.h>

#include "outbuf.h"

/** Longest row held in memory, in bytes. */
#define CSV_MAX_ROW 65536
/** Most fields in one row. */
#define CSV_MAX_FIELDS 1024
/** Size of the read buffer. */
#define CSV_READ_BUFSIZE 65536

typedef struct csv_row {
    const char *raw;       /**< row as written, without terminator */
    size_t raw_len;
    int had_cr;            /**< the row ended with CRLF */
    int overlong;          /**< see above: fields are not available */
    int unterminated;      /**< input ended inside a quoted field */
    size_t nfields;        /**< 0 when overlong */
    unsigned long long line;   /**< 1-based physical line the row starts on */
    unsigned long long number; /**< 1-based row index (header included) */
} csv_row;

typedef struct csv_reader {
    FILE *in;              /**< NULL for a memory buffer */
    const char *in_buf;    /**< bytes to scan: owned read buffer or caller's */
    char *read_buf;        /**< owned read buffer (FILE mode) */
    size_t in_pos, in_end;
    char delimiter;
    int eof, error, at_start, skip_pending, pending_cr, state;
    int interactive;       /**< see csv_set_interactive */
    char *raw;             /**< CSV_MAX_ROW bytes */
    char *values;          /**< CSV_MAX_ROW bytes: unquoted field bytes */
    size_t raw_len, values_len, nfields;
    int too_wide;
    int drained_crlf;      /**< the row csv_drain() consumed ended with
                                CRLF (the CR is not passed to the sink) */
    int unterminated_skip; /**< the rest of an overlong row skipped by
                                csv_next ran to the end of the input inside
                                a quoted field */
    size_t field_start[CSV_MAX_FIELDS];
    size_t field_len[CSV_MAX_FIELDS];
    unsigned long long line, rows;
} csv_reader;

/** Delimiter of csv_open: choose from the first row. */
#define CSV_DETECT '\0'

/** The delimiter of a CSV file from its first row p[0..n) (up to the first
 * line end outside quotes; blank lines before it skipped): the one of
 * ',' ';' TAB '|' found most often outside quotes, the first of them in
 * that order on a tie; ',' when none is there (one column). */
char csv_detect_delimiter(const char *p, size_t n);

/** Read from `in`, fields separated by `delimiter` (',' usually). Returns 0,
 * or -1 if memory cannot be allocated. */
int csv_open(csv_reader *c, FILE *in, char delimiter);
/** Read from a memory buffer (not copied). Returns 0 or -1 as above. */
int csv_open_buffer(csv_reader *c, const char *data, size_t len,
                    char delimiter);
/** Return rows as soon as they arrive (read(2) on the FILE's descriptor)
 * instead of waiting for a full buffer; for --line-buffered. */
void csv_set_interactive(csv_reader *c);
/** Release the reader's memory; does not close the FILE. */
void csv_close(csv_reader *c);

/** Next row: 1 with *row filled (valid until the next call), 0 at the end,
 * -1 on a read error (errno value in c->error). */
int csv_next(csv_reader *c, csv_row *row);

/** Field i of the last row (i < row->nfields); *len receives its length.
 * Returns NULL (and *len = 0) when out of range. */
const char *csv_field(const csv_reader *c, size_t i, size_t *len);

/** Receives the rest of an overlong row; non-zero return stops the copy. */
typedef int (*csv_sink)(void *ctx, const char *data, size_t len);
/** After an overlong row: consume the rest of it, passing its bytes (as
 * written, without the final CR/LF) to `sink` (may be NULL). Returns 0, or
 * -1 on a read error. A no-op otherwise. */
int csv_drain(csv_reader *c, csv_sink sink, void *ctx);

/** Write one field, quoted (RFC 4180) when it holds the delimiter, a quote,
 * CR or LF. */
void csv_write_field(outbuf *o, const char *s, size_t len, char delimiter);

#endif
