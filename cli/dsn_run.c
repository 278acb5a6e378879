/*
 * dsn_run.c -- nircheck --dsn: read DSN files, check every individual and
 * print one record per individual in the output mode chosen.
 *
 * Input: the whole file is read, its encoding settled (a BOM decides; a
 * line that is not UTF-8 is read as Windows-1252, the encoding of most
 * payroll software, through ICU), then fed line by line (LF, CRLF or CR)
 * to dsn_reader. Records name the individual by file, line, rank and
 * matricule: never by name, and by number only with --show-number/--mask.
 */
#include "dsn_run.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>

#include "civil_bridge.h"
#include "dsn_check.h"
#include "dsn_reader.h"
#include "json.h"
#include "outbuf.h"

typedef struct dsn_totals {
    size_t employees, valid, invalid, consistent, inconsistent, cannot_tell;
} dsn_totals;

typedef struct dsn_run {
    const options *opts;
    const char *file;      /* display name */
    outbuf out;
    dsn_totals totals;
    int trouble;           /* unreadable or malformed input: exit 2 */
    int failed;            /* an individual fails --fail-on: exit 1 */
    int stop;              /* -q: the answer is known */
    UConverter *cp1252;    /* opened on the first line that needs it */
    int said_cp1252;       /* the file's encoding note was printed */
    char *line_buf;        /* a converted line */
    size_t line_cap;
} dsn_run;

/* --- output --------------------------------------------------------------- */

static void put(dsn_run *r, const char *s) { outbuf_put(&r->out, s, strlen(s)); }

static void put_num(dsn_run *r, unsigned long long v)
{
    char *p = outbuf_reserve(&r->out, OUTBUF_ULL_MAX);
    outbuf_commit(&r->out, outbuf_write_ull(p, v));
}

/* A matricule in text and CSV output: printable ASCII and UTF-8 as given,
 * controls and the CSV delimiter/quote replaced, so a record stays one line
 * and one field. */
static void put_plain(dsn_run *r, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if ((unsigned char)c < 0x20 || c == 0x7f || c == ',' || c == '"')
            c = '?';
        outbuf_put(&r->out, &c, 1);
    }
}

/* The number as --show-number or --mask shows it, NULL otherwise. */
static const char *dsn_shown_number(const dsn_run *r,
                                    const dsn_employee *e, char *buf,
                                    size_t size)
{
    const dsn_value *v = e->nir.line ? &e->nir : &e->ntt;
    if (v->line == 0 || v->too_long)
        return NULL;
    if (r->opts->mask) {
        if (e->nir.line == 0)
            return "(NTT)"; /* an NTT has no fields to keep */
        if (nir_mask(v->text, v->len, 0, NIR_FORMAT_SPACED, buf, size) !=
            NIR_OK)
            return "(unreadable)";
        return buf;
    }
    return r->opts->show_number ? v->text : NULL;
}

static const char *number_label(const dsn_verdict *v)
{
    return v->id == DSN_ID_NTT ? "ntt" : "nir";
}

static int civil_failed(const dsn_run *r, const dsn_verdict *v)
{
    return !r->opts->fail_on_invalid && v->civil_run &&
           v->civil.verdict == NIR_CIVIL_INCONSISTENT;
}

static void text_record(dsn_run *r, const dsn_employee *e,
                        const dsn_verdict *v, const char *number)
{
    nir_lang lang = r->opts->lang;
    char msg[512];

    put(r, r->file);
    put(r, ":");
    put_num(r, e->nir.line ? e->nir.line : e->line);
    put(r, ": employee ");
    put_num(r, e->block);
    if (e->matricule.line && !e->matricule.too_long) {
        put(r, ", matricule ");
        put_plain(r, e->matricule.text, e->matricule.len);
    }
    if (number) {
        put(r, ", ");
        put(r, number);
    }
    put(r, ": ");
    if (v->id == DSN_ID_NONE) {
        put(r, "invalid (nir_missing) — neither a NIR (S21.G00.30.001) nor "
               "an NTT (S21.G00.30.020)");
    } else if (v->status == NIR_OK) {
        put(r, "valid ");
        put(r, number_label(v));
    } else {
        put(r, "invalid (");
        put(r, nir_status_name(v->status));
        put(r, ") ");
        put(r, number_label(v));
        if (!r->opts->no_messages) {
            put(r, " — ");
            put(r, v->id == DSN_ID_NTT ? nir_ntt_strerror(v->status, lang)
                                      : nir_strerror(v->status, lang));
            put(r, " at position ");
            put_num(r, v->position);
        }
    }
    if (v->civil_run) {
        put(r, "; civil ");
        put(r, civil_verdict_name(v->civil.verdict));
    }
    if (e->damaged)
        put(r, "; block damaged (see stderr)");
    put(r, "\n");
    if (!v->civil_run || r->opts->no_messages)
        return;
    for (size_t i = 0; i < v->civil.finding_count; i++) {
        civil_finding_message(&v->civil, i, lang, msg, sizeof msg);
        put(r, "  ");
        put(r, civil_finding_name(v->civil.findings[i].code));
        put(r, ": ");
        put(r, msg);
        put(r, "\n");
    }
    if (v->sex_unrecognised)
        put(r, "  sex_unrecognised: S21.G00.30.005 is neither 01 nor 02\n");
}

static void json_record(dsn_run *r, const dsn_employee *e,
                        const dsn_verdict *v, const char *number)
{
    outbuf *o = &r->out;
    char msg[512];

    put(r, "{\"file\":");
    json_put_string(o, r->file, strlen(r->file));
    put(r, ",\"line\":");
    put_num(r, e->nir.line ? e->nir.line : e->line);
    put(r, ",\"block\":");
    put_num(r, e->block);
    put(r, ",\"matricule\":");
    if (e->matricule.line && !e->matricule.too_long)
        json_put_string(o, e->matricule.text, e->matricule.len);
    else
        put(r, "null");
    if (number) {
        put(r, ",\"number\":");
        json_put_string(o, number, strlen(number));
    }
    put(r, ",\"identifier\":");
    put(r, v->id == DSN_ID_NONE ? "null"
           : v->id == DSN_ID_NTT ? "\"ntt\"" : "\"nir\"");
    put(r, ",\"valid\":");
    put(r, dsn_number_valid(v) ? "true" : "false");
    put(r, ",\"error\":");
    if (dsn_number_valid(v))
        put(r, "null");
    else
        json_put_name(o, dsn_status_name(v));
    put(r, ",\"position\":");
    if (v->position > 0 && !dsn_number_valid(v))
        put_num(r, v->position);
    else
        put(r, "null");
    put(r, ",\"kind\":");
    json_put_cstr_or_null(o, v->id == DSN_ID_NIR ? nir_kind_name(v->kind)
                                                 : NULL);
    put(r, ",\"damaged\":");
    put(r, e->damaged ? "true" : "false");
    put(r, ",\"civil\":");
    if (!v->civil_run) {
        put(r, "null}\n");
        return;
    }
    put(r, "{\"verdict\":");
    json_put_name(o, civil_verdict_name(v->civil.verdict));
    put(r, ",\"sex_unrecognised\":");
    put(r, v->sex_unrecognised ? "true" : "false");
    put(r, ",\"findings\":[");
    for (size_t i = 0; i < v->civil.finding_count; i++) {
        const nir_finding *f = &v->civil.findings[i];
        size_t n = civil_finding_message(&v->civil, i, r->opts->lang, msg,
                                         sizeof msg);
        if (i > 0)
            put(r, ",");
        put(r, "{\"code\":");
        json_put_name(o, civil_finding_name(f->code));
        put(r, ",\"mismatch\":");
        put(r, f->mismatch ? "true" : "false");
        put(r, ",\"expected_month\":");
        if (f->expected_month > 0)
            put_num(r, (unsigned long long)f->expected_month);
        else
            put(r, "null");
        put(r, ",\"message\":");
        json_put_string(o, msg, n < sizeof msg ? n : sizeof msg - 1);
        put(r, "}");
    }
    put(r, "]}}\n");
}

static void csv_header(dsn_run *r)
{
    put(r, "file,line,block,matricule,");
    if (r->opts->show_number || r->opts->mask)
        put(r, "number,");
    put(r, "identifier,valid,error,position,civil_verdict,findings,"
           "expected_month,messages\n");
}

/* A CSV field: quoted, inner quotes doubled, line ends kept out. */
static void csv_field(dsn_run *r, const char *s, size_t len)
{
    put(r, "\"");
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '"')
            put(r, "\"");
        if (c == '\r' || c == '\n')
            c = ' ';
        outbuf_put(&r->out, &c, 1);
    }
    put(r, "\"");
}

static void csv_record(dsn_run *r, const dsn_employee *e,
                       const dsn_verdict *v, const char *number)
{
    char msg[512];
    int expected = 0;

    csv_field(r, r->file, strlen(r->file));
    put(r, ",");
    put_num(r, e->nir.line ? e->nir.line : e->line);
    put(r, ",");
    put_num(r, e->block);
    put(r, ",");
    if (e->matricule.line && !e->matricule.too_long)
        csv_field(r, e->matricule.text, e->matricule.len);
    put(r, ",");
    if (r->opts->show_number || r->opts->mask) {
        if (number)
            put(r, number);
        put(r, ",");
    }
    put(r, v->id == DSN_ID_NONE ? "" : number_label(v));
    put(r, dsn_number_valid(v) ? ",true," : ",false,");
    if (!dsn_number_valid(v))
        put(r, dsn_status_name(v));
    put(r, ",");
    if (!dsn_number_valid(v) && v->position > 0)
        put_num(r, v->position);
    put(r, ",");
    if (v->civil_run) {
        put(r, civil_verdict_name(v->civil.verdict));
        put(r, ",");
        for (size_t i = 0; i < v->civil.finding_count; i++) {
            const nir_finding *f = &v->civil.findings[i];
            if (i > 0)
                put(r, ";");
            put(r, civil_finding_name(f->code));
            if (f->expected_month > 0 && expected == 0)
                expected = f->expected_month;
        }
        put(r, ",");
        if (expected > 0)
            put_num(r, (unsigned long long)expected);
        put(r, ",");
        put(r, "\"");
        for (size_t i = 0; i < v->civil.finding_count; i++) {
            size_t n = civil_finding_message(&v->civil, i, r->opts->lang, msg,
                                             sizeof msg);
            if (i > 0)
                put(r, " | ");
            for (size_t k = 0; k < n && k < sizeof msg - 1; k++) {
                if (msg[k] == '"')
                    put(r, "\"");
                outbuf_put(&r->out, &msg[k], 1);
            }
        }
        put(r, "\"");
    } else {
        put(r, ",,,");
    }
    put(r, "\n");
}

/* --- one individual ------------------------------------------------------- */

static int on_employee(const dsn_employee *e, void *ctx)
{
    dsn_run *r = ctx;
    dsn_verdict v;
    char masked[NIR_FORMAT_BUFSIZE];
    const char *number;
    int bad;

    dsn_check(e, &v);
    r->totals.employees++;
    if (dsn_number_valid(&v))
        r->totals.valid++;
    else
        r->totals.invalid++;
    if (v.civil_run) {
        if (v.civil.verdict == NIR_CIVIL_CONSISTENT)
            r->totals.consistent++;
        else if (v.civil.verdict == NIR_CIVIL_INCONSISTENT)
            r->totals.inconsistent++;
        else
            r->totals.cannot_tell++;
    }
    bad = !dsn_number_valid(&v) || civil_failed(r, &v);
    if (bad)
        r->failed = 1;
    switch (r->opts->mode) {
    case MODE_QUIET:
        if (bad)
            r->stop = 1;
        return bad; /* stop reading: the exit status is known */
    case MODE_COUNT:
        return 0;
    case MODE_VALID_ONLY:
        if (bad)
            return 0;
        break;
    case MODE_INVALID_ONLY:
        if (!bad)
            return 0;
        break;
    default:
        break;
    }
    number = dsn_shown_number(r, e, masked, sizeof masked);
    if (r->opts->format == FORMAT_JSON)
        json_record(r, e, &v, number);
    else if (r->opts->format == FORMAT_CSV)
        csv_record(r, e, &v, number);
    else
        text_record(r, e, &v, number);
    if (r->opts->line_buffered)
        outbuf_flush(&r->out);
    return 0;
}

/* --- input ---------------------------------------------------------------- */

static int valid_utf8(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char b = s[i];
        size_t need;
        if (b < 0x80) {
            i++;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF)
            need = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            need = 2;
        else if (b >= 0xF0 && b <= 0xF4)
            need = 3;
        else
            return 0;
        if (len - i <= need)
            return 0;
        for (size_t k = 1; k <= need; k++)
            if ((s[i + k] & 0xC0) != 0x80)
                return 0;
        /* (overlong and surrogate forms: the check reads such a value as
         * a character error, so they need not be caught here) */
        i += need + 1;
    }
    return 1;
}

/* A line that is not UTF-8, read as Windows-1252 into r->line_buf. */
static int from_cp1252(dsn_run *r, const char *line, size_t len,
                       const char **out, size_t *out_len)
{
    UErrorCode status = U_ZERO_ERROR;
    if (r->cp1252 == NULL) {
        r->cp1252 = ucnv_open("windows-1252", &status);
        if (U_FAILURE(status))
            return -1;
    }
    if (r->line_cap < 3 * len + 1) {
        char *p = realloc(r->line_buf, 3 * len + 1);
        if (p == NULL)
            return -1;
        r->line_buf = p;
        r->line_cap = 3 * len + 1;
    }
    /* Through UTF-16 and back: ucnv_convert does both steps. */
    int32_t n = ucnv_convert("UTF-8", "windows-1252", r->line_buf,
                             (int32_t)r->line_cap, line, (int32_t)len,
                             &status);
    if (U_FAILURE(status))
        return -1;
    if (!r->said_cp1252 && !r->opts->no_messages) {
        fprintf(stderr,
                "nircheck: %s: not UTF-8, read as windows-1252\n", r->file);
        r->said_cp1252 = 1;
    }
    *out = r->line_buf;
    *out_len = (size_t)n;
    return 0;
}

static void line_error(dsn_run *r, size_t line, int err)
{
    r->trouble = 1;
    if (!r->opts->no_messages)
        fprintf(stderr, "nircheck: %s: line %zu: %s\n", r->file, line,
                dsn_error_message((dsn_error)err));
}

/* Feed a buffer of UTF-8 (or 8-bit) text line by line. */
static void feed(dsn_run *r, dsn_reader *reader, const char *data, size_t len)
{
    size_t i = 0;
    while (i < len && !r->stop) {
        size_t end = i;
        while (end < len && data[end] != '\n' && data[end] != '\r')
            end++;
        const char *line = data + i;
        size_t line_len = end - i;
        if (!valid_utf8((const unsigned char *)line, line_len) &&
            from_cp1252(r, line, line_len, &line, &line_len) != 0) {
            r->trouble = 1;
            fprintf(stderr, "nircheck: %s: line %zu: cannot decode\n",
                    r->file, reader->line + 1);
            line = "";
            line_len = 0;
        }
        int rc = dsn_feed_line(reader, line, line_len);
        if (rc > 0)
            line_error(r, reader->line, rc);
        if (end < len && data[end] == '\r' && end + 1 < len &&
            data[end + 1] == '\n')
            end++; /* CRLF */
        i = end + 1;
    }
}

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *p = realloc(buf, cap * 2);
            if (p == NULL) {
                free(buf);
                return NULL;
            }
            buf = p;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* UTF-16 with a BOM: the whole file to UTF-8 first. */
static char *utf16_to_utf8(const char *data, size_t len, size_t *out_len)
{
    UErrorCode status = U_ZERO_ERROR;
    size_t cap = len * 2 + 4; /* 2 UTF-16 bytes give at most 3 UTF-8 bytes */
    char *out = malloc(cap);
    if (out == NULL || len > INT32_MAX / 2) {
        free(out);
        return NULL;
    }
    int32_t n = ucnv_convert("UTF-8", "UTF-16", out, (int32_t)cap, data,
                             (int32_t)len, &status);
    if (U_FAILURE(status)) {
        free(out);
        return NULL;
    }
    *out_len = (size_t)n;
    return out;
}

static void run_one(dsn_run *r, const char *path)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    char *data, *converted = NULL;
    size_t len = 0;
    dsn_reader reader;

    r->file = is_stdin ? "(standard input)" : path;
    r->said_cp1252 = 0;
    if (f == NULL) {
        fprintf(stderr, "nircheck: %s: %s\n", path, strerror(errno));
        r->trouble = 1;
        return;
    }
    data = read_all(f, &len);
    if (!is_stdin)
        fclose(f);
    if (data == NULL) {
        fprintf(stderr, "nircheck: %s: cannot read\n", r->file);
        r->trouble = 1;
        return;
    }
    const char *text = data;
    if (len >= 2 && (((unsigned char)data[0] == 0xFF &&
                      (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE &&
                      (unsigned char)data[1] == 0xFF))) {
        converted = utf16_to_utf8(data, len, &len);
        if (converted == NULL) {
            fprintf(stderr, "nircheck: %s: invalid UTF-16\n", r->file);
            r->trouble = 1;
            free(data);
            return;
        }
        text = converted;
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    dsn_reader_init(&reader, on_employee, r);
    feed(r, &reader, text, len);
    if (!r->stop)
        dsn_finish(&reader);
    if (!r->stop && reader.rubrics == 0) {
        fprintf(stderr, "nircheck: %s: no DSN rubric in the file\n", r->file);
        r->trouble = 1;
    } else if (!r->stop && !reader.seen_footer) {
        fprintf(stderr,
                "nircheck: %s: no S90.G00.90 footer: the file is truncated "
                "(the %zu individual(s) read were checked)\n",
                r->file, reader.individuals);
        r->trouble = 1;
    }
    free(converted);
    free(data);
}

static void print_totals(dsn_run *r)
{
    const dsn_totals *t = &r->totals;
    if (r->opts->format == FORMAT_JSON) {
        put(r, "{\"employees\":");
        put_num(r, t->employees);
        put(r, ",\"valid\":");
        put_num(r, t->valid);
        put(r, ",\"invalid\":");
        put_num(r, t->invalid);
        put(r, ",\"civil\":{\"consistent\":");
        put_num(r, t->consistent);
        put(r, ",\"inconsistent\":");
        put_num(r, t->inconsistent);
        put(r, ",\"cannot_tell\":");
        put_num(r, t->cannot_tell);
        put(r, "}}\n");
        return;
    }
    static const char *const names[] = {"employees", "valid", "invalid",
                                        "civil.consistent",
                                        "civil.inconsistent",
                                        "civil.cannot_tell"};
    const size_t values[] = {t->employees,    t->valid,
                             t->invalid,      t->consistent,
                             t->inconsistent, t->cannot_tell};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        put(r, names[i]);
        put(r, " ");
        put_num(r, values[i]);
        put(r, "\n");
    }
}

int run_dsn(const options *opts)
{
    dsn_run r;
    int rc;

    memset(&r, 0, sizeof r);
    r.opts = opts;
    if (outbuf_init(&r.out, stdout, 1 << 16) != 0) {
        fputs("nircheck: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }
    if (opts->format == FORMAT_CSV && opts->mode == MODE_REPORT)
        csv_header(&r);
    if (opts->file_count == 0)
        run_one(&r, "-");
    for (size_t i = 0; i < opts->file_count && !r.stop; i++)
        run_one(&r, opts->files[i]);
    if (opts->mode == MODE_COUNT)
        print_totals(&r);
    rc = r.trouble ? EXIT_TROUBLE : r.failed ? EXIT_SOME_INVALID
                                             : EXIT_ALL_VALID;
    if (opts->mode != MODE_QUIET &&
        (outbuf_flush(&r.out) != 0 || fflush(stdout) != 0 || ferror(stdout))) {
        perror("nircheck: write error");
        rc = EXIT_TROUBLE;
    }
    outbuf_free(&r.out);
    if (r.cp1252)
        ucnv_close(r.cp1252);
    free(r.line_buf);
    return rc;
}
