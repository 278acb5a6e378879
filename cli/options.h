/*
 * options.h -- nircheck's command line, parsed into one struct.
 */
#ifndef NIRCHECK_OPTIONS_H
#define NIRCHECK_OPTIONS_H

#include <stddef.h>

#include "nir.h"

/** What is printed for each record. */
typedef enum output_mode {
    MODE_REPORT,       /* one output record per input record */
    MODE_VALID_ONLY,   /* copy records that pass */
    MODE_INVALID_ONLY, /* copy records that fail */
    MODE_COUNT,        /* totals only */
    MODE_QUIET         /* nothing; stop at the first failure */
} output_mode;

/** Shape of report output. */
typedef enum output_format {
    FORMAT_TEXT,
    FORMAT_JSON,
    FORMAT_CSV
} output_format;

/** A CSV column chosen by name or by 1-based number. */
typedef struct column_ref {
    const char *name; /**< NULL if chosen by number or not given */
    size_t number;    /**< 1-based; 0 when not given or not resolved */
    int given;
} column_ref;

typedef struct options {
    output_mode mode;
    output_format format;
    nir_profile profile;
    nir_lang lang;
    int json, csv, null_data, no_headers, show_number, mask;
    int no_messages, line_buffered;
    /** -H/-h: prefix records with the file name; -1 until resolved (on
     * with several files) */
    int with_filename;
    /** --json with --valid-only/--invalid-only: which records get an
     * object (MODE_REPORT); SELECT_ALL otherwise */
    enum { SELECT_ALL, SELECT_VALID, SELECT_INVALID } select;
    const char *encoding; /**< --encoding; NULL: auto (see input.h) */
    int require_key;      /**< --require-key */
    int delimiter_given;  /**< -d given: no detection from the header */
    unsigned jobs; /**< -j: threads of the verdict-only modes; 0: default */
    char delimiter;
    column_ref column;
    column_ref key_column; /**< --key-column */
    column_ref sex_column, birth_date_column, birthplace_column,
        document_country_column;
    nir_date_order date_order;
    int civil; /**< civil-status checks requested */
    int dsn;   /**< --dsn: the inputs are DSN files (dsn_run.c) */
    int fail_on_invalid; /**< --fail-on=invalid: an inconsistent civil
                              status alone does not make exit status 1 */
    const char **values; /**< -e values (argv pointers) */
    size_t value_count;
    char **files; /**< FILE operands */
    size_t file_count;
} options;

/** Most threads -j accepts, and most the default takes (one per CPU). */
#define OPTIONS_MAX_JOBS 64
#define OPTIONS_DEFAULT_JOBS_MAX 8

/** Outcome of parse_options. */
typedef enum parse_result {
    PARSE_RUN,     /* go on with *opts */
    PARSE_EXIT_OK, /* --help or --version printed: exit 0 */
    PARSE_USAGE    /* usage error printed on stderr: exit 2 */
} parse_result;

/** Parse argv. `values` must have room for argc pointers (-e values). */
parse_result parse_options(int argc, char **argv, options *opts,
                           const char **values);

/** Print --help text to stdout. */
void print_help(void);

#endif
