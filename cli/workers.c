/*
 * workers.c -- the helper threads of workers.h: a FIFO of jobs under one
 * mutex. An idle helper spins a little on the queue before it sleeps, and
 * so does a waiter on its job: a job (a 512 KiB piece) takes a fraction of
 * a millisecond, and waking a sleeping thread can take tens of
 * microseconds (on virtual machines especially), once per piece.
 */
#include "workers.h"

#include <pthread.h>
#include <stdlib.h>

/* Spins before sleeping: some tens of microseconds. */
#define WORKERS_SPINS 2000

struct workers {
    pthread_mutex_t lock;
    pthread_cond_t work;   /* a job was queued, or quit was asked */
    pthread_cond_t done;   /* a job is done */
    workers_job *head, *tail;
    atomic_int queued;     /* jobs in the queue, read without the lock */
    int quit;
    unsigned count;        /* threads started */
    pthread_t thread[];
};

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/* The oldest queued job, taken off the queue (lock held), or NULL. */
static workers_job *take(workers *w)
{
    workers_job *job = w->head;

    if (job != NULL) {
        w->head = job->next;
        if (w->head == NULL)
            w->tail = NULL;
        atomic_fetch_sub_explicit(&w->queued, 1, memory_order_relaxed);
    }
    return job;
}

static void run(workers *w, workers_job *job)
{
    job->fn(job);
    atomic_store_explicit(&job->done, 1, memory_order_release);
    pthread_mutex_lock(&w->lock);
    pthread_cond_broadcast(&w->done);
    pthread_mutex_unlock(&w->lock);
}

static void *helper_main(void *arg)
{
    workers *w = arg;

    for (;;) {
        workers_job *job;
        for (int i = 0; i < WORKERS_SPINS &&
                        atomic_load_explicit(&w->queued,
                                             memory_order_relaxed) == 0;
             i++)
            cpu_relax();
        pthread_mutex_lock(&w->lock);
        while (w->head == NULL && !w->quit)
            pthread_cond_wait(&w->work, &w->lock);
        job = take(w);
        pthread_mutex_unlock(&w->lock);
        if (job == NULL) /* quit, and nothing left */
            return NULL;
        run(w, job);
    }
}

workers *workers_start(unsigned count)
{
    workers *w = calloc(1, sizeof *w + count * sizeof w->thread[0]);

    if (w == NULL)
        return NULL;
    atomic_init(&w->queued, 0);
    if (pthread_mutex_init(&w->lock, NULL) != 0) {
        free(w);
        return NULL;
    }
    if (pthread_cond_init(&w->work, NULL) != 0) {
        pthread_mutex_destroy(&w->lock);
        free(w);
        return NULL;
    }
    if (pthread_cond_init(&w->done, NULL) != 0) {
        pthread_cond_destroy(&w->work);
        pthread_mutex_destroy(&w->lock);
        free(w);
        return NULL;
    }
    for (unsigned i = 0; i < count; i++) {
        if (pthread_create(&w->thread[i], NULL, helper_main, w) != 0) {
            workers_stop(w);
            return NULL;
        }
        w->count = i + 1;
    }
    return w;
}

void workers_submit(workers *w, workers_job *job)
{
    atomic_store_explicit(&job->done, 0, memory_order_relaxed);
    job->next = NULL;
    pthread_mutex_lock(&w->lock);
    if (w->tail)
        w->tail->next = job;
    else
        w->head = job;
    w->tail = job;
    atomic_fetch_add_explicit(&w->queued, 1, memory_order_relaxed);
    pthread_cond_signal(&w->work);
    pthread_mutex_unlock(&w->lock);
}

int workers_run_one(workers *w)
{
    workers_job *job;

    if (atomic_load_explicit(&w->queued, memory_order_relaxed) == 0)
        return 0;
    pthread_mutex_lock(&w->lock);
    job = take(w);
    pthread_mutex_unlock(&w->lock);
    if (job == NULL)
        return 0;
    run(w, job);
    return 1;
}

void workers_wait(workers *w, workers_job *job)
{
    for (int i = 0; i < WORKERS_SPINS; i++) {
        if (atomic_load_explicit(&job->done, memory_order_acquire))
            return;
        cpu_relax();
    }
    pthread_mutex_lock(&w->lock);
    while (!atomic_load_explicit(&job->done, memory_order_acquire))
        pthread_cond_wait(&w->done, &w->lock);
    pthread_mutex_unlock(&w->lock);
}

void workers_stop(workers *w)
{
    if (w == NULL)
        return;
    pthread_mutex_lock(&w->lock);
    w->quit = 1;
    pthread_cond_broadcast(&w->work);
    pthread_mutex_unlock(&w->lock);
    for (unsigned i = 0; i < w->count; i++)
        pthread_join(w->thread[i], NULL);
    pthread_cond_destroy(&w->done);
    pthread_cond_destroy(&w->work);
    pthread_mutex_destroy(&w->lock);
    free(w);
}
