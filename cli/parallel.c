/*
 * parallel.c -- the threads of parallel.h. Spans are numbered in input
 * order; span number q lives in job slot q % slots and in the reader's
 * buffer of the same turn (records_set_ring with `slots` buffers), so a
 * span is read only once the span `slots` before it has been merged.
 */
#include "parallel.h"

#include <stdlib.h>
#include <string.h>

#include "spans.h"
#include "workers.h"

/* One span and what checking it gave: a run_state of its own (the run's
 * options and settings, its own totals, any_failure and memory output). */
typedef struct span_job {
    workers_job job; /* first: the pool's handle on it */
    run_state part;
    const char *data;
    size_t len;
    char sep;
    int queued; /* handed to the pool; else it was checked here */
} span_job;

struct parallel {
    unsigned helpers;       /* threads besides this one */
    unsigned slots;         /* jobs in flight at most */
    workers *pool;          /* started with the first span handed out */
    int pool_failed;        /* could not start: this thread does it all */
    span_job *job;          /* [slots] */
};

static void span_job_run(workers_job *job)
{
    span_job *j = (span_job *)(void *)job;
    spans_check(&j->part, j->data, j->len, j->sep);
}

/* Empty the job for its next span. */
static void span_job_reset(span_job *j)
{
    int civil = j->part.totals.civil_enabled;

    memset(&j->part.totals, 0, sizeof j->part.totals);
    j->part.totals.civil_enabled = civil;
    j->part.any_failure = 0;
    j->part.out.len = 0;
}

/* The job's results into s, in the order of the input. */
static void span_job_merge(run_state *s, span_job *j)
{
    counts_merge(&s->totals, &j->part.totals);
    s->any_failure |= j->part.any_failure;
    if (j->part.out.failed && !s->out.failed) { /* out of memory */
        s->out.failed = 1;
        s->out.error = j->part.out.error;
    }
    outbuf_put(&s->out, j->part.out.buf, j->part.out.len);
    span_job_reset(j);
}

/* The helpers, the jobs and their buffers (any of them may be missing). */
static void parallel_destroy(parallel *p)
{
    if (p == NULL)
        return;
    workers_stop(p->pool);
    if (p->job)
        for (unsigned i = 0; i < p->slots; i++)
            outbuf_free(&p->job[i].part.out);
    free(p->job);
    free(p);
}

void parallel_free(run_state *s)
{
    parallel_destroy(s->par);
    s->par = NULL;
}

/* The jobs of s's run, or NULL when memory is short. */
static parallel *parallel_new(const run_state *s)
{
    parallel *p = calloc(1, sizeof *p);

    if (p == NULL)
        return NULL;
    p->helpers = s->jobs - 1;
    p->slots = 2 * s->jobs;
    if (p->slots > RECORDS_RING_MAX)
        p->slots = RECORDS_RING_MAX;
    p->job = calloc(p->slots, sizeof *p->job);
    if (p->job == NULL) {
        parallel_destroy(p);
        return NULL;
    }
    for (unsigned i = 0; i < p->slots; i++) {
        run_state *part = &p->job[i].part;
        p->job[i].job.fn = span_job_run;
        part->opts = s->opts;
        part->settings = s->settings;
        part->totals.civil_enabled = s->totals.civil_enabled;
        if (outbuf_init(&part->out, NULL, 0) != 0) {
            parallel_destroy(p);
            return NULL;
        }
    }
    return p;
}

int parallel_prepare(run_state *s, records_reader *reader)
{
    const options *o = s->opts;

    /* Not -q, which stops at the first failure: nothing to share. */
    if (s->jobs < 2 || (o->mode != MODE_COUNT && o->mode != MODE_VALID_ONLY &&
                        o->mode != MODE_INVALID_ONLY))
        return 0;
    if (s->par == NULL && (s->par = parallel_new(s)) == NULL) {
        s->jobs = 1; /* out of memory: one thread from now on */
        return 0;
    }
    return records_set_ring(reader, s->par->slots) == 0;
}

/* Whether span q (in flight) has been checked. */
static int span_done(const parallel *p, unsigned long long q)
{
    span_job *j = &p->job[q % p->slots];

    return !j->queued ||
           atomic_load_explicit(&j->job.done, memory_order_acquire);
}

static void span_wait(const parallel *p, unsigned long long q)
{
    span_job *j = &p->job[q % p->slots];

    if (j->queued)
        workers_wait(p->pool, &j->job);
}

/* Span q to the helpers' queue; checked here when it is small (a small
 * input is not worth starting threads) or the threads cannot start. */
static void span_start(parallel *p, unsigned long long q, size_t big)
{
    span_job *j = &p->job[q % p->slots];

    j->queued = 0;
    if (j->len >= big && p->pool == NULL && !p->pool_failed) {
        p->pool = workers_start(p->helpers);
        p->pool_failed = p->pool == NULL;
    }
    if (j->len >= big && p->pool != NULL) {
        j->queued = 1;
        workers_submit(p->pool, &j->job);
    } else {
        span_job_run(&j->job);
    }
}

void parallel_run(run_state *s, records_reader *reader,
                  parallel_long_fn long_record, void *ctx)
{
    parallel *p = s->par;
    unsigned long long head = 0, tail = 0; /* spans [head, tail) in flight */
    const char *data;
    size_t len;
    int got = 1;

    while (!s->stop) {
        while (head < tail && span_done(p, head))
            span_job_merge(s, &p->job[head++ % p->slots]);
        if (s->out.failed) {
            s->stop = 1;
        } else if (got == 1 && tail - head < p->slots) {
            got = records_next_span(reader, &data, &len);
            if (got == 1) {
                span_job *j = &p->job[tail % p->slots];
                j->data = data;
                j->len = len;
                j->sep = reader->separator;
                span_start(p, tail++, reader->cap / 2);
            }
        } else if (head < tail) {
            /* No room to read ahead: check a queued span here, or wait
             * for the oldest one. */
            if (p->pool == NULL || !workers_run_one(p->pool))
                span_wait(p, head);
        } else if (got == RECORDS_SPAN_LONG) {
            /* Nothing in flight: the long record, in its place. */
            if (long_record(s, reader, ctx) != 0)
                break;
            got = 1;
        } else {
            break; /* the end of the input, or a read error */
        }
    }
    for (; head < tail; head++) { /* stopped: the rest is dropped */
        span_wait(p, head);
        span_job_reset(&p->job[head % p->slots]);
    }
}
