/*
 * run.c -- the record loop (see run.h). Diagnostics on stderr name the file
 * and line, never the content of a record: numbers are personal data.
 */
#define _POSIX_C_SOURCE 200809L
#include "run.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "parallel.h"
#include "records.h"
#include "redact.h"
#include "run_source.h"
#include "spans.h"
#include "utf8.h"

/* One thread per CPU, at most OPTIONS_DEFAULT_JOBS_MAX. */
static unsigned default_jobs(void)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);

    if (cpus < 1)
        return 1;
    return cpus > OPTIONS_DEFAULT_JOBS_MAX ? OPTIONS_DEFAULT_JOBS_MAX
                                           : (unsigned)cpus;
}

int run_init(run_state *s, const options *opts, FILE *out)
{
    memset(s, 0, sizeof *s);
    s->opts = opts;
    if (outbuf_init(&s->out, out, 0) != 0)
        return -1;
    s->output.out = &s->out;
    s->output.opts = opts;
    s->output.delimiter = opts->delimiter;
    if (output_json_init(&s->output) != 0) {
        output_json_free(&s->output);
        outbuf_free(&s->out);
        return -1;
    }
    s->settings.profile = opts->profile;
    s->settings.decode = opts->mode == MODE_REPORT;
    /* Corrections (nir_suggest, some 150 checks per wrong key): their
     * digits are shown with --show-number alone, their count in the text
     * report and with --mask (output.h: digits_shown); --json and the CSV
     * report do not pay for them otherwise. */
    s->settings.suggest = opts->mode == MODE_REPORT &&
                          (opts->format == FORMAT_TEXT || number_shown(opts));
    s->settings.civil = opts->civil;
    s->settings.date_order = opts->date_order;
    s->totals.civil_enabled = opts->civil;
    s->totals.problems_enabled = opts->csv;
    s->jobs = opts->jobs ? opts->jobs : default_jobs();
    return 0;
}

/* How stderr names a file: by its place when its name looks like a number
 * (a number given without -e must not be echoed). */
static void set_label(run_source *src, size_t operand, char *buf,
                      size_t size)
{
    src->label = src->name;
    if (operand > 0 && redacted_word(src->name)) {
        snprintf(buf, size, "operand %zu", operand);
        src->label = buf;
    }
}

void run_file_error(run_state *s, const run_source *src, int err)
{
    s->trouble = 1;
    if (s->opts->no_messages)
        return;
    if (err == ENOENT && src->label != src->name &&
        looks_like_number(src->name))
        fprintf(stderr,
                "nircheck: %s: no such file (it looks like a number: use "
                "-e)\n",
                src->label);
    else
        fprintf(stderr, "nircheck: %s: %s\n", src->label, strerror(err));
}

void run_note(const run_state *s, const run_source *src,
              unsigned long long line, const char *what)
{
    if (s->opts->no_messages)
        return;
    if (line > 0)
        fprintf(stderr, "nircheck: %s:%llu: %s\n", src->label, line, what);
    else
        fprintf(stderr, "nircheck: %s: %s\n", src->label, what);
}

void run_file_problem(run_state *s, const run_source *src,
                      unsigned long long line, const char *what)
{
    s->trouble = 1;
    run_note(s, src, line, what);
}

void run_echo(run_state *s, const run_source *src, const char *data,
              size_t len)
{
    /* The CSV report is a report: UTF-8 like the others, even when a
     * UTF-8 file holds stray bytes of another encoding (U+FFFD). */
    if (s->opts->mode == MODE_REPORT)
        utf8_put_text(&s->out, data, len);
    else
        input_echo(&src->in, &s->out, data, len);
}

int run_echo_sink(void *ctx, const char *data, size_t len)
{
    echo_sink *e = ctx;
    run_echo(e->s, e->src, data, len);
    return e->s->out.failed;
}

static int filter_mode(const options *o)
{
    return o->mode == MODE_VALID_ONLY || o->mode == MODE_INVALID_ONLY;
}

void run_echo_bom(run_state *s, const run_source *src)
{
    if (s->bom_decided)
        return;
    s->bom_decided = 1;
    if (filter_mode(s->opts))
        outbuf_put(&s->out, src->in.bom, src->in.bom_len);
}

int run_echo_plain(const run_state *s, const run_source *src)
{
    const options *o = s->opts;
    return o->mode == MODE_COUNT || o->mode == MODE_QUIET ||
           (input_is_plain(&src->in) && !o->with_filename);
}

/* Is this record printed by --valid-only / --invalid-only? */
static int echoed(const run_state *s, const record_check *c)
{
    return (s->opts->mode == MODE_VALID_ONLY && !c->fails) ||
           (s->opts->mode == MODE_INVALID_ONLY && c->fails);
}

/* Bookkeeping shared by every kind of source, after the record's output. */
static void after_record(run_state *s, const record_check *c)
{
    counts_add(&s->totals, c);
    if (c->fails) {
        s->any_failure = 1;
        if (s->opts->mode == MODE_QUIET)
            s->stop = 1;
    }
    if (s->opts->line_buffered)
        outbuf_flush(&s->out);
    if (s->out.failed)
        s->stop = 1;
}

/* A report record: text or JSON, unless --json with a filter leaves it
 * out. */
static void report(run_state *s, const record_origin *origin,
                   const record_check *c)
{
    if ((s->opts->select == SELECT_VALID && c->fails) ||
        (s->opts->select == SELECT_INVALID && !c->fails))
        return;
    if (s->opts->format == FORMAT_JSON)
        output_json_record(&s->output, origin, c);
    else
        output_text_record(&s->output, origin, c);
}

int run_record(run_state *s, run_source *src, const record_check *c,
               const record_echo *echo)
{
    const options *o = s->opts;
    int rc = 0;

    if (o->mode == MODE_REPORT && o->format != FORMAT_CSV) {
        report(s, &src->origin, c);
    } else if (o->mode == MODE_REPORT || echoed(s, c)) {
        if (o->with_filename && !o->csv && src->name) {
            run_echo(s, src, src->name, strlen(src->name));
            run_echo(s, src, ":", 1);
        }
        run_echo(s, src, echo->data, echo->len);
        if (echo->rest && echo->rest(s, src, echo->rest_ctx) != 0)
            rc = -1;
        if (o->mode == MODE_REPORT)
            output_csv_columns(&s->output, c);
        run_echo(s, src, echo->end, echo->end_len);
    }
    if (rc == 0)
        after_record(s, c);
    return rc;
}

/* Fill the origin's JSON form of the source name, once per source. */
static int set_source_json(run_state *s, run_source *src)
{
    record_origin *origin = &src->origin;

    origin->source = src->name;
    origin->source_json =
        json_source_value(origin->source, &origin->source_json_len);
    if (origin->source_json == NULL) {
        run_file_error(s, src, ENOMEM);
        return -1;
    }
    return 0;
}

static void free_source_json(record_origin *origin)
{
    free((char *)(size_t)origin->source_json);
}

void run_values(run_state *s)
{
    const options *o = s->opts;
    char end[1] = {o->null_data ? '\0' : '\n'};
    record_check c;
    run_source src;

    memset(&src, 0, sizeof src);
    src.label = "-e";
    if (o->value_count == 0 || set_source_json(s, &src) != 0)
        return;
    s->bom_decided = 1; /* the output starts with a value, not a BOM */
    for (size_t i = 0; i < o->value_count && !s->stop; i++) {
        const char *v = o->values[i];
        record_echo echo = {v, strlen(v), NULL, NULL, end, 1};

        src.origin.line = i + 1;
        check_record(&s->settings, v, echo.len, 0, NULL, &c);
        run_record(s, &src, &c, &echo);
    }
    free_source_json(&src.origin);
}

static FILE *open_source(const char *name)
{
    return strcmp(name, "-") == 0 ? stdin : fopen(name, "r");
}

static int regular_file(FILE *f)
{
    struct stat st;
    return fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode);
}

static void close_source(FILE *f)
{
    if (f != stdin)
        fclose(f);
    else
        clearerr(stdin); /* "-" may be given twice */
}

/* record_echo.rest of an overlong line record: the bytes past the
 * reader's bound, copied as they come. */
static int line_rest(run_state *s, run_source *src, void *reader)
{
    echo_sink sink = {s, src};
    return records_drain(reader, run_echo_sink, &sink);
}

/* One record from records_next(): check it, write what the mode asks for
 * and keep the totals. Returns -1 when the rest of an overlong record could
 * not be read (the record is then left out of the totals). */
static int line_record(run_state *s, run_source *src, records_reader *reader,
                       const record *rec)
{
    char end[2] = {'\r', reader->separator};
    record_echo echo;
    record_check c;

    src->origin.line = rec->number;
    check_record(&s->settings, rec->data, rec->len, rec->overlong, NULL, &c);
    if (s->opts->mode == MODE_REPORT) { /* the --json and text hot path */
        report(s, &src->origin, &c);
        after_record(s, &c);
        return 0;
    }
    echo.data = rec->data;
    echo.len = rec->len;
    echo.rest = rec->overlong ? line_rest : NULL;
    echo.rest_ctx = reader;
    echo.end = rec->had_cr ? end : end + 1;
    echo.end_len = rec->had_cr ? 2u : 1u;
    return run_record(s, src, &c, &echo);
}

/* The modes that need the verdict of a line record and nothing else: no
 * decoding, no civil columns, nothing flushed per record. */
static int verdict_only(const options *o)
{
    return (o->mode == MODE_COUNT || o->mode == MODE_QUIET ||
            o->mode == MODE_VALID_ONLY || o->mode == MODE_INVALID_ONLY) &&
           !o->csv && !o->civil && !o->line_buffered;
}

/* The record loop of the verdict-only modes: whole spans of the reader's
 * buffer instead of one records_next() per record; a record too long for
 * the buffer goes through line_record(). */
static void run_spans(run_state *s, run_source *src, records_reader *reader)
{
    const char *data;
    size_t len;
    record rec;
    int got;

    while (!s->stop && (got = records_next_span(reader, &data, &len)) > 0) {
        if (got == RECORDS_SPAN_LONG) {
            if (records_next(reader, &rec) != 1 ||
                line_record(s, src, reader, &rec) != 0)
                break;
            continue;
        }
        spans_check(s, data, len, reader->separator);
        if (s->out.failed)
            s->stop = 1;
    }
}

/* parallel_long_fn for parallel_run: the one-record path. */
static int long_line_record(run_state *s, records_reader *reader, void *ctx)
{
    record rec;

    if (records_next(reader, &rec) != 1)
        return -1;
    return line_record(s, ctx, reader, &rec);
}

static void run_lines(run_state *s, run_source *src)
{
    const options *o = s->opts;
    records_reader reader;
    record rec;
    char sep = o->null_data ? '\0' : '\n';
    int spans = verdict_only(o) && run_echo_plain(s, src);

    if (records_open(&reader, src->in.stream, sep, 0) != 0) {
        run_file_error(s, src, ENOMEM);
        return;
    }
    if (o->line_buffered)
        records_set_interactive(&reader);
    if (spans && parallel_prepare(s, &reader))
        parallel_run(s, &reader, long_line_record, src);
    else if (spans)
        run_spans(s, src, &reader);
    else
        while (!s->stop && records_next(&reader, &rec) == 1)
            if (line_record(s, src, &reader, &rec) != 0)
                break;
    if (!s->stop && reader.error)
        run_file_error(s, src, reader.error);
    records_close(&reader);
}

void run_file(run_state *s, const char *name, size_t operand)
{
    const options *o = s->opts;
    input_settings settings = {o->encoding, !o->line_buffered, o->null_data,
                               o->csv};
    run_source src;
    char label[32];
    FILE *f;
    int err;

    if (s->stop)
        return;
    memset(&src, 0, sizeof src);
    src.name = name;
    set_label(&src, operand, label, sizeof label);
    f = open_source(name);
    if (f == NULL) {
        run_file_error(s, &src, errno);
        return;
    }
    /* --line-buffered reads a pipe as it comes: no look-ahead there */
    settings.sniff = !o->line_buffered || regular_file(f);
    err = input_open(&src.in, f, &settings);
    if (err != 0) {
        run_file_error(s, &src, err);
        close_source(f);
        return;
    }
    if (src.in.detected && !o->no_messages)
        fprintf(stderr, "nircheck: %s: not UTF-8, read as %s (--encoding "
                        "chooses another)\n",
                src.label, src.in.encoding);
    if (src.in.stray_line > 0 && !o->no_messages)
        fprintf(stderr, "nircheck: %s:%llu: not valid UTF-8 (a byte of "
                        "another encoding); the file is read as UTF-8, such "
                        "bytes kept as they are (--encoding chooses "
                        "another)\n",
                src.label, src.in.stray_line);
    src.origin.show_source = o->with_filename;
    if (set_source_json(s, &src) == 0) {
        run_echo_bom(s, &src);
        if (o->csv)
            run_csv(s, &src);
        else
            run_lines(s, &src);
        free_source_json(&src.origin);
    }
    input_close(&src.in);
    close_source(f);
}

int run_finish(run_state *s)
{
    int status;

    parallel_free(s);
    free(s->csv_header);
    if (s->opts->mode == MODE_QUIET) {
        /* -q writes nothing: a closed or full stdout is no error */
        outbuf_free(&s->out);
        output_json_free(&s->output);
        return s->trouble ? EXIT_TROUBLE
                          : s->any_failure ? EXIT_SOME_INVALID
                                           : EXIT_ALL_VALID;
    }
    if (s->opts->mode == MODE_COUNT && !s->out.failed) {
        if (s->opts->json)
            counts_print_json(&s->out, &s->totals);
        else
            counts_print_text(&s->out, &s->totals);
    }
    outbuf_flush(&s->out);
    if (!s->out.failed) {
        errno = 0;
        if (fclose(s->out.out) != 0) {
            s->out.failed = 1;
            s->out.error = errno ? errno : EIO;
        }
    }
    if (s->out.failed && s->out.error != EPIPE)
        fprintf(stderr, "nircheck: write error: %s\n",
                strerror(s->out.error));
    outbuf_free(&s->out);
    output_json_free(&s->output);
    if (s->out.failed || s->trouble)
        status = EXIT_TROUBLE;
    else
        status = s->any_failure ? EXIT_SOME_INVALID : EXIT_ALL_VALID;
    return status;
}
