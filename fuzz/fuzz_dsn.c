/*
 * fuzz_dsn.c -- libFuzzer target for the CLI's DSN reader and checks
 * (cli/dsn_reader.c, cli/dsn_check.c).
 *
 * Input: the file content, split into lines at LF and CR as nircheck does.
 *
 * Properties (abort() on violation):
 *   - individuals come out numbered 1, 2, 3... with increasing lines, each
 *     line no later than the last line fed;
 *   - a value is either kept whole (NUL-terminated, len <= DSN_VALUE_MAX)
 *     or marked too long with nothing kept;
 *   - the verdict agrees with the library called directly: a NIR checked
 *     under the DSN profile, an NTT with nir_validate_ntt; a civil check
 *     only on a valid NIR, with a verdict and findings in range;
 *   - a line the reader refuses is one of its errors, never a crash.
 */
#include <stdint.h>
#include <string.h>

#include "dsn_check.h"
#include "dsn_reader.h"
#include "fuzz_util.h"
#include "nir.h"

typedef struct state {
    size_t next_block;
    size_t last_line;
    const dsn_reader *reader;
} state;

HARNESS
static void check_value(const dsn_value *v)
{
    if (v->line == 0) {
        CHECK(v->len == 0 && v->text[0] == '\0');
        return;
    }
    if (v->too_long) {
        CHECK(v->len > DSN_VALUE_MAX && v->text[0] == '\0');
    } else {
        CHECK(v->len <= DSN_VALUE_MAX && v->text[v->len] == '\0');
    }
}

HARNESS
static int on_employee(const dsn_employee *e, void *ctx)
{
    state *s = ctx;
    dsn_verdict v;

    CHECK(e->block == s->next_block);
    s->next_block++;
    CHECK(e->line >= s->last_line && e->line <= s->reader->line);
    s->last_line = e->line;
    const dsn_value *all[] = {&e->nir, &e->sex, &e->birth_date,
                              &e->birth_place, &e->birth_dept,
                              &e->birth_country, &e->matricule, &e->ntt};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        check_value(all[i]);

    dsn_check(e, &v);
    CHECK(dsn_status_name(&v) != NULL);
    if (e->nir.line != 0) {
        CHECK(v.id == DSN_ID_NIR);
        if (!e->nir.too_long)
            CHECK(v.status == nir_validate(e->nir.text, e->nir.len,
                                           NIR_PROFILE_DSN, NULL, NULL));
        CHECK(!v.civil_run || v.status == NIR_OK);
    } else if (e->ntt.line != 0) {
        CHECK(v.id == DSN_ID_NTT && !v.civil_run);
        if (!e->ntt.too_long)
            CHECK(v.status == nir_validate_ntt(e->ntt.text, e->ntt.len,
                                               NIR_PROFILE_DSN, NULL));
    } else {
        CHECK(v.id == DSN_ID_NONE && !dsn_number_valid(&v));
    }
    if (v.civil_run) {
        CHECK(v.civil.verdict <= NIR_CIVIL_UNDETERMINED);
        CHECK(v.civil.finding_count <= NIR_MAX_FINDINGS);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data, *end = p + size;
    dsn_reader r;
    state s = {1, 0, &r};

    dsn_reader_init(&r, on_employee, &s);
    while (p < end) {
        const char *eol = p;
        while (eol < end && *eol != '\n' && *eol != '\r')
            eol++;
        int rc = dsn_feed_line(&r, p, (size_t)(eol - p));
        CHECK(rc == DSN_OK || (rc >= DSN_ERR_SHAPE && rc <= DSN_ERR_CHARACTER));
        p = eol < end ? eol + 1 : end;
    }
    CHECK(dsn_finish(&r) == 0);
    CHECK(r.individuals == s.next_block - 1);
    return 0;
}
