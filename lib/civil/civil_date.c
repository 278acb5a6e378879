/*
 * civil_date.c -- a birth date as written on a document: "2/4/1965",
 * "02.04.65", "1965-02-04", "19650204", "1965年2月4日", "February 4, 1965",
 * "4 février 1965", "4. Februar 1965", "4 de febrero de 1965", "1er mai
 * 1965". A numeric date keeps its three numbers: which is the day and which
 * the month is decided later, by the order in use.
 */
#include <string.h>

#include <unicode/uchar.h>

#include "civil_internal.h"

#define MAX_TOKENS 8

typedef struct token {
    int is_number;
    int value;   /* number: its value (digits beyond 8 are refused) */
    int digits;  /* number: how many digits */
    int32_t start, len; /* word: where it is in the text */
} token;

typedef struct tokens {
    token t[MAX_TOKENS];
    size_t n;
    int cjk; /* 年/月/日 (or Korean 년/월/일) marked the fields: year first */
} tokens;

static int is_cjk_date_mark(UChar32 c)
{
    return c == 0x5E74 || c == 0x6708 || c == 0x65E5 || /* 年 月 日 */
           c == 0xB144 || c == 0xC6D4 || c == 0xC77C;   /* 년 월 일 */
}

/* Split into numbers (any Unicode decimal digits) and words; everything
 * else separates. Returns 0 if there are too many tokens. */
static int tokenize(const UChar *s, int32_t len, tokens *out)
{
    int32_t i = 0;
    memset(out, 0, sizeof *out);
    while (i < len) {
        int32_t start = i;
        UChar32 c = civil_next_cp(s, &i, len);
        if (is_cjk_date_mark(c)) {
            out->cjk = 1;
            continue;
        }
        if (u_isdigit(c)) {
            token *t;
            if (out->n == MAX_TOKENS)
                return 0;
            t = &out->t[out->n++];
            t->is_number = 1;
            t->value = u_charDigitValue(c);
            t->digits = 1;
            while (i < len) {
                int32_t at = i;
                c = civil_next_cp(s, &i, len);
                if (!u_isdigit(c)) {
                    i = at;
                    break;
                }
                if (++t->digits > 8)
                    return 0;
                t->value = t->value * 10 + u_charDigitValue(c);
            }
        } else if (u_isalpha(c)) {
            token *t;
            if (out->n == MAX_TOKENS)
                return 0;
            t = &out->t[out->n++];
            t->start = start;
            while (i < len) {
                int32_t at = i;
                c = civil_next_cp(s, &i, len);
                /* Marks belong to the word (combining accents, Indic vowel
                 * signs); a '.' ends it ("févr." is the word "févr"). */
                if (is_cjk_date_mark(c) ||
                    !(u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK))) {
                    i = at;
                    break;
                }
            }
            t->len = i - start;
        }
    }
    return 1;
}

static int year_digits_ok(int digits) { return digits == 2 || digits == 4; }

/* The four-digit years a birth date may carry: the register dates from
 * 1946, so nobody in it was born before 1800; and no other calendar in use
 * gives a year from 1800 to 2399 to a birth since then (Hijri years are
 * below, Thai Buddhist, Dangi and Hebrew years above). */
#define CIVIL_FIRST_YEAR 1800
#define CIVIL_LAST_YEAR 2399

int civil_date_read(const civil_date *d, nir_date_order order, nir_date *out)
{
    static const int month_days[12] = {31, 29, 31, 30, 31, 30,
                                       31, 31, 30, 31, 30, 31};
    int y, m, dd;
    memset(out, 0, sizeof *out);
    if (!d->numeric) {
        *out = d->written;
        return 1;
    }
    switch (order) {
    case NIR_DATE_ORDER_DMY: dd = 0; m = 1; y = 2; break;
    case NIR_DATE_ORDER_MDY: m = 0; dd = 1; y = 2; break;
    case NIR_DATE_ORDER_YMD: y = 0; m = 1; dd = 2; break;
    default: return 0;
    }
    if (!year_digits_ok(d->digits[y]) || d->digits[m] > 2 || d->digits[dd] > 2)
        return 0;
    out->year = d->field[y];
    out->year_digits = d->digits[y];
    out->month = d->field[m];
    out->day = d->field[dd];
    /* A four-digit year outside the Gregorian years of people in the
     * register is another calendar's: Hijri (1343 = 1965 in Iran), Thai
     * Buddhist (2508), Korean Dangi (4298), Hebrew (5725). Compared as
     * Gregorian it would be a false mismatch; the date is not understood. */
    if (out->year_digits == 4 &&
        (out->year < CIVIL_FIRST_YEAR || out->year > CIVIL_LAST_YEAR))
        return 0;
    if (out->month < 1 || out->month > 12 || out->day < 1 ||
        out->day > month_days[out->month - 1])
        return 0;
    if (out->month == 2 && out->day == 29) {
        /* A two-digit year has no century: 00 may be 2000 (leap). */
        int yr = out->year;
        int leap = yr % 4 == 0 &&
                   (out->year_digits == 2 || yr % 100 != 0 || yr % 400 == 0);
        if (!leap)
            return 0;
    }
    return 1;
}

_Static_assert(CIVIL_ERA_CAP > 3, "an era name (a short word) fits");

/* Three numbers: keep them, and fix the order when the text does. A
 * date that reads as no Gregorian date may still be one of another
 * calendar (Persian 1343/11/15, Minguo 105/02/04): kept, with
 * out->gregorian = 0. */
static int parse_numeric(const UChar *s, const tokens *tk, civil_date *out)
{
    int k = 0;
    nir_date r;
    out->numeric = 1;
    for (size_t i = 0; i < tk->n; i++) {
        if (!tk->t[i].is_number)
            continue;
        out->field[k] = tk->t[i].value;
        out->digits[k] = tk->t[i].digits;
        k++;
    }
    /* 昭和40年, 民國54年: a short year after a word (an era name) counts
     * from that era, not from the Gregorian epoch: kept for the document
     * country's calendar (civil_calendar_read), never read as Gregorian.
     * ("公元1965年", AD 1965, has a full year.) */
    if (tk->cjk && !tk->t[0].is_number && out->digits[0] != 4) {
        const token *era = &tk->t[0];
        /* A numeric date has no word longer than 3 units: the era's
         * name fits. */
        if (out->digits[0] > 3 || out->digits[1] > 2 || out->digits[2] > 2)
            return 0;
        memcpy(out->era, s + era->start, (size_t)era->len * sizeof(UChar));
        out->era_len = era->len;
        out->forced = NIR_DATE_ORDER_YMD;
        out->gregorian = 0;
        return 1;
    }
    if (out->digits[0] == 4 || tk->cjk)
        out->forced = NIR_DATE_ORDER_YMD; /* ISO 8601, 1965年2月4日 */
    else if (out->digits[1] > 2 ||
             (out->digits[0] > 2 &&
              (out->digits[0] != 3 || out->digits[2] > 2)) ||
             (out->digits[0] <= 2 && out->digits[2] > 4))
        return 0; /* a three-digit era year comes first (105/02/04) */
    if (out->forced == NIR_DATE_ORDER_YMD &&
        (!year_digits_ok(out->digits[0]) || out->digits[1] > 2 ||
         out->digits[2] > 2))
        return 0;
    if (out->forced != NIR_DATE_ORDER_UNSPECIFIED)
        out->gregorian = civil_date_read(out, out->forced, &r);
    else
        out->gregorian = civil_date_read(out, NIR_DATE_ORDER_DMY, &r) ||
                         civil_date_read(out, NIR_DATE_ORDER_MDY, &r) ||
                         civil_date_read(out, NIR_DATE_ORDER_YMD, &r);
    return 1;
}

/* ISO 8601 basic form, 19650204. */
static int parse_basic_iso(const token *t, civil_date *out)
{
    nir_date r;
    if (t->digits != 8)
        return 0;
    out->numeric = 1;
    out->forced = NIR_DATE_ORDER_YMD;
    out->field[0] = t->value / 10000;
    out->field[1] = t->value / 100 % 100;
    out->field[2] = t->value % 100;
    out->digits[0] = 4;
    out->digits[1] = out->digits[2] = 2;
    out->gregorian = civil_date_read(out, NIR_DATE_ORDER_YMD, &r);
    return out->gregorian;
}

/* Two numbers and a month name: the 4-digit number (or, with two short
 * ones, the second) is the year. With two numbers among at most MAX_TOKENS
 * tokens, there are never more words than CIVIL_MAX_WORDS. */
_Static_assert(MAX_TOKENS - 2 <= CIVIL_MAX_WORDS,
               "the words of a written date fit in words[]");
static int parse_written(const UChar *s, const tokens *tk, const char *lang,
                         civil_date *out)
{
    civil_key words[CIVIL_MAX_WORDS];
    int month[CIVIL_MAX_WORDS];
    const token *num[2];
    size_t nw = 0, nn = 0;
    int the_month = 0;
    const token *day, *year;
    nir_date r;

    for (size_t i = 0; i < tk->n; i++) {
        const token *t = &tk->t[i];
        if (t->is_number) {
            num[nn++] = t; /* the caller counted exactly two */
            continue;
        }
        /* A word's key always fits (its text is at most NIR_MAX_INPUT
         * bytes); one that is empty does not count. */
        if (civil_key_of(s + t->start, t->len, &words[nw]) == 0 &&
            words[nw].len > 0)
            nw++;
    }
    civil_months_match(words, nw, lang, month);
    for (size_t i = 0; i < nw; i++) {
        if (month[i] > 0) {
            if (the_month != 0)
                return 0; /* two month names */
            the_month = month[i];
        } else if (month[i] == 0 && words[i].len > 3) {
            return 0; /* a word that is neither month, weekday nor filler */
        }
    }
    if (the_month == 0)
        return 0;
    if (num[0]->digits == 4 || tk->cjk) {
        year = num[0];
        day = num[1];
    } else {
        day = num[0];
        year = num[1];
    }
    if (day->digits > 2 || !year_digits_ok(year->digits))
        return 0;
    out->numeric = 0;
    out->gregorian = 1;
    out->written.year = year->value;
    out->written.year_digits = year->digits;
    out->written.month = the_month;
    out->written.day = day->value;
    /* Validate through the numeric reader (D-M-Y of the same values). */
    {
        civil_date check;
        memset(&check, 0, sizeof check);
        check.numeric = 1;
        check.field[0] = day->value;
        check.field[1] = the_month;
        check.field[2] = year->value;
        check.digits[0] = day->digits;
        check.digits[1] = 2;
        check.digits[2] = year->digits;
        return civil_date_read(&check, NIR_DATE_ORDER_DMY, &r);
    }
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Digits at s[*i] (at least min, at most max); advances *i. */
static int digits_at(const char *s, size_t len, size_t *i, int min, int max)
{
    int n = 0;
    while (*i < len && n < max && is_digit(s[*i])) {
        ++*i;
        n++;
    }
    return n >= min && !(*i < len && is_digit(s[*i]));
}

/* 1 if s[i..len) is a time of day as spreadsheets and databases export
 * it: H:MM, H:MM:SS, with a fraction (",5" or ".123"), AM/PM, and a zone
 * ("Z", "+01:00", "+0100", "UTC"). */
static int is_time(const char *s, size_t len, size_t i)
{
    static const char *const tails[] = {"am", "pm", "a.m.", "p.m.", "utc",
                                        "gmt", "z"};
    if (!digits_at(s, len, &i, 1, 2) || i >= len || s[i++] != ':' ||
        !digits_at(s, len, &i, 2, 2))
        return 0;
    if (i < len && s[i] == ':') {
        i++;
        if (!digits_at(s, len, &i, 2, 2))
            return 0;
        if (i < len && (s[i] == '.' || s[i] == ',')) {
            i++;
            if (!digits_at(s, len, &i, 1, 9))
                return 0;
        }
    }
    for (;;) {
        size_t k, n;
        while (i < len && s[i] == ' ')
            i++;
        if (i == len)
            return 1;
        if (s[i] == '+' || s[i] == '-') { /* +01:00, +0100, +01 */
            i++;
            if (!digits_at(s, len, &i, 2, 4))
                return 0;
            if (i < len && s[i] == ':') {
                i++;
                if (!digits_at(s, len, &i, 2, 2))
                    return 0;
            }
            continue;
        }
        for (k = 0; k < sizeof tails / sizeof tails[0]; k++) {
            n = strlen(tails[k]);
            if (len - i >= n) {
                size_t j = 0;
                while (j < n && (s[i + j] | 0x20) == tails[k][j])
                    j++;
                if (j == n) {
                    i += n;
                    break;
                }
            }
        }
        if (k == sizeof tails / sizeof tails[0])
            return 0;
    }
}

/* "1965-02-04 00:00:00", "1965-02-04T00:00:00.000Z", "02/04/1965 00:00":
 * the length of the date part, or len when there is no time after it. A
 * time is found at a space or 'T' that follows a digit. */
static size_t date_part(const char *s, size_t len)
{
    for (size_t i = 1; i + 1 < len; i++)
        if ((s[i] == ' ' || s[i] == 'T' || s[i] == 't') &&
            is_digit(s[i - 1])) {
            size_t t = i;
            while (t < len && (s[t] == ' ' || s[t] == 'T' || s[t] == 't'))
                t++;
            if (t - i <= 2 && is_time(s, len, t))
                return i; /* s[i - 1] is a digit: nothing to trim */
        }
    return len;
}

int civil_date_parse(const char *s, size_t len, const char *lang,
                     civil_date *out)
{
    UChar text[NIR_MAX_INPUT + 1];
    tokens tk;
    size_t numbers = 0, long_words = 0;
    int32_t n;

    memset(out, 0, sizeof *out);
    civil_trim(&s, &len);
    len = date_part(s, len);
    n = civil_utf8_to_u(s, len, text, NIR_MAX_INPUT + 1);
    if (n <= 0 || !tokenize(text, n, &tk))
        return 0;
    for (size_t i = 0; i < tk.n; i++) {
        if (tk.t[i].is_number)
            numbers++;
        else if (tk.t[i].len > 3)
            long_words++;
    }
    if (numbers == 3 && long_words == 0)
        return parse_numeric(text, &tk, out);
    if (numbers == 1 && tk.n == 1)
        return parse_basic_iso(&tk.t[0], out);
    if (numbers == 2)
        return parse_written(text, &tk, lang, out);
    return 0;
}
