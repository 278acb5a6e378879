/*
 * unicode_digits.h -- the Unicode decimal digits, as a table generated
 * from ICU's data by tools/gen_unicode_digits.c (lib/unicode_digits.c).
 */
#ifndef NIR_UNICODE_DIGITS_H
#define NIR_UNICODE_DIGITS_H

#include <stddef.h>
#include <stdint.h>

/* Ascending first code points of the runs of ten digits 0-9. */
extern const int32_t nir_unicode_digit_zeros_[];
extern const size_t nir_unicode_digit_runs_;

/* The value 0-9 of a decimal digit code point, or -1 if cp is not one. */
int nir_unicode_digit_value_(int32_t cp);

#endif
