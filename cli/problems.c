/*
 * problems.c -- names, messages and detection of the problems and hints
 * of problems.h.
 */
#include "problems.h"

typedef struct texts {
    const char *name, *en, *fr;
} texts;

static const texts problems[PROBLEM_COUNT] = {
    {NULL, NULL, NULL},
    {"short_row", "the row is too short to hold the column",
     "la ligne est trop courte pour contenir la colonne"},
    {"key_mismatch", "the key column disagrees with the key of the number",
     "la colonne de la clé ne correspond pas à la clé du numéro"},
    {"key_column", "the key column does not hold a key (1 or 2 digits)",
     "la colonne de la clé ne contient pas une clé (1 ou 2 chiffres)"},
    {"row_too_long",
     "the row is longer than 65536 bytes: its fields are not read",
     "la ligne dépasse 65536 octets : ses champs ne sont pas lus"},
    {"merged_rows",
     "a quoted field holds line breaks and whole rows: a stray quote may "
     "have merged the rows up to the next quote into this one",
     "un champ entre guillemets contient des sauts de ligne et des lignes "
     "entières : un guillemet isolé a pu fondre dans celle-ci les lignes "
     "jusqu'au guillemet suivant"},
};

static const texts hints[HINT_COUNT] = {
    {NULL, NULL, NULL},
    {"scientific_notation",
     "scientific notation: a spreadsheet rounded the number and its last "
     "digits are lost; export the column as text",
     "notation scientifique : un tableur a arrondi le numéro et ses derniers "
     "chiffres sont perdus ; exportez la colonne en texte"},
    {"decimal_suffix",
     "ends in .0: a spreadsheet stored the number as a decimal; export the "
     "column as text",
     "se termine par .0 : un tableur a enregistré le numéro comme un nombre "
     "décimal ; exportez la colonne en texte"},
    {"one_digit_short",
     "one character short of 13 or 15: a lost digit, or a key written "
     "without its leading zero (7 for 07)?",
     "il manque un caractère pour en avoir 13 ou 15 : un chiffre perdu, ou "
     "une clé écrite sans son zéro (7 pour 07) ?"},
    {"text_marker",
     "a spreadsheet's text marker (' or =\"...\") around the number; export "
     "the column as plain text",
     "un marqueur de texte de tableur (' ou =\"...\") autour du numéro ; "
     "exportez la colonne en texte brut"},
};

const char *problem_name(row_problem p)
{
    return (unsigned)p < PROBLEM_COUNT ? problems[p].name : NULL;
}

const char *hint_name(damage_hint h)
{
    return (unsigned)h < HINT_COUNT ? hints[h].name : NULL;
}

const char *problem_message(row_problem p, nir_lang lang)
{
    if ((unsigned)p >= PROBLEM_COUNT)
        return NULL;
    return lang == NIR_LANG_FR ? problems[p].fr : problems[p].en;
}

const char *hint_message(damage_hint h, nir_lang lang)
{
    if ((unsigned)h >= HINT_COUNT)
        return NULL;
    return lang == NIR_LANG_FR ? hints[h].fr : hints[h].en;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Surrounding whitespace, as libnir ignores it. */
static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
           c == '\f';
}

/* d[.ddd]E[+]dd, with ',' as the decimal sign of French spreadsheets. */
static int scientific(const char *p, const char *end)
{
    if (p == end || !is_digit(*p++))
        return 0;
    if (p < end && (*p == '.' || *p == ',')) {
        p++;
        while (p < end && is_digit(*p))
            p++;
    }
    if (p == end || (*p != 'E' && *p != 'e'))
        return 0;
    p++;
    if (p < end && *p == '+')
        p++;
    if (p == end)
        return 0;
    while (p < end && is_digit(*p))
        p++;
    return p == end;
}

/* 13 or 15 digits, then .0 or ,0 (any number of zeros). */
static int decimal_suffix(const char *p, const char *end)
{
    const char *digits_end = p;

    while (digits_end < end && is_digit(*digits_end))
        digits_end++;
    if ((digits_end - p != 13 && digits_end - p != 15) || digits_end == end ||
        (*digits_end != '.' && *digits_end != ','))
        return 0;
    p = digits_end + 1;
    if (p == end)
        return 0;
    while (p < end && *p == '0')
        p++;
    return p == end;
}

/* '... or ="..." around something that is not. */
static int text_marker(const char *p, const char *end)
{
    if (end - p >= 2 && *p == '\'')
        return 1;
    return end - p >= 4 && p[0] == '=' && p[1] == '"' && end[-1] == '"';
}

/* 12 or 14 digits or letters of 2A/2B, with separators. */
static int one_short(const char *p, const char *end)
{
    size_t n = 0;

    for (; p < end; p++) {
        if (is_digit(*p) || *p == 'A' || *p == 'B' || *p == 'a' || *p == 'b')
            n++;
        else if (*p != ' ' && *p != '.' && *p != '-')
            return 0;
    }
    return n == 12 || n == 14;
}

damage_hint damage_of(const char *value, size_t len)
{
    const char *p = value, *end = value + len;

    if (value == NULL)
        return HINT_NONE;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    if (scientific(p, end))
        return HINT_SCIENTIFIC;
    if (decimal_suffix(p, end))
        return HINT_DECIMAL;
    if (one_short(p, end))
        return HINT_ONE_SHORT;
    if (text_marker(p, end))
        return HINT_TEXT_MARKER;
    return HINT_NONE;
}
