/*
 * records.h -- bounded reader of separator-terminated records (lines or
 * NUL-separated records) from a FILE* or from a memory buffer.
 *
 * Memory is bounded: one buffer allocated at open time, never grown. A record
 * longer than RECORDS_MAX_LEN bytes is returned truncated to its first
 * RECORDS_MAX_LEN bytes with `overlong` set; the rest is skipped by the next
 * call, or streamed to a callback with records_drain() (so a filter can copy
 * it through unchanged without holding it).
 *
 * A record is the bytes up to the separator, without the separator; in line
 * mode (separator '\n') also without one trailing CR (CRLF files). The last
 * record may lack its separator; an empty input has no record. A UTF-8 BOM at
 * the very start of the input is dropped.
 */
#ifndef NIRCHECK_RECORDS_H
#define NIRCHECK_RECORDS_H

#include <stddef.h>
#include <stdio.h>

/** Longest record held in memory, in bytes. */
#define RECORDS_MAX_LEN 4096
/** Default read buffer size (bytes); large reads keep the hot path cheap. */
#define RECORDS_DEFAULT_BUFSIZE (1u << 19)

/** Most buffers of records_set_ring. */
#define RECORDS_RING_MAX 64

typedef struct record {
    const char *data;   /**< record bytes (no separator, no trailing CR);
                             valid until the next call on the reader */
    size_t len;         /**< length of data (<= RECORDS_MAX_LEN) */
    int had_cr;         /**< a trailing CR was removed (line mode) */
    int overlong;       /**< longer than RECORDS_MAX_LEN; data is a prefix */
    unsigned long long number; /**< 1-based index of the record */
} record;

typedef struct records_reader {
    FILE *in;           /**< NULL for a memory buffer */
    char *buf;          /**< owned (FILE mode) or the caller's (buffer mode) */
    size_t cap;         /**< allocated size of buf (FILE mode) */
    size_t start, end;  /**< unread bytes are buf[start, end) */
    char separator;
    int eof;            /**< no more bytes will come from `in` */
    int error;          /**< errno of a read error, 0 if none */
    int skip_pending;   /**< the rest of an overlong record is still unread */
    int interactive;    /**< return records as soon as they arrive */
    int at_start;       /**< nothing consumed yet (for the BOM) */
    unsigned long long count;
    char *ring[RECORDS_RING_MAX]; /**< records_set_ring's buffers (FILE mode) */
    unsigned ring_size, ring_at;  /**< ring[ring_at] is buf */
} records_reader;

/** Prepare to read records from `in` with a buffer of `bufsize` bytes (0:
 * the default; at least RECORDS_MAX_LEN + 1 is used). Returns 0, or -1 if
 * the buffer cannot be allocated. */
int records_open(records_reader *r, FILE *in, char separator, size_t bufsize);

/** Read into `buffers` buffers in turn (1-RECORDS_RING_MAX; FILE mode): the
 * unread bytes move to the next buffer instead of the front of the same one,
 * so that the spans of records_next_span() stay valid until `buffers` spans
 * have been handed out after them (each span comes from its own buffer), for
 * callers that check spans on several threads. Once, before the first read.
 * Returns 0, or -1 if a buffer cannot be allocated (the reader is then
 * unchanged). */
int records_set_ring(records_reader *r, unsigned buffers);

/** Hand out each record as soon as its bytes arrive (read(2) on the FILE's
 * descriptor, which returns what is there) instead of waiting for a full
 * buffer; for --line-buffered. No effect without a descriptor. */
void records_set_interactive(records_reader *r);

/** Prepare to read records from a memory buffer (not copied; it must outlive
 * the reader). Never fails. */
void records_open_buffer(records_reader *r, const char *data, size_t len,
                         char separator);

/** Next record. Returns 1 with *rec filled, 0 at the end of the input, -1 on
 * a read error (errno value in r->error). */
int records_next(records_reader *r, record *rec);

/** records_next_span(): the next record is already known to be longer than
 * RECORDS_MAX_LEN and its separator is not in the buffer; read it with
 * records_next() (and records_drain()). */
#define RECORDS_SPAN_LONG 2

/** The buffered whole records at once, for callers that split them
 * themselves (the verdict-only modes of nircheck): sets *data and *len to
 * one or more records, each with its separator and, in line mode, its CR,
 * except the last record of the input, which may lack its separator.
 * Returns 1, 0 at the end of the input, -1 on a read error, or
 * RECORDS_SPAN_LONG (nothing consumed). Spans follow exactly the reads and
 * errors that records_next() would meet; a span may hold records longer
 * than RECORDS_MAX_LEN. Their records are not counted in `count`. Not for
 * an interactive reader. */
int records_next_span(records_reader *r, const char **data, size_t *len);

/** Receives the bytes of an overlong record past its first RECORDS_MAX_LEN
 * bytes; returns 0 to continue, non-zero to stop (the rest is discarded). */
typedef int (*records_sink)(void *ctx, const char *data, size_t len);

/** After records_next() returned an overlong record: consume the rest of it,
 * passing its bytes to `sink` (may be NULL to discard). Any trailing CR
 * before the LF is passed too: the bytes are the record as it was written.
 * Returns 0, or -1 on a read error. A no-op otherwise. */
int records_drain(records_reader *r, records_sink sink, void *ctx);

/** Release the buffer (FILE mode). Does not close `in`. */
void records_close(records_reader *r);

#endif
