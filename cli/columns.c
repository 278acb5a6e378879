/*
 * columns.c -- see columns.h.
 */
#include "columns.h"

#include <stdint.h>
#include <string.h>

#include <unicode/ucol.h>
#include <unicode/ustring.h>

#include "spaces.h"

enum level { EXACT, CASE, ACCENTS, LEVELS };

/* Case-insensitive comparison (ICU case folding: "N° SÉCU" is "n° sécu"). */
static int same_but_case(const char *a, size_t alen, const char *b,
                         size_t blen)
{
    UChar ua[256], ub[256];
    int32_t ualen = 0, ublen = 0;
    UErrorCode err = U_ZERO_ERROR;

    if (alen > 512 || blen > 512)
        return 0;
    u_strFromUTF8(ua, 256, &ualen, a, (int32_t)alen, &err);
    u_strFromUTF8(ub, 256, &ublen, b, (int32_t)blen, &err);
    if (U_FAILURE(err))
        return 0;
    return u_strCaseCompare(ua, ualen, ub, ublen, U_FOLD_CASE_DEFAULT,
                            &err) == 0 &&
           U_SUCCESS(err);
}

static int fits(enum level level, UCollator *coll, const char *f,
                size_t flen, const char *want, size_t wlen)
{
    UErrorCode err = U_ZERO_ERROR;

    switch (level) {
    case EXACT:
        return flen == wlen && memcmp(f, want, flen) == 0;
    case CASE:
        return same_but_case(f, flen, want, wlen);
    default:
        return coll != NULL && flen <= INT32_MAX && wlen <= INT32_MAX &&
               ucol_strcollUTF8(coll, f, (int32_t)flen, want, (int32_t)wlen,
                                &err) == UCOL_EQUAL &&
               U_SUCCESS(err);
    }
}

/* s[0..*len) without the double quotes around it, if it has them: a name
 * copied from a CSV line ("N° SS"), or a header cell whose quotes came
 * after a space (; "N° SS") and so were kept by the reader. */
static void unquote(const char **s, size_t *len)
{
    if (*len >= 2 && (*s)[0] == '"' && (*s)[*len - 1] == '"') {
        (*s)++;
        *len -= 2;
        spaces_trim(s, len);
    }
}

/* The levels in turn until one has a fit; `quotes` compares names without
 * the quotes around them. */
static void find_at_levels(const csv_reader *r, const csv_row *header,
                           const char *want, size_t wlen, int quotes,
                           column_match *m)
{
    UCollator *coll = NULL;

    if (quotes)
        unquote(&want, &wlen);
    for (int level = EXACT; level < LEVELS && m->fits == 0; level++) {
        if (level == ACCENTS) {
            UErrorCode err = U_ZERO_ERROR;
            coll = ucol_open("fr", &err);
            if (U_FAILURE(err)) {
                ucol_close(coll);
                coll = NULL;
            } else {
                ucol_setStrength(coll, UCOL_PRIMARY);
            }
        }
        for (size_t i = 0; i < header->nfields; i++) {
            size_t len;
            const char *f = csv_field(r, i, &len);

            spaces_trim(&f, &len);
            if (quotes)
                unquote(&f, &len);
            if (!fits((enum level)level, coll, f, len, want, wlen))
                continue;
            if (m->fits == 0)
                m->first = i;
            else if (m->fits == 1)
                m->second = i;
            m->fits++;
        }
    }
    ucol_close(coll);
}

void column_find(const csv_reader *r, const csv_row *header,
                 const column_ref *ref, column_match *m)
{
    const char *want = ref->name;
    size_t wlen;

    memset(m, 0, sizeof *m);
    m->index = SIZE_MAX;
    if (want == NULL) {
        if (header == NULL || ref->number <= header->nfields)
            m->index = ref->number - 1;
        return;
    }
    if (header == NULL)
        return;
    wlen = strlen(want);
    spaces_trim(&want, &wlen);
    if (wlen == 0)
        return; /* blank: no name to find (an unnamed column has a number) */
    find_at_levels(r, header, want, wlen, 0, m);
    if (m->fits == 0)
        find_at_levels(r, header, want, wlen, 1, m);
    if (m->fits == 1)
        m->index = m->first;
}
