/*
 * workers.c -- the helper threads of workers.h: one mutex and condition
 * variable per helper, guarding its job slot.
 */
#include "workers.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct helper {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed; /* a job arrived, finished, or quit was asked */
    workers_job fn;         /* the job to run; NULL when idle */
    void *arg;
    int quit;
} helper;

struct workers {
    unsigned count;
    helper h[];
};

static void *helper_main(void *arg)
{
    helper *h = arg;

    pthread_mutex_lock(&h->lock);
    for (;;) {
        while (h->fn == NULL && !h->quit)
            pthread_cond_wait(&h->changed, &h->lock);
        if (h->fn == NULL) /* quit, no job left */
            break;
        workers_job fn = h->fn;
        pthread_mutex_unlock(&h->lock);
        fn(h->arg);
        pthread_mutex_lock(&h->lock);
        h->fn = NULL;
        pthread_cond_broadcast(&h->changed);
    }
    pthread_mutex_unlock(&h->lock);
    return NULL;
}

workers *workers_start(unsigned count)
{
    workers *w = calloc(1, sizeof *w + count * sizeof w->h[0]);

    if (w == NULL)
        return NULL;
    for (unsigned i = 0; i < count; i++) {
        helper *h = &w->h[i];
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

    pthread_mutex_lock(&h->lock);
    h->fn = fn;
    h->arg = arg;
    pthread_cond_broadcast(&h->changed);
    pthread_mutex_unlock(&h->lock);
}

int workers_busy(workers *w, unsigned i)
{
    helper *h = &w->h[i];
    int busy;

    pthread_mutex_lock(&h->lock);
    busy = h->fn != NULL;
    pthread_mutex_unlock(&h->lock);
    return busy;
}

void workers_wait(workers *w, unsigned i)
{
    helper *h = &w->h[i];

    pthread_mutex_lock(&h->lock);
    while (h->fn != NULL)
        pthread_cond_wait(&h->changed, &h->lock);
    pthread_mutex_unlock(&h->lock);
}

void workers_stop(workers *w)
{
    if (w == NULL)
        return;
    for (unsigned i = 0; i < w->count; i++) {
        helper *h = &w->h[i];
        pthread_mutex_lock(&h->lock);
        h->quit = 1;
        pthread_cond_broadcast(&h->changed);
        pthread_mutex_unlock(&h->lock);
        pthread_join(h->thread, NULL);
        pthread_cond_destroy(&h->changed);
        pthread_mutex_destroy(&h->lock);
    }
    free(w);
}
