/*
 * utf8.h -- UTF-8 sequences, for the outputs that must stay UTF-8 whatever
 * the input bytes (JSON strings, the CSV report) and for the encoding
 * detection.
 */
#ifndef NIRCHECK_UTF8_H
#define NIRCHECK_UTF8_H

#include <stddef.h>

#include "outbuf.h"

/** Length of the valid UTF-8 sequence at s[0..len) (1-4), or 0 if it is
 * not one (overlongs, surrogates and code points above U+10FFFF are
 * invalid, and so is a sequence cut by len). */
size_t utf8_sequence(const unsigned char *s, size_t len);

/** Write s[0..len) with each byte of an invalid sequence as U+FFFD. */
void utf8_put_text(outbuf *o, const char *s, size_t len);

#endif
