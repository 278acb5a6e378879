/* testutil.h -- shared by the Check unit tests (tests/unit/test_*.c). */
#ifndef NIR_TESTUTIL_H
#define NIR_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nir.h"

/* main() of a unit-test program made of one suite. */
#define NIR_TEST_MAIN(suite_fn)                                          \
    int main(void)                                                       \
    {                                                                    \
        SRunner *sr = srunner_create(suite_fn());                        \
        int failed;                                                      \
        srunner_run_all(sr, CK_ENV);                                     \
        failed = srunner_ntests_failed(sr);                              \
        srunner_free(sr);                                                \
        return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;                \
    }

/* nir_parse() on a NUL-terminated string. */
static inline nir_status parse_s(const char *s, nir_profile p, nir_result *r)
{
    return nir_parse(s, strlen(s), p, r);
}

#endif
