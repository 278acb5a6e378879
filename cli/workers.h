/*
 * workers.h -- helper threads for nircheck's verdict-only modes: a queue
 * of jobs that the helpers take in order; the main thread submits jobs,
 * may run pending ones itself, and waits for a given job before it uses
 * the job's result (parallel.c keeps the order of the input).
 */
#ifndef NIRCHECK_WORKERS_H
#define NIRCHECK_WORKERS_H

#include <stdatomic.h>

typedef struct workers workers;

/** A job: embed it in the caller's job state (the caller owns it). */
typedef struct workers_job {
    void (*fn)(struct workers_job *job);
    atomic_int done;          /* set when fn has returned */
    struct workers_job *next; /* queue link (the pool's) */
} workers_job;

/** Start `count` helper threads. NULL if a thread or memory is missing
 * (the caller then does the work itself). */
workers *workers_start(unsigned count);

/** Queue job (fn set by the caller): a helper, or workers_run_one, runs
 * it. */
void workers_submit(workers *w, workers_job *job);

/** Run the oldest queued job on the calling thread; 0 if none was queued. */
int workers_run_one(workers *w);

/** Wait until job (submitted) is done. */
void workers_wait(workers *w, workers_job *job);

/** Wait for every queued job, end the threads, free w (NULL: nothing). */
void workers_stop(workers *w);

#endif
