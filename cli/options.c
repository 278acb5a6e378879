/*
 * options.c -- command-line parsing and --help / --version for nircheck.
 * Names of profiles, date orders and languages are parsed by libnir, so the
 * CLI accepts exactly what the library knows.
 */
#include "options.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "civil_bridge.h"
#include "input.h"
#include "redact.h"

#ifndef NIRCHECK_VERSION
#define NIRCHECK_VERSION NIR_VERSION_STRING
#endif

enum long_only {
    OPT_CSV = 256,
    OPT_COLUMN,
    OPT_SEX_COLUMN,
    OPT_BIRTH_DATE_COLUMN,
    OPT_BIRTHPLACE_COLUMN,
    OPT_DOCUMENT_COUNTRY_COLUMN,
    OPT_DATE_ORDER,
    OPT_PROFILE,
    OPT_SHOW_NUMBER,
    OPT_MASK,
    OPT_JSON,
    OPT_VALID_ONLY,
    OPT_INVALID_ONLY,
    OPT_LINE_BUFFERED,
    OPT_LANG,
    OPT_KEY_COLUMN,
    OPT_REQUIRE_KEY,
    OPT_ENCODING,
    OPT_HELP,
    OPT_DSN,
    OPT_FAIL_ON
};

static const struct option long_options[] = {
    {"value", required_argument, NULL, 'e'},
    {"null-data", no_argument, NULL, 'z'},
    {"csv", no_argument, NULL, OPT_CSV},
    {"column", required_argument, NULL, OPT_COLUMN},
    {"sex-column", required_argument, NULL, OPT_SEX_COLUMN},
    {"birth-date-column", required_argument, NULL, OPT_BIRTH_DATE_COLUMN},
    {"birthplace-column", required_argument, NULL, OPT_BIRTHPLACE_COLUMN},
    {"document-country-column", required_argument, NULL,
     OPT_DOCUMENT_COUNTRY_COLUMN},
    {"date-order", required_argument, NULL, OPT_DATE_ORDER},
    {"no-headers", no_argument, NULL, 'n'},
    {"delimiter", required_argument, NULL, 'd'},
    {"profile", required_argument, NULL, OPT_PROFILE},
    {"show-number", no_argument, NULL, OPT_SHOW_NUMBER},
    {"mask", no_argument, NULL, OPT_MASK},
    {"json", no_argument, NULL, OPT_JSON},
    {"valid-only", no_argument, NULL, OPT_VALID_ONLY},
    {"invalid-only", no_argument, NULL, OPT_INVALID_ONLY},
    {"count", no_argument, NULL, 'c'},
    {"quiet", no_argument, NULL, 'q'},
    {"no-messages", no_argument, NULL, 's'},
    {"line-buffered", no_argument, NULL, OPT_LINE_BUFFERED},
    {"jobs", required_argument, NULL, 'j'},
    {"lang", required_argument, NULL, OPT_LANG},
    {"key-column", required_argument, NULL, OPT_KEY_COLUMN},
    {"require-key", no_argument, NULL, OPT_REQUIRE_KEY},
    {"encoding", required_argument, NULL, OPT_ENCODING},
    {"with-filename", no_argument, NULL, 'H'},
    {"no-filename", no_argument, NULL, 'h'},
    {"dsn", no_argument, NULL, OPT_DSN},
    {"fail-on", required_argument, NULL, OPT_FAIL_ON},
    {"help", no_argument, NULL, OPT_HELP},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0}};

void print_help(void)
{
    printf(
        "Usage: nircheck [OPTION]... [FILE]...\n"
        "       nircheck [OPTION]... -e NIR [-e NIR]...\n"
        "Check French social-security numbers (NIR), one record per line of\n"
        "each FILE (standard input when there is none or FILE is -).\n"
        "\n"
        "Input:\n"
        "  -e, --value=NIR          check NIR (repeatable); no FILE then means\n"
        "                           no standard input\n"
        "  -z, --null-data          records end with NUL, not newline\n"
        "      --csv                RFC 4180 CSV input with a header row\n"
        "      --column=NAME|N      column holding the number (default 1)\n"
        "      --key-column=NAME|N  column holding the key of a 13-character\n"
        "                           number (7 = 07); a 15-character one must\n"
        "                           agree with it\n"
        "      --require-key        13 characters without a key are invalid\n"
        "  -n, --no-headers         the CSV input has no header row\n"
        "  -d, --delimiter=CHAR     CSV field delimiter ('tab' for a tab;\n"
        "                           default: found in the header: , ; tab |)\n"
        "      --encoding=NAME      input encoding, any name ICU knows\n"
        "                           (windows-1252, latin1, utf-16, ...);\n"
        "                           default auto: BOM, UTF-8, else detected\n"
        "      --profile=NAME       standard (default), dsn or lenient\n"
        "\n"
        "Civil-status checks (CSV input):\n"
        "      --sex-column=NAME|N\n"
        "      --birth-date-column=NAME|N\n"
        "      --birthplace-column=NAME|N\n"
        "      --document-country-column=NAME|N\n"
        "      --date-order=ORDER   dmy, mdy or ymd for numeric dates\n"
        "\n"
        "DSN files (one record per employee, block S21.G00.30):\n"
        "      --dsn                each FILE is a DSN: check every employee's\n"
        "                           NIR (or NTT) and civil-status data\n"
        "      --fail-on=WHAT       inconsistent (default: invalid numbers and\n"
        "                           civil mismatches give exit 1) or invalid\n"
        "\n"
        "Output:\n"
        "      --json               JSON Lines, one object per record\n"
        "      --show-number        include the number, its order, key and\n"
        "                           the corrections of a wrong key\n"
        "      --mask               show the number masked, nothing more\n"
        "      --valid-only         print the records that pass, unchanged\n"
        "                           (with --json: their objects)\n"
        "      --invalid-only       print the records that fail, unchanged\n"
        "  -c, --count              print totals per verdict, kind and error\n"
        "  -q, --quiet              print nothing; stop at the first failure\n"
        "                           (wins over -c and the filters)\n"
        "  -H, --with-filename      prefix records with the file name\n"
        "                           (default with several files)\n"
        "  -h, --no-filename        never prefix them\n"
        "  -s, --no-messages        no messages about unreadable files\n"
        "      --line-buffered      flush the output after every record\n"
        "  -j, --jobs=N             threads for -c, --valid-only and\n"
        "                           --invalid-only (1-%d; default: one per\n"
        "                           CPU, at most %d)\n"
        "      --lang=LANG          en (default) or fr for the text output\n"
        "      --help               show this help and exit\n"
        "  -V, --version            show versions and exit\n"
        "\n"
        "Numbers, orders, keys and corrections are shown only with\n"
        "--show-number; stderr never shows any (see PRIVACY in nircheck(1)).\n"
        "\n"
        "Exit status: 0 if every record is valid, 1 if at least one is not,\n"
        "2 on a usage or I/O error or a CSV file that cannot be read as\n"
        "asked. See nircheck(1).\n",
        OPTIONS_MAX_JOBS, OPTIONS_DEFAULT_JOBS_MAX);
}

static void print_version(void)
{
    printf("nircheck %s (libnir %s, %s)\n", NIRCHECK_VERSION,
           nir_version_string(), nir_data_version());
}

/* A word of the command line that looks like a number is not repeated:
 * the message says so instead (see redact.h). */
static int usage(const char *message, const char *arg)
{
    size_t len = strlen(message);

    if (arg && redacted_word(arg))
        fprintf(stderr,
                "nircheck: %.*s (not shown: it looks like a number; to check "
                "a number, use -e NIR)\n",
                (int)(len > 0 && message[len - 1] == ':' ? len - 1 : len),
                message);
    else if (arg)
        fprintf(stderr, "nircheck: %s '%s'\n", message, arg);
    else
        fprintf(stderr, "nircheck: %s\n", message);
    fputs("Try 'nircheck --help' for more information.\n", stderr);
    return -1;
}

/* -j N: 1 to OPTIONS_MAX_JOBS, digits only. The message does not repeat
 * the argument: it might be a number pasted in the wrong place. */
static int parse_jobs(const char *arg, unsigned *jobs)
{
    unsigned n = 0;

    for (const char *p = arg; *p; p++) {
        if (*p < '0' || *p > '9' || n > OPTIONS_MAX_JOBS)
            break;
        n = n * 10 + (unsigned)(*p - '0');
        if (p[1] == '\0' && n >= 1 && n <= OPTIONS_MAX_JOBS) {
            *jobs = n;
            return 0;
        }
    }
#define NIR_STR_(x) #x
#define NIR_STR(x) NIR_STR_(x)
    return usage("invalid number of jobs (-j takes 1 to " NIR_STR(
                     OPTIONS_MAX_JOBS) ")",
                 NULL);
#undef NIR_STR
#undef NIR_STR_
}

static int parse_column(const char *arg, column_ref *col)
{
    size_t n = 0;
    const char *p = arg;

    col->given = 1;
    col->name = NULL;
    col->number = 0;
    if (*p == '\0')
        return usage("empty column name", NULL);
    while (*p >= '0' && *p <= '9') {
        if (n > 100000)
            return usage("column number too large:", arg);
        n = n * 10 + (size_t)(*p - '0');
        p++;
    }
    if (*p != '\0') { /* not all digits: a header name */
        col->name = arg;
        return 0;
    }
    if (n == 0)
        return usage("columns are numbered from 1:", arg);
    col->number = n;
    return 0;
}

static int parse_delimiter(const char *arg, char *out)
{
    if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0) {
        *out = '\t';
        return 0;
    }
    if (strlen(arg) != 1 || arg[0] == '"' || arg[0] == '\r' ||
        arg[0] == '\n')
        return usage("the delimiter must be one character (not a quote):",
                     arg);
    *out = arg[0];
    return 0;
}

static int parse_lang(const char *arg, nir_lang *out)
{
    if (strcmp(arg, "en") == 0)
        *out = NIR_LANG_EN;
    else if (strcmp(arg, "fr") == 0)
        *out = NIR_LANG_FR;
    else
        return usage("unknown language (en, fr):", arg);
    return 0;
}

/* The mode options as given; resolved by resolve_mode(). */
typedef struct mode_flags {
    int valid_only, invalid_only, count, quiet;
} mode_flags;

/* As with grep, -q wins over every other output choice; --json with a
 * filter gives objects for the selected records only. */
static int resolve_mode(options *o, const mode_flags *m)
{
    if (m->quiet) {
        o->mode = MODE_QUIET;
        o->json = 0;
        return 0;
    }
    if (m->valid_only + m->invalid_only + m->count > 1)
        return usage("choose one of --valid-only, --invalid-only, -c", NULL);
    if (m->count)
        o->mode = MODE_COUNT;
    else if ((m->valid_only || m->invalid_only) && o->json) {
        o->mode = MODE_REPORT;
        o->select = m->valid_only ? SELECT_VALID : SELECT_INVALID;
    } else if (m->valid_only)
        o->mode = MODE_VALID_ONLY;
    else if (m->invalid_only)
        o->mode = MODE_INVALID_ONLY;
    return 0;
}

/* --dsn: the DSN file says where everything is; --csv and --json choose
 * the output, and the filters print records of whole employees. */
static int check_dsn_combinations(options *o, const mode_flags *m)
{
    if (m->valid_only + m->invalid_only + m->count + m->quiet > 1)
        return usage("choose one of --valid-only, --invalid-only, -c, -q",
                     NULL);
    o->mode = m->valid_only     ? MODE_VALID_ONLY
              : m->invalid_only ? MODE_INVALID_ONLY
              : m->count        ? MODE_COUNT
              : m->quiet        ? MODE_QUIET
                                : MODE_REPORT;
    if (o->value_count > 0 || o->null_data || o->column.given ||
        o->no_headers || o->delimiter_given || o->sex_column.given ||
        o->birth_date_column.given || o->birthplace_column.given ||
        o->document_country_column.given || o->key_column.given ||
        o->require_key || o->encoding ||
        o->date_order != NIR_DATE_ORDER_UNSPECIFIED)
        return usage("--dsn reads DSN files: -e, -z, --column, "
                     "--key-column, --require-key, --encoding, -n, -d, "
                     "--date-order and the civil-status columns do not "
                     "apply",
                     NULL);
    if (o->json && o->csv)
        return usage("choose one of --json and --csv", NULL);
    o->format = o->json ? FORMAT_JSON : o->csv ? FORMAT_CSV : FORMAT_TEXT;
    o->profile = NIR_PROFILE_DSN;
    return 0;
}

/* Cross-option rules, checked once everything is read. */
static int check_combinations(options *o, const mode_flags *modes)
{
    int civil_columns = o->sex_column.given || o->birth_date_column.given ||
                        o->birthplace_column.given ||
                        o->document_country_column.given;

    if (o->dsn)
        return check_dsn_combinations(o, modes);
    if (o->fail_on_invalid)
        return usage("--fail-on applies to --dsn", NULL);
    if (resolve_mode(o, modes) != 0)
        return -1;
    if (o->csv && o->null_data)
        return usage("--csv and -z cannot be combined", NULL);
    if (o->csv && o->value_count > 0)
        return usage("--csv reads files, not -e values", NULL);
    if (!o->csv && (o->column.given || o->no_headers || civil_columns ||
                    o->delimiter_given || o->key_column.given))
        return usage("--column, --key-column, -n, -d and the civil-status "
                     "columns need --csv",
                     NULL);
    if (!o->csv && o->date_order != NIR_DATE_ORDER_UNSPECIFIED)
        return usage("--date-order needs --csv and civil-status columns",
                     NULL);
    o->civil = civil_columns || o->date_order != NIR_DATE_ORDER_UNSPECIFIED;
    if (o->civil && !civil_available())
        return usage("civil-status checks are not available in this build",
                     NULL);
    if (o->no_headers) {
        const column_ref *cols[] = {&o->column, &o->key_column,
                                    &o->sex_column,
                                    &o->birth_date_column,
                                    &o->birthplace_column,
                                    &o->document_country_column};
        for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
            if (cols[i]->name != NULL)
                return usage("without a header row, columns are numbers:",
                             cols[i]->name);
    }
    if (!o->column.given) {
        o->column.given = 1;
        o->column.number = 1;
    }
    if (o->with_filename < 0)
        o->with_filename = o->file_count > 1;
    if (o->require_key)
        o->profile = (nir_profile)(o->profile | NIR_REQUIRE_KEY);
    if (o->json)
        o->format = FORMAT_JSON;
    else if (o->csv)
        o->format = FORMAT_CSV;
    else
        o->format = FORMAT_TEXT;
    return 0;
}

parse_result parse_options(int argc, char **argv, options *opts,
                           const char **values)
{
    int ch, err = 0;
    mode_flags modes = {0, 0, 0, 0};

    memset(opts, 0, sizeof *opts);
    opts->mode = MODE_REPORT;
    opts->profile = NIR_PROFILE_STANDARD;
    opts->lang = NIR_LANG_EN;
    opts->delimiter = ',';
    opts->with_filename = -1;
    opts->values = values;
    opterr = 0; /* our own messages */
    optind = 1;
    while (!err &&
           (ch = getopt_long(argc, argv, ":e:zcqsnd:j:HhV", long_options,
                             NULL)) != -1) {
        switch (ch) {
        case 'e':
            values[opts->value_count++] = optarg;
            break;
        case 'z':
            opts->null_data = 1;
            break;
        case OPT_CSV:
            opts->csv = 1;
            break;
        case OPT_COLUMN:
            err = parse_column(optarg, &opts->column);
            break;
        case OPT_SEX_COLUMN:
            err = parse_column(optarg, &opts->sex_column);
            break;
        case OPT_BIRTH_DATE_COLUMN:
            err = parse_column(optarg, &opts->birth_date_column);
            break;
        case OPT_BIRTHPLACE_COLUMN:
            err = parse_column(optarg, &opts->birthplace_column);
            break;
        case OPT_DOCUMENT_COUNTRY_COLUMN:
            err = parse_column(optarg, &opts->document_country_column);
            break;
        case OPT_DATE_ORDER:
            if (!civil_available())
                err = usage("civil-status checks are not available in this "
                            "build",
                            NULL);
            else if (civil_parse_date_order(optarg, &opts->date_order) != 0)
                err = usage("unknown date order (dmy, mdy, ymd):", optarg);
            break;
        case 'n':
            opts->no_headers = 1;
            break;
        case 'd':
            err = parse_delimiter(optarg, &opts->delimiter);
            opts->delimiter_given = 1;
            break;
        case OPT_KEY_COLUMN:
            err = parse_column(optarg, &opts->key_column);
            break;
        case OPT_REQUIRE_KEY:
            opts->require_key = 1;
            break;
        case OPT_ENCODING:
            if (strcmp(optarg, "auto") == 0)
                opts->encoding = NULL;
            else if (!input_encoding_known(optarg))
                err = usage("unknown encoding:", optarg);
            else
                opts->encoding = optarg;
            break;
        case 'H':
            opts->with_filename = 1;
            break;
        case 'h':
            opts->with_filename = 0;
            break;
        case OPT_PROFILE:
            if (nir_profile_from_name(optarg, strlen(optarg),
                                      &opts->profile) != NIR_OK)
                err = usage("unknown profile (standard, dsn, lenient):",
                            optarg);
            break;
        case OPT_SHOW_NUMBER:
            opts->show_number = 1;
            break;
        case OPT_MASK:
            opts->mask = 1;
            break;
        case OPT_JSON:
            opts->json = 1;
            break;
        case OPT_VALID_ONLY:
            modes.valid_only = 1;
            break;
        case OPT_INVALID_ONLY:
            modes.invalid_only = 1;
            break;
        case 'c':
            modes.count = 1;
            break;
        case 'q':
            modes.quiet = 1;
            break;
        case 's':
            opts->no_messages = 1;
            break;
        case OPT_LINE_BUFFERED:
            opts->line_buffered = 1;
            break;
        case 'j':
            err = parse_jobs(optarg, &opts->jobs);
            break;
        case OPT_LANG:
            err = parse_lang(optarg, &opts->lang);
            break;
        case OPT_DSN:
            opts->dsn = 1;
            break;
        case OPT_FAIL_ON:
            if (strcmp(optarg, "invalid") == 0)
                opts->fail_on_invalid = 1;
            else if (strcmp(optarg, "inconsistent") == 0)
                opts->fail_on_invalid = 0;
            else
                err = usage("--fail-on takes 'invalid' or 'inconsistent'",
                            NULL);
            break;
        case OPT_HELP:
            print_help();
            return PARSE_EXIT_OK;
        case 'V':
            print_version();
            return PARSE_EXIT_OK;
        case ':':
        default: {
            /* optopt names a short option; a long one is in argv */
            char short_name[3] = {'-', (char)optopt, '\0'};
            const char *name = optopt > 0 && optopt < 256
                                   ? short_name
                                   : argv[optind - 1];
            err = usage(ch == ':' ? "missing argument for" : "unknown option",
                        name);
            break;
        }
        }
    }
    if (err)
        return PARSE_USAGE;
    opts->files = argv + optind;
    opts->file_count = (size_t)(argc - optind);
    if (check_combinations(opts, &modes) != 0)
        return PARSE_USAGE;
    return PARSE_RUN;
}
