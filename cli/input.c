/*
 * input.c -- see input.h. A file that needs work (another encoding, CR
 * line ends, or a look-ahead on a pipe that cannot seek back) is read
 * through a stdio cookie stream (fopencookie) so that the readers keep
 * their fread loop; a seekable UTF-8 file is rewound and read directly.
 */
#define _GNU_SOURCE /* fopencookie */
#include "input.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "utf8.h"

#define PIVOT_UNITS 1024
#define SOURCE_CHUNK 16384

struct input_decoder {
    FILE *raw;
    char *prefix; /* the bytes read by the detection, replayed first */
    size_t prefix_pos, prefix_len;
    UConverter *from;    /* the file's encoding; NULL: bytes pass through */
    UConverter *to_utf8; /* for `from` */
    UConverter *back;    /* UTF-8 to the file's encoding (input_echo) */
    UConverter *back_utf8;
    UChar pivot[PIVOT_UNITS];
    UChar *pivot_source, *pivot_target;
    char source[SOURCE_CHUNK];
    size_t source_pos, source_end;
    int source_eof; /* no byte left after source[source_end] */
    int reset;
    int cr_to_lf;      /* CR line ends: 1 yes, 0 no, -1 not decided */
    char carry[4];     /* input_echo: a UTF-8 sequence cut between pieces */
    size_t carry_len;
};

int input_encoding_known(const char *name)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *c = ucnv_open(name, &err);

    if (c)
        ucnv_close(c);
    return c != NULL && U_SUCCESS(err);
}

/* 1 when p[0..n) is UTF-8; a sequence cut by the end counts as valid when
 * `more` (the sniff stopped there, not the file). */
static int utf8_valid(const unsigned char *p, size_t n, int more)
{
    size_t i = 0;

    while (i < n) {
        unsigned char b = p[i];
        size_t need;
        unsigned cp, min;

        if (b < 0x80) {
            uint64_t w;
            /* ASCII, the common case: eight bytes at a time */
            while (i + 8 <= n && (memcpy(&w, p + i, 8), (w & 0x8080808080808080u) == 0))
                i += 8;
            if (i < n && p[i] < 0x80)
                i++;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF)
            need = 1, cp = b & 0x1Fu, min = 0x80;
        else if (b >= 0xE0 && b <= 0xEF)
            need = 2, cp = b & 0x0Fu, min = 0x800;
        else if (b >= 0xF0 && b <= 0xF4)
            need = 3, cp = b & 0x07u, min = 0x10000;
        else
            return 0;
        if (i + need >= n)
            return more; /* cut by the end of what was read */
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += need + 1;
    }
    return 1;
}

/* Valid multi-byte sequences and invalid bytes in p[0..n) (a sequence cut
 * by the end is neither); *first_bad: offset of the first invalid byte. */
static void utf8_tally(const unsigned char *p, size_t n, size_t *multi,
                       size_t *bad, size_t *first_bad)
{
    *multi = *bad = 0;
    *first_bad = n;
    for (size_t i = 0; i < n;) {
        size_t len = utf8_sequence(p + i, n - i);

        if (len == 0 && n - i < 4 && utf8_valid(p + i, n - i, 1))
            break; /* cut by the end */
        if (len == 0 && (*bad)++ == 0)
            *first_bad = i;
        *multi += len > 1;
        i += len > 0 ? len : 1;
    }
}

/* CR line ends: a CR and no LF in the first bytes. */
static int cr_only(const char *p, size_t n)
{
    return memchr(p, '\r', n) != NULL && memchr(p, '\n', n) == NULL;
}

static int is_one_of(const char *name, const char *const *names)
{
    for (; *names; names++)
        if (ucnv_compareNames(name, *names) == 0)
            return 1;
    return 0;
}

/* UTF-16 without a BOM: ASCII text has a NUL in every other byte. */
static const char *utf16_by_zeros(const unsigned char *p, size_t n)
{
    size_t even = 0, odd = 0;

    n = n > 4096 ? 4096 : n & ~(size_t)1;
    for (size_t i = 0; i < n; i += 2) {
        even += p[i] == 0;
        odd += p[i + 1] == 0;
    }
    if (n >= 4 && odd * 4 >= n / 2 && even * 8 < odd)
        return "UTF-16LE";
    if (n >= 4 && even * 4 >= n / 2 && odd * 8 < even)
        return "UTF-16BE";
    return NULL;
}

/* ICU's detection for a file that is not UTF-8, kept to the 8-bit
 * encodings of French exports (UTF-16 is told by its zero bytes before).
 * ISO-8859-1 is read as Windows-1252, its superset for text (the C1
 * controls 80-9F become the letters and signs that Windows puts there). */
static const char *detect(const unsigned char *p, size_t n)
{
    static const char *const latin[] = {"ISO-8859-1", "windows-1252",
                                        "ISO-8859-15", NULL};
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *csd = ucsdet_open(&err);
    const char *chosen = NULL;

    if (csd != NULL) {
        int32_t found = 0;
        const UCharsetMatch **m;

        ucsdet_setText(csd, (const char *)p, (int32_t)n, &err);
        m = U_SUCCESS(err) ? ucsdet_detectAll(csd, &found, &err) : NULL;
        for (int32_t i = 0; m && U_SUCCESS(err) && i < found && !chosen;
             i++) {
            const char *name = ucsdet_getName(m[i], &err);
            if (U_FAILURE(err) || name == NULL)
                break;
            if (is_one_of(name, latin))
                chosen = "windows-1252";
        }
        ucsdet_close(csd);
    }
    return chosen ? chosen : "windows-1252";
}

/* The 1-based line of offset `at` in p (CR-only text counts its CRs). */
static unsigned long long line_of(const char *p, size_t at, int crs)
{
    unsigned long long line = 1;
    const char *end = p + at;

    while ((p = memchr(p, crs ? '\r' : '\n', (size_t)(end - p))) != NULL) {
        line++;
        p++;
    }
    return line;
}

/* The encoding of text without a BOM that is not UTF-16, from p[0..n):
 * UTF-8 when it is, or when its valid multi-byte sequences outnumber its
 * invalid bytes (a UTF-8 export with a few stray Latin-1 bytes pasted in:
 * read as Windows-1252 its valid text would be garbled, its no-break spaces
 * in numbers with it); *stray then receives the first invalid byte's
 * offset, else n. */
static const char *text_encoding(const unsigned char *p, size_t n, int more,
                                 int crs, size_t *stray)
{
    size_t multi, bad;

    *stray = n;
    if (utf8_valid(p, n, more))
        return "UTF-8";
    utf8_tally(p, n, &multi, &bad, stray);
    if (multi > bad)
        return "UTF-8";
    *stray = n;
    /* 8-bit text with CR line ends comes from a Mac: Excel's "CSV
     * (Macintosh)" and classic Mac OS write Mac OS Roman */
    return crs ? "macintosh" : detect(p, n);
}

/* Offset of the first byte above ASCII in p[0..n), or n. */
static size_t ascii_prefix(const unsigned char *p, size_t n)
{
    size_t i = 0;
    uint64_t w;

    while (i + 8 <= n &&
           (memcpy(&w, p + i, 8), (w & 0x8080808080808080u) == 0))
        i += 8;
    while (i < n && p[i] < 0x80)
        i++;
    return i;
}

/* The 1-based line of offset `end` of the file, read from `start` (the
 * start of its text) in buf (INPUT_SNIFF bytes). */
static unsigned long long line_at(FILE *raw, off_t start, off_t end,
                                  int crs, unsigned char *buf)
{
    unsigned long long line = 1;
    off_t left = end - start;
    size_t n;

    if (fseeko(raw, start, SEEK_SET) != 0)
        return 0;
    while (left > 0 &&
           (n = fread(buf, 1, left < INPUT_SNIFF ? (size_t)left : INPUT_SNIFF,
                      raw)) > 0) {
        line += line_of((char *)buf, n, crs) - 1;
        left -= (off_t)n;
    }
    return line;
}

/* An ASCII start decides nothing: read on from `from` (the end of the
 * sniff of the text that starts at `start`) to the first non-ASCII byte
 * and decide on the INPUT_SNIFF bytes from there. The file is left at
 * `from`. */
static const char *past_ascii(input_source *in, FILE *raw, off_t start,
                              off_t from, int crs)
{
    unsigned char *buf = malloc(2 * (size_t)INPUT_SNIFF);
    const char *enc = "UTF-8";
    off_t at = from; /* of buf[0] */
    size_t n;

    if (buf == NULL)
        return enc;
    while ((n = fread(buf, 1, INPUT_SNIFF, raw)) > 0) {
        size_t i = ascii_prefix(buf, n), stray;

        if (i == n) {
            at += (off_t)n;
            continue;
        }
        at += (off_t)i;
        memmove(buf, buf + i, n - i);
        n -= i;
        n += fread(buf + n, 1, INPUT_SNIFF, raw);
        enc = text_encoding(buf, n, !feof(raw), crs, &stray);
        clearerr(raw);
        if (stray < n) /* rare: the file is read again for the line */
            in->stray_line = line_at(raw, start, at + (off_t)stray, crs, buf);
        break;
    }
    free(buf);
    clearerr(raw);
    if (fseeko(raw, from, SEEK_SET) != 0)
        enc = "UTF-8"; /* cannot happen on a file that seeked before */
    return enc;
}

static size_t fill_from(input_decoder *d, char *buf, size_t size)
{
    size_t n = 0;

    if (d->prefix_pos < d->prefix_len) {
        n = d->prefix_len - d->prefix_pos;
        if (n > size)
            n = size;
        memcpy(buf, d->prefix + d->prefix_pos, n);
        d->prefix_pos += n;
        return n;
    }
    return fread(buf, 1, size, d->raw);
}

/* The next bytes of the file for the converter; 0 or -1 (errno set). */
static int fill_source(input_decoder *d)
{
    size_t n;

    d->source_pos = 0;
    n = fill_from(d, d->source, sizeof d->source);
    d->source_end = n;
    if (n == 0) {
        if (ferror(d->raw)) {
            if (errno == 0)
                errno = EIO;
            return -1;
        }
        d->source_eof = 1;
    }
    return 0;
}

static void lf_for_cr(input_decoder *d, char *buf, size_t n)
{
    if (d->cr_to_lf < 0)
        d->cr_to_lf = cr_only(buf, n);
    if (d->cr_to_lf)
        for (char *p = buf; (p = memchr(p, '\r', n - (size_t)(p - buf)));)
            *p++ = '\n';
}

static ssize_t decoder_read(void *cookie, char *buf, size_t size)
{
    input_decoder *d = cookie;

    if (d->from == NULL) {
        size_t n = fill_from(d, buf, size);
        if (n == 0 && ferror(d->raw))
            return -1;
        if (n > 0)
            lf_for_cr(d, buf, n);
        return (ssize_t)n;
    }
    for (;;) {
        char *target = buf;
        const char *source;
        UErrorCode err = U_ZERO_ERROR;

        if (d->source_pos == d->source_end && !d->source_eof &&
            fill_source(d) != 0)
            return -1;
        source = d->source + d->source_pos;
        ucnv_convertEx(d->to_utf8, d->from, &target, buf + size, &source,
                       d->source + d->source_end, d->pivot, &d->pivot_source,
                       &d->pivot_target, d->pivot + PIVOT_UNITS, d->reset ? 1 : 0,
                       d->source_eof ? 1 : 0, &err);
        d->reset = 0;
        d->source_pos = (size_t)(source - d->source);
        if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR) {
            errno = EILSEQ;
            return -1;
        }
        if (target > buf) {
            lf_for_cr(d, buf, (size_t)(target - buf));
            return target - buf;
        }
        if (d->source_eof)
            return 0;
    }
}

static int decoder_close(void *cookie)
{
    (void)cookie; /* freed by input_close, which echo may still need */
    return 0;
}

static void decoder_free(input_decoder *d)
{
    if (d == NULL)
        return;
    ucnv_close(d->from);
    ucnv_close(d->to_utf8);
    ucnv_close(d->back);
    ucnv_close(d->back_utf8);
    free(d->prefix);
    free(d);
}

/* Converters for `encoding` (NULL: bytes pass through). */
static int decoder_converters(input_decoder *d, const char *encoding)
{
    UErrorCode err = U_ZERO_ERROR;

    if (encoding == NULL)
        return 0;
    d->from = ucnv_open(encoding, &err);
    d->to_utf8 = ucnv_open("UTF-8", &err);
    /* "UTF-16"/"UTF-32" would write a BOM before every echoed record; the
     * BOM of the file is written once (run_echo_bom), and without one ICU
     * reads these as big-endian */
    d->back = ucnv_open(ucnv_compareNames(encoding, "UTF-16") == 0
                            ? "UTF-16BE"
                        : ucnv_compareNames(encoding, "UTF-32") == 0
                            ? "UTF-32BE"
                            : encoding,
                        &err);
    d->back_utf8 = ucnv_open("UTF-8", &err);
    d->pivot_source = d->pivot_target = d->pivot;
    d->reset = 1;
    return U_SUCCESS(err) ? 0 : -1;
}

/* A cookie stream over `raw` that replays prefix[skip..len) first. Takes
 * `prefix`. */
static int open_decoder(input_source *in, char *prefix, size_t skip,
                        size_t len, const char *encoding, int crs)
{
    static const cookie_io_functions_t io = {decoder_read, NULL, NULL,
                                             decoder_close};
    input_decoder *d = calloc(1, sizeof *d);

    if (d == NULL) {
        free(prefix);
        return ENOMEM;
    }
    d->raw = in->raw;
    d->prefix = prefix;
    d->prefix_pos = skip;
    d->prefix_len = len;
    d->cr_to_lf = encoding ? -1 : crs;
    if (decoder_converters(d, encoding) != 0) {
        decoder_free(d);
        return ENOMEM;
    }
    in->decoder = d;
    in->stream = fopencookie(d, "r", io);
    if (in->stream == NULL) {
        in->decoder = NULL;
        decoder_free(d);
        return ENOMEM;
    }
    return 0;
}

/* A BOM at the start: its encoding (*len its length), or NULL. */
static const char *bom_encoding(const char *p, size_t n, size_t *len)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t sig = 0;
    const char *name = ucnv_detectUnicodeSignature(p, (int32_t)(n > 4 ? 4 : n),
                                                   &sig, &err);

    *len = U_SUCCESS(err) && name && sig > 0 && sig <= 4 ? (size_t)sig : 0;
    return *len ? name : NULL;
}

static int is_utf8(const char *name)
{
    return ucnv_compareNames(name, "UTF-8") == 0 ||
           ucnv_compareNames(name, "utf8") == 0;
}

/* Which Unicode encodings may carry a BOM that we strip when asked for. */
static int is_unicode(const char *name)
{
    static const char *const names[] = {"UTF-8",    "UTF-16",   "UTF-16LE",
                                        "UTF-16BE", "UTF-32",   "UTF-32LE",
                                        "UTF-32BE", NULL};
    return is_one_of(name, names);
}

int input_open(input_source *in, FILE *raw, const input_settings *st)
{
    char *prefix;
    size_t n, bom = 0;
    const char *enc = st->encoding, *signature;
    off_t at;

    memset(in, 0, sizeof *in);
    in->raw = in->stream = raw;
    strcpy(in->encoding, "UTF-8");
    if (!st->sniff && (enc == NULL || is_utf8(enc)))
        return 0;
    prefix = malloc(INPUT_SNIFF);
    if (prefix == NULL)
        return ENOMEM;
    at = ftello(raw);
    n = st->sniff ? fread(prefix, 1, INPUT_SNIFF, raw) : 0;
    if (ferror(raw)) {
        int e = errno ? errno : EIO;
        free(prefix);
        return e;
    }
    signature = bom_encoding(prefix, n, &bom);
    if (signature && (enc == NULL || (is_unicode(enc) &&
                                      ucnv_compareNames(enc, "UTF-8") != 0)))
        enc = signature; /* the BOM tells the byte order too */
    else if (signature && !(enc && is_utf8(enc) && is_utf8(signature)))
        bom = 0; /* not a BOM in the encoding given */
    if (enc == NULL) {
        const unsigned char *p = (const unsigned char *)prefix;
        if (n >= 4 && memcmp(p, "PK\3\4", 4) == 0)
            enc = "UTF-8"; /* a zip archive (a workbook): bytes as they are,
                              for the readers to refuse */
        else if (!st->nul_records && (enc = utf16_by_zeros(p, n)) != NULL)
            in->detected = 1;
        else {
            int crs = cr_only(prefix, n);
            size_t stray;

            enc = text_encoding(p, n, n == INPUT_SNIFF, crs, &stray);
            if (stray < n)
                in->stray_line = line_of(prefix, stray, crs);
            else if (st->past_ascii && n == INPUT_SNIFF && at >= 0 &&
                     ascii_prefix(p, n) == n)
                enc = past_ascii(in, raw, at, at + (off_t)n, crs);
            in->detected = !is_utf8(enc);
        }
    }
    snprintf(in->encoding, sizeof in->encoding, "%s", enc);
    memcpy(in->bom, prefix, bom);
    in->bom_len = bom;
    if (is_utf8(enc)) {
        in->cr_only = cr_only(prefix + bom, n - bom);
        if (!in->cr_only && at >= 0 && fseeko(raw, at, SEEK_SET) == 0) {
            free(prefix); /* read again by the reader, which skips a BOM */
            return 0;
        }
        clearerr(raw);
        in->transcoded = in->cr_only;
        return open_decoder(in, prefix, bom, n, NULL, in->cr_only);
    }
    in->transcoded = 1;
    return open_decoder(in, prefix, bom, n, enc, 0);
}

void input_close(input_source *in)
{
    if (in->decoder) {
        fclose(in->stream); /* the cookie stream; raw stays open */
        decoder_free(in->decoder);
    }
    in->decoder = NULL;
    in->stream = NULL;
}

/* UTF-8 text to the file's encoding, in pieces. */
static void convert_piece(input_decoder *d, outbuf *o, const char *data,
                          size_t len)
{
    UChar pivot[256], *ps = pivot, *pt = pivot;
    const char *source = data;
    int first = 1;

    for (;;) {
        char out[4096], *target = out;
        UErrorCode err = U_ZERO_ERROR;

        ucnv_convertEx(d->back, d->back_utf8, &target, out + sizeof out,
                       &source, data + len, pivot, &ps, &pt, pivot + 256,
                       first ? 1 : 0, 1, &err);
        first = 0;
        outbuf_put(o, out, (size_t)(target - out));
        if (err != U_BUFFER_OVERFLOW_ERROR)
            return;
    }
}

/* Length of the UTF-8 sequence that starts with byte b (1 for a stray
 * byte, which the converter substitutes). */
static size_t sequence_len(unsigned char b)
{
    return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

/* Bytes at the end of data[0..len) that start a sequence cut by the end. */
static size_t cut_tail(const char *data, size_t len)
{
    for (size_t back = 1; back <= 3 && back <= len; back++) {
        unsigned char b = (unsigned char)data[len - back];
        if ((b & 0xC0) != 0x80)
            return sequence_len(b) > back ? back : 0;
    }
    return 0;
}

/* UTF-8 to the file's encoding. An overlong record comes in pieces: a
 * sequence cut between two waits in d->carry for the rest. */
static void echo_converted(input_decoder *d, outbuf *o, const char *data,
                           size_t len)
{
    size_t keep;

    if (d->carry_len > 0) {
        char joined[4];
        size_t want = sequence_len((unsigned char)d->carry[0]);
        size_t take = want - d->carry_len < len ? want - d->carry_len : len;

        memcpy(joined, d->carry, d->carry_len);
        memcpy(joined + d->carry_len, data, take);
        data += take;
        len -= take;
        if (d->carry_len + take < want) {
            memcpy(d->carry, joined, d->carry_len + take);
            d->carry_len += take;
            return;
        }
        d->carry_len = 0;
        convert_piece(d, o, joined, want);
    }
    keep = cut_tail(data, len);
    convert_piece(d, o, data, len - keep);
    memcpy(d->carry, data + len - keep, keep);
    d->carry_len = keep;
}

void input_echo(const input_source *in, outbuf *o, const char *data,
                size_t len)
{
    input_decoder *d = in->decoder;

    if (!in->transcoded) {
        outbuf_put(o, data, len);
        return;
    }
    if (d->cr_to_lf > 0) {
        char piece[1024];
        while (len > 0) {
            size_t n = len < sizeof piece ? len : sizeof piece;
            while (n < len && n > 1 && (data[n] & 0xC0) == 0x80)
                n--; /* not inside a UTF-8 sequence */
            for (size_t i = 0; i < n; i++)
                piece[i] = data[i] == '\n' ? '\r' : data[i];
            if (d->from)
                echo_converted(d, o, piece, n);
            else
                outbuf_put(o, piece, n);
            data += n;
            len -= n;
        }
        return;
    }
    echo_converted(d, o, data, len);
}
