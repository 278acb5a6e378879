/*
 * main.c -- nircheck: check French social-security numbers from the
 * command line. Options are parsed in options.c, records go through run.c.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "dsn_run.h"
#include "options.h"
#include "run.h"

int main(int argc, char **argv)
{
    options opts;
    run_state state;
    const char **values;
    parse_result parsed;

    /* A reader that closes the pipe early (| head -1) ends us quietly,
     * even when the parent shell ignored SIGPIPE. */
    signal(SIGPIPE, SIG_DFL);

    values = calloc((size_t)argc + 1, sizeof *values);
    if (values == NULL) {
        fputs("nircheck: out of memory\n", stderr);
        return EXIT_TROUBLE;
    }
    parsed = parse_options(argc, argv, &opts, values);
    if (parsed != PARSE_RUN) {
        free(values);
        if (parsed == PARSE_USAGE)
            return EXIT_TROUBLE;
        /* --help/--version: their output must reach its reader too */
        if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
            perror("nircheck: write error");
            return EXIT_TROUBLE;
        }
        return EXIT_ALL_VALID;
    }
    if (opts.dsn) {
        int rc = run_dsn(&opts);
        free(values);
        return rc;
    }
    if (run_init(&state, &opts, stdout) != 0) {
        fputs("nircheck: out of memory\n", stderr);
        free(values);
        return EXIT_TROUBLE;
    }
    run_values(&state);
    if (opts.file_count == 0 && opts.value_count == 0)
        run_file(&state, "-", 0);
    for (size_t i = 0; i < opts.file_count; i++)
        run_file(&state, opts.files[i], i + 1);
    free(values);
    return run_finish(&state);
}
