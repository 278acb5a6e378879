/*
 * input.h -- an input file as the record readers see it: UTF-8 with LF or
 * CRLF line ends, whatever the file holds (ICU converters, ucnv_*), and the
 * way back for the filters, which copy records as the file had them.
 *
 * Encoding "auto" (the default) looks at the first INPUT_SNIFF bytes: a BOM
 * decides; UTF-8 (ASCII included, and UTF-8 with a few stray invalid
 * bytes) is read as it is, with no conversion and no copy; anything else
 * is given to ICU's charset detection (ucsdet_*),
 * restricted to what French exports use: Windows-1252 (which covers
 * ISO-8859-1 text) and UTF-16LE/BE, or Mac OS Roman for 8-bit text with CR
 * line ends (Excel's "CSV (Macintosh)"). A file whose line ends are CR
 * alone (classic Mac OS) is read with LF line ends and written back with
 * CR.
 *
 * The readers (records.h, csv.h) read `stream` with fread; a new input
 * format reads it the same way.
 */
#ifndef NIRCHECK_INPUT_H
#define NIRCHECK_INPUT_H

#include <stddef.h>
#include <stdio.h>

#include "outbuf.h"

/** Bytes looked at by the detection. */
#define INPUT_SNIFF 65536

typedef struct input_decoder input_decoder;

typedef struct input_source {
    FILE *stream;         /**< UTF-8, LF or CRLF line ends */
    FILE *raw;            /**< the file itself (not closed here) */
    char encoding[32];    /**< ICU name of the file's encoding, "UTF-8" */
    int detected;         /**< 1: `encoding` was guessed (auto, no BOM, not
                               UTF-8): worth one line on stderr */
    unsigned long long stray_line; /**< auto read the file as UTF-8
                               though it has invalid bytes (a few among much
                               valid UTF-8): the line of the first, else 0 */
    int cr_only;          /**< CR line ends, read as LF */
    char bom[4];          /**< the file's BOM as it was written, if any */
    size_t bom_len;
    int transcoded;       /**< `stream` differs from the file's bytes
                               (another encoding, or CR line ends) */
    input_decoder *decoder; /**< NULL when `stream` is `raw` */
} input_source;

/** How input_open looks at a file. */
typedef struct input_settings {
    const char *encoding; /**< ICU name, NULL for auto */
    int sniff;            /**< 0: no look-ahead (--line-buffered: input
                               is read as it comes); auto is then UTF-8 */
    int nul_records;      /**< -z: NUL separates records, so no UTF-16
                               guess */
    int past_ascii;       /**< when the first INPUT_SNIFF bytes of a
                               seekable file are ASCII, decide on the bytes
                               from its first non-ASCII one (CSV input: the
                               rows' names and places are reported) */
} input_settings;

/** Prepare `raw` for reading. Returns 0, or an errno value (read error,
 * ENOMEM); `in` is then unusable. */
int input_open(input_source *in, FILE *raw, const input_settings *settings);

/** Release what input_open made (not `raw`). */
void input_close(input_source *in);

/** 1 when `stream` holds the file's bytes (after any UTF-8 BOM): records
 * can be copied as they are read. */
static inline int input_is_plain(const input_source *in)
{
    return !in->transcoded;
}

/** Write UTF-8 text read from `in` as the file had it (its encoding, CR
 * line ends for a CR-only file). For the filters: records go out as they
 * came in. */
void input_echo(const input_source *in, outbuf *o, const char *data,
                size_t len);

/** 1 when ICU knows the encoding name. */
int input_encoding_known(const char *name);

#endif
