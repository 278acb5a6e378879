/* version.c -- versions and size twins of the header's macros. */
#include "internal.h"

const char *nir_version_string(void) { return NIR_VERSION_STRING; }
unsigned nir_version(void) { return (unsigned)NIR_VERSION; }
const char *nir_data_version(void) { return nir_data_version_; }

size_t nir_max_input(void) { return NIR_MAX_INPUT; }
size_t nir_compact_bufsize(void) { return NIR_COMPACT_BUFSIZE; }
size_t nir_format_bufsize(void) { return NIR_FORMAT_BUFSIZE; }
size_t nir_max_findings(void) { return NIR_MAX_FINDINGS; }
