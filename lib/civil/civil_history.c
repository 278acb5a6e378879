/*
 * civil_history.c -- every place rule that depends on the birth year, in
 * one table: the code a number carries is the one in force at birth
 * (nir-rules R7a), so a place that changed code or name is compared with
 * the code or name of the time. Years are inclusive and a change year
 * holds both meanings (changes fell within the year). docs/
 * civil-status-places.md lists the rules for users.
 */
#include "civil_history.h"

#define R7A "nir-rules R7a (Service-Public F33078; ASP d\xc3\xa9partement table)"
#define R7B "nir-rules R7b (ASP d\xc3\xa9partement table; etalab/geohisto #61)"
#define COG "INSEE COG, history of d\xc3\xa9partements (renaming decrees)"

const civil_history civil_history_[] = {
    /* Overseas codes that changed. */
    {CIVIL_HISTORY_CODE, "985", "976", NULL, 0, 2007, 1, 1,
     "Mayotte's code before 2008", "le code de Mayotte avant 2008", R7B},
    {CIVIL_HISTORY_CODE, "97123", "97701", NULL, 0, 2007, 0, 1,
     "Saint-Barth\xc3\xa9lemy's code as a commune of Guadeloupe (before 2007)",
     "le code de Saint-Barth\xc3\xa9lemy commune de Guadeloupe (avant 2007)",
     R7B},
    {CIVIL_HISTORY_CODE, "97127", "97801", NULL, 0, 2007, 0, 1,
     "Saint-Martin's code as a commune of Guadeloupe (before 2007)",
     "le code de Saint-Martin commune de Guadeloupe (avant 2007)", R7B},
    /* Corsica: one d\xc3\xa9partement 20 until 1975. */
    {CIVIL_HISTORY_CODE, "20", "2A", NULL, 0, 1975, 1, 1,
     "Corsica's code before 1976", "le code de la Corse avant 1976", R7A},
    {CIVIL_HISTORY_CODE, "20", "2B", NULL, 0, 1975, 1, 1,
     "Corsica's code before 1976", "le code de la Corse avant 1976", R7A},
    /* Seine and Seine-et-Oise, split on 1 January 1968. */
    {CIVIL_HISTORY_CODE, "75", "92", NULL, 0, 1967, 0, 0,
     "the code of the Seine (before 1968)", "le code de la Seine (avant 1968)",
     R7A},
    {CIVIL_HISTORY_CODE, "75", "93", NULL, 0, 1967, 0, 0,
     "the code of the Seine (before 1968)", "le code de la Seine (avant 1968)",
     R7A},
    {CIVIL_HISTORY_CODE, "75", "94", NULL, 0, 1967, 0, 0,
     "the code of the Seine (before 1968)", "le code de la Seine (avant 1968)",
     R7A},
    {CIVIL_HISTORY_CODE, "78", "91", NULL, 0, 1967, 0, 0,
     "the code of Seine-et-Oise (before 1968)",
     "le code de la Seine-et-Oise (avant 1968)", R7A},
    {CIVIL_HISTORY_CODE, "78", "92", NULL, 0, 1967, 0, 0,
     "the code of Seine-et-Oise (before 1968)",
     "le code de la Seine-et-Oise (avant 1968)", R7A},
    {CIVIL_HISTORY_CODE, "78", "93", NULL, 0, 1967, 0, 0,
     "the code of Seine-et-Oise (before 1968)",
     "le code de la Seine-et-Oise (avant 1968)", R7A},
    {CIVIL_HISTORY_CODE, "78", "94", NULL, 0, 1967, 0, 0,
     "the code of Seine-et-Oise (before 1968)",
     "le code de la Seine-et-Oise (avant 1968)", R7A},
    {CIVIL_HISTORY_CODE, "78", "95", NULL, 0, 1967, 0, 0,
     "the code of Seine-et-Oise (before 1968)",
     "le code de la Seine-et-Oise (avant 1968)", R7A},
    /* North Africa before independence (5 July 1962; 2 and 20 March 1956). */
    {CIVIL_HISTORY_CODE, "91", "99352", NULL, 0, 1962, 0, 0,
     "a code of French Algeria (before 1962)",
     "un code de l'Alg\xc3\xa9rie fran\xc3\xa7" "aise (avant 1962)", R7A},
    {CIVIL_HISTORY_CODE, "92", "99352", NULL, 0, 1962, 0, 0,
     "a code of French Algeria (before 1962)",
     "un code de l'Alg\xc3\xa9rie fran\xc3\xa7" "aise (avant 1962)", R7A},
    {CIVIL_HISTORY_CODE, "93", "99352", NULL, 0, 1962, 0, 0,
     "a code of French Algeria (before 1962)",
     "un code de l'Alg\xc3\xa9rie fran\xc3\xa7" "aise (avant 1962)", R7A},
    {CIVIL_HISTORY_CODE, "94", "99352", NULL, 0, 1962, 0, 0,
     "a code of French Algeria (before 1962)",
     "un code de l'Alg\xc3\xa9rie fran\xc3\xa7" "aise (avant 1962)", R7A},
    {CIVIL_HISTORY_CODE, "95", "99350", NULL, 0, 1956, 0, 0,
     "the code of Morocco before its independence (1956)",
     "le code du Maroc avant son ind\xc3\xa9pendance (1956)", R7A},
    {CIVIL_HISTORY_CODE, "96", "99351", NULL, 0, 1956, 0, 0,
     "the code of Tunisia before its independence (1956)",
     "le code de la Tunisie avant son ind\xc3\xa9pendance (1956)", R7A},
    /* Today's 91-95 exist since 1 January 1968. */
    {CIVIL_HISTORY_NOT_YET, NULL, "91", NULL, 1968, 0, 0, 0, NULL, NULL, R7A},
    {CIVIL_HISTORY_NOT_YET, NULL, "92", NULL, 1968, 0, 0, 0, NULL, NULL, R7A},
    {CIVIL_HISTORY_NOT_YET, NULL, "93", NULL, 1968, 0, 0, 0, NULL, NULL, R7A},
    {CIVIL_HISTORY_NOT_YET, NULL, "94", NULL, 1968, 0, 0, 0, NULL, NULL, R7A},
    {CIVIL_HISTORY_NOT_YET, NULL, "95", NULL, 1968, 0, 0, 0, NULL, NULL, R7A},
    /* Former d\xc3\xa9partement names. */
    {CIVIL_HISTORY_NAME, NULL, "75", "Seine", 0, 1967, 0, 0, "Seine",
     "Seine", R7A},
    {CIVIL_HISTORY_NAME, NULL, "78", "Seine-et-Oise", 0, 1967, 0, 0,
     "Seine-et-Oise", "Seine-et-Oise", R7A},
    {CIVIL_HISTORY_NAME, NULL, "76", "Seine-Inf\xc3\xa9rieure", 0, 1955, 0, 0,
     "Seine-Inf\xc3\xa9rieure", "Seine-Inf\xc3\xa9rieure",
     COG " (Seine-Maritime since 18 January 1955)"},
    {CIVIL_HISTORY_NAME, NULL, "44", "Loire-Inf\xc3\xa9rieure", 0, 1957, 0, 0,
     "Loire-Inf\xc3\xa9rieure", "Loire-Inf\xc3\xa9rieure",
     COG " (Loire-Atlantique since 9 March 1957)"},
    {CIVIL_HISTORY_NAME, NULL, "64", "Basses-Pyr\xc3\xa9n\xc3\xa9" "es", 0,
     1969, 0, 0, "Basses-Pyr\xc3\xa9n\xc3\xa9" "es",
     "Basses-Pyr\xc3\xa9n\xc3\xa9" "es",
     COG " (Pyr\xc3\xa9n\xc3\xa9" "es-Atlantiques since 10 October 1969)"},
    {CIVIL_HISTORY_NAME, NULL, "04", "Basses-Alpes", 0, 1970, 0, 0,
     "Basses-Alpes", "Basses-Alpes",
     COG " (Alpes-de-Haute-Provence since 13 April 1970)"},
    {CIVIL_HISTORY_NAME, NULL, "22", "C\xc3\xb4tes-du-Nord", 0, 1990, 0, 0,
     "C\xc3\xb4tes-du-Nord", "C\xc3\xb4tes-du-Nord",
     COG " (C\xc3\xb4tes-d'Armor since 27 February 1990)"},
    {CIVIL_HISTORY_NAME, NULL, "17", "Charente-Inf\xc3\xa9rieure", 0, 1941, 0,
     0, "Charente-Inf\xc3\xa9rieure", "Charente-Inf\xc3\xa9rieure",
     COG " (Charente-Maritime since 4 September 1941)"},
    /* Algeria's d\xc3\xa9partements (1848-1962): the name of the time, or
     * the country. */
    {CIVIL_HISTORY_NAME, "91", "99352", "Alger", 0, 1962, 0, 0,
     "Alger (French Algeria)", "Alger (Alg\xc3\xa9rie fran\xc3\xa7" "aise)",
     R7A},
    {CIVIL_HISTORY_NAME, "92", "99352", "Oran", 0, 1962, 0, 0,
     "Oran (French Algeria)", "Oran (Alg\xc3\xa9rie fran\xc3\xa7" "aise)",
     R7A},
    {CIVIL_HISTORY_NAME, "93", "99352", "Constantine", 0, 1962, 0, 0,
     "Constantine (French Algeria)",
     "Constantine (Alg\xc3\xa9rie fran\xc3\xa7" "aise)", R7A},
};

const size_t civil_history_count_ =
    sizeof civil_history_ / sizeof civil_history_[0];

int civil_history_in_years(const civil_history *h, int year)
{
    if (year == 0)
        return 1;
    return (h->first == 0 || year >= h->first) &&
           (h->last == 0 || year <= h->last);
}

unsigned int civil_history_detail(const civil_history *h)
{
    return (unsigned int)(h - civil_history_) + 1u;
}

const civil_history *civil_history_of_detail(unsigned int detail)
{
    if (detail == 0 || detail > civil_history_count_)
        return NULL;
    return &civil_history_[detail - 1];
}
