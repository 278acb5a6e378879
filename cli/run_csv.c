/*
 * run_csv.c -- CSV input (--csv): each file's header names its columns,
 * each row is one record. Problems of the file itself (a column the header
 * lacks, an unterminated quote, a file that is not CSV) are exit-status-2
 * errors naming the file, the line and the header's column names, never a
 * record's values; a row too short for the column is an invalid record.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "csv.h"
#include "csv_shape.h"
#include "redact.h"
#include "run_source.h"

/* Rows of one kind in a file: how many, and the line of the first. */
typedef struct row_tally {
    unsigned long long count, first_line;
} row_tally;

/* What the header is compared with, and how the messages name it. */
typedef struct column_want {
    const column_ref *ref;
    const char *option;
    size_t *out;
} column_want;

/* The 0-based index of ref in a header row held by r (NULL: -n), or
 * SIZE_MAX when the header lacks it or has it more than once. */
static size_t find_column(const csv_reader *r, const csv_row *header,
                          const column_ref *ref)
{
    column_match m;

    column_find(r, header, ref, &m);
    return m.index;
}

static const char *delimiter_name(char d, char buf[4])
{
    if (d == '\t')
        return "tab";
    buf[0] = '\'';
    buf[1] = d;
    buf[2] = '\'';
    buf[3] = '\0';
    return buf;
}

/* The header's names for a message: at most 12, each cut to 40 bytes; a
 * name that looks like a number (a data row taken for a header) is not
 * shown. */
static void put_names(char *out, size_t size, const csv_reader *r,
                      const csv_row *header)
{
    size_t used = 0;

    out[0] = '\0';
    for (size_t i = 0; i < header->nfields && i < 12; i++) {
        size_t len;
        const char *f = csv_field(r, i, &len);
        char name[48];
        int n;

        if (len > 40)
            len = 40;
        memcpy(name, f, len);
        name[len] = '\0';
        if (redacted_word(name))
            strcpy(name, "(a number)");
        n = snprintf(out + used, size - used, "%s\"%s\"", i ? ", " : "", name);
        if (n < 0 || (size_t)n >= size - used)
            return;
        used += (size_t)n;
    }
    if (header->nfields > 12)
        snprintf(out + used, size - used, ", ...");
}

/* When the header holds the column once split on another of , ; tab |:
 * that delimiter; 0 otherwise. */
static char other_delimiter(const csv_row *header, char current,
                            const column_ref *ref)
{
    static const char candidates[] = {',', ';', '\t', '|'};

    for (size_t i = 0; i < sizeof candidates; i++) {
        csv_reader r;
        csv_row row;
        int found = 0;

        if (candidates[i] == current ||
            csv_open_buffer(&r, header->raw, header->raw_len,
                            candidates[i]) != 0)
            continue;
        if (csv_next(&r, &row) == 1 && row.nfields > 1)
            found = find_column(&r, &row, ref) != SIZE_MAX;
        csv_close(&r);
        if (found)
            return candidates[i];
    }
    return 0;
}

/* Two header names fit the option: which, by number; never a guess. */
static void ambiguous_column(run_state *s, run_source *src,
                             const csv_row *header, const column_want *want,
                             const column_match *m)
{
    char what[600];
    const char *name = want->ref->name;

    if (redacted_word(name))
        name = "(not shown)";
    snprintf(what, sizeof what,
             "%s: %zu columns fit the name '%s' (columns %zu and %zu%s): "
             "none is chosen; give the column's number",
             want->option, m->fits, name, m->first + 1, m->second + 1,
             m->fits > 2 ? ", ..." : "");
    run_file_problem(s, src, header->line, what);
}

static void missing_column(run_state *s, run_source *src, const csv_reader *r,
                           const csv_row *header, const column_want *want)
{
    char names[800], what[1200], hint[80] = "", d1[4], d2[4], d3[4];
    char other;
    const char *name = want->ref->name;
    column_match m;

    column_find(r, header, want->ref, &m);
    if (m.fits > 1) {
        ambiguous_column(s, src, header, want, &m);
        return;
    }
    other = other_delimiter(header, r->delimiter, want->ref);
    put_names(names, sizeof names, r, header);
    if (other)
        snprintf(hint, sizeof hint,
                 "; split on %s the header has it: try -d %s",
                 delimiter_name(other, d2), delimiter_name(other, d3));
    if (name && redacted_word(name))
        name = "(not shown)";
    if (name)
        snprintf(what, sizeof what,
                 "%s: no column named '%s'; the header has %zu column%s "
                 "(delimiter %s): %s%s",
                 want->option, name, header->nfields,
                 header->nfields == 1 ? "" : "s",
                 delimiter_name(r->delimiter, d1), names, hint);
    else
        snprintf(what, sizeof what,
                 "%s: no column %zu; the header has %zu column%s "
                 "(delimiter %s): %s%s",
                 want->option, want->ref->number, header->nfields,
                 header->nfields == 1 ? "" : "s",
                 delimiter_name(r->delimiter, d1), names, hint);
    run_file_problem(s, src, header->line, what);
}

/* Resolve every --*-column against the header (NULL: -n). */
static int resolve_columns(run_state *s, run_source *src, const csv_reader *r,
                           const csv_row *header, csv_columns *cols)
{
    const options *o = s->opts;
    column_want wants[] = {
        {&o->column, "--column", &cols->number},
        {&o->key_column, "--key-column", &cols->key},
        {&o->sex_column, "--sex-column", &cols->sex},
        {&o->birth_date_column, "--birth-date-column", &cols->birth_date},
        {&o->birthplace_column, "--birthplace-column", &cols->birthplace},
        {&o->document_country_column, "--document-country-column",
         &cols->document_country}};
    int failed = 0;

    for (size_t i = 0; i < sizeof wants / sizeof wants[0]; i++) {
        *wants[i].out = SIZE_MAX;
        if (!wants[i].ref->given)
            continue;
        *wants[i].out = find_column(r, header, wants[i].ref);
        if (*wants[i].out == SIZE_MAX) {
            missing_column(s, src, r, header, &wants[i]);
            failed = 1;
        }
    }
    return failed ? -1 : 0;
}

static const char *field_at(const csv_reader *r, size_t i, size_t *len)
{
    const char *f = i == SIZE_MAX ? NULL : csv_field(r, i, len);
    if (f == NULL)
        *len = 0;
    return f;
}

/* The header row: echoed by the CSV report and the filters; a later
 * file's too when it differs from the last one that went out. */
static void header_out(run_state *s, run_source *src, const csv_row *header,
                       char src_delimiter)
{
    const options *o = s->opts;
    int csv_report = o->mode == MODE_REPORT && o->format == FORMAT_CSV;

    if (!(csv_report || o->mode == MODE_VALID_ONLY ||
          o->mode == MODE_INVALID_ONLY))
        return;
    if (header == NULL) {
        s->csv_header_done = 1;
        return; /* -n: no header to echo or extend */
    }
    if (s->csv_header_done && s->csv_header &&
        s->csv_header_len == header->raw_len &&
        memcmp(s->csv_header, header->raw, header->raw_len) == 0)
        return;
    free(s->csv_header);
    s->csv_header = malloc(header->raw_len + 1);
    if (s->csv_header) {
        memcpy(s->csv_header, header->raw, header->raw_len);
        s->csv_header_len = header->raw_len;
    }
    s->csv_header_done = 1;
    s->output.delimiter = src_delimiter;
    run_echo(s, src, header->raw, header->raw_len);
    if (csv_report)
        output_csv_header_columns(&s->output);
    run_echo(s, src, header->had_cr ? "\r\n" : "\n", header->had_cr ? 2 : 1);
}

/* record_echo.rest of an overlong row. */
static int row_rest(run_state *s, run_source *src, void *reader)
{
    echo_sink sink = {s, src};
    csv_reader *r = reader;

    if (csv_drain(r, run_echo_sink, &sink) != 0)
        return -1;
    if (r->drained_crlf) /* the row's own line end, before the LF */
        run_echo(s, src, "\r", 1);
    return 0;
}

static void run_row(run_state *s, run_source *src, csv_reader *r,
                    const csv_row *row, const csv_columns *cols)
{
    civil_text civil;
    record_check c;
    key_field key = {NULL, 0};
    record_echo echo = {row->raw, row->raw_len, NULL, r,
                        row->had_cr ? "\r\n" : "\n", row->had_cr ? 2u : 1u};
    const char *value;
    size_t len;

    memset(&civil, 0, sizeof civil);
    s->output.delimiter = r->delimiter;
    src->origin.line = row->line;
    if (row->overlong) {
        /* the number is in a field that was not read: the row's fault */
        echo.rest = row_rest;
        check_problem(PROBLEM_ROW_TOO_LONG, &c);
    } else if (cols->number >= row->nfields ||
               (cols->key != SIZE_MAX && cols->key >= row->nfields)) {
        check_problem(PROBLEM_SHORT_ROW, &c);
    } else if (csv_merged_rows(r, row, cols)) {
        check_problem(PROBLEM_MERGED_ROWS, &c);
    } else {
        value = field_at(r, cols->number, &len);
        if (cols->key != SIZE_MAX)
            key.text = field_at(r, cols->key, &key.len);
        civil.sex = field_at(r, cols->sex, &civil.sex_len);
        civil.birth_date = field_at(r, cols->birth_date, &civil.birth_date_len);
        civil.birthplace = field_at(r, cols->birthplace, &civil.birthplace_len);
        civil.document_country = field_at(r, cols->document_country,
                                          &civil.document_country_len);
        check_record_keyed(&s->settings, value, len, &key, &civil, &c);
        if (c.sex_unrecognised)
            run_note(s, src, row->line, "sex not recognised, not compared");
    }
    if (run_record(s, src, &c, &echo) != 0)
        s->stop = 1;
}

static void tally(row_tally *t, const csv_row *row)
{
    if (t->count++ == 0)
        t->first_line = row->line;
}

/* One line for the file: "<count> <rows>, <why> (the first at line N)". */
static void tally_note(const run_state *s, const run_source *src,
                       const row_tally *t, const char *rows, const char *why)
{
    char what[240];

    if (t->count == 0)
        return;
    snprintf(what, sizeof what, "%llu %s%s %s (the first at line %llu)",
             t->count, rows, t->count == 1 ? "" : "s", why, t->first_line);
    run_note(s, src, 0, what);
}

/* The header: 1 when the rows can be read, 0 when the file ends there or
 * is refused. */
static int read_header(run_state *s, run_source *src, csv_reader *reader,
                       csv_columns *cols, row_tally *empty)
{
    csv_row row;
    const char *why;
    int got;

    cols->header_fields = 0;
    cols->number_name_len = SIZE_MAX;
    if (s->opts->no_headers) {
        header_out(s, src, NULL, reader->delimiter);
        return resolve_columns(s, src, reader, NULL, cols) == 0;
    }
    /* blank lines (or rows of empty fields) before the header: skipped,
     * as after it */
    while ((got = csv_next(reader, &row)) == 1 &&
           csv_empty_row(reader, &row))
        tally(empty, &row);
    if (got == 1 && csv_excel_sep_line(&row)) {
        /* the delimiter was found in this line, and -d wins over it */
        got = csv_next(reader, &row);
    }
    if (got == 0) /* the columns asked for are not there either */
        run_file_problem(s, src, 0, "no header row: the file is empty");
    if (got != 1)
        return 0; /* or a read error, reported by the caller */
    if ((why = csv_not_csv(&row)) != NULL) {
        run_file_problem(s, src, row.line, why);
        return 0;
    }
    if (csv_first_row_is_record(reader, &row)) {
        run_file_problem(s, src, row.line,
                         "the first row holds a number: it is a record, not "
                         "a header (give -n and column numbers)");
        return 0;
    }
    if (row.overlong) {
        run_file_problem(s, src, row.line, "header row too long");
        return 0;
    }
    if (row.unterminated) {
        run_file_problem(s, src, row.line,
                         "quoted field not terminated in the header");
        return 0;
    }
    if (resolve_columns(s, src, reader, &row, cols) != 0)
        return 0;
    cols->header_fields = row.nfields;
    csv_keep_number_name(reader, cols);
    header_out(s, src, &row, reader->delimiter);
    return 1;
}

void run_csv(run_state *s, run_source *src)
{
    const options *o = s->opts;
    csv_reader reader;
    csv_row row;
    csv_columns cols;
    unsigned long long last_line = 1;
    row_tally empty = {0, 0}, wide = {0, 0}, headers = {0, 0};
    int got;

    if (csv_open(&reader, src->in.stream,
                 o->delimiter_given ? o->delimiter : CSV_DETECT) != 0) {
        run_file_error(s, src, ENOMEM);
        return;
    }
    if (o->line_buffered)
        csv_set_interactive(&reader);
    got = read_header(s, src, &reader, &cols, &empty);
    while (got == 1 && !s->stop && (got = csv_next(&reader, &row)) == 1) {
        if (row.unterminated) {
            /* everything after the quote is in one field: no record can
             * be trusted, and none is reported as if it could */
            run_file_problem(s, src, row.line,
                             "quoted field not terminated: the rest of the "
                             "file is inside it");
            break;
        }
        last_line = row.line;
        if (csv_empty_row(&reader, &row)) {
            tally(&empty, &row);
            continue;
        }
        if (csv_repeated_header(&reader, &row, &cols)) {
            tally(&headers, &row);
            continue;
        }
        if (csv_wide_row(&reader, &row, &cols))
            tally(&wide, &row);
        run_row(s, src, &reader, &row, &cols);
    }
    tally_note(s, src, &empty, "empty row",
               "skipped: blank or only delimiters");
    tally_note(s, src, &headers, "row",
               "repeating the header skipped, as from exports joined end "
               "to end");
    tally_note(s, src, &wide, "row",
               "with more fields than the header: a delimiter in an "
               "unquoted field may have shifted the columns");
    if (!s->stop && reader.unterminated_skip)
        run_file_problem(s, src, last_line,
                         "quoted field not terminated: the rest of the "
                         "file is inside it");
    if (!s->stop && reader.error)
        run_file_error(s, src, reader.error);
    csv_close(&reader);
}
