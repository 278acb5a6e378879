/*
 * civil_message.c -- nir_finding_message: each finding explained in
 * English or French with its details (values, readings, expected month).
 * Messages never quote the number, only the fields they are about.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "civil_communes.h"
#include "civil_history.h"
#include "civil_internal.h"

/* snprintf that keeps counting once the buffer is full. */
typedef struct text {
    char *out;
    size_t size;
    size_t len;
} text;

NIR_ATTR((format(printf, 2, 3)))
static void put(text *t, const char *fmt, ...)
{
    va_list ap;
    int n;
    char *at = NULL;
    size_t room = 0;
    if (t->out != NULL && t->len < t->size) {
        at = t->out + t->len;
        room = t->size - t->len;
    }
    va_start(ap, fmt);
    n = vsnprintf(at, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        t->len += (size_t)n;
}

const char *civil_month_name(int month, nir_lang lang)
{
    static const char *const en[12] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    static const char *const fr[12] = {
        "janvier", "f\xc3\xa9vrier", "mars",      "avril",   "mai",
        "juin",    "juillet",        "ao\xc3\xbbt", "septembre", "octobre",
        "novembre", "d\xc3\xa9\x63\x65mbre"};
    if (month < 1 || month > 12)
        return "?";
    return lang == NIR_LANG_FR ? fr[month - 1] : en[month - 1];
}

static const char *order_words(nir_date_order order, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    switch (order) {
    case NIR_DATE_ORDER_DMY: return fr ? "jour-mois-ann\xc3\xa9" "e" : "day-month-year";
    case NIR_DATE_ORDER_MDY: return fr ? "mois-jour-ann\xc3\xa9" "e" : "month-day-year";
    case NIR_DATE_ORDER_YMD: return fr ? "ann\xc3\xa9" "e-mois-jour" : "year-month-day";
    default: return "?";
    }
}

/* "4 February 1965", "1er février 1965"; a two-digit year stays so. */
static void put_date(text *t, const nir_date *d, nir_lang lang)
{
    if (lang == NIR_LANG_FR && d->day == 1)
        put(t, "1er %s ", civil_month_name(d->month, lang));
    else
        put(t, "%d %s ", d->day, civil_month_name(d->month, lang));
    put(t, d->year_digits == 2 ? "%02d" : "%d", d->year);
}

/* "month 04", or "month code 34 (month 04)" for a pseudo-month. */
static void put_number_month(text *t, int code, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    if (code > 30 && code <= 42)
        put(t, fr ? "le code mois %02d (mois %02d)" : "month code %02d (month %02d)",
            code, code - 30);
    else
        put(t, fr ? "le mois %02d" : "month %02d", code);
}

static void sex_message(text *t, const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    const char *num = f->number_value == NIR_SEX_MALE
                          ? (fr ? "masculin" : "male")
                          : (fr ? "f\xc3\xa9minin" : "female");
    const char *doc = f->document_value == NIR_SEX_MALE
                          ? (fr ? "masculin" : "male")
                          : (fr ? "f\xc3\xa9minin" : "female");
    put(t, fr ? "Le num\xc3\xa9ro indique le sexe %s (1er chiffre), mais le "
                "document indique %s."
              : "The number carries sex %s (digit 1), but the document says "
                "%s.",
        num, doc);
}

static void year_message(text *t, const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    put(t, fr ? "Le num\xc3\xa9ro porte l'ann\xc3\xa9" "e de naissance %02d, "
                "mais le document indique "
              : "The number carries birth year %02d, but the document gives ",
        f->number_value);
    /* A two-digit year is shown as written ("05"), a full one with its
     * last two digits: "1956 (56)". */
    if (f->document_value >= 100)
        put(t, "%d (%02d)", f->document_value, f->document_value % 100);
    else
        put(t, "%02d", f->document_value);
    put(t, ".");
}

static void month_message(text *t, const nir_civil_report *r,
                          const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    put(t, fr ? "Le num\xc3\xa9ro porte " : "The number carries ");
    put_number_month(t, f->number_value, lang);
    if (f->document_value < 0 && r->date_readings == 2) {
        put(t, fr ? ", qui ne correspond \xc3\xa0 aucune lecture de la date "
                    "du document ("
                  : ", which matches neither reading of the document's "
                    "date (");
        put_date(t, &r->reading[0], lang);
        put(t, fr ? " ou " : " or ");
        put_date(t, &r->reading[1], lang);
        put(t, ").");
        return;
    }
    put(t, fr ? ", mais le document indique le " : ", but the document reads ");
    put_date(t, &r->reading[0], lang);
    put(t, fr ? " (mois %02d)." : " (month %02d).", f->document_value);
}

static void ambiguous_message(text *t, const nir_civil_report *r,
                              const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    put(t, fr ? "La date du document se lit de deux fa\xc3\xa7ons : "
              : "The document's date reads two ways: ");
    put_date(t, &r->reading[0], lang);
    put(t, " (%s)%s", order_words(NIR_DATE_ORDER_DMY, lang),
        fr ? " ou " : " or ");
    put_date(t, &r->reading[1], lang);
    put(t, " (%s)", order_words(NIR_DATE_ORDER_MDY, lang));
    put(t, fr ? ", et aucun ordre n'a \xc3\xa9t\xc3\xa9 donn\xc3\xa9 ni "
                "d\xc3\xa9" "duit du pays du document. Le num\xc3\xa9ro porte "
              : ", and no date order was given or implied by the document's "
                "country. The number carries ");
    put_number_month(t, f->number_value, lang);
    if (f->matched_order != NIR_DATE_ORDER_UNSPECIFIED)
        put(t, fr ? ", ce qui correspond \xc3\xa0 la lecture %s."
                  : ", which matches the %s reading.",
            order_words(f->matched_order, lang));
    else
        put(t, fr ? ", qui ne correspond \xc3\xa0 aucune des deux lectures."
                  : ", which matches neither reading.");
}

static void swapped_message(text *t, const nir_civil_report *r,
                            const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    put(t, fr ? "Le num\xc3\xa9ro porte " : "The number carries ");
    put_number_month(t, f->number_value, lang);
    put(t, fr ? ", mais le document" : ", but the document");
    if (r->date_order != NIR_DATE_ORDER_UNSPECIFIED)
        put(t, " (%s)", order_words(r->date_order, lang));
    put(t, fr ? " indique le " : " reads ");
    put_date(t, &r->reading[0], lang);
    put(t, fr ? " : le %02d est le jour. Le num\xc3\xa9ro devrait porter le "
                "mois %02d ; il doit \xc3\xaatre corrig\xc3\xa9 par "
                "l'organisme qui l'a attribu\xc3\xa9 (CPAM/INSEE) \xe2\x80\x94 "
                "son num\xc3\xa9ro d'ordre ne peut pas \xc3\xaatre devin\xc3\xa9."
              : ": the %02d is the day. The number should carry month %02d; "
                "it must be corrected by the issuing office (CPAM/INSEE) "
                "\xe2\x80\x94 its order digits cannot be guessed.",
        f->document_value, f->expected_month);
    if (r->date_readings == 2) {
        put(t, fr ? " (Lu dans l'autre ordre : " : " (Read the other way: ");
        put_date(t, &r->reading[1], lang);
        put(t, ".)");
    }
}

/* The candidates of a birthplace given as a shared name or postal code:
 * the first few, then how many more. */
#define CIVIL_LISTED_CANDIDATES 4

/* The candidates a finding refers to (see civil_check.c note_place). */
static civil_place listed_place(const nir_finding *f)
{
    civil_place place;
    memset(&place, 0, sizeof place);
    place.list = (f->place_detail & ~CIVIL_DETAIL_ROW) == CIVIL_DETAIL_POSTAL
                     ? CIVIL_LIST_POSTAL
                     : CIVIL_LIST_NAME;
    place.first = f->place_detail & CIVIL_DETAIL_ROW;
    place.count = f->place_candidates;
    return place;
}

/* Code of candidate i, NUL-terminated. */
static void candidate_code(const civil_place *place, uint32_t i, char code[6])
{
    memcpy(code, civil_commune_code(civil_place_candidate(place, i)), 5);
    code[5] = '\0';
}

/* Room for the candidates in a message: with the rest of it, the whole
 * stays below the 512 bytes nir.h promises. */
#define CIVIL_CANDIDATES_BUDGET 180u

static void put_candidates(text *t, const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    civil_place place = listed_place(f);
    char words[CIVIL_LISTED_CANDIDATES][128], code[6];
    size_t used = 0;
    uint32_t shown = 0;
    /* As many as fit, up to CIVIL_LISTED_CANDIDATES (the first always). */
    while (shown < f->place_candidates && shown < CIVIL_LISTED_CANDIDATES) {
        candidate_code(&place, shown, code);
        civil_place_words(code, lang, words[shown], sizeof words[shown]);
        used += strlen(words[shown]) + 2;
        if (shown > 0 && used > CIVIL_CANDIDATES_BUDGET)
            break;
        shown++;
    }
    for (uint32_t i = 0; i < shown; i++)
        put(t, "%s%s", i == 0 ? "" : (i + 1 == shown &&
                                      shown == f->place_candidates
                                          ? (fr ? " ou " : " or ")
                                          : ", "),
            words[i]);
    if (f->place_candidates == shown + 1)
        put(t, fr ? " ou un autre lieu" : " or one other place");
    else if (f->place_candidates > shown)
        put(t, fr ? " ou l'un de %u autres lieux" : " or one of %u others",
            (unsigned)(f->place_candidates - shown));
}

/* A crafted report may hold any detail: only a row inside the tables is
 * read. */
static int candidates_readable(const nir_finding *f)
{
    uint32_t list = f->place_detail & ~CIVIL_DETAIL_ROW;
    uint32_t first = f->place_detail & CIVIL_DETAIL_ROW;
    uint32_t rows = list == CIVIL_DETAIL_POSTAL ? civil_postal_count_
                    : list == CIVIL_DETAIL_NAME ? civil_commune_count_
                                                : 0;
    return f->place_candidates > 0 && first < rows &&
           f->place_candidates <= rows - first;
}

static int report_year(const nir_civil_report *r)
{
    return r->date_readings > 0 && r->reading[0].year_digits == 4
               ? r->reading[0].year
               : 0;
}

/* "The document says Canada; the number carries a birth in Morocco." */
static void place_message(text *t, const nir_civil_report *r,
                          const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    char words[192], number_place[6], given[6], first[6] = "";
    const civil_history *former;
    int listed = candidates_readable(f);
    civil_place place = listed_place(f);
    put(t, fr ? "Le document indique comme lieu de naissance : "
              : "The document says ");
    /* A report may be crafted: its codes are read as 5 characters at
     * most. */
    memcpy(given, r->birthplace_code, sizeof given);
    given[5] = '\0';
    /* The place itself, unless it is only the first of the candidates. */
    if (listed)
        candidate_code(&place, 0, first);
    former = (f->place_detail & ~CIVIL_DETAIL_ROW) == CIVIL_DETAIL_FORMER_NAME
                 ? civil_history_of_detail(f->place_detail & CIVIL_DETAIL_ROW)
                 : NULL;
    if (former != NULL && former->kind == CIVIL_HISTORY_NAME)
        put(t, "%s", fr ? former->fr : former->en);
    else if (given[0] != '\0' && strcmp(given, first) != 0) {
        civil_place_words(given, lang, words, sizeof words);
        put(t, "%s%s", words, listed ? (fr ? " ou " : " or ") : "");
    }
    if (listed)
        put_candidates(t, f, lang);
    memcpy(number_place, f->number_place, sizeof number_place);
    number_place[5] = '\0';
    civil_number_place_words(number_place, report_year(r), lang, words,
                             sizeof words);
    put(t, fr ? " ; le num\xc3\xa9ro porte une naissance : %s."
              : "; the number carries a birth in %s.",
        words);
}

/* The place matched through the code it had at the time. */
static void history_message(text *t, const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    const civil_history *h = civil_history_of_detail(f->place_detail);
    put(t, fr ? "Le lieu de naissance correspond : le num\xc3\xa9ro porte %s, "
                "le code en vigueur \xc3\xa0 la naissance."
              : "The place of birth matches: the number carries %s, the code "
                "in force at the time of birth.",
        h == NULL ? (fr ? "un ancien code" : "a former code")
                  : (fr ? h->fr : h->en));
}

/* ICU's name of a calendar ("Ethiopic Calendar", "calendrier éthiopien"),
 * or its keyword if ICU has none. */
static void put_calendar(text *t, const char *keyword, nir_lang lang)
{
    char locale[64], name[128];
    UChar u[64];
    UErrorCode err = U_ZERO_ERROR;
    int32_t n;
    snprintf(locale, sizeof locale, "und@calendar=%s", keyword);
    n = uloc_getDisplayKeywordValue(locale, "calendar",
                                    lang == NIR_LANG_FR ? "fr" : "en", u, 64,
                                    &err);
    if (U_SUCCESS(err) && n < 64)
        u_strToUTF8(name, (int32_t)sizeof name, NULL, u, n, &err);
    put(t, "%s", U_SUCCESS(err) && n < 64 ? name : keyword);
}

static void calendar_message(text *t, const nir_civil_report *r,
                             nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    put(t, fr ? "La date du document a \xc3\xa9t\xc3\xa9 lue dans le "
                "calendrier en usage dans son pays ("
              : "The document's date was read in the calendar in civil use "
                "in its country (");
    put_calendar(t, r->calendar, lang);
    put(t, fr ? ") : c'est le " : "): it is ");
    put_date(t, &r->reading[0], lang);
    put(t, fr ? " du calendrier gr\xc3\xa9gorien, compar\xc3\xa9 au "
                "num\xc3\xa9ro."
              : " in the Gregorian calendar, compared with the number.");
}

/* A country by its INSEE code (as an integer): ICU's name in the language
 * when it has an ISO code, else INSEE's. */
static void put_country(text *t, int code, nir_lang lang)
{
    char digits[6], name[128];
    UChar u[64];
    UErrorCode err = U_ZERO_ERROR;
    const nir_country *c;
    int32_t n = 0;
    snprintf(digits, sizeof digits, "%05d", code);
    c = nir_country_by_code(digits, 5);
    if (c != NULL && c->iso2 != NULL) {
        char locale[8];
        snprintf(locale, sizeof locale, "und_%s", c->iso2);
        n = uloc_getDisplayCountry(locale, lang == NIR_LANG_FR ? "fr" : "en",
                                   u, 64, &err);
        if (U_SUCCESS(err) && n > 0 && n < 64) {
            u_strToUTF8(name, (int32_t)sizeof name, NULL, u, n, &err);
            if (U_SUCCESS(err)) {
                put(t, "%s", name);
                return;
            }
        }
    }
    put(t, "%s", c != NULL ? c->name : "?");
}

static void succession_message(text *t, const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    put(t, fr ? "Le lieu de naissance donn\xc3\xa9 (" : "The place of birth given (");
    put_country(t, f->document_value, lang);
    put(t, fr ? ") et le pays que porte le num\xc3\xa9ro ("
              : ") and the country the number carries (");
    put_country(t, f->number_value, lang);
    put(t, fr ? ") sont un pays et son pr\xc3\xa9" "d\xc3\xa9" "cesseur ou son "
                "successeur (code officiel g\xc3\xa9ographique de l'INSEE) : "
                "ils sont tenus pour le m\xc3\xaame lieu."
              : ") are a country and its predecessor or successor (INSEE's "
                "official geographic code): they are taken as the same place.");
}

static void simple_message(text *t, const nir_civil_report *r,
                           const nir_finding *f, nir_lang lang)
{
    int fr = lang == NIR_LANG_FR;
    switch (f->code) {
    case NIR_FINDING_BIRTH_MONTH_UNKNOWN:
        put(t, fr ? "Le num\xc3\xa9ro porte le code mois %02d, qui signifie "
                    "un mois de naissance inconnu : le mois ne peut pas "
                    "\xc3\xaatre compar\xc3\xa9."
                  : "The number carries month code %02d, which stands for an "
                    "unknown birth month: the month cannot be compared.",
            f->number_value);
        break;
    case NIR_FINDING_BIRTHPLACE_UNRESOLVED:
        put(t, "%s", fr ? "Le lieu de naissance donn\xc3\xa9 n'a pas \xc3\xa9t\xc3\xa9 "
                    "reconnu (attendu : un code INSEE de commune ou de "
                    "d\xc3\xa9partement, un code postal, un nom de commune, de "
                    "d\xc3\xa9partement ou de pays, un code pays INSEE ou ISO)."
                  : "The place of birth given could not be recognised "
                    "(expected an INSEE commune or d\xc3\xa9partement code, a "
                    "postal code, a commune, d\xc3\xa9partement or country "
                    "name, an INSEE or ISO country code).");
        break;
    case NIR_FINDING_BIRTH_DATE_UNPARSED:
        put(t, "%s", fr ? "La date de naissance donn\xc3\xa9" "e n'a pas pu "
                    "\xc3\xaatre lue, ou ne correspond pas \xc3\xa0 l'ordre de "
                    "date donn\xc3\xa9 (exemples : 04/02/1965, 1965-02-04, "
                    "4 f\xc3\xa9vrier 1965)."
                  : "The birth date given could not be read, or does not fit "
                    "the date order given (examples: 04/02/1965, 1965-02-04, "
                    "4 February 1965).");
        break;
    case NIR_FINDING_DOCUMENT_COUNTRY_UNRESOLVED:
        put(t, "%s", fr ? "Le pays du document n'a pas \xc3\xa9t\xc3\xa9 reconnu : "
                    "son ordre de date habituel n'est pas connu."
                  : "The document's country could not be recognised, so its "
                    "usual date order is not known.");
        break;
    case NIR_FINDING_NUMBER_INVALID:
        put(t, fr ? "Le num\xc3\xa9ro est invalide (%s) : il ne peut pas "
                    "\xc3\xaatre compar\xc3\xa9 \xc3\xa0 l'\xc3\xa9tat civil."
                  : "The number is invalid (%s): it cannot be compared with "
                    "the civil-status data.",
            nir_strerror(r->number_status, lang));
        break;
    case NIR_FINDING_NOT_COMPARABLE:
        put(t, "%s", fr ? "Ce num\xc3\xa9ro (NNP ou MIG) ne porte ni date ni lieu "
                    "de naissance : seul le sexe peut \xc3\xaatre compar\xc3\xa9."
                  : "This number (NNP or MIG) carries no birth date or place: "
                    "only the sex can be compared.");
        break;
    default:
        put(t, "%s", fr ? "Constat inconnu." : "Unknown finding.");
        break;
    }
}

size_t nir_finding_message(const nir_civil_report *report, size_t index,
                           nir_lang lang, char *out, size_t outsize)
{
    text t = {out, outsize, 0};
    const nir_finding *f;

    if (out != NULL && outsize > 0)
        out[0] = '\0';
    if (report == NULL || index >= report->finding_count ||
        index >= NIR_MAX_FINDINGS)
        return 0;
    if (lang != NIR_LANG_FR)
        lang = NIR_LANG_EN;
    f = &report->findings[index];
    switch (f->code) {
    case NIR_FINDING_SEX_MISMATCH: sex_message(&t, f, lang); break;
    case NIR_FINDING_BIRTH_YEAR_MISMATCH: year_message(&t, f, lang); break;
    case NIR_FINDING_BIRTH_MONTH_MISMATCH:
        month_message(&t, report, f, lang);
        break;
    case NIR_FINDING_DATE_AMBIGUOUS:
        ambiguous_message(&t, report, f, lang);
        break;
    case NIR_FINDING_DAY_MONTH_SWAPPED:
        swapped_message(&t, report, f, lang);
        break;
    case NIR_FINDING_BIRTHPLACE_MISMATCH:
        place_message(&t, report, f, lang);
        break;
    case NIR_FINDING_OTHER_CALENDAR: calendar_message(&t, report, lang); break;
    case NIR_FINDING_COUNTRY_SUCCESSION:
        succession_message(&t, f, lang);
        break;
    case NIR_FINDING_PLACE_HISTORY: history_message(&t, f, lang); break;
    default: simple_message(&t, report, f, lang); break;
    }
    return t.len;
}
