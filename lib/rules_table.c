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

/* Bitmaps (nir_bits100): F(P, A, v) for v = 0..99, eight to a byte. */
#define NIR_BIT(F, P, A, v, b) (((v) < 100 && (F(P, A, v))) ? (b) : 0u)
#define NIR_BYTE(F, P, A, v)                                                 \
    (unsigned char)(NIR_BIT(F, P, A, (v) + 0, 1u) |                          \
                    NIR_BIT(F, P, A, (v) + 1, 2u) |                          \
                    NIR_BIT(F, P, A, (v) + 2, 4u) |                          \
                    NIR_BIT(F, P, A, (v) + 3, 8u) |                          \
                    NIR_BIT(F, P, A, (v) + 4, 16u) |                         \
                    NIR_BIT(F, P, A, (v) + 5, 32u) |                         \
                    NIR_BIT(F, P, A, (v) + 6, 64u) |                         \
                    NIR_BIT(F, P, A, (v) + 7, 128u))
#define NIR_BITS100(F, P, A)                                                 \
    {NIR_BYTE(F, P, A, 0), NIR_BYTE(F, P, A, 8), NIR_BYTE(F, P, A, 16),      \
     NIR_BYTE(F, P, A, 24), NIR_BYTE(F, P, A, 32), NIR_BYTE(F, P, A, 40),    \
     NIR_BYTE(F, P, A, 48), NIR_BYTE(F, P, A, 56), NIR_BYTE(F, P, A, 64),    \
     NIR_BYTE(F, P, A, 72), NIR_BYTE(F, P, A, 80), NIR_BYTE(F, P, A, 88),    \
     NIR_BYTE(F, P, A, 96), 0, 0, 0}
#define NIR_MONTH_BAD(P, A, m) (!NIR_MONTH_OK(P, m))
#define NIR_PLACE_HAS(P, f, dd) ((NIR_PLACE(P, dd) & (1u << (f))) != 0)
#define NIR_PLACE_BITS(P)                                                    \
    {NIR_BITS100(NIR_PLACE_HAS, P, 0), NIR_BITS100(NIR_PLACE_HAS, P, 1),     \
     NIR_BITS100(NIR_PLACE_HAS, P, 2), NIR_BITS100(NIR_PLACE_HAS, P, 3),     \
     NIR_BITS100(NIR_PLACE_HAS, P, 4), NIR_BITS100(NIR_PLACE_HAS, P, 5),     \
     NIR_BITS100(NIR_PLACE_HAS, P, 6)}
_Static_assert(NIR_PF_CORSICA == 1u << (NIR_PF_BITS - 1),
               "NIR_PLACE_BITS has a bitmap per place flag");

#define NIR_RULES(P)                                                         \
    {NIR_##P##_KINDS, NIR_##P##_CNAM, NIR_##P##_ZEROS_OK,                    \
     {NIR_R100(NIR_MONTH_OK, P)}, {NIR_R100(NIR_PLACE, P)},                  \
     NIR_BITS100(NIR_MONTH_BAD, P, 0), NIR_PLACE_BITS(P)}

const nir_rules nir_rules_[3] = {
    [NIR_PROFILE_STANDARD] = NIR_RULES(STANDARD),
    [NIR_PROFILE_DSN] = NIR_RULES(DSN),
    [NIR_PROFILE_LENIENT] = NIR_RULES(LENIENT),
};

#define NIR_THIRD_BAD(OK, t) ((OK(t)) ? 0u : 0xFFu)
#define NIR_THIRD10(OK)                                                      \
    {NIR_THIRD_BAD(OK, 0), NIR_THIRD_BAD(OK, 1), NIR_THIRD_BAD(OK, 2),       \
     NIR_THIRD_BAD(OK, 3), NIR_THIRD_BAD(OK, 4), NIR_THIRD_BAD(OK, 5),       \
     NIR_THIRD_BAD(OK, 6), NIR_THIRD_BAD(OK, 7), NIR_THIRD_BAD(OK, 8),       \
     NIR_THIRD_BAD(OK, 9), 0, 0, 0, 0, 0, 0}
const unsigned char nir_overseas_third_bad_[2][16] = {
    NIR_THIRD10(NIR_DOM_THIRD_OK), NIR_THIRD10(NIR_COM_THIRD_OK)};
