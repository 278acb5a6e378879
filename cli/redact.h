/*
 * redact.h -- which command-line words never reach stderr: a word that
 * looks like a social-security number (forgot -e, --e=..., a number pasted
 * after the wrong option) is named by its place ("operand 2") instead.
 */
#ifndef NIRCHECK_REDACT_H
#define NIRCHECK_REDACT_H

/** 1 when `s` reads as a number: digits, separators (space, tab, '.', '-',
 * '/', '_', no-break spaces, and the commas, semicolons and quotes of a
 * paste from a CSV file) and the letters of 2A/2B only, with 12 to 16
 * digits and letters, at least 11 of them digits. */
int looks_like_number(const char *s);

/** 1 when `s` must not be echoed: it looks like a number, its part after
 * a '=' does, or it holds 10 digits or more anywhere. */
int redacted_word(const char *s);

#endif
