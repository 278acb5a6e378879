/*
 * fuzz_civil.c -- libFuzzer target for nir_check_civil_status and
 * nir_finding_message.
 *
 * Input: byte 0 selects the options, the rest is split on '|' into
 *   number | birth date | document country | birthplace
 * (a missing field is "not given": NULL, 0).
 *   bits 0-1  profile (3 = out of range: NIR_ERR_ARGUMENT expected)
 *   bits 2-3  date order (0 unspecified, dmy, mdy, ymd)
 *   bits 4-5  sex (0 unknown, male, female, 3 = out of range:
 *             NIR_ERR_ARGUMENT expected)
 *   bit  6    message language
 *   bit  7    give empty fields as (NULL, 0) instead of ("", 0)
 *
 * Properties (abort() on violation): the report is deterministic and
 * well-formed (enum values in range, finding_count <= NIR_MAX_FINDINGS,
 * number_status == nir_parse's status, an invalid number gives
 * UNDETERMINED), the verdict is INCONSISTENT exactly when a finding is a
 * mismatch, every finding message fits in 512 bytes, is NUL-terminated
 * when truncated, and never contains the number.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_util.h"
#include "nir.h"

typedef struct field {
    const char *p;
    size_t len;
} field;

static void check_report(const nir_civil_report *rep, const nir_result *num,
                         nir_lang lang)
{
    int any_mismatch = 0;
    CHECK((unsigned)rep->verdict <= NIR_CIVIL_UNDETERMINED);
    CHECK(nir_civil_verdict_name(rep->verdict) != NULL);
    CHECK(rep->number_status == num->status);
    CHECK((unsigned)rep->date_order <= NIR_DATE_ORDER_YMD);
    CHECK(rep->date_readings >= 0 && rep->date_readings <= 2);
    CHECK(rep->finding_count <= NIR_MAX_FINDINGS);
    CHECK(memchr(rep->birthplace_code, '\0', sizeof rep->birthplace_code) !=
          NULL);
    for (int i = 0; i < rep->date_readings; i++) {
        const nir_date *d = &rep->reading[i];
        CHECK(d->month >= 1 && d->month <= 12);
        CHECK(d->day >= 1 && d->day <= 31);
        CHECK(d->year_digits == 2 || d->year_digits == 4);
    }
    if (num->status != NIR_OK)
        CHECK(rep->verdict == NIR_CIVIL_UNDETERMINED);
    for (size_t i = 0; i < rep->finding_count; i++) {
        const nir_finding *f = &rep->findings[i];
        char msg[512], small[8];
        size_t need, need_small;
        CHECK(f->code >= NIR_FINDING_SEX_MISMATCH &&
              f->code <= NIR_FINDING_PLACE_HISTORY);
        CHECK(nir_finding_name(f->code) != NULL);
        CHECK(f->mismatch == 0 || f->mismatch == 1);
        any_mismatch |= f->mismatch;
        need = nir_finding_message(rep, i, lang, msg, sizeof msg);
        CHECK(need > 0 && need < sizeof msg);
        CHECK(strlen(msg) == need);
        /* privacy: the number never appears in a message */
        if (num->compact_len > 0)
            CHECK(strstr(msg, num->compact) == NULL);
        /* truncation: same length reported, NUL-terminated prefix */
        memset(small, 'x', sizeof small);
        need_small = nir_finding_message(rep, i, lang, small, sizeof small);
        CHECK(need_small == need);
        CHECK(memchr(small, '\0', sizeof small) != NULL);
        CHECK(strncmp(small, msg, strlen(small)) == 0);
    }
    CHECK((rep->verdict == NIR_CIVIL_INCONSISTENT) == (any_mismatch != 0));
    {
        char msg[16];
        CHECK(nir_finding_message(rep, rep->finding_count, lang, msg,
                                  sizeof msg) == 0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    field f[4] = {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}};
    const char *p, *end;
    unsigned opt;
    nir_profile profile;
    nir_civil_status civil;
    nir_civil_report rep, again;
    nir_result num;
    nir_lang lang;
    nir_status st;
    int nf = 0;

    if (size == 0)
        return 0;
    opt = data[0];
    p = (const char *)data + 1;
    end = (const char *)data + size;
    while (nf < 4) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        const char *stop = (bar && nf < 3) ? bar : end;
        f[nf].p = p;
        f[nf].len = (size_t)(stop - p);
        if (f[nf].len == 0 && (opt & 0x80u))
            f[nf].p = NULL;
        nf++;
        if (stop == end)
            break;
        p = stop + 1;
    }

    profile = (nir_profile)(opt & 3u);
    lang = (opt & 0x40u) ? NIR_LANG_FR : NIR_LANG_EN;
    memset(&civil, 0, sizeof civil);
    civil.date_order = (nir_date_order)((opt >> 2) & 3u);
    civil.sex = (nir_sex)((opt >> 4) & 3u);
    civil.birth_date = f[1].p;
    civil.birth_date_len = f[1].len;
    civil.document_country = f[2].p;
    civil.document_country_len = f[2].len;
    civil.birthplace = f[3].p;
    civil.birthplace_len = f[3].len;

    st = nir_check_civil_status(f[0].p, f[0].len, profile, &civil, &rep);
    CHECK(nir_check_civil_status(f[0].p, f[0].len, profile, &civil, NULL) ==
          NIR_ERR_ARGUMENT);
    CHECK(nir_check_civil_status(f[0].p, f[0].len, profile, NULL, &again) ==
          NIR_ERR_ARGUMENT);
    if (profile == 3 || civil.sex == 3) {
        /* unknown profile; sex out of range (an argument "out of range",
         * nir.h on NIR_ERR_ARGUMENT) */
        CHECK(st == NIR_ERR_ARGUMENT);
        CHECK(rep.verdict == NIR_CIVIL_UNDETERMINED);
        return 0;
    }
    CHECK(st == NIR_OK);
    CHECK(nir_parse(f[0].p, f[0].len, profile, &num) == num.status);
    check_report(&rep, &num, lang);

    /* deterministic: the same call gives the same report */
    CHECK(nir_check_civil_status(f[0].p, f[0].len, profile, &civil,
                                 &again) == NIR_OK);
    CHECK(again.verdict == rep.verdict);
    CHECK(again.finding_count == rep.finding_count);
    CHECK(again.date_readings == rep.date_readings);
    CHECK(strcmp(again.birthplace_code, rep.birthplace_code) == 0);
    for (size_t i = 0; i < rep.finding_count; i++)
        CHECK(again.findings[i].code == rep.findings[i].code &&
              again.findings[i].mismatch == rep.findings[i].mismatch);
    return 0;
}
