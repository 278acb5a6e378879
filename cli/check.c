/*
 * check.c -- one record through libnir: nir_validate when only the verdict
 * matters (the fast path), nir_parse when fields are printed.
 */
#include "check.h"

#include <string.h>

void check_record(const check_settings *settings, const char *value,
                  size_t len, int overlong, const civil_text *civil,
                  record_check *out)
{
    out->decoded = 0;
    out->suggestion_count = 0;
    out->suggestions_kept = 0;
    out->civil_ran = 0;
    out->sex_unrecognised = 0;
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
