/*
 * problems.h -- what nircheck finds about a record beyond libnir's
 * verdict: problems of the CSV row (its own error codes, next to libnir's
 * in every output) and hints at spreadsheet damage (a code and a sentence
 * added to libnir's error). Names are stable, like libnir's.
 */
#ifndef NIRCHECK_PROBLEMS_H
#define NIRCHECK_PROBLEMS_H

#include <stddef.h>

#include "nir.h"

/** A record that fails for a reason of its row, not of its number. */
typedef enum row_problem {
    PROBLEM_NONE = 0,
    PROBLEM_SHORT_ROW,    /**< "short_row": no field at the column */
    PROBLEM_KEY_MISMATCH, /**< "key_mismatch": the key column disagrees
                               with the key of a 15-character number */
    PROBLEM_KEY_COLUMN,   /**< "key_column": the key column holds no key
                               (1 or 2 digits) */
    PROBLEM_ROW_TOO_LONG, /**< "row_too_long": the row is longer than the
                               reader holds (CSV_MAX_ROW): no field read */
    PROBLEM_MERGED_ROWS,  /**< "merged_rows": a quoted field holds line
                               breaks and whole rows (a stray quote) */
    PROBLEM_COUNT
} row_problem;

/** Spreadsheet damage seen in an invalid number. */
typedef enum damage_hint {
    HINT_NONE = 0,
    HINT_SCIENTIFIC,      /**< "scientific_notation": 2.55081E+14 */
    HINT_DECIMAL,         /**< "decimal_suffix": 255081416802538.0 */
    HINT_ONE_SHORT,       /**< "one_digit_short": 12 or 14 characters */
    HINT_TEXT_MARKER,     /**< "text_marker": '255081416802538 or
                               ="255081416802538", Excel's ways of keeping
                               digits as text */
    HINT_COUNT
} damage_hint;

/** Stable names; NULL for PROBLEM_NONE / HINT_NONE. */
const char *problem_name(row_problem p);
const char *hint_name(damage_hint h);
/** Sentences in English or French; NULL for NONE. */
const char *problem_message(row_problem p, nir_lang lang);
const char *hint_message(damage_hint h, nir_lang lang);

/** The damage an invalid number shows, from its text alone. */
damage_hint damage_of(const char *value, size_t len);

#endif
