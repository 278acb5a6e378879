/*
 * workers.h -- helper threads for nircheck's verdict-only modes: each helper
 * runs one job at a time, handed to it by the main thread, which waits for
 * it before it uses the job's result (run.c keeps the order of the input).
 */
#ifndef NIRCHECK_WORKERS_H
#define NIRCHECK_WORKERS_H

typedef struct workers workers;
typedef void (*workers_job)(void *arg);

/** Start `count` helper threads. NULL if a thread or memory is missing
 * (the caller then does the work itself). */
workers *workers_start(unsigned count);

/** Hand fn(arg) to helper i, which must be idle (after workers_wait). */
void workers_run(workers *w, unsigned i, workers_job fn, void *arg);

/** 1 while helper i runs a job, 0 when it is idle. */
int workers_busy(workers *w, unsigned i);

/** Wait until helper i has finished its job (at once if it has none). */
void workers_wait(workers *w, unsigned i);

/** Wait for every job, end the threads and free w (NULL: nothing). */
void workers_stop(workers *w);

#endif
