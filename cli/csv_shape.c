/*
 * csv_shape.c -- see csv_shape.h.
 */
#include "csv_shape.h"

#include <stdint.h>
#include <string.h>

#include "nir.h"
#include "spaces.h"

/* A first row that starts with a markup tag: <html, <table, <?xml,
 * <!DOCTYPE. */
static int markup(const char *p, size_t n)
{
    while (n > 0 && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    return n >= 2 && p[0] == '<' &&
           (p[1] == '!' || p[1] == '?' || (p[1] >= 'a' && p[1] <= 'z') ||
            (p[1] >= 'A' && p[1] <= 'Z'));
}

/* A first row that no CSV export has: binary bytes, a zip archive (an
 * .xlsx or .ods workbook), an OLE2 file (an .xls workbook; its signature
 * D0 CF 11 E0 as the 8-bit detection decodes it), or a web page (what
 * many HR tools export as ".xls"). */
const char *csv_not_csv(const csv_row *header)
{
    static const char ole2[] = "\xC3\x90\xC3\x8F\x11\xC3\xA0";

    if (header->raw_len >= 4 && memcmp(header->raw, "PK\3\4", 4) == 0)
        return "not a CSV file: it looks like a spreadsheet workbook "
               "(.xlsx, .ods); save it as CSV";
    if ((header->raw_len >= 4 &&
         memcmp(header->raw, "\xD0\xCF\x11\xE0", 4) == 0) ||
        (header->raw_len >= sizeof ole2 - 1 &&
         memcmp(header->raw, ole2, sizeof ole2 - 1) == 0))
        return "not a CSV file: it looks like a spreadsheet workbook "
               "(.xls); save it as CSV";
    if (markup(header->raw, header->raw_len))
        return "not a CSV file: it looks like HTML or XML (what some "
               "tools export as .xls); save it as CSV";
    for (size_t i = 0; i < header->raw_len; i++) {
        unsigned char b = (unsigned char)header->raw[i];
        if (b < 0x20 && b != '\t' && b != '\r' && b != '\n')
            return "not a CSV file: binary data in the first row";
    }
    return NULL;
}

/* A first row with a number in it (13 or 15 characters of a NIR once its
 * separators are dropped, whether its fields are right or not) is a
 * record, not a header: checking it as a header would lose it silently,
 * and naming its columns would show a person's data on stderr. A header
 * name with digits ("Période 01/01/2024-31/12/2024") is no number. */
int csv_first_row_is_record(const csv_reader *r, const csv_row *header)
{
    for (size_t i = 0; i < header->nfields; i++) {
        size_t len;
        const char *f = csv_field(r, i, &len);
        char compact[NIR_COMPACT_BUFSIZE];

        if (nir_compact(f, len, compact, sizeof compact, NULL) == NIR_OK)
            return 1;
    }
    return 0;
}

/* A quoted field with a line break followed by a whole row's delimiters
 * (as many as the header has): the rows after a stray quote, swallowed
 * into one field up to the next quote. A line of text in a multi-line
 * comment rarely holds that many delimiters. */
int csv_merged_rows(const csv_reader *r, const csv_row *row,
                       const csv_columns *cols)
{
    if (cols->header_fields < 2 || r->line - row->line <= 1)
        return 0; /* -n, one column, or the row is on one line */
    for (size_t i = 0; i < row->nfields; i++) {
        size_t len, delimiters = 0;
        const char *f = csv_field(r, i, &len), *end = f + len;
        const char *p = memchr(f, '\n', len);

        for (; p != NULL && p < end; p++) {
            if (*p == '\n')
                delimiters = 0;
            else if (*p == r->delimiter &&
                     ++delimiters >= cols->header_fields - 1)
                return 1;
        }
    }
    return 0;
}

/* A blank line, or a row of empty fields (";;;", what a spreadsheet
 * writes for the empty rows of its range): no record, as for xsv and
 * Python's csv.DictReader, but counted and said (run_csv.c). */
int csv_empty_row(const csv_reader *r, const csv_row *row)
{
    if (row->overlong || row->unterminated)
        return 0;
    for (size_t i = 0; i < row->nfields; i++) {
        size_t len;
        const char *f = csv_field(r, i, &len);
        for (size_t k = 0; k < len; k++)
            if (f[k] != ' ' && f[k] != '\t')
                return 0;
    }
    return 1;
}

/* More non-empty fields than the header has names: a delimiter inside an
 * unquoted field ("Dupont; Marie") may have shifted the columns. */
int csv_wide_row(const csv_reader *r, const csv_row *row,
                    const csv_columns *cols)
{
    for (size_t i = cols->header_fields; i > 0 && i < row->nfields; i++) {
        size_t len;
        if (csv_field(r, i, &len) && len > 0)
            return 1;
    }
    return 0;
}

void csv_keep_number_name(const csv_reader *r, csv_columns *cols)
{
    size_t len;
    const char *f = csv_field(r, cols->number, &len);

    spaces_trim(&f, &len);
    if (f != NULL && len < sizeof cols->number_name) {
        memcpy(cols->number_name, f, len);
        cols->number_name_len = len;
    }
}

/* The header again, where exports were joined end to end (cat jan.csv
 * feb.csv): the number's column holds its name. */
int csv_repeated_header(const csv_reader *r, const csv_row *row,
                           const csv_columns *cols)
{
    size_t len;
    const char *f = row->overlong ? NULL : csv_field(r, cols->number, &len);

    if (f == NULL || cols->number_name_len == SIZE_MAX)
        return 0;
    spaces_trim(&f, &len);
    return len == cols->number_name_len &&
           memcmp(f, cols->number_name, len) == 0;
}

/* "sep=;": the line Excel reads (and some exports write for it) to know
 * the delimiter, before the header. */
int csv_excel_sep_line(const csv_row *row)
{
    return row->raw_len == 5 && memcmp(row->raw, "sep=", 4) == 0 &&
           !row->unterminated;
}
