/*
 * dsn_run.h -- nircheck --dsn (see dsn_run.c).
 */
#ifndef NIRCHECK_DSN_RUN_H
#define NIRCHECK_DSN_RUN_H

#include "options.h"
#include "run.h"

/** Check every employee of the DSN files of opts (standard input when
 * there is none); returns the exit status. */
int run_dsn(const options *opts);

#endif
