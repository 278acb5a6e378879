/*
 * output_csv.c -- the CSV report: each input row as written, followed by
 * the nir_* columns below (the caller writes the row and its terminator).
 */
#include "output.h"

#include "csv.h"

static const char *const base_columns[] = {
    "nir_valid",      "nir_kind",        "nir_error",
    "nir_position",   "nir_warnings",    "nir_sex",
    "nir_birth_year", "nir_birth_month", "nir_month_kind",
    "nir_department", "nir_commune",     "nir_country_code",
    "nir_order",      "nir_key",         "nir_message",
    "nir_hint"};

static void put_sep(const output_ctx *ctx) { outbuf_putc(ctx->out, ctx->delimiter); }

static void put_text(const output_ctx *ctx, const char *s)
{
    put_sep(ctx);
    if (s)
        csv_write_field(ctx->out, s, strlen(s), ctx->delimiter);
}

static void put_int(const output_ctx *ctx, long long v)
{
    put_sep(ctx);
    if (v >= 0)
        outbuf_put_int(ctx->out, v);
}

void output_csv_header_columns(const output_ctx *ctx)
{
    for (size_t i = 0; i < sizeof base_columns / sizeof base_columns[0]; i++)
        put_text(ctx, base_columns[i]);
    if (number_shown(ctx->opts))
        put_text(ctx, "nir_number");
    if (ctx->opts->civil) {
        put_text(ctx, "nir_civil_verdict");
        put_text(ctx, "nir_civil_findings");
        put_text(ctx, "nir_civil_messages");
        put_text(ctx, "nir_expected_month");
    }
}

/* A ';'-separated list in one field (warnings, findings), written as one
 * CSV field so that it is quoted when ';' is also the delimiter. The names
 * are short snake_case codes: 12 findings of at most 32 bytes fit. */
typedef struct name_list {
    char text[512];
    size_t len;
} name_list;

static void list_add(name_list *l, const char *name)
{
    size_t n = strlen(name);
    if (l->len + n + 1 > sizeof l->text)
        return; /* cannot happen with the library's names */
    if (l->len > 0)
        l->text[l->len++] = ';';
    memcpy(l->text + l->len, name, n);
    l->len += n;
}

static void put_list(const output_ctx *ctx, const name_list *l)
{
    put_sep(ctx);
    csv_write_field(ctx->out, l->text, l->len, ctx->delimiter);
}

/* The findings' messages in --lang, one field, separated by " | ". */
static void put_civil_messages(const output_ctx *ctx, const record_check *c)
{
    char text[NIR_MAX_FINDINGS * 256];
    size_t len = 0;

    for (size_t i = 0; c->civil_ran && i < c->civil.finding_count &&
                       i < NIR_MAX_FINDINGS;
         i++) {
        char message[256];
        size_t n = civil_finding_message(&c->civil, i, ctx->opts->lang,
                                         message, sizeof message);
        if (n >= sizeof message)
            n = sizeof message - 1;
        if (len + n + 3 > sizeof text)
            break;
        if (len > 0) {
            memcpy(text + len, " | ", 3);
            len += 3;
        }
        memcpy(text + len, message, n);
        len += n;
    }
    put_sep(ctx);
    csv_write_field(ctx->out, text, len, ctx->delimiter);
}

/* The month the number should carry, from the first finding that says
 * (day and month swapped, or the reading of an ambiguous date). */
static int expected_month(const nir_civil_report *r)
{
    for (size_t i = 0; i < r->finding_count && i < NIR_MAX_FINDINGS; i++)
        if (r->findings[i].expected_month > 0)
            return r->findings[i].expected_month;
    return -1;
}

void output_csv_columns(const output_ctx *ctx, const record_check *c)
{
    const nir_result *r = &c->result;
    int valid = check_valid(c);
    int digits = digits_shown(ctx->opts);
    name_list list = {.len = 0};
    char shown[NIR_FORMAT_BUFSIZE];
    char message[512];
    size_t n;

    put_text(ctx, valid ? "true" : "false");
    put_text(ctx, nir_kind_name(r->kind));
    put_text(ctx, check_error_name(c));
    put_int(ctx, valid || c->problem ? -1 : (long long)r->position);
    for (unsigned bit = 1; bit != 0 && bit <= r->warnings; bit <<= 1)
        if ((r->warnings & bit) && nir_warning_name(bit))
            list_add(&list, nir_warning_name(bit));
    put_list(ctx, &list);
    put_text(ctx, r->sex == NIR_SEX_UNKNOWN ? NULL : nir_sex_name(r->sex));
    put_int(ctx, r->birth_year);
    put_int(ctx, r->birth_month > 0 ? r->birth_month : -1);
    put_text(ctx, nir_month_kind_name(r->month_kind));
    put_text(ctx, r->department);
    put_text(ctx, r->commune);
    put_text(ctx, r->country_code);
    put_int(ctx, digits ? r->order : -1);
    put_int(ctx, digits ? r->key : -1);
    n = check_message(c, ctx->opts->lang, message, sizeof message);
    put_sep(ctx);
    csv_write_field(ctx->out, message, n, ctx->delimiter);
    put_text(ctx, hint_name(c->hint));
    if (number_shown(ctx->opts))
        put_text(ctx, shown_number(ctx->opts, r->compact, r->compact_len,
                                   shown)
                          ? shown
                          : NULL);
    if (ctx->opts->civil) {
        put_text(ctx, c->civil_ran ? civil_verdict_name(c->civil.verdict)
                                   : NULL);
        list.len = 0;
        for (size_t i = 0; c->civil_ran && i < c->civil.finding_count &&
                           i < NIR_MAX_FINDINGS;
             i++) {
            const char *name = civil_finding_name(c->civil.findings[i].code);
            if (name)
                list_add(&list, name);
        }
        put_list(ctx, &list);
        put_civil_messages(ctx, c);
        put_int(ctx, c->civil_ran ? expected_month(&c->civil) : -1);
    }
}
