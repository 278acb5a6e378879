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

void column_find(const csv_reader *r, const csv_row *header,
                 const column_ref *ref, column_match *m)
{
    const char *want = ref->name;
    size_t wlen;
    UCollator *coll = NULL;

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
    if (m->fits == 1)
        m->index = m->first;
}
