/*
 * counts.h -- totals for -c: every record is counted once as valid or
 * invalid, once under its kind and, when invalid, once under its error, so
 * each group adds up to `records`.
 */
#ifndef NIRCHECK_COUNTS_H
#define NIRCHECK_COUNTS_H

#include "check.h"
#include "outbuf.h"

#define COUNTS_KINDS 5 /* NIR_KIND_NONE .. NIR_KIND_MIG */

typedef struct counts {
    unsigned long long records, valid, invalid;
    unsigned long long kind[COUNTS_KINDS];
    unsigned long long error[NIR_STATUS_COUNT];
    unsigned long long warning[NIR_WARNING_COUNT];
    unsigned long long civil[3]; /* by nir_civil_verdict */
    unsigned long long problem[PROBLEM_COUNT]; /* CSV rows (problems.h) */
    int civil_enabled;
    int problems_enabled; /* CSV input: the problem totals are printed,
                             with the errors */
} counts;

/** Count one verdict (everything but the civil check): inline, as the
 * verdict-only loop of -c calls it for every record. */
static inline void counts_add_verdict(counts *t, nir_status status,
                                      nir_kind kind, unsigned warnings)
{
    t->records++;
    if (status == NIR_OK)
        t->valid++;
    else
        t->invalid++;
    if ((unsigned)kind < COUNTS_KINDS)
        t->kind[kind]++;
    if (status != NIR_OK && (unsigned)status < NIR_STATUS_COUNT)
        t->error[status]++;
    for (unsigned i = 0; warnings != 0 && i < NIR_WARNING_COUNT; i++)
        if (warnings & (1u << i))
            t->warning[i]++;
}

void counts_add(counts *t, const record_check *c);
/** Add the totals u (of a helper thread) to t. */
void counts_merge(counts *t, const counts *u);
/** Add the totals of nir_tally_lines(). */
void counts_add_tally(counts *t, const nir_tally *tally);
/** `records N`, `valid N`, `invalid N`, `kind.nir N`, ..., `error.key N`,
 * `warning.north_africa N`, `civil.consistent N` (with civil checks). */
void counts_print_text(outbuf *o, const counts *t);
/** The same as one JSON object. */
void counts_print_json(outbuf *o, const counts *t);

#endif
