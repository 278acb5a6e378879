/*
 * spans.h -- the records of one span in a verdict-only mode of nircheck
 * (no decoding, no CSV, no civil columns): counted (-c), checked for a
 * failure (-q), or copied when they pass or fail (--valid-only,
 * --invalid-only) to s->out, with the totals and any_failure of s.
 */
#ifndef NIRCHECK_SPANS_H
#define NIRCHECK_SPANS_H

#include <stddef.h>

#include "run.h"

/** The records of data[0..len), each ending with sep (the last one may
 * not), as records_next() would split them. Touches only s->out,
 * s->totals, s->any_failure and s->stop: a helper thread may run it on a
 * run_state of its own. */
void spans_check(run_state *s, const char *data, size_t len, char sep);

#endif
