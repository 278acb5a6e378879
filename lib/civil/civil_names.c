/*
 * civil_names.c -- stable names of the civil-status enumerations, and
 * parsing of the date order and of a sex as written in HR data.
 */
#include <string.h>

#include "civil_data.h"
#include "civil_internal.h"

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Case-insensitive (ASCII) equality of (s, len) with a NUL-terminated
 * word. Bytes beyond ASCII must match exactly. */
static int same_word(const char *s, size_t len, const char *word)
{
    size_t i = 0;
    while (i < len && word[i] != '\0' && lower(s[i]) == word[i])
        i++;
    return i == len && word[i] == '\0';
}

const char *nir_date_order_name(nir_date_order order)
{
    switch (order) {
    case NIR_DATE_ORDER_DMY: return "dmy";
    case NIR_DATE_ORDER_MDY: return "mdy";
    case NIR_DATE_ORDER_YMD: return "ymd";
    default: return NULL;
    }
}

nir_status nir_date_order_from_name(const char *name, size_t len,
                                    nir_date_order *out)
{
    static const nir_date_order orders[] = {
        NIR_DATE_ORDER_DMY, NIR_DATE_ORDER_MDY, NIR_DATE_ORDER_YMD};
    if (name == NULL || out == NULL)
        return NIR_ERR_ARGUMENT;
    for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++)
        if (same_word(name, len, nir_date_order_name(orders[i]))) {
            *out = orders[i];
            return NIR_OK;
        }
    return NIR_ERR_ARGUMENT;
}

/* The words of data/civil_sex_words.csv, compared as keys: case, accents,
 * spaces and punctuation do not count ("Mme." = "MME", "FÉMININ"). */
nir_status nir_sex_from_name(const char *name, size_t len, nir_sex *out)
{
    UChar text[NIR_MAX_INPUT + 1];
    civil_key key;
    civil_leads leads;
    const char *s = name;
    size_t n = len;
    int32_t units;

    if (name == NULL || out == NULL || len > NIR_MAX_INPUT)
        return NIR_ERR_ARGUMENT;
    civil_trim(&s, &n);
    if (n == 0) {
        *out = NIR_SEX_UNKNOWN; /* blank: not given */
        return NIR_OK;
    }
    units = civil_utf8_to_u(s, n, text, NIR_MAX_INPUT + 1);
    if (units <= 0 || civil_key_of(text, units, &key) != 0 || key.len == 0)
        return NIR_ERR_ARGUMENT;
    civil_leads_init(&leads);
    for (size_t i = 0; i < civil_sex_word_count; i++)
        if (civil_key_matches_utf8(civil_sex_words[i].word, &key, &leads)) {
            *out = civil_sex_words[i].sex;
            return NIR_OK;
        }
    return NIR_ERR_ARGUMENT;
}

const char *nir_civil_verdict_name(nir_civil_verdict verdict)
{
    switch (verdict) {
    case NIR_CIVIL_CONSISTENT: return "consistent";
    case NIR_CIVIL_INCONSISTENT: return "inconsistent";
    case NIR_CIVIL_UNDETERMINED: return "cannot_tell";
    default: return NULL;
    }
}

const char *nir_finding_name(nir_finding_code code)
{
    switch (code) {
    case NIR_FINDING_SEX_MISMATCH: return "sex_mismatch";
    case NIR_FINDING_BIRTH_YEAR_MISMATCH: return "birth_year_mismatch";
    case NIR_FINDING_BIRTH_MONTH_MISMATCH: return "birth_month_mismatch";
    case NIR_FINDING_BIRTHPLACE_MISMATCH: return "birthplace_mismatch";
    case NIR_FINDING_BIRTH_MONTH_UNKNOWN: return "birth_month_unknown";
    case NIR_FINDING_DATE_AMBIGUOUS: return "date_ambiguous";
    case NIR_FINDING_DAY_MONTH_SWAPPED: return "day_month_swapped";
    case NIR_FINDING_BIRTHPLACE_UNRESOLVED: return "birthplace_unresolved";
    case NIR_FINDING_BIRTH_DATE_UNPARSED: return "birth_date_unparsed";
    case NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED:
        return "document_country_unresolved";
    case NIR_FINDING_NUMBER_INVALID: return "number_invalid";
    case NIR_FINDING_NOT_COMPARABLE: return "not_comparable";
    case NIR_FINDING_OTHER_CALENDAR: return "other_calendar";
    case NIR_FINDING_COUNTRY_SUCCESSION: return "country_succession";
    case NIR_FINDING_PLACE_HISTORY: return "place_history";
    default: return NULL;
    }
}
