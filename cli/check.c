/*
 * check.c -- one record through libnir: nir_validate when only the verdict
 * matters (the fast path), nir_parse when fields are printed.
 */
#include "check.h"

#include <stdio.h>
#include <string.h>

#include "spaces.h"

void check_record(const check_settings *settings, const char *value,
                  size_t len, int overlong, const civil_text *civil,
                  record_check *out)
{
    out->decoded = 0;
    out->suggestion_count = 0;
    out->suggestions_kept = 0;
    out->civil_ran = 0;
    out->sex_unrecognised = 0;
    out->problem = PROBLEM_NONE;
    out->hint = HINT_NONE;
    len = check_input_len(len, overlong);
    if (settings->decode) {
        out->status = nir_parse(value, len, settings->profile, &out->result);
        out->kind = out->result.kind;
        out->warnings = out->result.warnings;
        out->decoded = 1;
        if (out->status == NIR_ERR_KEY && settings->suggest &&
            out->result.has_key &&
            nir_suggest(value, len, settings->profile, out->suggestions,
                        CHECK_MAX_SUGGESTIONS,
                        &out->suggestion_count) == NIR_OK)
            out->suggestions_kept =
                out->suggestion_count < CHECK_MAX_SUGGESTIONS
                    ? out->suggestion_count
                    : CHECK_MAX_SUGGESTIONS;
        else
            out->suggestion_count = 0;
        /* what a spreadsheet does to a number gives these two only */
        if ((out->status == NIR_ERR_LENGTH ||
             out->status == NIR_ERR_CHARACTER) && !overlong)
            out->hint = damage_of(value, len);
    } else {
        out->status = check_verdict(settings->profile, value, len, 0,
                                    &out->kind, &out->warnings);
    }
    out->fails = out->status != NIR_OK;
    if (settings->civil && civil != NULL) {
        if (civil_run(value, len, settings->profile, civil,
                      settings->date_order, &out->civil,
                      &out->sex_unrecognised) == NIR_OK) {
            out->civil_ran = 1;
            if (out->civil.verdict == NIR_CIVIL_INCONSISTENT)
                out->fails = 1;
        }
    }
}

void check_problem(row_problem problem, record_check *out)
{
    memset(out, 0, sizeof *out);
    out->status = NIR_OK; /* no number to judge */
    out->result.birth_year = out->result.month_code = -1;
    out->result.birth_month = out->result.order = out->result.key = -1;
    out->result.expected_key = out->result.nnp_caisse = -1;
    out->result.nnp_verification = -1;
    out->problem = problem;
    out->fails = 1;
}

/* The key column's value: -1 when empty, -2 when not 1 or 2 digits (a
 * spreadsheet's decimal zeros, "7.0", are allowed). */
static int key_value(const key_field *key)
{
    const char *p = key->text, *end;
    size_t len = key->len;
    const char *zeros;

    spaces_trim(&p, &len); /* no-break spaces too, as libnir's */
    end = p + len;
    for (zeros = end; zeros > p && zeros[-1] == '0'; zeros--)
        ;
    if (zeros < end && zeros - p >= 2 &&
        (zeros[-1] == '.' || zeros[-1] == ','))
        end = zeros - 1;
    if (p == end)
        return -1;
    if (end - p > 2 || !(*p >= '0' && *p <= '9') ||
        (end - p == 2 && !(p[1] >= '0' && p[1] <= '9')))
        return -2;
    return end - p == 2 ? (p[0] - '0') * 10 + (p[1] - '0') : p[0] - '0';
}

void check_record_keyed(const check_settings *settings, const char *value,
                        size_t len, const key_field *key,
                        const civil_text *civil, record_check *out)
{
    char compact[NIR_COMPACT_BUFSIZE];
    int k = key->text ? key_value(key) : -1;

    if (k < 0 || nir_compact(value, len, compact, sizeof compact, NULL) !=
                       NIR_OK) {
        check_record(settings, value, len, 0, civil, out);
    } else if (strlen(compact) == 13) {
        compact[13] = (char)('0' + k / 10);
        compact[14] = (char)('0' + k % 10);
        compact[15] = '\0';
        check_record(settings, compact, 15, 0, civil, out);
    } else {
        check_record(settings, value, len, 0, civil, out);
        if (out->status == NIR_OK && k >= 0 &&
            (compact[13] - '0') * 10 + (compact[14] - '0') != k)
            out->problem = PROBLEM_KEY_MISMATCH;
    }
    if (k == -2 && out->status == NIR_OK)
        out->problem = PROBLEM_KEY_COLUMN;
    if (out->problem != PROBLEM_NONE)
        out->fails = 1;
}

const char *check_error_name(const record_check *c)
{
    if (c->problem != PROBLEM_NONE)
        return problem_name(c->problem);
    return c->status == NIR_OK ? NULL : nir_status_name(c->status);
}

size_t check_message(const record_check *c, nir_lang lang, char *out,
                     size_t size)
{
    const char *error = c->problem != PROBLEM_NONE
                            ? problem_message(c->problem, lang)
                        : c->status != NIR_OK ? nir_strerror(c->status, lang)
                                              : NULL;
    const char *hint = hint_message(c->hint, lang);
    int n;

    if (error == NULL) {
        if (size > 0)
            out[0] = '\0';
        return 0;
    }
    n = hint ? snprintf(out, size, "%s; %s", error, hint)
             : snprintf(out, size, "%s", error);
    return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}
