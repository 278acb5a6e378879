/*
 * rules_def.h -- the rules of a NIR, once (docs/rules.md R2-R9 and its
 * profile table). Every rule constant of lib/ is here, as a macro of the
 * field values; rules_table.c expands them into constant tables at compile
 * time (nir_rules_, no initialisation and no mutable state), and every
 * path reads its decisions from those tables or these macros: the
 * reference checker (rules.c), the fast path (fast_accept.h), the line
 * kernel (lines_avx2.c, from the same tables as bitmaps), the decoder
 * (parse.c). Change a rule here and every path follows; the cross-path
 * test (tests/unit/cross_paths.c) checks that they agree. Internal.
 */
#ifndef NIR_RULES_DEF_H
#define NIR_RULES_DEF_H

#include "nir.h"

#define NIR_IN(v, lo, hi) ((v) >= (lo) && (v) <= (hi))

/* R2: a 13-character body, then an optional 2-digit key. */
#define NIR_BODY_LEN 13
#define NIR_KEYED_LEN 15

/* The NIR layout (0-based offsets): S YY MM DD CCC NNN [KK]; overseas
 * S YY MM DDD CC NNN [KK]. */
#define NIR_YEAR_AT 1
#define NIR_MONTH_AT 3
#define NIR_DD_AT 5
#define NIR_PLACE_AT 7      /* commune, country, or overseas third digit */
#define NIR_OVERSEAS_COMMUNE_AT 8
#define NIR_ORDER_AT 10
#define NIR_KEY_AT NIR_BODY_LEN

/* R3: 2A/2B, characters 6-7 (0-based 5-6) of the NIR layout. */
#define NIR_CORSICA_AT NIR_DD_AT
#define NIR_IS_CORSICA_LETTER(ch) ((ch) == 'A' || (ch) == 'B')

/* R4: what digit 1 announces. 1/2 NIR or NIA (R4a), 3/4 temporary (R4b),
 * 5/6 MIG (R4d), 7/8 NNP (R4c), 0/9 nothing (R4e); odd digits are men. */
#define NIR_DIGIT1_NIR_FIRST 1
#define NIR_DIGIT1_NIR_LAST 2
#define NIR_KIND_OF_DIGIT(d)                                                \
    (NIR_IN(d, NIR_DIGIT1_NIR_FIRST, NIR_DIGIT1_NIR_LAST) ? NIR_KIND_NIR     \
     : NIR_IN(d, 3, 4)                                   ? NIR_KIND_TEMPORARY \
     : NIR_IN(d, 5, 6)                                   ? NIR_KIND_MIG       \
     : NIR_IN(d, 7, 8)                                   ? NIR_KIND_NNP       \
                                                         : NIR_KIND_NONE)
#define NIR_DIGIT1_MALE(d) ((d) % 2 == 1)

/* R6: month classes. 01-12 real; 31-42 pseudo-fictitious (month + 30);
 * the other codes from 20 up: month unknown; 00 and 13-19: none. */
#define NIR_PSEUDO_MONTH_OFFSET 30
#define NIR_MONTH_CLASS(m)                                                  \
    (NIR_IN(m, 1, 12)                                         ? NIR_MONTH_REAL \
     : NIR_IN(m, NIR_PSEUDO_MONTH_OFFSET + 1, NIR_PSEUDO_MONTH_OFFSET + 12)  \
         ? NIR_MONTH_PSEUDO                                                  \
     : NIR_IN(m, 20, 99) ? NIR_MONTH_UNKNOWN                                 \
                         : NIR_MONTH_NONE)
/* Q1: codes that INSEE's normalisation does not give (43-49), and the
 * fictitious codes the DSN rubric leaves out (21-29). */
#define NIR_MONTH_NOT_INSEE(m) NIR_IN(m, 43, 49)
#define NIR_MONTH_NOT_DSN(m) NIR_IN(m, 21, 29)

/* R7a, R7b, R8: the place, by département code dd (2A/2B read as 20). */
#define NIR_DD_NONE 0             /* never a département (R7a) */
#define NIR_DD_CORSICA 20         /* Corsica before 1976, then 2A/2B */
#define NIR_CORSICA_SPLIT_YY 76   /* 2A/2B from 1976 (R7a) */
#define NIR_DD_NORTH_AFRICA(dd) NIR_IN(dd, 91, 96) /* R7a, Q9: warning */
#define NIR_DD_TUNISIA 96         /* only North Africa, never a département */
#define NIR_DD_DOM 97             /* R7b: 971-978 */
#define NIR_DOM_THIRD_OK(t) NIR_IN(t, 1, 8)
#define NIR_DD_COM 98             /* R7b: 984-989 (985 Mayotte, historical) */
#define NIR_COM_THIRD_OK(t) NIR_IN(t, 4, 9)
#define NIR_DD_ABROAD 99          /* R8b: then an INSEE country code */
#define NIR_COUNTRY_UNKNOWN 990   /* Q5: "country unknown" */

/* R9: key = 97 - (body mod 97), body read with 2A as 19 and 2B as 18
 * (the letter as 0, the body lowered by 1 or 2 million). */
#define NIR_KEY_MOD 97
#define NIR_KEY_IN_RANGE(k) NIR_IN(k, 1, NIR_KEY_MOD)
#define NIR_CORSICA_MILLIONS(letter) ((letter) == 'A' ? 1u : 2u)

/* Q8: the DSN "NIR unknown" placeholder [12]9{12}. */
#define NIR_PLACEHOLDER_DIGIT '9'

/* The profiles (docs/rules.md, profile table):
 *   KINDS     kinds digit 1 may announce (as bits 1 << nir_kind);
 *   CNAM      kinds read in the CNAM NNP/MIG layout: no field rules;
 *   MONTH_GAP month codes refused besides those of class NONE;
 *   ZEROS_OK  département 00, commune or country 000, order 000 accepted;
 *   OVERSEAS  the R7b sub-checks of 97x/98x. */
#define NIR_KIND_BIT(k) (1u << (k))
#define NIR_STANDARD_KINDS                                                  \
    (NIR_KIND_BIT(NIR_KIND_NIR) | NIR_KIND_BIT(NIR_KIND_TEMPORARY) |         \
     NIR_KIND_BIT(NIR_KIND_NNP) | NIR_KIND_BIT(NIR_KIND_MIG))
#define NIR_STANDARD_CNAM (NIR_KIND_BIT(NIR_KIND_NNP) | NIR_KIND_BIT(NIR_KIND_MIG))
#define NIR_STANDARD_MONTH_GAP(m) NIR_MONTH_NOT_INSEE(m)
#define NIR_STANDARD_ZEROS_OK 0
#define NIR_STANDARD_OVERSEAS 1

#define NIR_DSN_KINDS NIR_KIND_BIT(NIR_KIND_NIR)
#define NIR_DSN_CNAM 0u
#define NIR_DSN_MONTH_GAP(m) (NIR_MONTH_NOT_INSEE(m) || NIR_MONTH_NOT_DSN(m))
#define NIR_DSN_ZEROS_OK 0
#define NIR_DSN_OVERSEAS 0

#define NIR_LENIENT_KINDS NIR_KIND_BIT(NIR_KIND_NIR)
#define NIR_LENIENT_CNAM 0u
#define NIR_LENIENT_MONTH_GAP(m) 0
#define NIR_LENIENT_ZEROS_OK 1
#define NIR_LENIENT_OVERSEAS 0

/* The place of a département code dd under a profile, as flags. */
enum {
    NIR_PF_REFUSED = 1u << 0,      /* NIR_ERR_DEPARTMENT */
    NIR_PF_COMMUNE = 1u << 1,      /* commune (or country) 000 refused */
    NIR_PF_DOM = 1u << 2,          /* R7b sub-checks of 97x */
    NIR_PF_COM = 1u << 3,          /* R7b sub-checks of 98x */
    NIR_PF_ABROAD = 1u << 4,       /* country warnings; 000 is COUNTRY */
    NIR_PF_NORTH_AFRICA = 1u << 5, /* NIR_WARN_NORTH_AFRICA */
    NIR_PF_CORSICA = 1u << 6       /* NIR_WARN_CORSICA_YEAR may apply */
};
#define NIR_PLACE_FLAGS(zeros_ok, overseas, dd)                              \
    ((((dd) == NIR_DD_NONE && !(zeros_ok)) ? NIR_PF_REFUSED : 0u) |          \
     ((dd) == NIR_DD_ABROAD ? NIR_PF_ABROAD : 0u) |                           \
     ((dd) == NIR_DD_CORSICA ? NIR_PF_CORSICA : 0u) |                         \
     (NIR_DD_NORTH_AFRICA(dd) ? NIR_PF_NORTH_AFRICA : 0u) |                   \
     (((dd) == NIR_DD_DOM && (overseas)) ? NIR_PF_DOM : 0u) |                 \
     (((dd) == NIR_DD_COM && (overseas)) ? NIR_PF_COM : 0u) |                 \
     ((!(zeros_ok) && !((overseas) && ((dd) == NIR_DD_DOM || (dd) == NIR_DD_COM))) \
          ? NIR_PF_COMMUNE                                                    \
          : 0u))

/* The place flags, as bit numbers (NIR_PF_* = 1 << NIR_PF_BIT_*). */
enum { NIR_PF_BITS = 7 };

/* A 100-entry table as a bitmap: bit v % 8 of byte v / 8 (v = 0-99), what
 * a byte shuffle can read (the line kernel, lines_avx2.c). */
typedef unsigned char nir_bits100[16];

/* A profile's rules as tables (rules_table.c). */
typedef struct nir_rules {
    unsigned kinds;               /* NIR_KIND_BIT of the kinds accepted */
    unsigned cnam;                /* NIR_KIND_BIT of the CNAM-layout kinds */
    int zeros_ok;                 /* order 000 accepted (and see place) */
    unsigned char month_ok[100];  /* by month code */
    unsigned char place[100];     /* NIR_PF_* by département code */
    /* The same two tables as bitmaps: month codes refused, and each place
     * flag (index: bit number of NIR_PF_*). */
    nir_bits100 month_bad_bits;
    nir_bits100 place_bits[NIR_PF_BITS];
} nir_rules;

/* R7b's third digit of 97x and 98x, refused (0xFF, a byte mask) or not
 * (0), by digit 0-9 (the rest of the 16 bytes 0): [0] for 97x, [1] for
 * 98x. */
extern const unsigned char nir_overseas_third_bad_[2][16];

/* Indexed by nir_profile (checked by the caller: nir_profile_ok_). */
extern const nir_rules nir_rules_[3];

#endif
