/* pedantic.c -- include/nir.h compiles as strict ISO C11 (-std=c11
 * -pedantic -Werror, plus the project's warning set): no extension a C11
 * compiler could refuse. Compiled with -fsyntax-only by abi.pedantic. */
#include "nir.h"

/* Every public type is complete and usable. */
int pedantic_use(const char *s, size_t n);
int pedantic_use(const char *s, size_t n)
{
    nir_result r;
    nir_civil_status civil = {NIR_SEX_UNKNOWN, NULL, 0,
                              NIR_DATE_ORDER_UNSPECIFIED, NULL, 0, NULL, 0};
    nir_civil_report report;
    char sugg[2][NIR_COMPACT_BUFSIZE];
    size_t count;
    int ok = nir_parse(s, n, NIR_PROFILE_STANDARD, &r) == NIR_OK;
    ok += nir_suggest(s, n, NIR_PROFILE_DSN, sugg, 2, &count) == NIR_OK;
    ok += nir_check_civil_status(s, n, NIR_PROFILE_LENIENT, &civil,
                                 &report) == NIR_OK;
    _Static_assert(sizeof r.compact == NIR_COMPACT_BUFSIZE, "compact");
    return ok;
}
