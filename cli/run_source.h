/*
 * run_source.h -- what the readers of one input format share with run.c
 * (internal to the record loop). A format reads src->in.stream (UTF-8, LF
 * line ends: input.h), checks each record, and hands it to run_record():
 * run.c writes what the output mode asks for and keeps the totals. Line
 * records are read by run.c, CSV rows by run_csv.c; a new format adds one
 * file like run_csv.c and one case in run_file().
 */
#ifndef NIRCHECK_RUN_SOURCE_H
#define NIRCHECK_RUN_SOURCE_H

#include "input.h"
#include "run.h"

typedef struct run_source {
    const char *name;  /**< as given ("-": standard input) */
    const char *label; /**< how stderr names it: the name, or "operand N"
                            when the name looks like a number */
    input_source in;
    record_origin origin;
} run_source;

/** The verdict-only modes may copy a run of records in one piece: the
 * records are echoed as read (no -H prefix, no re-encoding). */
int run_echo_plain(const run_state *s, const run_source *src);

/** A record's output, then the totals, -q's stop and --line-buffered's
 * flush. `echo` is the record as read (UTF-8) for the filters, `rest`
 * writes what follows it (NULL: nothing), `end` ends it. */
typedef struct record_echo {
    const char *data;
    size_t len;
    int (*rest)(run_state *s, run_source *src, void *ctx); /**< 0 or -1 */
    void *rest_ctx;
    const char *end; /**< terminator ("\n", "\r\n", "") */
    size_t end_len;
} record_echo;

/** Write the record (report, or echo when the filter selects it) and do
 * the bookkeeping. Returns -1 when the rest of the record could not be
 * read. */
int run_record(run_state *s, run_source *src, const record_check *c,
               const record_echo *echo);

/** Bytes of the input as the file had them (its encoding, its line ends),
 * for the filters and the CSV report. */
void run_echo(run_state *s, const run_source *src, const char *data,
              size_t len);

/** A csv_sink / records_sink that writes through run_echo; ctx is an
 * echo_sink. */
typedef struct echo_sink {
    run_state *s;
    const run_source *src;
} echo_sink;
int run_echo_sink(void *ctx, const char *data, size_t len);

/** The file's BOM, once, before the first filter output of the run. */
void run_echo_bom(run_state *s, const run_source *src);

/** A problem with the file: exit status 2 and a message (unless -s). */
void run_file_problem(run_state *s, const run_source *src,
                      unsigned long long line, const char *what);

/** A note about a record on stderr (unless -s): file and line only. */
void run_note(const run_state *s, const run_source *src,
              unsigned long long line, const char *what);

/** An I/O error on the file (errno value). */
void run_file_error(run_state *s, const run_source *src, int err);

/** CSV input (run_csv.c). */
void run_csv(run_state *s, run_source *src);

#endif
