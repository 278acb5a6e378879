/*
 * civil_history.h -- the place codes and names that changed, as ONE table
 * (civil_history.c): what a number may carry for a place, by birth year.
 */
#ifndef NIR_CIVIL_HISTORY_H
#define NIR_CIVIL_HISTORY_H

#include <stddef.h>

typedef enum civil_history_kind {
    /* The number may carry code `number` (a département, "985", "20", or
     * a commune, "97123") for a birth in today's place `place` (a
     * département, a commune or a country "99352") in years first..last. */
    CIVIL_HISTORY_CODE,
    /* Département `place` has its present meaning only from year `first`:
     * a number carrying it for an earlier birth is from elsewhere. */
    CIVIL_HISTORY_NOT_YET,
    /* The name `name` was département `place` in years first..last (a
     * country `place` with `number` the département code it had then, for
     * Algeria's). */
    CIVIL_HISTORY_NAME
} civil_history_kind;

typedef struct civil_history {
    civil_history_kind kind;
    const char *number; /* CODE, NAME of Algeria: the code then carried */
    const char *place;  /* today's département, commune or country */
    const char *name;   /* NAME: the old name */
    int first, last;    /* birth years the rule holds in (0: open) */
    int communes_kept;  /* CODE: commune numbers carried over (985xx ->
                           976xx; 20xxx -> 2Axxx/2Bxxx) */
    int both_ways;      /* CODE: the old code given as the place also means
                           today's (a document may write either) */
    const char *en, *fr; /* the old code or name in words, for messages */
    const char *source;
} civil_history;

extern const civil_history civil_history_[];
extern const size_t civil_history_count_;

/* 1 if `year` (4 digits; 0 = unknown, "may be") is in the row's years. */
int civil_history_in_years(const civil_history *h, int year);

/* nir_finding.place_detail of a place_history finding (row + 1), and the
 * row back (NULL if out of range). */
unsigned int civil_history_detail(const civil_history *h);
const civil_history *civil_history_of_detail(unsigned int detail);

#endif
