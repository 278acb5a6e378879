/*
 * csv_shape.h -- what the shape of a CSV row tells before its number is
 * checked: a first row that is no header (not CSV at all, or a record),
 * Excel's "sep=;" line, and the rows that are no record (blank, the header
 * again) or a damaged one (columns shifted, rows merged by a stray quote).
 */
#ifndef NIRCHECK_CSV_SHAPE_H
#define NIRCHECK_CSV_SHAPE_H

#include <stddef.h>

#include "csv.h"

/* 0-based column indexes for one CSV file; SIZE_MAX when not used. */
typedef struct csv_columns {
    size_t number, key, sex, birth_date, birthplace, document_country;
    size_t header_fields; /* 0 with -n */
    char number_name[128]; /* the header's name of the number's column */
    size_t number_name_len; /* SIZE_MAX: none (-n, or too long) */
} csv_columns;

/** Why a first row is not CSV (a workbook, HTML or XML, binary bytes), or
 * NULL. */
const char *csv_not_csv(const csv_row *header);
/** 1 when a first row holds a number: a record, not a header. */
int csv_first_row_is_record(const csv_reader *r, const csv_row *header);
/** 1 for Excel's "sep=;" line. */
int csv_excel_sep_line(const csv_row *row);
/** Keep the header's name of the number's column (csv_repeated_header). */
void csv_keep_number_name(const csv_reader *r, csv_columns *cols);

/** 1 for a blank row or a row of empty fields. */
int csv_empty_row(const csv_reader *r, const csv_row *row);
/** 1 for the header again (exports joined end to end). */
int csv_repeated_header(const csv_reader *r, const csv_row *row,
                        const csv_columns *cols);
/** 1 for a row with more non-empty fields than the header. */
int csv_wide_row(const csv_reader *r, const csv_row *row,
                 const csv_columns *cols);
/** 1 for a row that swallowed others after a stray quote. */
int csv_merged_rows(const csv_reader *r, const csv_row *row,
                    const csv_columns *cols);

#endif
