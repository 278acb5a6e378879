/*
 * dsn_reader.h -- a streaming reader of DSN files (déclaration sociale
 * nominative, NEODeS line format): one rubric a line, `S21.G00.30.001,'…'`,
 * grouped into the individuals of blocks S21.G00.30.
 *
 * It knows the format, not the rules: the reader hands each individual's
 * rubrics to a callback and dsn_check.c checks them. It lives in the CLI
 * because the library is about numbers, not file formats (docs/dsn.md).
 * The caller gives it lines without their line end, in order, as UTF-8.
 */
#ifndef NIRCHECK_DSN_READER_H
#define NIRCHECK_DSN_READER_H

#include <stddef.h>

/** Longest value kept; a longer one is marked too_long (a NIR or date that
 * long is wrong anyway, and nothing else of it is shown). */
#define DSN_VALUE_MAX 256

typedef struct dsn_value {
    char text[DSN_VALUE_MAX + 1]; /**< NUL-terminated copy ("" if absent) */
    size_t len;
    size_t line;  /**< where it was read; 0 if absent */
    int too_long; /**< longer than DSN_VALUE_MAX: text holds nothing */
} dsn_value;

/** The rubrics of one individual (block S21.G00.30) that the check uses. */
typedef struct dsn_employee {
    size_t block;           /**< 1-based rank of the individual in the input */
    size_t line;            /**< line of its first S21.G00.30 rubric */
    dsn_value nir;          /**< S21.G00.30.001: NIR, 13 characters */
    dsn_value sex;          /**< .005: 01 male, 02 female */
    dsn_value birth_date;   /**< .006: DDMMYYYY */
    dsn_value birth_place;  /**< .007: commune of birth, as written */
    dsn_value birth_dept;   /**< .014: département of birth (code) */
    dsn_value birth_country;/**< .015: country of birth (ISO alpha-2) */
    dsn_value matricule;    /**< .019: the employee's number in the company */
    dsn_value ntt;          /**< .020: NTT, when there is no NIR yet */
    int damaged;            /**< a malformed line stood inside the block */
} dsn_employee;

/** What went wrong with a line: never its content. */
typedef enum dsn_error {
    DSN_OK = 0,
    DSN_ERR_SHAPE,     /* not `rubric,'value'` */
    DSN_ERR_RUBRIC,    /* the rubric identifier is not Sxx.Gxx.xx.xxx */
    DSN_ERR_QUOTE,     /* the value is not enclosed in single quotes */
    DSN_ERR_CHARACTER  /* a NUL or control character in the line */
} dsn_error;

/** Called for each individual when its block ends. A non-zero return stops
 * the reader (dsn_feed_line and dsn_finish then return it). */
typedef int (*dsn_employee_fn)(const dsn_employee *employee, void *ctx);

typedef struct dsn_reader {
    dsn_employee_fn on_employee;
    void *ctx;
    dsn_employee current;
    int in_individual;   /* current holds an individual not yet handed on */
    int left_block;      /* a rubric of another block followed its S21.G00.30
                            rubrics: the next S21.G00.30 rubric starts a new
                            individual */
    int last_rubric;     /* number of the last S21.G00.30 rubric (.001 -> 1) */
    size_t line;         /* lines fed so far */
    size_t individuals;  /* individuals handed on */
    size_t rubrics;      /* well-formed rubric lines */
    int seen_footer;     /* S90.G00.90 seen: the file is complete */
} dsn_reader;

void dsn_reader_init(dsn_reader *r, dsn_employee_fn fn, void *ctx);

/** Feed line number r->line + 1 (without its line end). Returns DSN_OK, a
 * dsn_error (the line is skipped, and the individual it stands in is marked
 * damaged), or the callback's non-zero value as its negation. An empty line
 * is skipped. */
int dsn_feed_line(dsn_reader *r, const char *line, size_t len);

/** End of input: hands on the last individual. Returns 0 or the callback's
 * non-zero value as its negation. */
int dsn_finish(dsn_reader *r);

/** A short English description of an error (for messages on stderr). */
const char *dsn_error_message(dsn_error error);

#endif
