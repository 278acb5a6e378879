/*
 * nir_ext.c -- Ruby glue over libnir (module NIR::Native).
 *
 * Every rule lives in the C library: this file converts arguments, calls
 * libnir and wraps the results (names come from the nir_*_name functions).
 * The public, keyword-argument API is in lib/nir.rb.
 *
 * Ractor safety: the static VALUEs below are classes and symbols set once in
 * Init_nir_ext and only read afterwards; libnir has no mutable global state.
 */
#include <ruby.h>
#include <ruby/encoding.h>
#include <ruby/thread.h>

#include <string.h>

#include "nir.h"

#define MESSAGE_BUFSIZE 512 /* enough for nir_finding_message (nir.h) */
#define SUGGEST_CAPACITY 32
#define BATCH_CHUNK 65536 /* check interrupts between chunks */

static VALUE mNIR, mNative, eInvalidError, eInvalidNTTError, eOptionError;
static VALUE eInputTypeError;
static VALUE cParsed, cParsedNTT, cCivilReport, cFinding, cBirthDate;
/* A frozen, empty NIR::SensitiveString: the class template of the strings
 * that carry a number (their #inspect masks it, see lib/nir/sensitive_string.rb). */
static VALUE sensitive_template;
static VALUE profile_syms[8];
static VALUE status_syms[NIR_STATUS_COUNT]; /* nil for NIR_OK, then :empty... */
static int profile_count;
static ID id_code, id_position, id_message_fr;

/* ---------------------------------------------------------------- helpers */

static VALUE
name_sym(const char *name)
{
    return name ? ID2SYM(rb_intern(name)) : Qnil;
}

static VALUE
frozen_str(const char *s, size_t n)
{
    return rb_str_freeze(rb_utf8_str_new(s, (long)n));
}

/* A frozen NIR::SensitiveString: for every string that carries a number or
 * an identifier (its #inspect, hence FrozenError messages, mask it). */
static VALUE
sensitive_str(const char *s, size_t n)
{
    VALUE str = rb_str_new_with_class(sensitive_template, s, (long)n);
    rb_enc_associate_index(str, rb_utf8_encindex());
    return rb_str_freeze(str);
}

static VALUE
frozen_cstr_or_nil(const char *s)
{
    return (s && *s) ? frozen_str(s, strlen(s)) : Qnil;
}

static VALUE
int_or_nil(int v)
{
    return v < 0 ? Qnil : INT2FIX(v);
}

/* Whether libnir can read a String's bytes as they are (UTF-8, US-ASCII and
 * binary strings). */
static int
readable_as_is(VALUE s)
{
    int idx = ENCODING_GET(s);
    return idx == rb_utf8_encindex() || idx == rb_usascii_encindex() ||
           idx == rb_ascii8bit_encindex();
}

/* The String behind an argument (to_str is honoured), or NIR::InputTypeError
 * (< TypeError) naming its class, never its value. */
static VALUE
string_arg(VALUE s)
{
    VALUE str;
    if (RB_TYPE_P(s, T_STRING))
        return s;
    str = rb_check_string_type(s);
    if (NIL_P(str))
        rb_raise(eInputTypeError, "expected a String, not %s",
                 rb_obj_classname(s));
    return str;
}

/* The bytes to hand to libnir for a Ruby String: UTF-8, US-ASCII and binary
 * strings as they are; other encodings converted to UTF-8 when they carry
 * non-ASCII text (left as they are if that fails: libnir then reports a
 * character error). Non-strings raise NIR::InputTypeError. */
static VALUE
input_str(VALUE s)
{
    rb_encoding *enc;

    s = string_arg(s);
    if (readable_as_is(s))
        return s;
    enc = rb_enc_get(s);
    if (!rb_enc_asciicompat(enc) ||
        rb_enc_str_coderange(s) != ENC_CODERANGE_7BIT)
        s = rb_str_conv_enc(s, enc, rb_utf8_encoding());
    return s;
}

/* Optional string argument (nil, String or Symbol). */
static VALUE
opt_str(VALUE v)
{
    if (NIL_P(v))
        return Qnil;
    if (SYMBOL_P(v))
        return rb_sym2str(v);
    if (RB_INTEGER_TYPE_P(v))
        return rb_obj_as_string(v);
    return input_str(v);
}

/* How an unknown option value is named in an error message: its inspect
 * when it is short and has no digit, else only its class (the value may be
 * a number passed in the wrong place). */
static VALUE
echo(VALUE v)
{
    VALUE text = rb_inspect(v);
    const char *p = RSTRING_PTR(text);
    long i, n = RSTRING_LEN(text);
    if (n <= 32) {
        for (i = 0; i < n && !(p[i] >= '0' && p[i] <= '9'); i++)
            ;
        if (i == n)
            return text;
    }
    return rb_sprintf("(a %s not shown)", rb_obj_classname(v));
}

static nir_profile
get_profile(VALUE v)
{
    VALUE name, list;
    nir_profile p;
    int i;

    if (NIL_P(v))
        return NIR_PROFILE_STANDARD;
    for (i = 0; i < profile_count; i++)
        if (v == profile_syms[i])
            return (nir_profile)i;
    if (SYMBOL_P(v))
        name = rb_sym2str(v);
    else if (RB_TYPE_P(v, T_STRING))
        name = v;
    else
        rb_raise(eInputTypeError, "profile must be a Symbol or String, not %s",
                 rb_obj_classname(v));
    if (nir_profile_from_name(RSTRING_PTR(name), (size_t)RSTRING_LEN(name),
                              &p) == NIR_OK)
        return p;
    list = rb_str_new_cstr("");
    for (i = 0; i < profile_count; i++) {
        rb_str_catf(list, "%s:%s", i ? ", " : "",
                    nir_profile_name((nir_profile)i));
    }
    rb_raise(eOptionError, "unknown profile %" PRIsVALUE " (known: %" PRIsVALUE ")",
             echo(v), list);
    UNREACHABLE_RETURN(NIR_PROFILE_STANDARD);
}

/* get_profile, with NIR_REQUIRE_KEY ORed in when require_key is truthy: a
 * number without its key (13 characters) then fails with :key_missing. */
static nir_profile
get_profile_key(VALUE prof, VALUE require_key)
{
    nir_profile p = get_profile(prof);
    return RTEST(require_key) ? (nir_profile)(p | NIR_REQUIRE_KEY) : p;
}

/* Raise `klass` (NIR::InvalidError or a subclass): English message from
 * `strerror_fn` (nir_strerror or nir_ntt_strerror), #code from
 * nir_status_name, #position 1-based (nil when libnir gives none). The
 * message never contains the number. */
NORETURN(static void raise_error(VALUE klass,
                                 const char *(*strerror_fn)(nir_status,
                                                            nir_lang),
                                 nir_status st, size_t position));
static void
raise_error(VALUE klass, const char *(*strerror_fn)(nir_status, nir_lang),
            nir_status st, size_t position)
{
    VALUE exc = rb_exc_new_str(klass,
                               frozen_cstr_or_nil(strerror_fn(st, NIR_LANG_EN)));
    rb_ivar_set(exc, id_code, name_sym(nir_status_name(st)));
    rb_ivar_set(exc, id_position, position ? SIZET2NUM(position) : Qnil);
    rb_ivar_set(exc, id_message_fr,
                frozen_cstr_or_nil(strerror_fn(st, NIR_LANG_FR)));
    rb_exc_raise(exc);
}

/* NIR::InvalidError for a NIR status (messages from nir_strerror). */
NORETURN(static void raise_invalid(nir_status st, size_t position));
static void
raise_invalid(nir_status st, size_t position)
{
    raise_error(eInvalidError, nir_strerror, st, position);
}

/* NIR::InvalidNTTError for an NTT status (messages from nir_ntt_strerror). */
NORETURN(static void raise_invalid_ntt(nir_status st, size_t position));
static void
raise_invalid_ntt(nir_status st, size_t position)
{
    raise_error(eInvalidNTTError, nir_ntt_strerror, st, position);
}

/* Position of a normalisation error (EMPTY, LENGTH, CHARACTER), for the
 * functions whose error report has none. */
static size_t
compact_position(const char *p, size_t n)
{
    char buf[NIR_COMPACT_BUFSIZE];
    size_t pos = 0;
    if (nir_compact(p, n, buf, sizeof buf, &pos) == NIR_OK)
        return 0;
    return pos;
}

static VALUE
struct_new(VALUE klass)
{
    return rb_obj_alloc(klass);
}

static void
struct_set(VALUE obj, const char *member, VALUE v)
{
    rb_struct_aset(obj, ID2SYM(rb_intern(member)), v);
}

/* ------------------------------------------------------------ validation */

/* Native.valid?(s, profile, require_key) -> true/false; nil is not valid. NIR.valid? is
 * a Ruby method over it: Ruby-level keywords cost no Hash per call, optional
 * keywords of a C method do. */
static VALUE
rb_nir_native_valid_p(VALUE self, VALUE s, VALUE prof, VALUE require_key)
{
    nir_profile profile = get_profile_key(prof, require_key);
    VALUE str;
    nir_status st;

    (void)self;
    if (NIL_P(s))
        return Qfalse;
    str = input_str(s);
    st = nir_validate(RSTRING_PTR(str), (size_t)RSTRING_LEN(str), profile,
                      NULL, NULL);
    RB_GC_GUARD(str);
    return st == NIR_OK ? Qtrue : Qfalse;
}

/* Native.parse(s, profile, require_key) -> NIR::Parsed (frozen); raises
 * NIR::InvalidError when invalid. */
static VALUE
rb_nir_parse(VALUE self, VALUE s, VALUE prof, VALUE require_key)
{
    nir_profile profile = get_profile_key(prof, require_key);
    VALUE str = input_str(s), obj, warnings;
    nir_result r;
    nir_status st;
    unsigned bit;

    (void)self;
    st = nir_parse(RSTRING_PTR(str), (size_t)RSTRING_LEN(str), profile, &r);
    RB_GC_GUARD(str);
    if (st != NIR_OK)
        raise_invalid(st, r.position);

    warnings = rb_ary_new();
    for (bit = 1; bit != 0 && bit <= r.warnings; bit <<= 1) {
        if (r.warnings & bit) {
            const char *w = nir_warning_name(bit);
            if (w)
                rb_ary_push(warnings, name_sym(w));
        }
    }
    rb_ary_freeze(warnings);

    obj = struct_new(cParsed);
    struct_set(obj, "compact", sensitive_str(r.compact, r.compact_len));
    struct_set(obj, "kind", name_sym(nir_kind_name(r.kind)));
    struct_set(obj, "sex", name_sym(nir_sex_name(r.sex)));
    struct_set(obj, "birth_year", int_or_nil(r.birth_year));
    struct_set(obj, "month_code", int_or_nil(r.month_code));
    struct_set(obj, "birth_month", r.birth_month > 0 ? INT2FIX(r.birth_month) : Qnil);
    struct_set(obj, "month_kind", name_sym(nir_month_kind_name(r.month_kind)));
    struct_set(obj, "place_kind", name_sym(nir_place_kind_name(r.place_kind)));
    struct_set(obj, "department", frozen_cstr_or_nil(r.department));
    struct_set(obj, "department_name", frozen_cstr_or_nil(r.department_name));
    struct_set(obj, "commune", frozen_cstr_or_nil(r.commune));
    struct_set(obj, "country_code", frozen_cstr_or_nil(r.country_code));
    struct_set(obj, "country_name", frozen_cstr_or_nil(r.country_name));
    struct_set(obj, "country_iso2", frozen_cstr_or_nil(r.country_iso2));
    struct_set(obj, "country_iso3", frozen_cstr_or_nil(r.country_iso3));
    struct_set(obj, "order", int_or_nil(r.order));
    struct_set(obj, "nnp_caisse", int_or_nil(r.nnp_caisse));
    struct_set(obj, "nnp_verification", int_or_nil(r.nnp_verification));
    struct_set(obj, "has_key", r.has_key ? Qtrue : Qfalse);
    struct_set(obj, "key", int_or_nil(r.key));
    struct_set(obj, "expected_key", int_or_nil(r.expected_key));
    struct_set(obj, "warnings", warnings);
    return rb_obj_freeze(obj);
}

/* Native.validate(s, profile, require_key) -> compact String (frozen) or raise. */
static VALUE
rb_nir_validate(VALUE self, VALUE s, VALUE prof, VALUE require_key)
{
    nir_profile profile = get_profile_key(prof, require_key);
    VALUE str = input_str(s);
    nir_result r;
    nir_status st;

    (void)self;
    st = nir_parse(RSTRING_PTR(str), (size_t)RSTRING_LEN(str), profile, &r);
    RB_GC_GUARD(str);
    if (st != NIR_OK)
        raise_invalid(st, r.position);
    return sensitive_str(r.compact, r.compact_len);
}

/* Native.error(s, profile, require_key) -> nil when valid, else [code, position]. */
static VALUE
rb_nir_error(VALUE self, VALUE s, VALUE prof, VALUE require_key)
{
    nir_profile profile = get_profile_key(prof, require_key);
    VALUE str = input_str(s);
    nir_result r;
    nir_status st;

    (void)self;
    st = nir_parse(RSTRING_PTR(str), (size_t)RSTRING_LEN(str), profile, &r);
    RB_GC_GUARD(str);
    if (st == NIR_OK)
        return Qnil;
    return rb_ary_freeze(rb_assoc_new(name_sym(nir_status_name(st)),
                                      SIZET2NUM(r.position)));
}

/* ------------------------------------------------- temporary number (NTT) */

/* nir_validate_ntt over a Ruby String (after input_str). NTT positions are
 * byte offsets + 1; they are character positions too, as every byte before
 * the first non-ASCII one (itself an error) is ASCII. */
static nir_status
ntt_check(VALUE str, nir_profile profile, nir_ntt_result *r)
{
    return nir_validate_ntt(RSTRING_PTR(str), (size_t)RSTRING_LEN(str),
                            profile, r);
}

/* Native.valid_ntt?(s, profile) -> true/false; nil is not valid. */
static VALUE
rb_nir_native_valid_ntt_p(VALUE self, VALUE s, VALUE prof)
{
    nir_profile profile = get_profile(prof);
    VALUE str;
    nir_status st;

    (void)self;
    if (NIL_P(s))
        return Qfalse;
    str = input_str(s);
    st = ntt_check(str, profile, NULL);
    RB_GC_GUARD(str);
    return st == NIR_OK ? Qtrue : Qfalse;
}

/* Native.validate_ntt(s, profile) -> the NTT (frozen String) or raise
 * NIR::InvalidNTTError. */
static VALUE
rb_nir_validate_ntt(VALUE self, VALUE s, VALUE prof)
{
    nir_profile profile = get_profile(prof);
    VALUE str = input_str(s), out;
    nir_ntt_result r;

    (void)self;
    if (ntt_check(str, profile, &r) != NIR_OK)
        raise_invalid_ntt(r.status, r.position);
    out = sensitive_str(RSTRING_PTR(str), (size_t)RSTRING_LEN(str));
    RB_GC_GUARD(str);
    return out;
}

/* Native.parse_ntt(s, profile) -> NIR::ParsedNTT (frozen) or raise
 * NIR::InvalidNTTError. */
static VALUE
rb_nir_parse_ntt(VALUE self, VALUE s, VALUE prof)
{
    nir_profile profile = get_profile(prof);
    VALUE str = input_str(s), obj;
    nir_ntt_result r;
    size_t n;

    (void)self;
    if (ntt_check(str, profile, &r) != NIR_OK)
        raise_invalid_ntt(r.status, r.position);
    n = (size_t)RSTRING_LEN(str);
    obj = struct_new(cParsedNTT);
    struct_set(obj, "sex", name_sym(nir_sex_name(r.sex)));
    struct_set(obj, "siren", frozen_cstr_or_nil(r.siren));
    struct_set(obj, "siren_valid", r.siren_valid == 1 ? Qtrue : Qfalse);
    struct_set(obj, "identifier",
               sensitive_str(RSTRING_PTR(str) + (n - r.identifier_len),
                             r.identifier_len));
    RB_GC_GUARD(str);
    return rb_obj_freeze(obj);
}

/* ------------------------------------------------------------ formatting */

static VALUE
rb_nir_compact(VALUE self, VALUE s)
{
    VALUE str = input_str(s);
    char buf[NIR_COMPACT_BUFSIZE];
    size_t pos = 0;
    nir_status st;

    (void)self;
    st = nir_compact(RSTRING_PTR(str), (size_t)RSTRING_LEN(str), buf,
                     sizeof buf, &pos);
    RB_GC_GUARD(str);
    if (st != NIR_OK)
        raise_invalid(st, pos);
    return sensitive_str(buf, strlen(buf));
}

/* Native.format(s, spaced) -> String */
static VALUE
rb_nir_format(VALUE self, VALUE s, VALUE spaced)
{
    VALUE str = input_str(s);
    const char *p = RSTRING_PTR(str);
    size_t n = (size_t)RSTRING_LEN(str);
    char buf[NIR_FORMAT_BUFSIZE];
    nir_status st;

    (void)self;
    st = nir_format(p, n, RTEST(spaced) ? NIR_FORMAT_SPACED : NIR_FORMAT_COMPACT,
                    buf, sizeof buf);
    if (st != NIR_OK)
        raise_invalid(st, compact_position(p, n));
    RB_GC_GUARD(str);
    return sensitive_str(buf, strlen(buf));
}

/* The fields of nir_mask_keep, by the names used in nir.h's comments. */
static const struct {
    const char *name;
    unsigned flag;
} mask_fields[] = {
    {"sex", NIR_MASK_KEEP_SEX},     {"year", NIR_MASK_KEEP_YEAR},
    {"month", NIR_MASK_KEEP_MONTH}, {"place", NIR_MASK_KEEP_PLACE},
    {"order", NIR_MASK_KEEP_ORDER}, {"key", NIR_MASK_KEEP_KEY},
};

static unsigned
mask_flag(VALUE v)
{
    VALUE name;
    size_t i;

    if (SYMBOL_P(v))
        name = rb_sym2str(v);
    else if (RB_TYPE_P(v, T_STRING))
        name = v;
    else
        rb_raise(eInputTypeError, "keep: expects Symbols, not %s",
                 rb_obj_classname(v));
    if (RSTRING_LEN(name) == 3 && memcmp(RSTRING_PTR(name), "all", 3) == 0) {
        unsigned all = 0;
        for (i = 0; i < sizeof mask_fields / sizeof mask_fields[0]; i++)
            all |= mask_fields[i].flag;
        return all;
    }
    for (i = 0; i < sizeof mask_fields / sizeof mask_fields[0]; i++) {
        if ((size_t)RSTRING_LEN(name) == strlen(mask_fields[i].name) &&
            memcmp(RSTRING_PTR(name), mask_fields[i].name,
                   (size_t)RSTRING_LEN(name)) == 0)
            return mask_fields[i].flag;
    }
    rb_raise(eOptionError,
             "unknown mask field %" PRIsVALUE
             " (known: :sex, :year, :month, :place, :order, :key, :all)",
             echo(v));
    UNREACHABLE_RETURN(0);
}

/* Native.mask(s, keep_array, spaced) -> String */
static VALUE
rb_nir_mask(VALUE self, VALUE s, VALUE keep, VALUE spaced)
{
    VALUE str;
    unsigned flags = 0;
    long i;
    char buf[NIR_FORMAT_BUFSIZE];
    nir_status st;
    const char *p;
    size_t n;

    (void)self;
    keep = rb_Array(keep);
    for (i = 0; i < RARRAY_LEN(keep); i++)
        flags |= mask_flag(RARRAY_AREF(keep, i));
    if (flags == 0)
        flags = NIR_MASK_KEEP_NONE; /* keep: [] hides every character */
    str = input_str(s);
    p = RSTRING_PTR(str);
    n = (size_t)RSTRING_LEN(str);
    st = nir_mask(p, n, flags,
                  RTEST(spaced) ? NIR_FORMAT_SPACED : NIR_FORMAT_COMPACT, buf,
                  sizeof buf);
    if (st != NIR_OK)
        raise_invalid(st, compact_position(p, n));
    RB_GC_GUARD(str);
    return frozen_str(buf, strlen(buf));
}

/* Native.calc_check_digits(body) -> "38" */
static VALUE
rb_nir_calc_check_digits(VALUE self, VALUE s)
{
    VALUE str = input_str(s);
    const char *p = RSTRING_PTR(str);
    size_t n = (size_t)RSTRING_LEN(str);
    int key = 0;
    nir_status st;
    char buf[4];

    (void)self;
    st = nir_compute_key(p, n, &key);
    if (st != NIR_OK)
        raise_invalid(st, compact_position(p, n));
    RB_GC_GUARD(str);
    if (key < 0 || key > 99)
        rb_raise(rb_eRuntimeError, "libnir returned key %d", key);
    buf[0] = (char)('0' + key / 10);
    buf[1] = (char)('0' + key % 10);
    return frozen_str(buf, 2);
}

/* Native.suggest(s, profile) -> frozen Array of frozen Strings */
static VALUE
rb_nir_suggest(VALUE self, VALUE s, VALUE prof)
{
    nir_profile profile = get_profile(prof);
    VALUE str = input_str(s), ary, tmp = 0;
    const char *p = RSTRING_PTR(str);
    size_t n = (size_t)RSTRING_LEN(str), cap = SUGGEST_CAPACITY, count = 0, i;
    char(*out)[NIR_COMPACT_BUFSIZE];
    nir_status st;

    (void)self;
    for (;;) {
        out = (char(*)[NIR_COMPACT_BUFSIZE])ALLOCV(tmp, (long)(cap * NIR_COMPACT_BUFSIZE));
        st = nir_suggest(p, n, profile, out, cap, &count);
        if (st != NIR_OK) {
            ALLOCV_END(tmp);
            raise_invalid(st, compact_position(p, n));
        }
        if (count <= cap)
            break;
        ALLOCV_END(tmp);
        cap = count;
    }
    RB_GC_GUARD(str);
    ary = rb_ary_new_capa((long)count);
    for (i = 0; i < count; i++)
        rb_ary_push(ary, sensitive_str(out[i], strlen(out[i])));
    ALLOCV_END(tmp);
    return rb_ary_freeze(ary);
}

/* ----------------------------------------------------------------- batch */

/* The status of one element of a batch: nil is NIR_ERR_EMPTY (libnir's
 * "no input"); a String is read in place, its pointer taken and used with
 * no Ruby code in between. */
static nir_status
batch_status(VALUE v, nir_profile profile)
{
    VALUE str;
    nir_status st;

    if (NIL_P(v))
        return NIR_ERR_EMPTY;
    if (RB_TYPE_P(v, T_STRING) && readable_as_is(v))
        return nir_validate(RSTRING_PTR(v), (size_t)RSTRING_LEN(v), profile,
                            NULL, NULL);
    str = input_str(v); /* may call Ruby (to_str, transcoding) */
    st = nir_validate(RSTRING_PTR(str), (size_t)RSTRING_LEN(str), profile,
                      NULL, NULL);
    RB_GC_GUARD(str);
    return st;
}

/* Native.validate_many(array, profile, codes, require_key) -> frozen Array: true/false,
 * or with codes nil (valid) / the status Symbol.
 *
 * No copy of the strings, and the GVL is kept: checking one number costs
 * tens of nanoseconds, less than releasing and retaking the lock, and a
 * pointer into a Ruby String is only stable while no other thread runs (it
 * could change it, or GC compaction move an embedded string). Interrupts
 * are checked between chunks, with no pointer held across. */
static VALUE
rb_nir_validate_many(VALUE self, VALUE list, VALUE prof, VALUE codes,
                     VALUE require_key)
{
    nir_profile profile = get_profile_key(prof, require_key);
    VALUE result;
    long i;
    int with_codes = RTEST(codes);

    (void)self;
    /* a bare String would be taken as a list of one; nil as an empty one */
    if (NIL_P(list) || RB_TYPE_P(list, T_STRING))
        rb_raise(eInputTypeError,
                 "validate_many expects a list of numbers, not %s",
                 rb_obj_classname(list));
    list = rb_Array(list);
    result = rb_ary_new_capa(RARRAY_LEN(list));
    /* RARRAY_LEN is read again each time: to_str may change the list */
    for (i = 0; i < RARRAY_LEN(list); i++) {
        nir_status st = batch_status(RARRAY_AREF(list, i), profile);
        if (with_codes)
            rb_ary_push(result, (unsigned)st < NIR_STATUS_COUNT
                                    ? status_syms[st]
                                    : name_sym(nir_status_name(st)));
        else
            rb_ary_push(result, st == NIR_OK ? Qtrue : Qfalse);
        if ((i + 1) % BATCH_CHUNK == 0)
            rb_thread_check_ints();
    }
    return rb_ary_freeze(result);
}

/* ------------------------------------------------------------ civil status */

#ifdef HAVE_NIR_CHECK_CIVIL_STATUS
static VALUE
date_struct(const nir_date *d)
{
    VALUE obj = struct_new(cBirthDate);
    struct_set(obj, "year", INT2FIX(d->year));
    struct_set(obj, "year_digits", INT2FIX(d->year_digits));
    struct_set(obj, "month", INT2FIX(d->month));
    struct_set(obj, "day", INT2FIX(d->day));
    return rb_obj_freeze(obj);
}

static VALUE
finding_message(const nir_civil_report *rep, size_t i, nir_lang lang)
{
    char buf[MESSAGE_BUFSIZE];
    size_t need = nir_finding_message(rep, i, lang, buf, sizeof buf);
    if (need >= sizeof buf) {
        VALUE s = rb_str_buf_new((long)need + 1);
        nir_finding_message(rep, i, lang, RSTRING_PTR(s), need + 1);
        rb_str_set_len(s, (long)need);
        rb_enc_associate(s, rb_utf8_encoding());
        return rb_str_freeze(s);
    }
    return frozen_str(buf, need);
}

static void
set_str_field(VALUE v, const char **ptr, size_t *len)
{
    if (NIL_P(v)) {
        *ptr = NULL;
        *len = 0;
    } else {
        *ptr = RSTRING_PTR(v);
        *len = (size_t)RSTRING_LEN(v);
    }
}

/* The civil-status check parses dates, resolves places and country names
 * with ICU: about a hundred microseconds, worth running without the GVL so
 * that other threads go on. Its inputs are copied first (a Ruby String may
 * change or move while the lock is released). */
struct civil_call {
    const char *number;
    size_t number_len;
    nir_profile profile;
    nir_civil_status *civil;
    nir_civil_report *report;
    nir_status status;
    /* number, date, country, place, each at most NIR_MAX_INPUT bytes */
    char copies[4][NIR_MAX_INPUT];
};

static void *
civil_nogvl(void *p)
{
    struct civil_call *c = p;
    c->status = nir_check_civil_status(c->number, c->number_len, c->profile,
                                       c->civil, c->report);
    return NULL;
}

/* Copy *ptr (len bytes) into buf and point at the copy. */
static void
copy_field(char *buf, const char **ptr, size_t len)
{
    if (*ptr) {
        memcpy(buf, *ptr, len);
        *ptr = buf;
    }
}

static nir_status
civil_check(VALUE str, nir_profile profile, nir_civil_status *civil,
            nir_civil_report *rep)
{
    struct civil_call c; /* on the stack: nothing to free if interrupted */

    c.number = RSTRING_PTR(str);
    c.number_len = (size_t)RSTRING_LEN(str);
    c.profile = profile;
    c.civil = civil;
    c.report = rep;
    c.status = NIR_STATUS_COUNT; /* not called yet */
    if (c.number_len <= NIR_MAX_INPUT &&
        civil->birth_date_len <= NIR_MAX_INPUT &&
        civil->document_country_len <= NIR_MAX_INPUT &&
        civil->birthplace_len <= NIR_MAX_INPUT) {
        copy_field(c.copies[0], &c.number, c.number_len);
        copy_field(c.copies[1], &civil->birth_date, civil->birth_date_len);
        copy_field(c.copies[2], &civil->document_country,
                   civil->document_country_len);
        copy_field(c.copies[3], &civil->birthplace, civil->birthplace_len);
        rb_thread_call_without_gvl(civil_nogvl, &c, NULL, NULL);
    }
    /* too long (refused at once: keep the lock), or an interrupt came
     * before the call */
    if (c.status == NIR_STATUS_COUNT)
        civil_nogvl(&c);
    return c.status;
}

/* Native.check_civil_status(s, profile, sex, birth_date, date_order,
 *                           document_country, birthplace, require_key)
 * -> CivilReport */
static VALUE
rb_nir_check_civil_status(VALUE self, VALUE s, VALUE prof, VALUE sex,
                          VALUE birth_date, VALUE date_order, VALUE country,
                          VALUE birthplace, VALUE require_key)
{
    nir_profile profile = get_profile_key(prof, require_key);
    VALUE str = input_str(s), sex_s, date_s, order_s, country_s, place_s;
    VALUE obj, findings, readings;
    nir_civil_status civil;
    nir_civil_report rep;
    nir_status st;
    size_t i;

    (void)self;
    memset(&civil, 0, sizeof civil);
    memset(&rep, 0, sizeof rep);
    sex_s = opt_str(sex);
    date_s = opt_str(birth_date);
    order_s = opt_str(date_order);
    country_s = opt_str(country);
    place_s = opt_str(birthplace);
    if (!NIL_P(sex_s) &&
        nir_sex_from_name(RSTRING_PTR(sex_s), (size_t)RSTRING_LEN(sex_s),
                          &civil.sex) != NIR_OK)
        rb_raise(eOptionError, "unknown sex %" PRIsVALUE, echo(sex));
    if (!NIL_P(order_s) &&
        nir_date_order_from_name(RSTRING_PTR(order_s),
                                 (size_t)RSTRING_LEN(order_s),
                                 &civil.date_order) != NIR_OK)
        rb_raise(eOptionError, "unknown date order %" PRIsVALUE
                 " (known: :dmy, :mdy, :ymd)", echo(date_order));
    set_str_field(date_s, &civil.birth_date, &civil.birth_date_len);
    set_str_field(country_s, &civil.document_country,
                  &civil.document_country_len);
    set_str_field(place_s, &civil.birthplace, &civil.birthplace_len);

    st = civil_check(str, profile, &civil, &rep);
    RB_GC_GUARD(str);
    RB_GC_GUARD(date_s);
    RB_GC_GUARD(country_s);
    RB_GC_GUARD(place_s);
    if (st != NIR_OK)
        rb_raise(eOptionError, "nir_check_civil_status: %s",
                 nir_strerror(st, NIR_LANG_EN));

    findings = rb_ary_new_capa((long)rep.finding_count);
    for (i = 0; i < rep.finding_count && i < NIR_MAX_FINDINGS; i++) {
        const nir_finding *f = &rep.findings[i];
        VALUE fo = struct_new(cFinding);
        struct_set(fo, "code", name_sym(nir_finding_name(f->code)));
        struct_set(fo, "mismatch", f->mismatch ? Qtrue : Qfalse);
        struct_set(fo, "number_value", int_or_nil(f->number_value));
        struct_set(fo, "document_value", int_or_nil(f->document_value));
        struct_set(fo, "expected_month", int_or_nil(f->expected_month));
        struct_set(fo, "matched_order",
                   name_sym(nir_date_order_name(f->matched_order)));
        struct_set(fo, "message_en", finding_message(&rep, i, NIR_LANG_EN));
        struct_set(fo, "message_fr", finding_message(&rep, i, NIR_LANG_FR));
        rb_ary_push(findings, rb_obj_freeze(fo));
    }
    rb_ary_freeze(findings);

    readings = rb_ary_new();
    for (i = 0; i < (size_t)rep.date_readings && i < 2; i++)
        rb_ary_push(readings, date_struct(&rep.reading[i]));
    rb_ary_freeze(readings);

    obj = struct_new(cCivilReport);
    struct_set(obj, "verdict", name_sym(nir_civil_verdict_name(rep.verdict)));
    struct_set(obj, "number_status", name_sym(nir_status_name(rep.number_status)));
    struct_set(obj, "date_order", name_sym(nir_date_order_name(rep.date_order)));
    struct_set(obj, "readings", readings);
    struct_set(obj, "birthplace_code", frozen_cstr_or_nil(rep.birthplace_code));
    struct_set(obj, "findings", findings);
    return rb_obj_freeze(obj);
}
#endif

/* ------------------------------------------------------------ versions */

static VALUE
rb_nir_library_version(VALUE self)
{
    (void)self;
    return frozen_cstr_or_nil(nir_version_string());
}

static VALUE
rb_nir_data_version(VALUE self)
{
    (void)self;
    return frozen_cstr_or_nil(nir_data_version());
}

/* Names of every value of an enum, as a frozen Array of Symbols, from the C
 * name function (for NIR::Native::STATUS_CODES etc.). */
static VALUE
status_codes(void)
{
    VALUE a = rb_ary_new();
    int i;
    for (i = 0; i < NIR_STATUS_COUNT; i++)
        rb_ary_push(a, name_sym(nir_status_name((nir_status)i)));
    return rb_ary_freeze(a);
}

static VALUE
warning_codes(void)
{
    VALUE a = rb_ary_new();
    int i;
    for (i = 0; i < NIR_WARNING_COUNT; i++)
        rb_ary_push(a, name_sym(nir_warning_name(1u << i)));
    return rb_ary_freeze(a);
}

RUBY_FUNC_EXPORTED void
Init_nir_ext(void)
{
    int i;

#ifdef HAVE_RB_EXT_RACTOR_SAFE
    rb_ext_ractor_safe(true);
#endif
    id_code = rb_intern("@code");
    id_position = rb_intern("@position");
    id_message_fr = rb_intern("@message_fr");

    mNIR = rb_define_module("NIR");
    mNative = rb_define_module_under(mNIR, "Native");
    eInvalidError = rb_const_get(mNIR, rb_intern("InvalidError"));
    eInvalidNTTError = rb_const_get(mNIR, rb_intern("InvalidNTTError"));
    eOptionError = rb_const_get(mNIR, rb_intern("OptionError"));
    eInputTypeError = rb_const_get(mNIR, rb_intern("InputTypeError"));
    sensitive_template = rb_obj_freeze(rb_str_new_with_class(
        rb_class_new_instance(0, NULL,
                              rb_const_get(mNIR, rb_intern("SensitiveString"))),
        "", 0));
    cParsed = rb_const_get(mNIR, rb_intern("Parsed"));
    cParsedNTT = rb_const_get(mNIR, rb_intern("ParsedNTT"));
    cCivilReport = rb_const_get(mNIR, rb_intern("CivilReport"));
    cFinding = rb_const_get(mNIR, rb_intern("Finding"));
    cBirthDate = rb_const_get(mNIR, rb_intern("BirthDate"));
    rb_gc_register_mark_object(eInvalidError);
    rb_gc_register_mark_object(eInvalidNTTError);
    rb_gc_register_mark_object(eOptionError);
    rb_gc_register_mark_object(eInputTypeError);
    rb_gc_register_mark_object(sensitive_template);
    rb_gc_register_mark_object(cParsed);
    rb_gc_register_mark_object(cParsedNTT);
    rb_gc_register_mark_object(cCivilReport);
    rb_gc_register_mark_object(cFinding);
    rb_gc_register_mark_object(cBirthDate);

    for (i = 0; i < (int)(sizeof profile_syms / sizeof profile_syms[0]); i++) {
        const char *n = nir_profile_name((nir_profile)i);
        if (!n)
            break;
        profile_syms[i] = ID2SYM(rb_intern(n));
    }
    profile_count = i;
    status_syms[NIR_OK] = Qnil;
    for (i = 1; i < NIR_STATUS_COUNT; i++)
        status_syms[i] = name_sym(nir_status_name((nir_status)i));

    rb_define_const(mNative, "HEADER_VERSION",
                    rb_obj_freeze(rb_str_new_cstr(NIR_VERSION_STRING)));
    rb_define_const(mNative, "STATUS_CODES", status_codes());
    rb_define_const(mNative, "WARNING_CODES", warning_codes());
    rb_define_const(mNative, "MAX_INPUT", SIZET2NUM(nir_max_input()));
    rb_define_const(mNative, "CIVIL_STATUS",
#ifdef HAVE_NIR_CHECK_CIVIL_STATUS
                    Qtrue
#else
                    Qfalse
#endif
    );

    rb_define_module_function(mNative, "valid?", rb_nir_native_valid_p, 3);
    rb_define_module_function(mNative, "parse", rb_nir_parse, 3);
    rb_define_module_function(mNative, "validate", rb_nir_validate, 3);
    rb_define_module_function(mNative, "error", rb_nir_error, 3);
    rb_define_module_function(mNative, "compact", rb_nir_compact, 1);
    rb_define_module_function(mNative, "format", rb_nir_format, 2);
    rb_define_module_function(mNative, "mask", rb_nir_mask, 3);
    rb_define_module_function(mNative, "calc_check_digits",
                              rb_nir_calc_check_digits, 1);
    rb_define_module_function(mNative, "suggest", rb_nir_suggest, 2);
    rb_define_module_function(mNative, "validate_many", rb_nir_validate_many, 4);
    rb_define_module_function(mNative, "valid_ntt?", rb_nir_native_valid_ntt_p, 2);
    rb_define_module_function(mNative, "validate_ntt", rb_nir_validate_ntt, 2);
    rb_define_module_function(mNative, "parse_ntt", rb_nir_parse_ntt, 2);
#ifdef HAVE_NIR_CHECK_CIVIL_STATUS
    rb_define_module_function(mNative, "check_civil_status",
                              rb_nir_check_civil_status, 8);
#endif
    rb_define_module_function(mNative, "library_version", rb_nir_library_version, 0);
    rb_define_module_function(mNative, "data_version", rb_nir_data_version, 0);
}
