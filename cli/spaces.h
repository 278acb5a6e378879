/*
 * spaces.h -- the white space around a CSV cell as exports write it:
 * ASCII space and controls TAB to CR, the no-break spaces U+00A0 and
 * U+202F (French number formats, a paste from a word processor) and
 * U+FEFF (a byte order mark left inside a file), in UTF-8.
 */
#ifndef NIRCHECK_SPACES_H
#define NIRCHECK_SPACES_H

#include <stddef.h>

/** Drop that white space from both ends of s[0..*len). */
void spaces_trim(const char **s, size_t *len);

#endif
