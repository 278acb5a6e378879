/*
 * run.h -- the record loop: read each source, check each record, write
 * what the output mode asks for, keep the totals and the exit status.
 */
#ifndef NIRCHECK_RUN_H
#define NIRCHECK_RUN_H

#include <stdio.h>

#include "check.h"
#include "counts.h"
#include "options.h"
#include "output.h"

typedef struct parallel parallel;

/** Exit statuses (grep's convention). */
enum { EXIT_ALL_VALID = 0, EXIT_SOME_INVALID = 1, EXIT_TROUBLE = 2 };

typedef struct run_state {
    const options *opts;
    outbuf out;
    output_ctx output;
    check_settings settings;
    counts totals;
    int any_failure;    /**< a record was invalid (or civilly inconsistent) */
    int trouble;        /**< an I/O error or a bad input file */
    int stop;           /**< -q saw a failure, or the output failed */
    char *csv_header;   /**< the last CSV header that went out (a later
                             file's goes out too when it differs) */
    size_t csv_header_len;
    int csv_header_done;/**< a CSV header went out */
    int bom_decided;    /**< the first file decided the filters' BOM */
    unsigned jobs;      /**< threads of the verdict-only modes (-j) */
    struct parallel *par; /**< their state (parallel.h), once needed */
} run_state;

/** Returns 0, or -1 when out of memory (or, in theory, when a libnir name
 * does not fit the JSON name tables: see output_json_init). */
int run_init(run_state *s, const options *opts, FILE *out);
/** Check the -e values. */
void run_values(run_state *s);
/** Check the records of one FILE operand ("-": standard input); operand
 * is its 1-based place among the operands (0: the implicit "-"). */
void run_file(run_state *s, const char *name, size_t operand);
/** Print the totals (-c), flush and close the output; returns the exit
 * status. */
int run_finish(run_state *s);

#endif
