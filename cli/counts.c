/*
 * counts.c -- totals for -c (see counts.h). Zero totals are printed too, so
 * scripts can rely on every line being there.
 */
#include "counts.h"

#include "civil_bridge.h"
#include "json.h"

void counts_add(counts *t, const record_check *c)
{
    if (c->problem != PROBLEM_NONE && (unsigned)c->problem < PROBLEM_COUNT) {
        /* invalid for its row: counted under its problem, not its number */
        t->records++;
        t->invalid++;
        if ((unsigned)c->kind < COUNTS_KINDS)
            t->kind[c->kind]++;
        t->problem[c->problem]++;
        return;
    }
    counts_add_verdict(t, c->status, c->kind, c->warnings);
    if (c->civil_ran && (unsigned)c->civil.verdict < 3)
        t->civil[c->civil.verdict]++;
}

void counts_add_tally(counts *t, const nir_tally *tally)
{
    t->records += tally->records;
    t->valid += tally->status[NIR_OK];
    t->invalid += tally->records - tally->status[NIR_OK];
    for (unsigned k = 0; k < COUNTS_KINDS; k++)
        t->kind[k] += tally->kind[k];
    for (unsigned st = 1; st < NIR_STATUS_COUNT; st++)
        t->error[st] += tally->status[st];
    for (unsigned i = 0; i < NIR_WARNING_COUNT; i++)
        t->warning[i] += tally->warning[i];
}

void counts_merge(counts *t, const counts *u)
{
    t->records += u->records;
    t->valid += u->valid;
    t->invalid += u->invalid;
    for (unsigned k = 0; k < COUNTS_KINDS; k++)
        t->kind[k] += u->kind[k];
    for (unsigned st = 0; st < NIR_STATUS_COUNT; st++)
        t->error[st] += u->error[st];
    for (unsigned i = 0; i < NIR_WARNING_COUNT; i++)
        t->warning[i] += u->warning[i];
    for (unsigned v = 0; v < 3; v++)
        t->civil[v] += u->civil[v];
    for (unsigned p = 0; p < PROBLEM_COUNT; p++)
        t->problem[p] += u->problem[p];
}

static const char *kind_label(unsigned k)
{
    const char *name = nir_kind_name((nir_kind)k);
    return name ? name : "none";
}

/* Errors a record can have: every status but OK and the API-use ones. */
static int is_record_error(unsigned s)
{
    return s != NIR_OK && s != NIR_ERR_BUFFER && s != NIR_ERR_ARGUMENT;
}

static void text_line(outbuf *o, const char *group, const char *name,
                      unsigned long long v)
{
    if (group) {
        outbuf_puts(o, group);
        outbuf_putc(o, '.');
    }
    outbuf_puts(o, name);
    outbuf_putc(o, ' ');
    outbuf_put_ull(o, v);
    outbuf_putc(o, '\n');
}

void counts_print_text(outbuf *o, const counts *t)
{
    text_line(o, NULL, "records", t->records);
    text_line(o, NULL, "valid", t->valid);
    text_line(o, NULL, "invalid", t->invalid);
    for (unsigned k = 0; k < COUNTS_KINDS; k++)
        text_line(o, "kind", kind_label(k), t->kind[k]);
    for (unsigned s = 0; s < NIR_STATUS_COUNT; s++)
        if (is_record_error(s) || t->error[s])
            text_line(o, "error", nir_status_name((nir_status)s), t->error[s]);
    for (unsigned p = 1; t->problems_enabled && p < PROBLEM_COUNT; p++)
        text_line(o, "error", problem_name((row_problem)p), t->problem[p]);
    for (unsigned i = 0; i < NIR_WARNING_COUNT; i++)
        text_line(o, "warning", nir_warning_name(1u << i), t->warning[i]);
    if (t->civil_enabled)
        for (unsigned v = 0; v < 3; v++)
            text_line(o, "civil",
                      civil_verdict_name((nir_civil_verdict)v), t->civil[v]);
}

static void json_member(outbuf *o, const char *name, unsigned long long v,
                        int first)
{
    if (!first)
        outbuf_putc(o, ',');
    json_put_cstr_or_null(o, name);
    outbuf_putc(o, ':');
    outbuf_put_ull(o, v);
}

void counts_print_json(outbuf *o, const counts *t)
{
    int first;

    outbuf_putc(o, '{');
    json_member(o, "records", t->records, 1);
    json_member(o, "valid", t->valid, 0);
    json_member(o, "invalid", t->invalid, 0);
    outbuf_puts(o, ",\"kind\":{");
    for (unsigned k = 0; k < COUNTS_KINDS; k++)
        json_member(o, kind_label(k), t->kind[k], k == 0);
    outbuf_puts(o, "},\"error\":{");
    first = 1;
    for (unsigned s = 0; s < NIR_STATUS_COUNT; s++)
        if (is_record_error(s) || t->error[s]) {
            json_member(o, nir_status_name((nir_status)s), t->error[s], first);
            first = 0;
        }
    for (unsigned p = 1; t->problems_enabled && p < PROBLEM_COUNT; p++)
        json_member(o, problem_name((row_problem)p), t->problem[p], 0);
    outbuf_puts(o, "},\"warning\":{");
    for (unsigned i = 0; i < NIR_WARNING_COUNT; i++)
        json_member(o, nir_warning_name(1u << i), t->warning[i], i == 0);
    outbuf_putc(o, '}');
    if (t->civil_enabled) {
        outbuf_puts(o, ",\"civil\":{");
        for (unsigned v = 0; v < 3; v++)
            json_member(o, civil_verdict_name((nir_civil_verdict)v),
                        t->civil[v], v == 0);
        outbuf_putc(o, '}');
    }
    outbuf_puts(o, "}\n");
}
