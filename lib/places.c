/*
 * places.c -- lookups in the generated INSEE tables (countries,
 * départements) and the public country API.
 */
#include <string.h>

#include "internal.h"
#include "rules_def.h"

const char *nir_department_name_(const char *c, int overseas)
{
    if (overseas) {
        /* 970-989: the generated table's rows (nir_tables.c) */
        int code = (c[0] - '0') * 100 + (c[1] - '0') * 10 + (c[2] - '0');
        int first = NIR_DD_DOM * 10, last = NIR_DD_COM * 10 + 9;
        return (code >= first && code <= last) ? nir_overseas_names_[code - first]
                                               : NULL;
    }
    if (c[0] == '2' && c[1] == 'A')
        return nir_dept_name_2a_;
    if (c[0] == '2' && c[1] == 'B')
        return nir_dept_name_2b_;
    return nir_dept_names_[(c[0] - '0') * 10 + (c[1] - '0')];
}

const nir_country *nir_country_main_(int suffix)
{
    /* Both callers pass three decimal digits: 0..999 (internal.h). */
    unsigned short row = nir_country_index_[suffix];
    return row ? &nir_countries_[row - 1] : NULL;
}

size_t nir_country_count(void) { return nir_countries_count_; }

const nir_country *nir_country_at(size_t i)
{
    return i < nir_countries_count_ ? &nir_countries_[i] : NULL;
}

const nir_country *nir_country_by_code(const char *code, size_t len)
{
    int suffix = 0;
    if (code == NULL || (len != 3 && len != 5))
        return NULL;
    if (len == 5) {
        if (code[0] != '9' || code[1] != '9')
            return NULL;
        code += 2;
    }
    for (int i = 0; i < 3; i++) {
        if (code[i] < '0' || code[i] > '9')
            return NULL;
        suffix = suffix * 10 + (code[i] - '0');
    }
    return nir_country_main_(suffix);
}

static char ascii_upper(char ch)
{
    return (ch >= 'a' && ch <= 'z') ? (char)(ch - 'a' + 'A') : ch;
}

const nir_country *nir_country_by_iso(const char *iso, size_t len)
{
    if (iso == NULL || (len != 2 && len != 3))
        return NULL;
    for (size_t i = 0; i < nir_countries_count_; i++) {
        const char *code = len == 2 ? nir_countries_[i].iso2
                                    : nir_countries_[i].iso3;
        size_t k = 0;
        if (code == NULL || strlen(code) != len)
            continue;
        while (k < len && ascii_upper(iso[k]) == code[k])
            k++;
        if (k == len)
            return &nir_countries_[i];
    }
    return NULL;
}
