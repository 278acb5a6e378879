/*
 * rules_table.c -- the profiles of rules_def.h as constant tables, expanded
 * at compile time: one row per month code and per département code.
 */
#include "rules_def.h"

/* F(P, v) for v = 0..99, as initialisers. */
#define NIR_R10(F, P, b)                                                     \
    F(P, (b) + 0), F(P, (b) + 1), F(P, (b) + 2), F(P, (b) + 3),              \
        F(P, (b) + 4), F(P, (b) + 5), F(P, (b) + 6), F(P, (b) + 7),          \
        F(P, (b) + 8), F(P, (b) + 9)
#define NIR_R100(F, P)                                                       \
    NIR_R10(F, P, 0), NIR_R10(F, P, 10), NIR_R10(F, P, 20),                  \
        NIR_R10(F, P, 30), NIR_R10(F, P, 40), NIR_R10(F, P, 50),             \
        NIR_R10(F, P, 60), NIR_R10(F, P, 70), NIR_R10(F, P, 80),             \
        NIR_R10(F, P, 90)

#define NIR_MONTH_OK(P, m)                                                   \
    (NIR_MONTH_CLASS(m) != NIR_MONTH_NONE && !(NIR_##P##_MONTH_GAP(m)))
#define NIR_PLACE(P, dd)                                                     \
    NIR_PLACE_FLAGS(NIR_##P##_ZEROS_OK, NIR_##P##_OVERSEAS, dd)
#define NIR_RULES(P)                                                         \
    {NIR_##P##_KINDS, NIR_##P##_CNAM, NIR_##P##_ZEROS_OK,                    \
     {NIR_R100(NIR_MONTH_OK, P)}, {NIR_R100(NIR_PLACE, P)}}

const nir_rules nir_rules_[3] = {
    [NIR_PROFILE_STANDARD] = NIR_RULES(STANDARD),
    [NIR_PROFILE_DSN] = NIR_RULES(DSN),
    [NIR_PROFILE_LENIENT] = NIR_RULES(LENIENT),
};
