/*
 * nir_errors.c -- errors that never show the number. PostgreSQL's own
 * input errors quote the value ("invalid input syntax for type ...:
 * "..."") and so do COPY's error contexts ("COPY t, line 3, column n:
 * "..."") and the STATEMENT line of the server log; a NIR must not reach
 * the log that way. Our errors name the field and its position only, keep
 * the statement out of the log (errhidestmt) and replace COPY's context by
 * one that names the line and column without the value.
 */
#include "nir_pg.h"

#include "commands/copy.h"
#include "commands/copyfrom_internal.h"

/* COPY's context without the value. */
static void copy_context_without_value(void *arg)
{
    CopyFromState cstate = (CopyFromState)arg;

    if (cstate->cur_attname != NULL)
        errcontext("COPY %s, line %llu, column %s", cstate->cur_relname,
                   (unsigned long long)cstate->cur_lineno,
                   cstate->cur_attname);
    else
        errcontext("COPY %s, line %llu", cstate->cur_relname,
                   (unsigned long long)cstate->cur_lineno);
}

/* Swap COPY's callback for ours in every frame of the context stack. The
 * error we are about to raise ends that COPY (PostgreSQL 15 has no soft
 * input errors), so the frame is never used again by COPY itself. */
static void hide_copy_values(void)
{
    for (ErrorContextCallback *e = error_context_stack; e != NULL;
         e = e->previous)
        if (e->callback == CopyFromErrorCallback)
            e->callback = copy_context_without_value;
}

void nirpg_invalid(const char *what, nir_status status, size_t position)
{
    hide_copy_values();
    if (position > 0)
        ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
                        errmsg("invalid %s: %s (position %zu)", what,
                               nir_strerror(status, NIR_LANG_EN), position),
                        errhidestmt(true)));
    ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
                    errmsg("invalid %s: %s", what,
                           nir_strerror(status, NIR_LANG_EN)),
                    errhidestmt(true)));
}

void nirpg_invalid_text(const char *what, const char *reason)
{
    hide_copy_values();
    ereport(ERROR, (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
                    errmsg("invalid %s: %s", what, reason),
                    errhidestmt(true)));
}

void nirpg_bad_argument(const char *argument, const char *allowed)
{
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("unknown %s (expected %s)", argument, allowed),
                    errhidestmt(true)));
}
