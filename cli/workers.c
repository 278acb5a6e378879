/*
 * workers.c -- the helper threads of workers.h. Each helper has a job slot
 * whose state is atomic; the mutex and condition variable are only for
 * sleeping. Waiting spins a little first: a job (a 512 KiB piece) takes a
 * fraction of a millisecond, and waking a sleeping thread can take tens of
 * microseconds (on virtual machines especially), once per piece.
 */
#include "workers.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

enum { SLOT_IDLE, SLOT_JOB, SLOT_QUIT };

/* Spins before sleeping: about 20 to 50 microseconds. */
#define WORKERS_SPINS 2000

typedef struct helper {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed; /* the state changed */
    atomic_int state;
    workers_job fn; /* written before state becomes SLOT_JOB */
    void *arg;
} helper;

struct workers {
    unsigned count;
    helper h[];
};

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/* Wait until h->state is not `from`; returns the new state. */
static int wait_change(helper *h, int from)
{
    int st;

    for (int i = 0; i < WORKERS_SPINS; i++) {
        st = atomic_load_explicit(&h->state, memory_order_acquire);
        if (st != from)
            return st;
        cpu_relax();
    }
    pthread_mutex_lock(&h->lock);
    while ((st = atomic_load_explicit(&h->state, memory_order_acquire)) ==
           from)
        pthread_cond_wait(&h->changed, &h->lock);
    pthread_mutex_unlock(&h->lock);
    return st;
}

static void set_state(helper *h, int st)
{
    pthread_mutex_lock(&h->lock);
    atomic_store_explicit(&h->state, st, memory_order_release);
    pthread_cond_broadcast(&h->changed);
    pthread_mutex_unlock(&h->lock);
}

static void *helper_main(void *arg)
{
    helper *h = arg;

    while (wait_change(h, SLOT_IDLE) == SLOT_JOB) {
        h->fn(h->arg);
        set_state(h, SLOT_IDLE);
    }
    return NULL;
}

workers *workers_start(unsigned count)
{
    workers *w = calloc(1, sizeof *w + count * sizeof w->h[0]);

    if (w == NULL)
        return NULL;
    for (unsigned i = 0; i < count; i++) {
        helper *h = &w->h[i];
        atomic_init(&h->state, SLOT_IDLE);
        if (pthread_mutex_init(&h->lock, NULL) != 0)
            break;
        if (pthread_cond_init(&h->changed, NULL) != 0) {
            pthread_mutex_destroy(&h->lock);
            break;
        }
        if (pthread_create(&h->thread, NULL, helper_main, h) != 0) {
            pthread_cond_destroy(&h->changed);
            pthread_mutex_destroy(&h->lock);
            break;
        }
        w->count = i + 1;
    }
    if (w->count < count) {
        workers_stop(w);
        return NULL;
    }
    return w;
}

void workers_run(workers *w, unsigned i, workers_job fn, void *arg)
{
    helper *h = &w->h[i];

    h->fn = fn;
    h->arg = arg;
    set_state(h, SLOT_JOB);
}

int workers_busy(workers *w, unsigned i)
{
    return atomic_load_explicit(&w->h[i].state, memory_order_acquire) ==
           SLOT_JOB;
}

void workers_wait(workers *w, unsigned i)
{
    wait_change(&w->h[i], SLOT_JOB);
}

void workers_stop(workers *w)
{
    if (w == NULL)
        return;
    for (unsigned i = 0; i < w->count; i++) {
        helper *h = &w->h[i];
        wait_change(h, SLOT_JOB); /* its job first */
        set_state(h, SLOT_QUIT);
        pthread_join(h->thread, NULL);
        pthread_cond_destroy(&h->changed);
        pthread_mutex_destroy(&h->lock);
    }
    free(w);
}
