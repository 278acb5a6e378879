/*
 * dsn_reader.c -- DSN rubric lines into individuals (see dsn_reader.h).
 *
 * An individual is a block S21.G00.30 and the blocks nested under it
 * (S21.G00.31, .40, .50, ...). Rubrics of a block come in increasing order,
 * so a S21.G00.30 rubric starts a new individual when it does not follow
 * the previous one's S21.G00.30 rubrics directly, or comes back to a lower
 * number (a file whose .001 is missing still splits right).
 */
#include "dsn_reader.h"

#include <string.h>

#define RUBRIC_LEN 14 /* "S21.G00.30.001" */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* "Sdd.Gdd.dd.ddd" */
static int rubric_shaped(const char *s)
{
    static const char shape[] = "S00.G00.00.000";
    for (size_t i = 0; i < RUBRIC_LEN; i++) {
        if (shape[i] == '0' ? !is_digit(s[i]) : s[i] != shape[i])
            return 0;
    }
    return 1;
}

/* Where the rubric's value goes in an employee, NULL if the check does not
 * use it. */
static dsn_value *slot(dsn_employee *e, int number)
{
    switch (number) {
    case 1: return &e->nir;
    case 5: return &e->sex;
    case 6: return &e->birth_date;
    case 7: return &e->birth_place;
    case 14: return &e->birth_dept;
    case 15: return &e->birth_country;
    case 19: return &e->matricule;
    case 20: return &e->ntt;
    default: return NULL;
    }
}

void dsn_reader_init(dsn_reader *r, dsn_employee_fn fn, void *ctx)
{
    memset(r, 0, sizeof *r);
    r->on_employee = fn;
    r->ctx = ctx;
}

/* Hand the current individual on, if any. */
static int flush(dsn_reader *r)
{
    int rc = 0;
    if (r->in_individual) {
        r->individuals++;
        rc = r->on_employee(&r->current, r->ctx);
        r->in_individual = 0;
    }
    r->left_block = 0;
    r->last_rubric = 0;
    return rc ? -rc : 0;
}

static int start_individual(dsn_reader *r)
{
    int rc = flush(r);
    memset(&r->current, 0, sizeof r->current);
    r->current.block = r->individuals + 1;
    r->current.line = r->line;
    r->in_individual = 1;
    return rc;
}

static dsn_error line_shape(const char *line, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)line[i];
        if (b < 0x20 && b != '\t')
            return DSN_ERR_CHARACTER;
    }
    if (len < RUBRIC_LEN + 1 || line[RUBRIC_LEN] != ',')
        return memchr(line, ',', len) ? DSN_ERR_RUBRIC : DSN_ERR_SHAPE;
    if (!rubric_shaped(line))
        return DSN_ERR_RUBRIC;
    if (len < RUBRIC_LEN + 3 || line[RUBRIC_LEN + 1] != '\'' ||
        line[len - 1] != '\'')
        return DSN_ERR_QUOTE;
    return DSN_OK;
}

int dsn_feed_line(dsn_reader *r, const char *line, size_t len)
{
    dsn_error err;
    int rc = 0;

    r->line++;
    if (len == 0)
        return DSN_OK;
    err = line_shape(line, len);
    if (err != DSN_OK) {
        if (r->in_individual)
            r->current.damaged = 1;
        return (int)err;
    }
    r->rubrics++;
    const char *value = line + RUBRIC_LEN + 2;
    size_t value_len = len - RUBRIC_LEN - 3;

    if (memcmp(line, "S21.G00.30.", 11) == 0) {
        int number = (line[11] - '0') * 100 + (line[12] - '0') * 10 +
                     (line[13] - '0');
        if (!r->in_individual || r->left_block || number <= r->last_rubric)
            rc = start_individual(r);
        r->last_rubric = number;
        dsn_value *v = slot(&r->current, number);
        if (v != NULL) { /* (a second one would have started a new one) */
            v->line = r->line;
            v->len = value_len;
            if (value_len > DSN_VALUE_MAX) {
                v->too_long = 1;
            } else {
                memcpy(v->text, value, value_len);
                v->text[value_len] = '\0';
            }
        }
        return rc;
    }
    if (memcmp(line, "S21.G00.", 8) == 0 && r->in_individual &&
        memcmp(line + 8, "30", 2) > 0) {
        /* A block nested under the individual (contract, pay, ...). */
        r->left_block = 1;
        return DSN_OK;
    }
    /* Anything else (a new declaration S20, an establishment S21.G00.11,
     * the footer S90) ends the individual. */
    rc = flush(r);
    if (memcmp(line, "S90.G00.90.", 11) == 0)
        r->seen_footer = 1;
    return rc;
}

int dsn_finish(dsn_reader *r)
{
    return flush(r);
}

const char *dsn_error_message(dsn_error error)
{
    switch (error) {
    case DSN_ERR_SHAPE:
        return "not a DSN line (expected a rubric, a comma and a quoted "
               "value: S21.G00.30.001,'...')";
    case DSN_ERR_RUBRIC:
        return "not a DSN rubric identifier (expected Sdd.Gdd.dd.ddd before "
               "the comma)";
    case DSN_ERR_QUOTE:
        return "the value is not enclosed in single quotes";
    case DSN_ERR_CHARACTER:
        return "control character or NUL byte in the line";
    default:
        return "ok";
    }
}
