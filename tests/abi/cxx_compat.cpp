// cxx_compat.cpp -- include/nir.h is usable from C++ (C++11 and later):
// it compiles with -Wall -Wextra -Werror -pedantic, its declarations have C
// linkage inside extern "C", and the ABI-visible constants have the values
// the C contract promises. Compiled with -fsyntax-only by abi.cxx.
#include "nir.h"

#include <cstddef>
#include <type_traits>

static_assert(NIR_OK == 0 && NIR_ERR_ARGUMENT == 12, "status values");
static_assert(NIR_STATUS_COUNT == 14, "status count");
static_assert(NIR_PROFILE_STANDARD == 0 && NIR_PROFILE_DSN == 1 &&
                  NIR_PROFILE_LENIENT == 2, "profile values");
static_assert(NIR_KIND_MIG == 4 && NIR_PLACE_NORTH_AFRICA == 5, "kinds");
static_assert(NIR_WARN_DSN_PLACEHOLDER == 16 && NIR_WARNING_COUNT == 5,
              "warning flags");
static_assert(NIR_MASK_DEFAULT == 3, "default mask");
static_assert(NIR_FINDING_NOT_COMPARABLE == 12, "finding codes");
static_assert(NIR_FINDING_PLACE_HISTORY == 17, "place finding codes");
// The place fields took 12 of the 16 reserved bytes: same size as before.
static_assert(offsetof(nir_finding, number_place) ==
                      offsetof(nir_finding, matched_order) + 4 &&
                  sizeof(nir_finding) == offsetof(nir_finding, reserved) + 4,
              "nir_finding layout");
static_assert(NIR_COMPACT_BUFSIZE == 16 && NIR_FORMAT_BUFSIZE == 24 &&
                  NIR_MAX_INPUT == 256 && NIR_MAX_FINDINGS == 12, "sizes");
static_assert(std::is_standard_layout<nir_result>::value, "nir_result");
static_assert(std::is_standard_layout<nir_civil_report>::value, "report");
static_assert(std::is_trivially_copyable<nir_civil_status>::value, "civil");
static_assert(sizeof(nir_result::compact) == NIR_COMPACT_BUFSIZE,
              "compact buffer");

// The function types, as C++ sees them (an exact match is needed to
// initialise these pointers).
static nir_status (*const parse_fn)(const char *, std::size_t, nir_profile,
                                    nir_result *) = &nir_parse;
static nir_status (*const suggest_fn)(const char *, std::size_t, nir_profile,
                                      char (*)[NIR_COMPACT_BUFSIZE],
                                      std::size_t, std::size_t *) =
    &nir_suggest;
static std::size_t (*const message_fn)(const nir_civil_report *, std::size_t,
                                       nir_lang, char *, std::size_t) =
    &nir_finding_message;

// Typical C++ use compiles without casts or warnings.
int cxx_use(const char *s, std::size_t n);
int cxx_use(const char *s, std::size_t n)
{
    nir_result r{};
    char out[NIR_FORMAT_BUFSIZE];
    char sugg[4][NIR_COMPACT_BUFSIZE];
    std::size_t count = 0;
    nir_civil_status civil{};
    nir_civil_report report{};
    int ok = parse_fn(s, n, NIR_PROFILE_STANDARD, &r) == NIR_OK;
    ok += suggest_fn(s, n, NIR_PROFILE_STANDARD, sugg, 4, &count) == NIR_OK;
    ok += message_fn(&report, 0, NIR_LANG_EN, out, sizeof out) > 0;
    ok += nir_format(s, n, NIR_FORMAT_SPACED, out, sizeof out) == NIR_OK;
    ok += nir_mask(s, n, NIR_MASK_KEEP_SEX | NIR_MASK_KEEP_YEAR,
                   NIR_FORMAT_COMPACT, out, sizeof out) == NIR_OK;
    ok += nir_suggest(s, n, NIR_PROFILE_DSN, sugg, 4, &count) == NIR_OK;
    ok += nir_check_civil_status(s, n, NIR_PROFILE_LENIENT, &civil,
                                 &report) == NIR_OK;
    ok += nir_strerror(r.status, NIR_LANG_FR) != nullptr;
    return ok;
}
