/*
 * names.c -- stable names and English/French messages of the core enums.
 * The names are shared by the CLI's JSON and the bindings: never rename,
 * only add.
 */
#include <stddef.h>

#include "internal.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const profile_names[] = {"standard", "dsn", "lenient"};

const char *nir_profile_name(nir_profile profile)
{
    unsigned rules = (unsigned)profile & ~(unsigned)NIR_REQUIRE_KEY;
    return rules < COUNT(profile_names) ? profile_names[rules] : NULL;
}

static int same_ascii_nocase(const char *a, size_t len, const char *b)
{
    size_t i = 0;
    for (; i < len && b[i]; i++) {
        char ch = a[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        if (ch != b[i])
            return 0;
    }
    return i == len && b[i] == '\0';
}

nir_status nir_profile_from_name(const char *name, size_t len,
                                 nir_profile *out)
{
    if (name == NULL || out == NULL)
        return NIR_ERR_ARGUMENT;
    for (size_t i = 0; i < COUNT(profile_names); i++) {
        if (same_ascii_nocase(name, len, profile_names[i])) {
            *out = (nir_profile)i;
            return NIR_OK;
        }
    }
    return NIR_ERR_ARGUMENT;
}

static const char *const status_names[NIR_STATUS_COUNT] = {
    "ok",      "empty", "length", "character", "sex",    "month",   "department",
    "commune", "country", "order", "key",     "buffer", "argument",
    "key_missing"};

static const char *const status_en[NIR_STATUS_COUNT] = {
    "valid",
    "empty input",
    "wrong length: a number has 13 characters, or 15 with its key",
    "character not allowed here",
    "first digit (sex / kind of number) not allowed",
    "month code not allowed",
    "invalid département code",
    "invalid commune code",
    "invalid country code",
    "invalid order number 000",
    "the key does not match the number",
    "output buffer too small",
    "invalid argument",
    "the key is missing: 13 characters where 15 are required"};

static const char *const status_fr[NIR_STATUS_COUNT] = {
    "valide",
    "saisie vide",
    "longueur incorrecte : un numéro compte 13 caractères, ou 15 avec sa clé",
    "caractère interdit à cet endroit",
    "premier chiffre (sexe / type de numéro) non autorisé",
    "code de mois non autorisé",
    "code de département invalide",
    "code de commune invalide",
    "code de pays invalide",
    "numéro d'ordre 000 invalide",
    "la clé ne correspond pas au numéro",
    "tampon de sortie trop petit",
    "argument invalide",
    "la clé manque : 13 caractères là où 15 sont exigés"};

const char *nir_status_name(nir_status status)
{
    return (unsigned)status < NIR_STATUS_COUNT ? status_names[status]
                                               : "unknown";
}

const char *nir_strerror(nir_status status, nir_lang lang)
{
    if ((unsigned)status >= NIR_STATUS_COUNT)
        return lang == NIR_LANG_FR ? "erreur inconnue" : "unknown error";
    return lang == NIR_LANG_FR ? status_fr[status] : status_en[status];
}

static const char *const kind_names[] = {NULL, "nir", "temporary", "nnp",
                                         "mig"};

const char *nir_kind_name(nir_kind kind)
{
    return (unsigned)kind < COUNT(kind_names) ? kind_names[kind] : NULL;
}

static const char *const sex_names[] = {"unknown", "male", "female"};

const char *nir_sex_name(nir_sex sex)
{
    return (unsigned)sex < COUNT(sex_names) ? sex_names[sex] : "unknown";
}

static const char *const month_kind_names[] = {NULL, "real", "pseudo",
                                               "unknown"};

const char *nir_month_kind_name(nir_month_kind kind)
{
    return (unsigned)kind < COUNT(month_kind_names) ? month_kind_names[kind]
                                                    : NULL;
}

static const char *const place_kind_names[] = {
    NULL, "metropole", "corsica", "overseas", "abroad", "north_africa"};

const char *nir_place_kind_name(nir_place_kind kind)
{
    return (unsigned)kind < COUNT(place_kind_names) ? place_kind_names[kind]
                                                    : NULL;
}

static const struct {
    const char *name, *en, *fr;
} warnings[NIR_WARNING_COUNT] = {
    {"country_unlisted",
     "country code not in the INSEE country list",
     "code pays absent de la liste des pays de l'INSEE"},
    {"country_unknown",
     "country of birth unknown (990)",
     "pays de naissance inconnu (990)"},
    {"corsica_year",
     "Corsica code does not fit the birth year (20 before 1976, 2A/2B from 1976)",
     "code Corse incohérent avec l'année de naissance (20 avant 1976, 2A/2B depuis 1976)"},
    {"north_africa",
     "code 91-96 may mean Algeria (91-94), Morocco (95) or Tunisia (96) before independence",
     "le code 91-96 peut désigner l'Algérie (91-94), le Maroc (95) ou la Tunisie (96) avant l'indépendance"},
    {"dsn_placeholder",
     "DSN placeholder number (all nines), not a real person's number",
     "numéro fictif de la DSN (que des 9), pas le numéro d'une personne"},
};

static int warning_index(unsigned warning)
{
    for (int i = 0; i < NIR_WARNING_COUNT; i++)
        if (warning == 1u << i)
            return i;
    return -1;
}

const char *nir_warning_name(unsigned warning)
{
    int i = warning_index(warning);
    return i < 0 ? NULL : warnings[i].name;
}

const char *nir_warning_message(unsigned warning, nir_lang lang)
{
    int i = warning_index(warning);
    if (i < 0)
        return NULL;
    return lang == NIR_LANG_FR ? warnings[i].fr : warnings[i].en;
}
