/*
 * columns.h -- which column of a CSV header a --*-column option names.
 *
 * A name is compared with the header's names at three levels, strictest
 * first: byte for byte, then without regard to case (ICU case folding),
 * then without regard to accents either (ICU's French collation at
 * primary strength: "cle" finds "Clé"). Surrounding white space, the
 * no-break spaces included, never counts; when nothing fits, the levels
 * are tried again without the double quotes around either name
 * (--column '"N° SS"' copied from a CSV line). The first level where a
 * name fits decides; when two names fit there, the option is ambiguous
 * and no column is chosen: a validator that checked the wrong one would
 * say nothing.
 */
#ifndef NIRCHECK_COLUMNS_H
#define NIRCHECK_COLUMNS_H

#include <stddef.h>

#include "csv.h"
#include "options.h"

typedef struct column_match {
    size_t index;  /**< 0-based column; SIZE_MAX when none, or ambiguous */
    size_t fits;   /**< how many names fit at the deciding level */
    size_t first, second; /**< 0-based: the first two that fit (fits > 1) */
} column_match;

/** Find `ref` in the header row held by `r` (header NULL: -n, numbers
 * only). */
void column_find(const csv_reader *r, const csv_row *header,
                 const column_ref *ref, column_match *m);

#endif
