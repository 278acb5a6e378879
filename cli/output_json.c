/*
 * output_json.c -- one JSON object per record (JSON Lines). The schema is
 * documented in nircheck(1), section JSON OUTPUT, and checked by
 * tests/cli/json_schema.py: every key is always present except
 * `suggestions`, `number` and `civil_status`, which have their conditions.
 */
#include "output.h"

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

/* A code field of nir_result ("14", "2A", "99126"), "" when not decoded:
 * built by libnir from normalised characters, so nothing to escape. */
static void put_field_or_null(outbuf *o, const char *s)
{
    json_put_name(o, s[0] ? s : NULL);
}

static void put_warnings(outbuf *o, unsigned warnings)
{
    int first = 1;

    outbuf_putc(o, '[');
    for (unsigned bit = 1; bit != 0 && bit <= warnings; bit <<= 1) {
        const char *name;
        if (!(warnings & bit) || (name = nir_warning_name(bit)) == NULL)
            continue;
        if (!first)
            outbuf_putc(o, ',');
        json_put_name(o, name);
        first = 0;
    }
    outbuf_putc(o, ']');
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
    put_field_or_null(o, r->birthplace_code);
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

void output_json_record(const output_ctx *ctx, const record_origin *origin,
                        const record_check *c)
{
    outbuf *o = ctx->out;
    const nir_result *r = &c->result;
    int valid = c->status == NIR_OK;
    int nnp = r->kind == NIR_KIND_NNP || r->kind == NIR_KIND_MIG;
    char shown[NIR_FORMAT_BUFSIZE];

    outbuf_putc(o, '{');
    OUTBUF_LIT(o, "\"line\":");
    outbuf_put_ull(o, origin->line);
    OUTBUF_LIT(o, ",\"file\":");
    outbuf_put(o, origin->source_json, origin->source_json_len);
    OUTBUF_LIT(o, ",\"valid\":");
    if (valid)
        OUTBUF_LIT(o, "true");
    else
        OUTBUF_LIT(o, "false");
    OUTBUF_LIT(o, ",\"kind\":");
    json_put_name(o, nir_kind_name(r->kind));
    OUTBUF_LIT(o, ",\"error\":");
    json_put_name(o, valid ? NULL : nir_status_name(c->status));
    OUTBUF_LIT(o, ",\"position\":");
    json_put_int_or_null(o, valid ? -1 : (long long)r->position);
    OUTBUF_LIT(o, ",\"warnings\":");
    put_warnings(o, r->warnings);
    OUTBUF_LIT(o, ",\"sex\":");
    json_put_name(o, r->sex == NIR_SEX_UNKNOWN ? NULL : nir_sex_name(r->sex));
    OUTBUF_LIT(o, ",\"birth_year\":");
    json_put_int_or_null(o, r->birth_year);
    OUTBUF_LIT(o, ",\"birth_month\":");
    /* 0 means "month unknown": null, with month_kind "unknown" */
    json_put_int_or_null(o, r->birth_month > 0 ? r->birth_month : -1);
    OUTBUF_LIT(o, ",\"month_code\":");
    json_put_int_or_null(o, r->month_code);
    OUTBUF_LIT(o, ",\"month_kind\":");
    json_put_name(o, nir_month_kind_name(r->month_kind));
    OUTBUF_LIT(o, ",\"place_kind\":");
    json_put_name(o, nir_place_kind_name(r->place_kind));
    OUTBUF_LIT(o, ",\"department\":");
    put_field_or_null(o, r->department);
    OUTBUF_LIT(o, ",\"department_name\":");
    json_put_cstr_or_null(o, r->department_name);
    OUTBUF_LIT(o, ",\"commune\":");
    put_field_or_null(o, r->commune);
    OUTBUF_LIT(o, ",\"country_code\":");
    put_field_or_null(o, r->country_code);
    OUTBUF_LIT(o, ",\"country_name\":");
    json_put_cstr_or_null(o, r->country_name);
    OUTBUF_LIT(o, ",\"order\":");
    json_put_int_or_null(o, r->order);
    OUTBUF_LIT(o, ",\"caisse\":");
    json_put_int_or_null(o, nnp ? r->nnp_caisse : -1);
    OUTBUF_LIT(o, ",\"key\":");
    json_put_int_or_null(o, r->key);
    OUTBUF_LIT(o, ",\"expected_key\":");
    json_put_int_or_null(o, r->expected_key);
    if (c->status == NIR_ERR_KEY && ctx->opts->show_number) {
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
    if (ctx->opts->show_number) {
        OUTBUF_LIT(o, ",\"number\":");
        if (shown_number(ctx->opts, r->compact, r->compact_len, shown))
            json_put_cstr_or_null(o, shown);
        else
            outbuf_put(o, "null", 4);
    }
    if (c->civil_ran)
        put_civil(ctx, c);
    outbuf_put(o, "}\n", 2);
}
