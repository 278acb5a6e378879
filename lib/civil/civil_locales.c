/*
 * civil_locales.c -- the locales to try for month and country names: the
 * likely ones first (the document's language, then languages common in
 * French HR files: a match there is found quickly), then every other
 * language ICU has, once each. The walk is bounded by uloc_countAvailable().
 */
#include <string.h>

#include <unicode/uloc.h>

#include "civil_internal.h"

static const char *const preferred_languages[] = {
    "fr", "en", "de", "es", "it", "pt", "nl", "ar", "ru", "pl", "tr", "zh",
    "ja",
};
#define PREFERRED_COUNT \
    (sizeof preferred_languages / sizeof preferred_languages[0])

/* `first` is a string, maybe "" (the callers never pass NULL). */
void civil_locales_begin(civil_locale_iter *it, const char *first)
{
    size_t n = strlen(first);
    memset(it, 0, sizeof *it);
    if (n < sizeof it->first)
        memcpy(it->first, first, n + 1);
}

void civil_locales_begin_regional(civil_locale_iter *it, const char *first)
{
    civil_locales_begin(it, first);
    it->regional = 1;
}

static int is_preferred(const civil_locale_iter *it, const char *id)
{
    if (strcmp(id, it->first) == 0)
        return 1;
    for (size_t i = 0; i < PREFERRED_COUNT; i++)
        if (strcmp(id, preferred_languages[i]) == 0)
            return 1;
    return 0;
}

/* "de", "sr_Latn", "zh_Hant" are kept; "de_AT", "en_001" are variants of a
 * language already tried. */
static int is_language_or_script(const char *id)
{
    const char *sep = strchr(id, '_');
    return sep == NULL || (strlen(sep + 1) == 4 && strchr(sep + 1, '_') == NULL);
}

const char *civil_locales_next(civil_locale_iter *it)
{
    int32_t count;
    if (it->preferred == 0) {
        it->preferred = 1;
        if (it->first[0] != '\0')
            return it->first;
    }
    while (it->preferred - 1 < PREFERRED_COUNT) {
        const char *id = preferred_languages[it->preferred - 1];
        it->preferred++;
        if (strcmp(id, it->first) != 0)
            return id;
    }
    count = uloc_countAvailable();
    while (it->available < count) {
        const char *id = uloc_getAvailable(it->available++);
        if (id != NULL && is_language_or_script(id) && !is_preferred(it, id))
            return id;
    }
    /* Then, if asked, the regional locales ("ar_DZ", "de_AT"), once each. */
    while (it->regional && it->available < 2 * count) {
        const char *id = uloc_getAvailable(it->available++ - count);
        if (id != NULL && !is_language_or_script(id) &&
            strcmp(id, it->first) != 0) {
            it->in_regional = 1;
            return id;
        }
    }
    return NULL;
}
