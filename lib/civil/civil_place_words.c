/*
 * civil_place_words.c -- places named in words for the messages: "Caen
 * (Calvados)", "Morocco"/"Maroc", "Saint-Martin (Gers)". A number's place
 * is never written with its digits (they are part of the number).
 */
#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "civil_communes.h"
#include "civil_history.h"
#include "civil_internal.h"
#include "internal.h" /* the INSEE département names */

/* Name of the département of a code whose first dl characters are one
 * ("14", "2A", "976": civil_dept_length()), NULL if none (dl 0) or the
 * INSEE tables have no name for it. */
static const char *dept_name(const char *code, int dl)
{
    return dl > 0 ? nir_department_name_(code, dl == 3) : NULL;
}

/* A country in the message's language: ICU's name of its ISO region,
 * else INSEE's (French) name. */
static void country_words(const char *code, nir_lang lang, char *out,
                          size_t cap)
{
    const nir_country *c = nir_country_by_code(code, 5);
    char region[8];
    UChar name[128];
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = 0;
    if (c == NULL) {
        snprintf(out, cap, "%s", lang == NIR_LANG_FR ? "un pays inconnu"
                                                     : "an unknown country");
        return;
    }
    if (c->iso2 != NULL) {
        snprintf(region, sizeof region, "_%s", c->iso2);
        n = uloc_getDisplayCountry(region, lang == NIR_LANG_FR ? "fr" : "en",
                                   name, 128, &err);
    }
    if (n > 0 && U_SUCCESS(err)) {
        u_strToUTF8(out, (int32_t)cap, NULL, name, n, &err);
        if (U_SUCCESS(err) && err != U_STRING_NOT_TERMINATED_WARNING)
            return;
    }
    snprintf(out, cap, "%s", c->name);
}

/* "Caen (Calvados)" for a commune code the list knows (or one of its
 * former codes); 0 if it knows none. */
static int commune_words(const char *code, char *out, size_t cap)
{
    civil_range r = civil_communes_by_insee(code);
    uint32_t entry;
    const char *dept, *current;
    if (r.count > 0) {
        entry = civil_commune_by_code_[r.first];
    } else {
        r = civil_communes_by_former(code);
        if (r.count == 0)
            return 0;
        entry = civil_former_entry_[r.first];
    }
    /* Every commune of the list is in a département with a name
     * (tools/gen_communes.py refuses a table where one is not). */
    current = civil_commune_code(entry);
    dept = dept_name(current, civil_dept_length(current, 5));
    snprintf(out, cap, "%s (%s)", civil_commune_name(entry), dept);
    return 1;
}

void civil_place_words(const char *code, nir_lang lang, char *out,
                       size_t cap)
{
    int fr = lang == NIR_LANG_FR;
    size_t n = strlen(code);
    int dl = civil_dept_length(code, n);
    const char *dept = dept_name(code, dl);
    if (strcmp(code, "FR") == 0)
        snprintf(out, cap, "France");
    else if (n == 5 && code[0] == '9' && code[1] == '9')
        country_words(code, lang, out, cap);
    else if (n == 5 && commune_words(code, out, cap))
        return;
    else if (dept != NULL && n == (size_t)dl)
        snprintf(out, cap, "%s", dept);
    else if (dept != NULL)
        snprintf(out, cap, fr ? "une commune non r\xc3\xa9pertori\xc3\xa9" "e (%s)"
                              : "an unlisted commune of %s",
                 dept);
    else
        snprintf(out, cap, fr ? "un lieu inconnu" : "an unknown place");
}

void civil_number_place_words(const char *code, int year, nir_lang lang,
                              char *out, size_t cap)
{
    /* A code of the time that today names another place: say that place
     * (92 for a birth in 1960 is Algeria, not Hauts-de-Seine). */
    size_t dl = (size_t)civil_dept_length(code, strlen(code));
    for (size_t i = 0; year != 0 && i < civil_history_count_; i++) {
        const civil_history *h = &civil_history_[i];
        if (h->kind == CIVIL_HISTORY_CODE && h->place[0] == '9' &&
            h->place[1] == '9' && strlen(h->number) == dl &&
            strncmp(code, h->number, dl) == 0 &&
            civil_history_in_years(h, year)) {
            country_words(h->place, lang, out, cap);
            return;
        }
    }
    civil_place_words(code, lang, out, cap);
}
