/*
 * parallel.h -- the verdict-only modes that need no order between records
 * but their output's (-c, --valid-only, --invalid-only) on several threads:
 * the main thread reads spans of records (records_next_span) ahead into a
 * queue that helper threads take from, and checks queued spans itself when
 * it cannot read further ahead; results (totals, echoed records) go out in
 * the order of the input.
 */
#ifndef NIRCHECK_PARALLEL_H
#define NIRCHECK_PARALLEL_H

#include "records.h"
#include "run.h"

/** A record too long for the reader's buffer, read and checked by the
 * caller (records_next, then the one-record path); 0, or -1 to stop. */
typedef int (*parallel_long_fn)(run_state *s, records_reader *reader,
                                void *ctx);

/** 1 when the records of `reader` (just opened) are to be checked with
 * parallel_run: a mode above, more than one job (-j), and the buffers in
 * hand; the reader then keeps several buffers (records_set_ring). 0: use
 * the one-thread loop. */
int parallel_prepare(run_state *s, records_reader *reader);

/** Check every record of the reader, as run_spans would. */
void parallel_run(run_state *s, records_reader *reader,
                  parallel_long_fn long_record, void *ctx);

/** End the helper threads and free what parallel_prepare made. */
void parallel_free(run_state *s);

#endif
