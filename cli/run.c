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
#include <unistd.h>

#include "csv.h"
#include "records.h"
#include "parallel.h"
#include "spans.h"

/* Bytes written after an echoed record. */
typedef struct terminator {
    const char *bytes;
    size_t len;
} terminator;

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
    if (output_json_init(&s->output) != 0) {
        outbuf_free(&s->out);
        return -1;
    }
    s->settings.profile = opts->profile;
    s->settings.decode = opts->mode == MODE_REPORT;
    /* Corrections are numbers: only computed when they may be shown. */
    s->settings.suggest = opts->mode == MODE_REPORT && opts->show_number;
    s->settings.civil = opts->civil;
    s->settings.date_order = opts->date_order;
    s->totals.civil_enabled = opts->civil;
    s->jobs = opts->jobs ? opts->jobs : default_jobs();
    return 0;
}

static void file_error(run_state *s, const char *name, int err)
{
    s->trouble = 1;
    if (!s->opts->no_messages)
        fprintf(stderr, "nircheck: %s: %s\n", name, strerror(err));
}

/* A note about one record: file and line only. */
static void record_note(const run_state *s, const char *name,
                        unsigned long long line, const char *what)
{
    if (!s->opts->no_messages)
        fprintf(stderr, "nircheck: %s:%llu: %s\n", name ? name : "-e", line,
                what);
}

static int sink_to_output(void *ctx, const char *data, size_t len)
{
    outbuf *o = ctx;
    outbuf_put(o, data, len);
    return o->failed;
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

static void report(run_state *s, const record_origin *origin,
                   const record_check *c)
{
    if (s->opts->format == FORMAT_JSON)
        output_json_record(&s->output, origin, c);
    else
        output_text_record(&s->output, origin, c);
}

/* Fill the origin's JSON form of the source name, once per source. */
static int set_source_json(run_state *s, record_origin *origin)
{
    origin->source_json =
        json_source_value(origin->source, &origin->source_json_len);
    if (origin->source_json == NULL) {
        file_error(s, origin->source ? origin->source : "-e", ENOMEM);
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
    terminator end = {o->null_data ? "" : "\n", 1};
    record_check c;
    record_origin origin = {NULL, NULL, 0, 0, 0};

    if (o->value_count == 0 || set_source_json(s, &origin) != 0)
        return;
    for (size_t i = 0; i < o->value_count && !s->stop; i++) {
        const char *v = o->values[i];
        size_t len = strlen(v);

        origin.line = i + 1;
        check_record(&s->settings, v, len, 0, NULL, &c);
        if (o->mode == MODE_REPORT) {
            report(s, &origin, &c);
        } else if (echoed(s, &c)) {
            outbuf_put(&s->out, v, len);
            outbuf_put(&s->out, end.bytes, end.len);
        }
        after_record(s, &c);
    }
    free_source_json(&origin);
}

static FILE *open_source(run_state *s, const char *name)
{
    FILE *f;

    if (strcmp(name, "-") == 0)
        return stdin;
    f = fopen(name, "r");
    if (f == NULL)
        file_error(s, name, errno);
    return f;
}

static void close_source(FILE *f)
{
    if (f != stdin)
        fclose(f);
    else
        clearerr(stdin); /* "-" may be given twice */
}

/* One record from records_next(): check it, write what the mode asks for
 * and keep the totals. Returns -1 when the rest of an overlong record could
 * not be read (the record is then left out of the totals). */
static int line_record(run_state *s, records_reader *reader, const record *rec,
                       record_origin *origin)
{
    const options *o = s->opts;
    record_check c;

    origin->line = rec->number;
    check_record(&s->settings, rec->data, rec->len, rec->overlong, NULL, &c);
    if (o->mode == MODE_REPORT) {
        report(s, origin, &c);
    } else if (echoed(s, &c)) {
        outbuf_put(&s->out, rec->data, rec->len);
        if (rec->overlong &&
            records_drain(reader, sink_to_output, &s->out) != 0)
            return -1;
        if (rec->had_cr)
            outbuf_putc(&s->out, '\r');
        outbuf_putc(&s->out, reader->separator);
    }
    after_record(s, &c);
    return 0;
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
static void run_spans(run_state *s, records_reader *reader,
                      record_origin *origin)
{
    const char *data;
    size_t len;
    record rec;
    int got;

    while (!s->stop && (got = records_next_span(reader, &data, &len)) > 0) {
        if (got == RECORDS_SPAN_LONG) {
            if (records_next(reader, &rec) != 1 ||
                line_record(s, reader, &rec, origin) != 0)
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
    return line_record(s, reader, &rec, ctx);
}

static void run_lines(run_state *s, FILE *f, const char *name)
{
    const options *o = s->opts;
    records_reader reader;
    record rec;
    char sep = o->null_data ? '\0' : '\n';
    record_origin origin = {name, NULL, 0, o->file_count > 1, 0};

    if (set_source_json(s, &origin) != 0)
        return;
    if (records_open(&reader, f, sep, 0) != 0) {
        file_error(s, name, ENOMEM);
        free_source_json(&origin);
        return;
    }
    if (o->line_buffered)
        records_set_interactive(&reader);
    if (verdict_only(o) && parallel_prepare(s, &reader))
        parallel_run(s, &reader, long_line_record, &origin);
    else if (verdict_only(o))
        run_spans(s, &reader, &origin);
    else
        while (!s->stop && records_next(&reader, &rec) == 1)
            if (line_record(s, &reader, &rec, &origin) != 0)
                break;
    if (!s->stop && reader.error)
        file_error(s, name, reader.error);
    records_close(&reader);
    free_source_json(&origin);
}

/* 0-based column indexes for one CSV file; SIZE_MAX when not used. */
typedef struct csv_columns {
    size_t number, sex, birth_date, birthplace, document_country;
} csv_columns;

static int ascii_iequal(const char *a, size_t alen, const char *b)
{
    size_t blen = strlen(b);
    if (alen != blen)
        return 0;
    for (size_t i = 0; i < alen; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
    }
    return 1;
}

/* Resolve one --*-column against the header (NULL header: -n). */
static int resolve_column(run_state *s, const char *file,
                          const csv_reader *r, const csv_row *header,
                          const column_ref *ref, size_t *out)
{
    *out = SIZE_MAX;
    if (!ref->given)
        return 0;
    if (ref->name == NULL) {
        *out = ref->number - 1;
        return 0;
    }
    for (size_t i = 0; header && i < header->nfields; i++) {
        size_t len;
        const char *f = csv_field(r, i, &len);
        if (ascii_iequal(f, len, ref->name)) {
            *out = i;
            return 0;
        }
    }
    s->trouble = 1;
    if (!s->opts->no_messages)
        fprintf(stderr, "nircheck: %s: no column named '%s' in the header\n",
                file, ref->name);
    return -1;
}

static int resolve_columns(run_state *s, const char *file,
                           const csv_reader *r, const csv_row *header,
                           csv_columns *cols)
{
    const options *o = s->opts;
    return resolve_column(s, file, r, header, &o->column, &cols->number) |
           resolve_column(s, file, r, header, &o->sex_column, &cols->sex) |
           resolve_column(s, file, r, header, &o->birth_date_column,
                          &cols->birth_date) |
           resolve_column(s, file, r, header, &o->birthplace_column,
                          &cols->birthplace) |
           resolve_column(s, file, r, header, &o->document_country_column,
                          &cols->document_country);
}

static const char *field_at(const csv_reader *r, size_t i, size_t *len)
{
    const char *f = i == SIZE_MAX ? NULL : csv_field(r, i, len);
    if (f == NULL)
        *len = 0;
    return f;
}

static void csv_terminate(run_state *s, const csv_row *row)
{
    outbuf_puts(&s->out, row->had_cr ? "\r\n" : "\n");
}

/* The header row: echoed by the CSV report and the filters, first file
 * only, so that several files concatenate into one table. */
static void csv_header_out(run_state *s, const csv_row *header)
{
    const options *o = s->opts;
    int csv_report = o->mode == MODE_REPORT && o->format == FORMAT_CSV;

    if (s->csv_header_done || !(csv_report || o->mode == MODE_VALID_ONLY ||
                                o->mode == MODE_INVALID_ONLY))
        return;
    s->csv_header_done = 1;
    if (header) {
        outbuf_put(&s->out, header->raw, header->raw_len);
    } else if (csv_report) {
        return; /* -n: no header to extend */
    }
    if (csv_report)
        output_csv_header_columns(&s->output);
    if (header)
        csv_terminate(s, header);
}

static void run_csv_row(run_state *s, csv_reader *r, const csv_row *row,
                        const csv_columns *cols, record_origin *origin)
{
    const options *o = s->opts;
    const char *name = origin->source;
    civil_text civil;
    record_check c;
    const char *value;
    size_t len;

    memset(&civil, 0, sizeof civil);
    if (row->overlong) {
        value = row->raw;
        len = row->raw_len;
    } else {
        value = field_at(r, cols->number, &len);
        civil.sex = field_at(r, cols->sex, &civil.sex_len);
        civil.birth_date = field_at(r, cols->birth_date, &civil.birth_date_len);
        civil.birthplace = field_at(r, cols->birthplace, &civil.birthplace_len);
        civil.document_country = field_at(r, cols->document_country,
                                          &civil.document_country_len);
    }
    if (row->unterminated)
        record_note(s, name, row->line, "quoted field not terminated");
    check_record(&s->settings, value, len, row->overlong, &civil, &c);
    if (c.sex_unrecognised)
        record_note(s, name, row->line, "sex not recognised, not compared");
    if (o->mode == MODE_REPORT && o->format != FORMAT_CSV) {
        origin->line = row->line;
        report(s, origin, &c);
    } else if (o->mode == MODE_REPORT || echoed(s, &c)) {
        outbuf_put(&s->out, row->raw, row->raw_len);
        if (row->overlong && csv_drain(r, sink_to_output, &s->out) != 0)
            s->stop = 1;
        if (o->mode == MODE_REPORT)
            output_csv_columns(&s->output, &c);
        csv_terminate(s, row);
    }
    after_record(s, &c);
}

static void run_csv(run_state *s, FILE *f, const char *name)
{
    const options *o = s->opts;
    csv_reader reader;
    csv_row row;
    csv_columns cols;
    int got;
    record_origin origin = {name, NULL, 0, o->file_count > 1, 0};

    if (set_source_json(s, &origin) != 0)
        return;
    if (csv_open(&reader, f, o->delimiter) != 0) {
        file_error(s, name, ENOMEM);
        free_source_json(&origin);
        return;
    }
    if (o->line_buffered)
        csv_set_interactive(&reader);
    if (!o->no_headers) {
        got = csv_next(&reader, &row);
        if (got == 1 && row.overlong) {
            s->trouble = 1;
            record_note(s, name, row.line, "header row too long");
            got = 0;
        } else if (got == 1 &&
                   resolve_columns(s, name, &reader, &row, &cols) == 0) {
            csv_header_out(s, &row);
        } else {
            got = 0; /* empty file, read error or unknown column */
        }
    } else {
        got = resolve_columns(s, name, &reader, NULL, &cols) == 0;
        csv_header_out(s, NULL);
    }
    while (got == 1 && !s->stop && (got = csv_next(&reader, &row)) == 1)
        run_csv_row(s, &reader, &row, &cols, &origin);
    if (!s->stop && reader.error)
        file_error(s, name, reader.error);
    csv_close(&reader);
    free_source_json(&origin);
}

void run_file(run_state *s, const char *name)
{
    FILE *f;

    if (s->stop)
        return;
    f = open_source(s, name);
    if (f == NULL)
        return;
    if (s->opts->csv)
        run_csv(s, f, name);
    else
        run_lines(s, f, name);
    close_source(f);
}

int run_finish(run_state *s)
{
    int status;

    parallel_free(s);
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
    if (s->out.failed || s->trouble)
        status = EXIT_TROUBLE;
    else
        status = s->any_failure ? EXIT_SOME_INVALID : EXIT_ALL_VALID;
    return status;
}
