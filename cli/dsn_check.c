/*
 * dsn_check.c -- one DSN individual's verdicts (see dsn_check.h).
 */
#include "dsn_check.h"

#include <stdio.h>
#include <string.h>

#include "civil_bridge.h"

static int given(const dsn_value *v) { return v->line != 0 && v->len > 0; }

/* S21.G00.30.005: 01 male, 02 female (the CLI's sex words take 1 and 2). */
static const char *sex_word(const dsn_value *v, int *unrecognised)
{
    *unrecognised = 0;
    if (!given(v))
        return NULL;
    if (strcmp(v->text, "01") == 0)
        return "1";
    if (strcmp(v->text, "02") == 0)
        return "2";
    *unrecognised = 1;
    return NULL;
}

/* The place to compare: the country of birth when it is not France, else
 * the département code, else the commune as written. (A département code
 * is exact where a commune name may have namesakes.) */
static const char *birthplace(const dsn_employee *e)
{
    const dsn_value *country = &e->birth_country;
    if (given(country) && !country->too_long &&
        strcmp(country->text, "FR") != 0)
        return country->text;
    if (given(&e->birth_dept) && !e->birth_dept.too_long &&
        strcmp(e->birth_dept.text, "99") != 0)
        return e->birth_dept.text;
    if (given(&e->birth_place) && !e->birth_place.too_long)
        return e->birth_place.text;
    return NULL;
}

static void check_civil(const dsn_employee *e, dsn_verdict *v)
{
    civil_text text;
    char date[16];
    const char *place = birthplace(e);
    int unrecognised;
    const char *sex = sex_word(&e->sex, &unrecognised);

    memset(&text, 0, sizeof text);
    v->sex_unrecognised = unrecognised;
    if (sex) {
        text.sex = sex;
        text.sex_len = 1;
    }
    if (given(&e->birth_date) && !e->birth_date.too_long) {
        const char *d = e->birth_date.text;
        if (e->birth_date.len == 8 && strspn(d, "0123456789") == 8) {
            /* DDMMYYYY, written the way the civil check reads it */
            snprintf(date, sizeof date, "%.2s/%.2s/%.4s", d, d + 2, d + 4);
            text.birth_date = date;
            text.birth_date_len = 10;
        } else {
            text.birth_date = d; /* unreadable: reported as such */
            text.birth_date_len = e->birth_date.len;
        }
    }
    if (place) {
        snprintf(v->birthplace, sizeof v->birthplace, "%s", place);
        text.birthplace = place;
        text.birthplace_len = strlen(place);
    }
    if (!text.sex && !text.birth_date && !text.birthplace)
        return; /* no civil data: nothing to compare */
    if (civil_run(e->nir.text, e->nir.len, NIR_PROFILE_DSN, &text,
                  NIR_DATE_ORDER_DMY, &v->civil, &unrecognised) == NIR_OK)
        v->civil_run = 1;
}

void dsn_check(const dsn_employee *e, dsn_verdict *v)
{
    memset(v, 0, sizeof *v);
    if (e->nir.line != 0) {
        nir_result r;
        v->id = DSN_ID_NIR;
        if (e->nir.too_long) {
            v->status = NIR_ERR_LENGTH;
            v->position = NIR_MAX_INPUT + 1;
        } else {
            v->status = nir_parse(e->nir.text, e->nir.len, NIR_PROFILE_DSN, &r);
            v->position = r.position;
            v->kind = r.kind;
        }
        if (v->status == NIR_OK && civil_available())
            check_civil(e, v);
    } else if (e->ntt.line != 0) {
        nir_ntt_result r;
        v->id = DSN_ID_NTT;
        if (e->ntt.too_long) {
            v->status = NIR_ERR_LENGTH;
            v->position = NIR_NTT_MAX_LEN + 1;
        } else {
            v->status = nir_validate_ntt(e->ntt.text, e->ntt.len,
                                         NIR_PROFILE_DSN, &r);
            v->position = r.position;
        }
    } else {
        v->id = DSN_ID_NONE;
        v->status = NIR_ERR_EMPTY;
    }
}

int dsn_number_valid(const dsn_verdict *v)
{
    return v->id != DSN_ID_NONE && v->status == NIR_OK;
}

const char *dsn_status_name(const dsn_verdict *v)
{
    if (v->id == DSN_ID_NONE)
        return "nir_missing";
    return nir_status_name(v->status);
}
