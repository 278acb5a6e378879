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
    "nir_order",      "nir_key"};

static void put_sep(const output_ctx *ctx) { outbuf_putc(ctx->out, ctx->opts->delimiter); }

static void put_text(const output_ctx *ctx, const char *s)
{
    put_sep(ctx);
    if (s)
        csv_write_field(ctx->out, s, strlen(s), ctx->opts->delimiter);
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
    if (ctx->opts->show_number)
        put_text(ctx, "nir_number");
    if (ctx->opts->civil) {
        put_text(ctx, "nir_civil_verdict");
        put_text(ctx, "nir_civil_findings");
    }
}

/* A ';'-separated list in one field (warnings, findings). */
static void put_list_start(const output_ctx *ctx) { put_sep(ctx); }

static void put_list_item(const output_ctx *ctx, const char *name, int *first)
{
    if (!*first)
        outbuf_putc(ctx->out, ';');
    csv_write_field(ctx->out, name, strlen(name), ctx->opts->delimiter);
    *first = 0;
}

void output_csv_columns(const output_ctx *ctx, const record_check *c)
{
    const nir_result *r = &c->result;
    int valid = c->status == NIR_OK;
    int first = 1;
    char shown[NIR_FORMAT_BUFSIZE];

    put_text(ctx, valid ? "true" : "false");
    put_text(ctx, nir_kind_name(r->kind));
    put_text(ctx, valid ? NULL : nir_status_name(c->status));
    put_int(ctx, valid ? -1 : (long long)r->position);
    put_list_start(ctx);
    for (unsigned bit = 1; bit != 0 && bit <= r->warnings; bit <<= 1)
        if ((r->warnings & bit) && nir_warning_name(bit))
            put_list_item(ctx, nir_warning_name(bit), &first);
    put_text(ctx, r->sex == NIR_SEX_UNKNOWN ? NULL : nir_sex_name(r->sex));
    put_int(ctx, r->birth_year);
    put_int(ctx, r->birth_month > 0 ? r->birth_month : -1);
    put_text(ctx, nir_month_kind_name(r->month_kind));
    put_text(ctx, r->department);
    put_text(ctx, r->commune);
    put_text(ctx, r->country_code);
    put_int(ctx, r->order);
    put_int(ctx, r->key);
    if (ctx->opts->show_number)
        put_text(ctx, shown_number(ctx->opts, r->compact, r->compact_len,
                                   shown)
                          ? shown
                          : NULL);
    if (ctx->opts->civil) {
        put_text(ctx, c->civil_ran ? civil_verdict_name(c->civil.verdict)
                                   : NULL);
        put_list_start(ctx);
        first = 1;
        for (size_t i = 0; c->civil_ran && i < c->civil.finding_count &&
                           i < NIR_MAX_FINDINGS;
             i++) {
            const char *name = civil_finding_name(c->civil.findings[i].code);
            if (name)
                put_list_item(ctx, name, &first);
        }
    }
}
