/*
 * output_json.c -- one JSON object per record (JSON Lines). The schema is
 * documented in nircheck(1), section JSON OUTPUT, and checked by
 * tests/cli/json_schema.py: every key is always present except
 * `suggestions`, `number` and `civil_status`, which have their conditions.
 */
#include "output.h"

#include <stdlib.h>

#include "json.h"

char *json_source_value(const char *source, size_t *len)
{
    outbuf o; /* large enough never to flush: needs no FILE */
    size_t need = source ? strlen(source) * 6 + 3 : 5;

    if (outbuf_init(&o, NULL, need) != 0)
        return NULL;
    json_put_cstr_or_null(&o, source);
    *len = o.len;
    return o.buf;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* The slot of value v in a json_record_names table: the last one when v is
 * out of range. */
#define NAME_AT(table, v) \
    (&(table)[(size_t)(v) < COUNT(table) - 1 ? (size_t)(v) : COUNT(table) - 1])

/* ctx->messages: each (error, hint) pair as the record_check that has
 * it would give to check_message. */
static int build_messages(output_ctx *ctx)
{
    for (size_t e = 0; e < JSON_MESSAGE_ERRORS; e++)
        for (size_t h = 0; h < HINT_COUNT; h++) {
            record_check c;
            char text[512];
            size_t n;

            memset(&c, 0, sizeof c);
            if (e < NIR_STATUS_COUNT)
                c.status = (nir_status)e;
            else
                c.problem = (row_problem)(e - NIR_STATUS_COUNT);
            c.hint = (damage_hint)h;
            n = check_message(&c, ctx->opts->lang, text, sizeof text);
            ctx->messages[e][h].text = json_source_value(text, &n);
            ctx->messages[e][h].len = n;
            if (ctx->messages[e][h].text == NULL)
                return -1;
        }
    return 0;
}

void output_json_free(output_ctx *ctx)
{
    for (size_t e = 0; e < JSON_MESSAGE_ERRORS; e++)
        for (size_t h = 0; h < HINT_COUNT; h++) {
            free(ctx->messages[e][h].text);
            ctx->messages[e][h].text = NULL;
        }
}

int output_json_init(output_ctx *ctx)
{
    json_record_names *n = &ctx->names;
    int failed = 0;

    for (size_t i = 0; i < COUNT(n->kind); i++)
        failed |= json_name_set(&n->kind[i], nir_kind_name((nir_kind)i));
    for (size_t i = 0; i < COUNT(n->error); i++)
        failed |= json_name_set(&n->error[i],
                                i == NIR_OK ? NULL
                                            : nir_status_name((nir_status)i));
    for (size_t i = 0; i < COUNT(n->sex); i++)
        failed |= json_name_set(&n->sex[i], i == NIR_SEX_UNKNOWN
                                                ? NULL
                                                : nir_sex_name((nir_sex)i));
    for (size_t i = 0; i < COUNT(n->month_kind); i++)
        failed |= json_name_set(&n->month_kind[i],
                                nir_month_kind_name((nir_month_kind)i));
    for (size_t i = 0; i < COUNT(n->place_kind); i++)
        failed |= json_name_set(&n->place_kind[i],
                                nir_place_kind_name((nir_place_kind)i));
    failed |= build_messages(ctx);
    n->named_warnings = 0;
    for (size_t i = 0; i < COUNT(n->warning); i++) {
        const char *name = nir_warning_name(1u << i);
        failed |= json_name_set(&n->warning[i], name);
        if (name != NULL)
            n->named_warnings |= 1u << i;
    }
    return failed ? -1 : 0;
}

/* Room for the warnings array: every bit named. */
#define WARNINGS_ROOM (2 + JSON_WARNING_BITS * (JSON_NAME_ROOM + 1))

/* The warning names, in bit order; unnamed bits are left out. */
static char *write_warnings(char *p, const json_record_names *n,
                            unsigned warnings)
{
    char *first = ++p;

    p[-1] = '[';
    warnings &= n->named_warnings;
    for (size_t i = 0; warnings != 0; i++, warnings >>= 1) {
        if (!(warnings & 1u))
            continue;
        if (p != first)
            *p++ = ',';
        p = json_write_name(p, &n->warning[i]);
    }
    *p++ = ']';
    return p;
}

/* A C string from libnir (department or country name), or null; len is
 * its strlen, 0 for NULL. */
static char *write_cstr_or_null(char *p, const char *s, size_t len)
{
    return s ? json_write_string(p, s, len) : OUTBUF_WRITE_LIT(p, "null");
}

static size_t cstr_len(const char *s)
{
    return s ? strlen(s) : 0;
}

/* Room for the core fields but the file name, the warnings and the place
 * names: the keys take at most 267 bytes, the 9 integers, 5 names and 3
 * codes at most 180, 160 and 20. */
#define CORE_ROOM 1024

/* The fields every record has, from "line" to "expected_key", written at
 * one cursor (see outbuf_reserve). */
static void put_core(const output_ctx *ctx, const record_origin *origin,
                     const record_check *c)
{
    const json_record_names *n = &ctx->names;
    const nir_result *r = &c->result;
    int valid = check_valid(c);
    int digits = digits_shown(ctx->opts);
    int nnp = r->kind == NIR_KIND_NNP || r->kind == NIR_KIND_MIG;
    size_t dept_len = cstr_len(r->department_name);
    size_t country_len = cstr_len(r->country_name);
    char *p = outbuf_reserve(ctx->out, CORE_ROOM + origin->source_json_len +
                                           WARNINGS_ROOM +
                                           JSON_STRING_ROOM(dept_len) +
                                           JSON_STRING_ROOM(country_len));

    if (p == NULL)
        return;
    p = OUTBUF_WRITE_LIT(p, "{\"line\":");
    p = outbuf_write_ull(p, origin->line);
    p = OUTBUF_WRITE_LIT(p, ",\"file\":");
    memcpy(p, origin->source_json, origin->source_json_len);
    p += origin->source_json_len;
    p = valid ? OUTBUF_WRITE_LIT(p, ",\"valid\":true,\"kind\":")
              : OUTBUF_WRITE_LIT(p, ",\"valid\":false,\"kind\":");
    p = json_write_name(p, NAME_AT(n->kind, r->kind));
    p = OUTBUF_WRITE_LIT(p, ",\"error\":");
    if (c->problem != PROBLEM_NONE) {
        const char *name = problem_name(c->problem);
        p = json_write_string(p, name, strlen(name));
    } else {
        p = json_write_name(p, NAME_AT(n->error, c->status));
    }
    p = OUTBUF_WRITE_LIT(p, ",\"position\":");
    p = json_write_int_or_null(p, valid || c->problem ? -1
                                                      : (long long)r->position);
    p = OUTBUF_WRITE_LIT(p, ",\"warnings\":");
    p = write_warnings(p, n, r->warnings);
    p = OUTBUF_WRITE_LIT(p, ",\"sex\":");
    p = json_write_name(p, NAME_AT(n->sex, r->sex));
    p = OUTBUF_WRITE_LIT(p, ",\"birth_year\":");
    p = json_write_int_or_null(p, r->birth_year);
    p = OUTBUF_WRITE_LIT(p, ",\"birth_month\":");
    /* 0 means "month unknown": null, with month_kind "unknown" */
    p = json_write_int_or_null(p, r->birth_month > 0 ? r->birth_month : -1);
    p = OUTBUF_WRITE_LIT(p, ",\"month_code\":");
    p = json_write_int_or_null(p, r->month_code);
    p = OUTBUF_WRITE_LIT(p, ",\"month_kind\":");
    p = json_write_name(p, NAME_AT(n->month_kind, r->month_kind));
    p = OUTBUF_WRITE_LIT(p, ",\"place_kind\":");
    p = json_write_name(p, NAME_AT(n->place_kind, r->place_kind));
    p = OUTBUF_WRITE_LIT(p, ",\"department\":");
    p = json_write_code(p, r->department, sizeof r->department);
    p = OUTBUF_WRITE_LIT(p, ",\"department_name\":");
    p = write_cstr_or_null(p, r->department_name, dept_len);
    p = OUTBUF_WRITE_LIT(p, ",\"commune\":");
    p = json_write_code(p, r->commune, sizeof r->commune);
    p = OUTBUF_WRITE_LIT(p, ",\"country_code\":");
    p = json_write_code(p, r->country_code, sizeof r->country_code);
    p = OUTBUF_WRITE_LIT(p, ",\"country_name\":");
    p = write_cstr_or_null(p, r->country_name, country_len);
    p = OUTBUF_WRITE_LIT(p, ",\"order\":");
    p = json_write_int_or_null(p, digits ? r->order : -1);
    p = OUTBUF_WRITE_LIT(p, ",\"caisse\":");
    p = json_write_int_or_null(p, nnp ? r->nnp_caisse : -1);
    p = OUTBUF_WRITE_LIT(p, ",\"key\":");
    p = json_write_int_or_null(p, digits ? r->key : -1);
    p = OUTBUF_WRITE_LIT(p, ",\"expected_key\":");
    p = json_write_int_or_null(p, digits ? r->expected_key : -1);
    outbuf_commit(ctx->out, p);
}

/* The message and the spreadsheet hint of a failing record (null when
 * valid), and how many corrections a wrong key has. */
static void put_message(const output_ctx *ctx, const record_check *c)
{
    outbuf *o = ctx->out;
    size_t e = c->problem != PROBLEM_NONE
                   ? NIR_STATUS_COUNT + (size_t)c->problem
                   : (size_t)c->status;
    const json_message *m;

    if (check_valid(c)) {
        OUTBUF_LIT(o, ",\"message\":null,\"hint\":null");
        return;
    }
    if (e >= JSON_MESSAGE_ERRORS || (unsigned)c->hint >= HINT_COUNT)
        e = NIR_ERR_ARGUMENT; /* cannot happen: a message all the same */
    m = &ctx->messages[e][c->hint < HINT_COUNT ? c->hint : HINT_NONE];
    OUTBUF_LIT(o, ",\"message\":");
    outbuf_put(o, m->text, m->len);
    OUTBUF_LIT(o, ",\"hint\":");
    json_put_name(o, hint_name(c->hint));
    if (c->status == NIR_ERR_KEY && ctx->opts->mask) {
        OUTBUF_LIT(o, ",\"suggestion_count\":");
        outbuf_put_ull(o, c->suggestion_count);
    }
}

/* A code field of the civil report, as json_write_code. */
static void put_code(outbuf *o, const char *code, size_t size)
{
    char *p = outbuf_reserve(o, JSON_CODE_ROOM(size));

    if (p != NULL)
        outbuf_commit(o, json_write_code(p, code, size));
}

static void put_civil(const output_ctx *ctx, const record_check *c)
{
    outbuf *o = ctx->out;
    const nir_civil_report *r = &c->civil;
    char message[512];

    OUTBUF_LIT(o, ",\"civil_status\":");
    outbuf_putc(o, '{');
    OUTBUF_LIT(o, "\"verdict\":");
    json_put_name(o, civil_verdict_name(r->verdict));
    OUTBUF_LIT(o, ",\"date_order\":");
    json_put_name(o, civil_date_order_name(r->date_order));
    OUTBUF_LIT(o, ",\"birthplace_code\":");
    put_code(o, r->birthplace_code, sizeof r->birthplace_code);
    OUTBUF_LIT(o, ",\"sex_unrecognised\":");
    outbuf_puts(o, c->sex_unrecognised ? "true" : "false");
    OUTBUF_LIT(o, ",\"findings\":");
    outbuf_putc(o, '[');
    for (size_t i = 0; i < r->finding_count && i < NIR_MAX_FINDINGS; i++) {
        const nir_finding *f = &r->findings[i];
        size_t n = civil_finding_message(r, i, ctx->opts->lang, message,
                                         sizeof message);
        if (i > 0)
            outbuf_putc(o, ',');
        outbuf_putc(o, '{');
        OUTBUF_LIT(o, "\"code\":");
        json_put_name(o, civil_finding_name(f->code));
        OUTBUF_LIT(o, ",\"mismatch\":");
        outbuf_puts(o, f->mismatch ? "true" : "false");
        OUTBUF_LIT(o, ",\"message\":");
        json_put_string(o, message, n < sizeof message ? n
                                                       : sizeof message - 1);
        outbuf_putc(o, '}');
    }
    outbuf_put(o, "]}", 2);
}

/* With --show-number or --mask: the number; with --show-number alone, the
 * corrections of a wrong key. */
static void put_number(const output_ctx *ctx, const record_check *c)
{
    outbuf *o = ctx->out;
    const nir_result *r = &c->result;
    char shown[NIR_FORMAT_BUFSIZE];

    if (c->status == NIR_ERR_KEY && digits_shown(ctx->opts)) {
        OUTBUF_LIT(o, ",\"suggestion_count\":");
        outbuf_put_ull(o, c->suggestion_count);
        OUTBUF_LIT(o, ",\"suggestions\":");
        outbuf_putc(o, '[');
        for (size_t i = 0; i < c->suggestions_kept; i++) {
            if (i > 0)
                outbuf_putc(o, ',');
            if (shown_number(ctx->opts, c->suggestions[i], 15, shown))
                json_put_cstr_or_null(o, shown);
            else
                outbuf_put(o, "null", 4);
        }
        outbuf_putc(o, ']');
    }
    OUTBUF_LIT(o, ",\"number\":");
    if (shown_number(ctx->opts, r->compact, r->compact_len, shown))
        json_put_cstr_or_null(o, shown);
    else
        outbuf_put(o, "null", 4);
}

void output_json_record(const output_ctx *ctx, const record_origin *origin,
                        const record_check *c)
{
    put_core(ctx, origin, c);
    put_message(ctx, c);
    if (number_shown(ctx->opts))
        put_number(ctx, c);
    if (c->civil_ran)
        put_civil(ctx, c);
    outbuf_put(ctx->out, "}\n", 2);
}
