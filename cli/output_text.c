/*
 * output_text.c -- the default, human-readable report: one line per record,
 *   12: valid nir — female, year 55, month 08 (real), place 14 Calvados,
 *       commune 168, order 025
 *   13: invalid (key) nir — wrong key, expected key 38 at position 14
 * (on one line). Words are English or French (--lang); error and warning
 * texts come from libnir.
 */
#include <stdio.h>

#include "output.h"

typedef struct words {
    const char *valid, *invalid, *male, *female, *year, *month, *place,
        *commune, *order, *caisse, *abroad, *country, *expected_key,
        *at_position, *warnings, *civil, *suggestions, *more, *real,
        *pseudo, *unknown, *corrections, *shown_by;
} words;

static const words english = {
    "valid", "invalid", "male", "female", "year", "month", "place",
    "commune", "order", "caisse", "born abroad", "country", "expected key",
    "at position", "warnings", "civil status", "did you mean", "more",
    "real", "pseudo", "unknown", "possible corrections",
    "--show-number shows them"};

static const words french = {
    "valide", "invalide", "homme", "femme", "année", "mois", "lieu",
    "commune", "ordre", "caisse", "né à l'étranger", "pays", "clé attendue",
    "à la position", "avertissements", "état civil", "suggestions", "autres",
    "réel", "fictif", "inconnu", "corrections possibles",
    "--show-number les affiche"};

static void put_pad(outbuf *o, int v, int width)
{
    char d[8];
    for (int i = width - 1; i >= 0; i--) {
        d[i] = (char)('0' + v % 10);
        v /= 10;
    }
    outbuf_put(o, d, (size_t)width);
}

static void put_month(outbuf *o, const words *w, const nir_result *r)
{
    outbuf_puts(o, ", ");
    outbuf_puts(o, w->month);
    outbuf_putc(o, ' ');
    outbuf_put_2d(o, r->month_code);
    outbuf_put(o, " (", 2);
    if (r->month_kind == NIR_MONTH_REAL) {
        outbuf_puts(o, w->real);
    } else if (r->month_kind == NIR_MONTH_PSEUDO) {
        outbuf_puts(o, w->pseudo);
        outbuf_put(o, " = ", 3);
        outbuf_put_2d(o, r->birth_month);
    } else {
        outbuf_puts(o, w->unknown);
    }
    outbuf_putc(o, ')');
}

static void put_place(outbuf *o, const words *w, const nir_result *r)
{
    if (r->place_kind == NIR_PLACE_NONE)
        return;
    outbuf_puts(o, ", ");
    if (r->place_kind == NIR_PLACE_ABROAD) {
        outbuf_puts(o, w->abroad);
        outbuf_puts(o, ", ");
        outbuf_puts(o, w->country);
        outbuf_putc(o, ' ');
        outbuf_puts(o, r->country_code);
        if (r->country_name) {
            outbuf_putc(o, ' ');
            outbuf_puts(o, r->country_name);
        }
        return;
    }
    outbuf_puts(o, w->place);
    outbuf_putc(o, ' ');
    outbuf_puts(o, r->department);
    if (r->department_name) {
        outbuf_putc(o, ' ');
        outbuf_puts(o, r->department_name);
    }
    outbuf_puts(o, ", ");
    outbuf_puts(o, w->commune);
    outbuf_putc(o, ' ');
    outbuf_puts(o, r->commune);
}

/* Decoded fields of a number that passed the field checks; the order
 * only when digits are shown (with the key, it rebuilds the number). */
static void put_fields(outbuf *o, const words *w, const nir_result *r,
                       int digits)
{
    outbuf_puts(o, r->sex == NIR_SEX_FEMALE ? w->female : w->male);
    if (r->kind == NIR_KIND_NNP || r->kind == NIR_KIND_MIG) {
        outbuf_puts(o, ", ");
        outbuf_puts(o, w->caisse);
        outbuf_putc(o, ' ');
        put_pad(o, r->nnp_caisse, 3);
        if (digits) {
            outbuf_puts(o, ", ");
            outbuf_puts(o, w->order);
            outbuf_putc(o, ' ');
            put_pad(o, r->order, 8);
        }
        return;
    }
    outbuf_puts(o, ", ");
    outbuf_puts(o, w->year);
    outbuf_putc(o, ' ');
    outbuf_put_2d(o, r->birth_year);
    put_month(o, w, r);
    put_place(o, w, r);
    if (digits) {
        outbuf_puts(o, ", ");
        outbuf_puts(o, w->order);
        outbuf_putc(o, ' ');
        put_pad(o, r->order, 3);
    }
}

static void put_warnings(outbuf *o, const words *w, unsigned warnings)
{
    int first = 1;

    if (warnings == 0)
        return;
    outbuf_puts(o, "; ");
    outbuf_puts(o, w->warnings);
    outbuf_putc(o, ':');
    for (unsigned bit = 1; bit != 0 && bit <= warnings; bit <<= 1) {
        const char *name = (warnings & bit) ? nir_warning_name(bit) : NULL;
        if (name == NULL)
            continue;
        outbuf_puts(o, first ? " " : ", ");
        outbuf_puts(o, name);
        first = 0;
    }
}

static void put_error(const output_ctx *ctx, const words *w,
                      const record_check *c)
{
    outbuf *o = ctx->out;
    const nir_result *r = &c->result;
    char shown[NIR_FORMAT_BUFSIZE];
    int digits = digits_shown(ctx->opts);
    const char *hint = hint_message(c->hint, ctx->opts->lang);

    if (c->problem != PROBLEM_NONE) {
        outbuf_puts(o, problem_message(c->problem, ctx->opts->lang));
        return;
    }
    outbuf_puts(o, nir_strerror(c->status, ctx->opts->lang));
    if (c->status == NIR_ERR_KEY && r->expected_key >= 0 && digits) {
        outbuf_puts(o, ", ");
        outbuf_puts(o, w->expected_key);
        outbuf_putc(o, ' ');
        outbuf_put_2d(o, r->expected_key);
    }
    if (r->position > 0) {
        outbuf_putc(o, ' ');
        outbuf_puts(o, w->at_position);
        outbuf_putc(o, ' ');
        outbuf_put_ull(o, r->position);
    }
    if (hint) {
        outbuf_puts(o, "; ");
        outbuf_puts(o, hint);
    }
    if (c->suggestion_count > 0 && !digits) {
        outbuf_puts(o, "; ");
        outbuf_put_ull(o, c->suggestion_count);
        outbuf_putc(o, ' ');
        outbuf_puts(o, w->corrections);
        outbuf_puts(o, " (");
        outbuf_puts(o, w->shown_by);
        outbuf_putc(o, ')');
    }
    if (c->suggestions_kept > 0 && digits) {
        outbuf_puts(o, "; ");
        outbuf_puts(o, w->suggestions);
        for (size_t i = 0; i < c->suggestions_kept; i++) {
            if (!shown_number(ctx->opts, c->suggestions[i], 15, shown))
                continue;
            outbuf_puts(o, i ? ", " : " ");
            outbuf_puts(o, shown);
        }
        if (c->suggestion_count > c->suggestions_kept) {
            outbuf_puts(o, " (+");
            outbuf_put_ull(o, c->suggestion_count - c->suggestions_kept);
            outbuf_putc(o, ' ');
            outbuf_puts(o, w->more);
            outbuf_putc(o, ')');
        }
        if (ctx->opts->lang == NIR_LANG_EN)
            outbuf_putc(o, '?');
    }
}

static void put_civil(const output_ctx *ctx, const words *w,
                      const record_check *c)
{
    outbuf *o = ctx->out;
    char message[512];

    outbuf_puts(o, " — ");
    outbuf_puts(o, w->civil);
    outbuf_putc(o, ' ');
    outbuf_puts(o, civil_verdict_name(c->civil.verdict));
    for (size_t i = 0; i < c->civil.finding_count && i < NIR_MAX_FINDINGS;
         i++) {
        size_t n = civil_finding_message(&c->civil, i, ctx->opts->lang,
                                         message, sizeof message);
        outbuf_puts(o, i ? "; " : ": ");
        outbuf_put(o, message, n < sizeof message ? n : sizeof message - 1);
    }
}

void output_text_record(const output_ctx *ctx, const record_origin *origin,
                        const record_check *c)
{
    outbuf *o = ctx->out;
    const words *w = ctx->opts->lang == NIR_LANG_FR ? &french : &english;
    const nir_result *r = &c->result;
    const char *kind = nir_kind_name(r->kind);
    char shown[NIR_FORMAT_BUFSIZE];

    if (origin->show_source && origin->source) {
        outbuf_puts(o, origin->source);
        outbuf_putc(o, ':');
    }
    outbuf_put_ull(o, origin->line);
    outbuf_put(o, ": ", 2);
    if (shown_number(ctx->opts, r->compact, r->compact_len, shown)) {
        outbuf_puts(o, shown);
        outbuf_putc(o, ' ');
    }
    if (check_valid(c)) {
        outbuf_puts(o, w->valid);
    } else {
        outbuf_puts(o, w->invalid);
        outbuf_put(o, " (", 2);
        outbuf_puts(o, check_error_name(c));
        outbuf_putc(o, ')');
    }
    if (kind) {
        outbuf_putc(o, ' ');
        outbuf_puts(o, kind);
    }
    outbuf_puts(o, " — ");
    if (check_valid(c))
        put_fields(o, w, r, digits_shown(ctx->opts));
    else
        put_error(ctx, w, c);
    put_warnings(o, w, r->warnings);
    if (c->civil_ran)
        put_civil(ctx, w, c);
    outbuf_putc(o, '\n');
}
