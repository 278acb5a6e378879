/*
 * _nir.c -- hand-written CPython extension over libnir.
 *
 * Thin glue only: every rule, name and message comes from the C library
 * (nir.h). This file converts Python objects to (pointer, length) pairs,
 * calls libnir and converts the results back.
 *
 * Inputs: str (UTF-8, encoded with surrogatepass so that lone surrogates
 * reach libnir as invalid UTF-8 and are reported as "character" errors) and
 * bytes (passed as is). Anything else is a TypeError.
 *
 * NIR_PY_HAVE_CIVIL is defined by setup.py when the civil-status sources
 * (lib/civil/ *.c) are compiled in, or when linking an installed libnir.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h> /* T_OBJECT_EX: the slots of the result classes */

#include <math.h>
#include <string.h>

#include "nir.h"

/* ------------------------------------------------------------------ */
/* Module state (single-phase init; all objects live for the process). */

static PyObject *status_names[NIR_STATUS_COUNT]; /* interned names */
static PyObject *make_error;   /* nir._errors._make */
static PyObject *make_ntt_error; /* nir._errors._make_ntt */
static PyObject *make_type_error; /* nir._errors._make_type */
static PyObject *DateReading;  /* nir._types named tuples */
static PyObject *Country;
static PyObject *empty_tuple;
static PyObject *space_str;
static PyObject *code_missing; /* validate_many: None/NaN item */
static PyObject *code_type;    /* validate_many: item not str/bytes */

/* Interned names of small C enums (index = enum value; None where the C
 * function gives NULL). */
#define ENUM_NAMES 8
static PyObject *kind_names[ENUM_NAMES];
static PyObject *sex_names[ENUM_NAMES];
static PyObject *month_kind_names[ENUM_NAMES];
static PyObject *place_kind_names[ENUM_NAMES];
static PyObject *profile_names[ENUM_NAMES];

static PyObject *enum_name(PyObject *const *names, int v)
{
    PyObject *o = (unsigned)v < ENUM_NAMES ? names[v] : Py_None;
    Py_INCREF(o);
    return o;
}

/* ------------------------------------------------------------------ */
/* Result records: the frozen slotted dataclasses of nir._types, built
 * without calling __init__. Their slot offsets are read once, at import,
 * from the classes' member descriptors; each builder fills every slot. */

#define RECORD_MAX_FIELDS 32

typedef struct {
    PyTypeObject *type;
    Py_ssize_t count;
    Py_ssize_t offset[RECORD_MAX_FIELDS];
} record_type;

static record_type ParsedNIR, ParsedNTT, CivilReport, Finding;

/* Bind rt to nir._types.<cls_name>, whose dataclass fields must be
 * `fields` (NULL-terminated), in that order. */
static int record_type_init(record_type *rt, const char *cls_name,
                            const char *const *fields)
{
    PyObject *mod = PyImport_ImportModule("nir._types"), *cls, *order;
    Py_ssize_t n = 0;
    int ok = 0;
    if (!mod)
        return -1;
    cls = PyObject_GetAttrString(mod, cls_name);
    Py_DECREF(mod);
    if (!cls)
        return -1;
    order = PyObject_GetAttrString(cls, "__match_args__");
    if (!order || !PyType_Check(cls) || !PyTuple_Check(order))
        goto done;
    while (fields[n])
        n++;
    if (n > RECORD_MAX_FIELDS || PyTuple_GET_SIZE(order) != n)
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *d;
        PyMemberDef *m;
        if (PyUnicode_CompareWithASCIIString(PyTuple_GET_ITEM(order, i),
                                             fields[i]) != 0)
            goto done;
        d = PyObject_GetAttrString(cls, fields[i]);
        if (!d)
            goto done;
        m = Py_IS_TYPE(d, &PyMemberDescr_Type)
                ? ((PyMemberDescrObject *)d)->d_member
                : NULL;
        Py_DECREF(d);
        if (!m || m->type != T_OBJECT_EX)
            goto done;
        rt->offset[i] = m->offset;
    }
    rt->type = (PyTypeObject *)cls;
    rt->count = n;
    ok = 1;
done:
    Py_XDECREF(order);
    if (!ok) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_ImportError,
                         "nir._types.%s does not have the fields nir._nir "
                         "fills", cls_name);
        Py_DECREF(cls);
        return -1;
    }
    return 0; /* keeps the reference to cls for the process */
}

/* A record being filled: slot i gets a value with put(). */
typedef struct {
    PyObject *obj;
    const record_type *rt;
    int failed;
} record;

static record record_new(const record_type *rt)
{
    record r = {rt->type->tp_alloc(rt->type, 0), rt, 0};
    r.failed = r.obj == NULL;
    return r;
}

/* Store v (a new reference, or NULL after a failure) in slot i. */
static void put(record *r, int i, PyObject *v)
{
    if (!v || r->failed) {
        Py_XDECREF(v);
        r->failed = 1;
        return;
    }
    *(PyObject **)((char *)r->obj + r->rt->offset[i]) = v;
}

/* The finished object, or NULL with an exception set. */
static PyObject *record_done(record *r)
{
    if (r->failed) {
        Py_XDECREF(r->obj);
        return NULL;
    }
    return r->obj;
}

/* ------------------------------------------------------------------ */
/* Helpers */

typedef struct {
    const char *s;
    Py_ssize_t n;
    PyObject *owned; /* new reference to keep alive, or NULL */
} nbuf;

static void nbuf_release(nbuf *b)
{
    Py_CLEAR(b->owned);
}

/* str or bytes -> (pointer, length). 0 on success, -1 with an exception. */
static int get_buf(PyObject *o, nbuf *b)
{
    b->owned = NULL;
    if (PyUnicode_Check(o)) {
        b->s = PyUnicode_AsUTF8AndSize(o, &b->n);
        if (b->s)
            return 0;
        if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
            return -1;
        PyErr_Clear();
        /* Lone surrogates: hand libnir the (invalid) bytes; it reports a
         * character error at the right position. */
        b->owned = PyUnicode_AsEncodedString(o, "utf-8", "surrogatepass");
        if (!b->owned)
            return -1;
        b->s = PyBytes_AS_STRING(b->owned);
        b->n = PyBytes_GET_SIZE(b->owned);
        return 0;
    }
    if (PyBytes_Check(o)) {
        b->s = PyBytes_AS_STRING(o);
        b->n = PyBytes_GET_SIZE(o);
        return 0;
    }
    PyErr_Format(PyExc_TypeError, "expected str or bytes, not %.100s",
                 Py_TYPE(o)->tp_name);
    return -1;
}

/* The number argument: str or bytes; anything else (None, 42...) raises
 * what stdnum raises for it, InvalidFormat, as a TypeError subclass. */
static int get_number(PyObject *o, nbuf *b)
{
    PyObject *exc;
    if (PyUnicode_Check(o) || PyBytes_Check(o))
        return get_buf(o, b);
    exc = PyObject_CallFunction(make_type_error, "s", Py_TYPE(o)->tp_name);
    if (exc) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
    return -1;
}

/* Optional str/bytes argument (None = not given). */
static int get_opt_buf(PyObject *o, const char *what, nbuf *b)
{
    b->s = NULL;
    b->n = 0;
    b->owned = NULL;
    if (o == NULL || o == Py_None)
        return 0;
    if (!PyUnicode_Check(o) && !PyBytes_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be str, bytes or None, not %.100s",
                     what, Py_TYPE(o)->tp_name);
        return -1;
    }
    return get_buf(o, b);
}

static int get_profile(PyObject *o, nir_profile *p)
{
    const char *s;
    Py_ssize_t n;
    *p = NIR_PROFILE_STANDARD;
    if (o == NULL || o == Py_None)
        return 0;
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "profile must be str, not %.100s",
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    s = PyUnicode_AsUTF8AndSize(o, &n);
    if (!s)
        return -1;
    if (nir_profile_from_name(s, (size_t)n, p) != NIR_OK) {
        PyErr_Format(PyExc_ValueError, "unknown profile %R", o);
        return -1;
    }
    return 0;
}

/* get_profile, then NIR_REQUIRE_KEY ORed in when require_key (NULL: not
 * given) is true: 13 characters then fail with "key_missing". */
static int get_profile_key(PyObject *o, PyObject *require_key, nir_profile *p)
{
    int on;
    if (get_profile(o, p) < 0)
        return -1;
    if (!require_key)
        return 0;
    if ((on = PyObject_IsTrue(require_key)) < 0)
        return -1;
    if (on)
        *p = (nir_profile)(*p | NIR_REQUIRE_KEY);
    return 0;
}

/* Minimal vectorcall argument parser: names is NULL-terminated, the first
 * nreq are required, the first npos may be given positionally (the others
 * are keyword-only); every argument may be given by keyword. out[i] is a
 * borrowed reference or NULL. */
static int parse_args_kw(const char *fname, PyObject *const *args,
                         Py_ssize_t nargs, PyObject *kwnames,
                         const char *const *names, Py_ssize_t nreq,
                         Py_ssize_t npos, PyObject **out)
{
    Py_ssize_t nnames = 0, i;
    while (names[nnames])
        nnames++;
    for (i = 0; i < nnames; i++)
        out[i] = NULL;
    if (nargs > npos) {
        PyErr_Format(PyExc_TypeError,
                     "%s() takes at most %zd positional arguments (%zd given)",
                     fname, npos, nargs);
        return -1;
    }
    for (i = 0; i < nargs; i++)
        out[i] = args[i];
    if (kwnames) {
        Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames), k, j;
        for (k = 0; k < nkw; k++) {
            PyObject *key = PyTuple_GET_ITEM(kwnames, k);
            for (j = 0; j < nnames; j++)
                if (PyUnicode_CompareWithASCIIString(key, names[j]) == 0)
                    break;
            if (j == nnames) {
                PyErr_Format(PyExc_TypeError,
                             "%s() got an unexpected keyword argument '%U'",
                             fname, key);
                return -1;
            }
            if (out[j]) {
                PyErr_Format(PyExc_TypeError,
                             "%s() got multiple values for argument '%s'",
                             fname, names[j]);
                return -1;
            }
            out[j] = args[nargs + k];
        }
    }
    for (i = 0; i < nreq; i++) {
        if (!out[i]) {
            PyErr_Format(PyExc_TypeError,
                         "%s() missing required argument '%s'", fname,
                         names[i]);
            return -1;
        }
    }
    return 0;
}

/* parse_args_kw with every argument allowed positionally. */
static int parse_args(const char *fname, PyObject *const *args,
                      Py_ssize_t nargs, PyObject *kwnames,
                      const char *const *names, Py_ssize_t nreq,
                      PyObject **out)
{
    Py_ssize_t nnames = 0;
    while (names[nnames])
        nnames++;
    return parse_args_kw(fname, args, nargs, kwnames, names, nreq, nnames,
                         out);
}

static PyObject *str_or_none(const char *s)
{
    if (s == NULL || s[0] == '\0')
        Py_RETURN_NONE;
    return PyUnicode_FromString(s);
}

static PyObject *int_or_none(int v)
{
    if (v < 0)
        Py_RETURN_NONE;
    return PyLong_FromLong(v);
}

static PyObject *status_name(nir_status st)
{
    PyObject *o;
    if ((unsigned)st < NIR_STATUS_COUNT) {
        o = status_names[st];
        Py_INCREF(o);
        return o;
    }
    return PyUnicode_FromString(nir_status_name(st));
}

/* Raise the exception that `factory` (a Python callable) makes from the
 * code, position (0: not known, None) and the English and French messages
 * of `message`. Always returns NULL. */
static PyObject *raise_made(PyObject *factory, nir_status st, size_t position,
                            const char *(*message)(nir_status, nir_lang))
{
    PyObject *exc, *pos;
    if (position > 0)
        pos = PyLong_FromSize_t(position);
    else {
        pos = Py_None;
        Py_INCREF(pos);
    }
    if (!pos)
        return NULL;
    exc = PyObject_CallFunction(factory, "sOss", nir_status_name(st), pos,
                                message(st, NIR_LANG_EN),
                                message(st, NIR_LANG_FR));
    Py_DECREF(pos);
    if (!exc)
        return NULL;
    PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
    Py_DECREF(exc);
    return NULL;
}

/* Raise nir.InvalidNIR (or its stdnum-style subclass) for status st. */
static PyObject *raise_invalid(nir_status st, size_t position)
{
    return raise_made(make_error, st, position, nir_strerror);
}

/* Raise nir.InvalidNTT for an NTT status st (nir_ntt_strerror wording). */
static PyObject *raise_invalid_ntt(nir_status st, size_t position)
{
    return raise_made(make_ntt_error, st, position, nir_ntt_strerror);
}

/* Raise for a status that came from a function that reports no position:
 * ask nir_compact for it when it fails the same way. */
static PyObject *raise_with_compact_pos(nir_status st, const nbuf *b)
{
    char tmp[NIR_COMPACT_BUFSIZE];
    size_t pos = 0;
    nir_status cst = nir_compact(b->s, (size_t)b->n, tmp, sizeof tmp, &pos);
    return raise_invalid(st, cst == st ? pos : 0);
}

static PyObject *warning_tuple(unsigned w)
{
    PyObject *list, *tuple;
    if (w == 0) {
        Py_INCREF(empty_tuple);
        return empty_tuple;
    }
    list = PyList_New(0);
    if (!list)
        return NULL;
    for (unsigned i = 0; i < 32; i++) {
        unsigned flag = 1u << i;
        const char *name;
        PyObject *s;
        if (!(w & flag))
            continue;
        name = nir_warning_name(flag);
        if (!name)
            continue;
        s = PyUnicode_InternFromString(name);
        if (!s || PyList_Append(list, s) < 0) {
            Py_XDECREF(s);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(s);
    }
    tuple = PyList_AsTuple(list);
    Py_DECREF(list);
    return tuple;
}

/* ------------------------------------------------------------------ */
/* is_valid / compact / validate */

PyDoc_STRVAR(is_valid_doc,
"is_valid(number, /)\n--\n\n"
"True if number (str or bytes) is valid under the standard profile.\n"
"Never raises: anything else (None, NaN, int...) is False, as in stdnum.\n"
"For another profile use validate(number, profile=...) or validate_many().");

static PyObject *py_is_valid(PyObject *self, PyObject *arg)
{
    nir_status st;
    (void)self;
    if (PyUnicode_Check(arg) && PyUnicode_IS_ASCII(arg)) {
        /* Hot path: the ASCII data is the UTF-8 encoding. */
        st = nir_validate((const char *)PyUnicode_DATA(arg),
                          (size_t)PyUnicode_GET_LENGTH(arg),
                          NIR_PROFILE_STANDARD, NULL, NULL);
    } else if (PyUnicode_Check(arg) || PyBytes_Check(arg)) {
        nbuf b;
        if (get_buf(arg, &b) < 0)
            return NULL;
        st = nir_validate(b.s, (size_t)b.n, NIR_PROFILE_STANDARD, NULL, NULL);
        nbuf_release(&b);
    } else {
        Py_RETURN_FALSE;
    }
    if (st == NIR_OK)
        Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

PyDoc_STRVAR(compact_doc,
"compact(number, /)\n--\n\n"
"Normalised form: separators removed, upper case, Unicode digits mapped to\n"
"ASCII. Checks only characters and length (raises InvalidNIR with code\n"
"'empty', 'length' or 'character'); the fields are not validated.");

static PyObject *py_compact(PyObject *self, PyObject *arg)
{
    char out[NIR_COMPACT_BUFSIZE];
    size_t pos = 0;
    nir_status st;
    nbuf b;
    (void)self;
    if (get_number(arg, &b) < 0)
        return NULL;
    st = nir_compact(b.s, (size_t)b.n, out, sizeof out, &pos);
    nbuf_release(&b);
    if (st != NIR_OK)
        return raise_invalid(st, pos);
    return PyUnicode_FromString(out);
}

PyDoc_STRVAR(validate_doc,
"validate(number, profile='standard', *, require_key=False)\n--\n\n"
"Return the compact number if valid under profile ('standard', 'dsn',\n"
"'lenient'), else raise InvalidNIR with .code and .position.\n"
"require_key=True: a number without its key (13 characters) is invalid\n"
"(code 'key_missing').");

static PyObject *py_validate(PyObject *self, PyObject *const *args,
                             Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"number", "profile", "require_key",
                                        NULL};
    PyObject *a[3], *res = NULL;
    nir_profile profile;
    nir_status st;
    nbuf b;
    (void)self;
    if (parse_args_kw("validate", args, nargs, kwnames, names, 1, 2, a) < 0 ||
        get_profile_key(a[1], a[2], &profile) < 0 ||
        get_number(a[0], &b) < 0)
        return NULL;
    st = nir_validate(b.s, (size_t)b.n, profile, NULL, NULL);
    if (st == NIR_OK) {
        char out[NIR_COMPACT_BUFSIZE];
        st = nir_compact(b.s, (size_t)b.n, out, sizeof out, NULL);
        if (st == NIR_OK)
            res = PyUnicode_FromString(out);
        else
            raise_invalid(st, 0);
    } else {
        nir_result r;
        st = nir_parse(b.s, (size_t)b.n, profile, &r);
        raise_invalid(st, r.position);
    }
    nbuf_release(&b);
    return res;
}

/* ------------------------------------------------------------------ */
/* format / mask / calc_check_digits / suggest */

/* Apply a separator to libnir's spaced output. */
static PyObject *with_separator(const char *spaced, PyObject *sep)
{
    PyObject *s = PyUnicode_FromString(spaced), *r;
    if (!s || sep == NULL || PyUnicode_Compare(sep, space_str) == 0)
        return s;
    r = PyUnicode_Replace(s, space_str, sep, -1);
    Py_DECREF(s);
    return r;
}

static int get_separator(PyObject *o, nir_format_style *style)
{
    if (o == NULL) {
        *style = NIR_FORMAT_SPACED;
        return 0;
    }
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "separator must be str, not %.100s",
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    *style = PyUnicode_GET_LENGTH(o) == 0 ? NIR_FORMAT_COMPACT
                                          : NIR_FORMAT_SPACED;
    return 0;
}

PyDoc_STRVAR(format_doc,
"format(number, separator=' ')\n--\n\n"
"Display form, e.g. '2 84 05 2A 321 025 52' (overseas and NNP/MIG numbers\n"
"get their own layouts). separator='' gives the compact form. The fields\n"
"are not validated; raises InvalidNIR for characters/length.");

static PyObject *py_format(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"number", "separator", NULL};
    PyObject *a[2];
    char out[NIR_FORMAT_BUFSIZE];
    nir_format_style style;
    nir_status st;
    nbuf b;
    (void)self;
    if (parse_args("format", args, nargs, kwnames, names, 1, a) < 0 ||
        get_separator(a[1], &style) < 0 || get_number(a[0], &b) < 0)
        return NULL;
    st = nir_format(b.s, (size_t)b.n, style, out, sizeof out);
    if (st != NIR_OK) {
        raise_with_compact_pos(st, &b);
        nbuf_release(&b);
        return NULL;
    }
    nbuf_release(&b);
    return with_separator(out, style == NIR_FORMAT_SPACED ? a[1] : NULL);
}

/* Field names accepted by mask(keep=...). These name the nir_mask_keep
 * flags of the header; which digits they cover is libnir's business. */
static const struct {
    const char *name;
    unsigned flag;
} keep_names[] = {
    {"sex", NIR_MASK_KEEP_SEX},     {"year", NIR_MASK_KEEP_YEAR},
    {"month", NIR_MASK_KEEP_MONTH}, {"place", NIR_MASK_KEEP_PLACE},
    {"order", NIR_MASK_KEEP_ORDER}, {"key", NIR_MASK_KEEP_KEY},
};

static int keep_flag(PyObject *name, unsigned *flags)
{
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "keep items must be str, not %.100s",
                     Py_TYPE(name)->tp_name);
        return -1;
    }
    for (size_t i = 0; i < sizeof keep_names / sizeof keep_names[0]; i++) {
        if (PyUnicode_CompareWithASCIIString(name, keep_names[i].name) == 0) {
            *flags |= keep_names[i].flag;
            return 0;
        }
    }
    PyErr_Format(PyExc_ValueError,
                 "unknown field %R in keep (expected sex, year, month, "
                 "place, order, key)", name);
    return -1;
}

static int get_keep(PyObject *o, unsigned *flags)
{
    PyObject *seq;
    Py_ssize_t i, n;
    *flags = 0;
    if (o == NULL || o == Py_None)
        return 0; /* libnir default: sex and year */
    if (PyUnicode_Check(o))
        return keep_flag(o, flags);
    seq = PySequence_Fast(o, "keep must be a str or an iterable of str");
    if (!seq)
        return -1;
    n = PySequence_Fast_GET_SIZE(seq);
    for (i = 0; i < n; i++) {
        if (keep_flag(PySequence_Fast_GET_ITEM(seq, i), flags) < 0) {
            Py_DECREF(seq);
            return -1;
        }
    }
    Py_DECREF(seq);
    if (*flags == 0) /* keep=() hides everything; 0 would mean the default */
        *flags = NIR_MASK_KEEP_NONE;
    return 0;
}

PyDoc_STRVAR(mask_doc,
"mask(number, keep=('sex', 'year'), separator=' ')\n--\n\n"
"Mask a number for logs: digits of the fields not kept become '*'.\n"
"keep names fields among 'sex', 'year', 'month', 'place', 'order', 'key'.");

static PyObject *py_mask(PyObject *self, PyObject *const *args,
                         Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"number", "keep", "separator", NULL};
    PyObject *a[3];
    char out[NIR_FORMAT_BUFSIZE];
    nir_format_style style;
    unsigned keep;
    nir_status st;
    nbuf b;
    (void)self;
    if (parse_args("mask", args, nargs, kwnames, names, 1, a) < 0 ||
        get_keep(a[1], &keep) < 0 || get_separator(a[2], &style) < 0 ||
        get_number(a[0], &b) < 0)
        return NULL;
    st = nir_mask(b.s, (size_t)b.n, keep, style, out, sizeof out);
    if (st != NIR_OK) {
        raise_with_compact_pos(st, &b);
        nbuf_release(&b);
        return NULL;
    }
    nbuf_release(&b);
    return with_separator(out, style == NIR_FORMAT_SPACED ? a[2] : NULL);
}

PyDoc_STRVAR(calc_check_digits_doc,
"calc_check_digits(number, /)\n--\n\n"
"The two-digit key ('38') of a 13-character body (separators allowed).\n"
"As in stdnum, a full 15-character number is accepted too: the key of its\n"
"first 13 characters is returned, whatever key it carries.");

static PyObject *py_calc_check_digits(PyObject *self, PyObject *arg)
{
    int key = 0;
    nir_status st;
    nbuf b;
    char compact[NIR_COMPACT_BUFSIZE];
    (void)self;
    if (get_number(arg, &b) < 0)
        return NULL;
    st = nir_compute_key(b.s, (size_t)b.n, &key);
    /* stdnum's calc_check_digits(number) reads number[:13]: the body of a
     * normalised 15-character number. */
    if (st == NIR_ERR_LENGTH &&
        nir_compact(b.s, (size_t)b.n, compact, sizeof compact, NULL) ==
            NIR_OK &&
        strlen(compact) == 15)
        st = nir_compute_key(compact, 13, &key);
    if (st != NIR_OK) {
        raise_with_compact_pos(st, &b);
        nbuf_release(&b);
        return NULL;
    }
    nbuf_release(&b);
    return PyUnicode_FromFormat("%02d", key);
}

PyDoc_STRVAR(suggest_doc,
"suggest(number, profile='standard')\n--\n\n"
"Corrections of a 15-character number whose key does not match: bodies one\n"
"substitution or adjacent transposition away that are valid with the key\n"
"as given. A list of compact numbers (empty for a valid number).");

#define SUGGEST_STACK 64

static PyObject *py_suggest(PyObject *self, PyObject *const *args,
                            Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"number", "profile", NULL};
    PyObject *a[2], *list = NULL;
    char stack[SUGGEST_STACK][NIR_COMPACT_BUFSIZE];
    char (*out)[NIR_COMPACT_BUFSIZE] = stack;
    size_t count = 0, cap = SUGGEST_STACK;
    nir_profile profile;
    nir_status st;
    nbuf b;
    (void)self;
    if (parse_args("suggest", args, nargs, kwnames, names, 1, a) < 0 ||
        get_profile(a[1], &profile) < 0 || get_number(a[0], &b) < 0)
        return NULL;
    st = nir_suggest(b.s, (size_t)b.n, profile, out, cap, &count);
    if (st == NIR_OK && count > cap) {
        cap = count;
        out = PyMem_Malloc(cap * sizeof *out);
        if (!out) {
            nbuf_release(&b);
            return PyErr_NoMemory();
        }
        st = nir_suggest(b.s, (size_t)b.n, profile, out, cap, &count);
    }
    if (st != NIR_OK) {
        raise_with_compact_pos(st, &b);
        goto done;
    }
    list = PyList_New((Py_ssize_t)(count < cap ? count : cap));
    if (!list)
        goto done;
    for (size_t i = 0; i < count && i < cap; i++) {
        PyObject *s = PyUnicode_FromString(out[i]);
        if (!s) {
            Py_CLEAR(list);
            goto done;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, s);
    }
done:
    if (out != stack)
        PyMem_Free(out);
    nbuf_release(&b);
    return list;
}

/* ------------------------------------------------------------------ */
/* parse */

static PyObject *none_obj(void)
{
    Py_RETURN_NONE;
}

static PyObject *bool_obj(int v)
{
    PyObject *o = v ? Py_True : Py_False;
    Py_INCREF(o);
    return o;
}

static PyObject *name_or_none(const char *s)
{
    if (!s)
        Py_RETURN_NONE;
    return PyUnicode_InternFromString(s);
}

PyDoc_STRVAR(parse_doc,
"parse(number, profile='standard', strict=True, *, require_key=False)\n--\n\n"
"Decode a number into an immutable nir.ParsedNIR (a frozen dataclass\n"
"whose fields are named after the C nir_result). With strict=True an\n"
"invalid number raises InvalidNIR; with strict=False the object is\n"
"returned with valid=False, .status/.error (code), .position and\n"
".message, and whatever fields could be decoded. require_key=True: a\n"
"number without its key (13 characters) is invalid ('key_missing').");

/* The fields of nir._types.ParsedNIR, in its order (checked at import). */
#define PARSED_FIELDS(X)                                                    \
    X(compact) X(status) X(valid) X(error) X(position) X(message)           \
    X(profile) X(kind) X(sex) X(birth_year) X(month_code) X(birth_month)    \
    X(month_kind) X(place_kind) X(department) X(department_name)            \
    X(commune) X(country_code) X(country_name) X(country_iso2)              \
    X(country_iso3) X(order) X(has_key) X(key) X(expected_key)              \
    X(nnp_caisse) X(nnp_verification) X(warnings) X(masked)
#define FIELD_NAME(name) #name,
#define PF_ENUM(name) PF_##name,
enum { PARSED_FIELDS(PF_ENUM) PF_COUNT_ };
static const char *const parsed_fields[] = {PARSED_FIELDS(FIELD_NAME) NULL};

static PyObject *make_parsed(nir_status st, nir_profile profile,
                             const nir_result *r)
{
    char masked[NIR_FORMAT_BUFSIZE];
    record o = record_new(&ParsedNIR);
    int valid = st == NIR_OK;
    if (o.failed)
        return NULL;
    if (r->compact_len == 0 ||
        nir_mask(r->compact, r->compact_len, 0, NIR_FORMAT_SPACED, masked,
                 sizeof masked) != NIR_OK)
        masked[0] = '\0';
    put(&o, PF_compact, str_or_none(r->compact));
    put(&o, PF_status, status_name(st));
    put(&o, PF_valid, bool_obj(valid));
    put(&o, PF_error, valid ? none_obj() : status_name(st));
    put(&o, PF_position, valid || !r->position
                             ? none_obj()
                             : PyLong_FromSize_t(r->position));
    put(&o, PF_message, valid ? none_obj()
                              : PyUnicode_FromString(
                                    nir_strerror(st, NIR_LANG_EN)));
    put(&o, PF_profile, enum_name(profile_names, (int)profile));
    put(&o, PF_kind, enum_name(kind_names, (int)r->kind));
    put(&o, PF_sex, enum_name(sex_names, (int)r->sex));
    put(&o, PF_birth_year, int_or_none(r->birth_year));
    put(&o, PF_month_code, int_or_none(r->month_code));
    put(&o, PF_birth_month,
        int_or_none(r->birth_month > 0 ? r->birth_month : -1));
    put(&o, PF_month_kind, enum_name(month_kind_names, (int)r->month_kind));
    put(&o, PF_place_kind, enum_name(place_kind_names, (int)r->place_kind));
    put(&o, PF_department, str_or_none(r->department));
    put(&o, PF_department_name, str_or_none(r->department_name));
    put(&o, PF_commune, str_or_none(r->commune));
    put(&o, PF_country_code, str_or_none(r->country_code));
    put(&o, PF_country_name, str_or_none(r->country_name));
    put(&o, PF_country_iso2, str_or_none(r->country_iso2));
    put(&o, PF_country_iso3, str_or_none(r->country_iso3));
    put(&o, PF_order, int_or_none(r->order));
    put(&o, PF_has_key, bool_obj(r->has_key));
    put(&o, PF_key, int_or_none(r->key));
    put(&o, PF_expected_key, int_or_none(r->expected_key));
    put(&o, PF_nnp_caisse, int_or_none(r->nnp_caisse));
    put(&o, PF_nnp_verification, int_or_none(r->nnp_verification));
    put(&o, PF_warnings, warning_tuple(r->warnings));
    put(&o, PF_masked, str_or_none(masked));
    return record_done(&o);
}

static PyObject *py_parse(PyObject *self, PyObject *const *args,
                          Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"number", "profile", "strict",
                                        "require_key", NULL};
    PyObject *a[4];
    nir_profile profile;
    nir_result r;
    nir_status st;
    int strict = 1;
    (void)self;
    if (parse_args_kw("parse", args, nargs, kwnames, names, 1, 3, a) < 0 ||
        get_profile_key(a[1], a[3], &profile) < 0)
        return NULL;
    if (a[2] && (strict = PyObject_IsTrue(a[2])) < 0)
        return NULL;
    if (PyUnicode_CheckExact(a[0]) && PyUnicode_IS_ASCII(a[0])) {
        /* Hot path: the ASCII data is the UTF-8 encoding. */
        st = nir_parse((const char *)PyUnicode_DATA(a[0]),
                       (size_t)PyUnicode_GET_LENGTH(a[0]), profile, &r);
    } else {
        nbuf b;
        if (get_number(a[0], &b) < 0)
            return NULL;
        st = nir_parse(b.s, (size_t)b.n, profile, &r);
        nbuf_release(&b);
    }
    if (st != NIR_OK && strict)
        return raise_invalid(st, r.position);
    return make_parsed(st, (nir_profile)(profile & ~NIR_REQUIRE_KEY), &r);
}

/* ------------------------------------------------------------------ */
/* DSN temporary technical number (NTT) */

/* Parse the (number, profile) arguments of the NTT functions and run
 * nir_validate_ntt on them. Returns 0 with *b holding the input (release it
 * with nbuf_release) and r filled, or -1 with an exception set (TypeError
 * for the arguments, nir.InvalidType for a number that is not str or bytes,
 * as the NIR functions raise; ValueError for an unknown profile; nothing
 * to release). When `no_raise_on_type`, a number of another type returns 1
 * instead (is_valid_ntt: False, as is_valid). */
static int ntt_call(const char *fname, PyObject *const *args,
                    Py_ssize_t nargs, PyObject *kwnames, int no_raise_on_type,
                    PyObject **number, nbuf *b, nir_ntt_result *r)
{
    static const char *const names[] = {"number", "profile", NULL};
    PyObject *a[2];
    nir_profile profile;
    if (parse_args(fname, args, nargs, kwnames, names, 1, a) < 0 ||
        get_profile(a[1], &profile) < 0)
        return -1;
    if (no_raise_on_type && !PyUnicode_Check(a[0]) && !PyBytes_Check(a[0]))
        return 1;
    if (get_number(a[0], b) < 0)
        return -1;
    *number = a[0];
    /* NTT positions are byte offsets + 1; they are character positions too,
     * as every byte before the first non-ASCII one (itself an error) is
     * ASCII. */
    r->status = nir_validate_ntt(b->s, (size_t)b->n, profile, r);
    return 0;
}

PyDoc_STRVAR(is_valid_ntt_doc,
"is_valid_ntt(number, profile='standard')\n--\n\n"
"True if number (str or bytes) is a valid DSN temporary technical number\n"
"(NTT, rubric S21.G00.30.020) under profile. Never raises for bad data,\n"
"False for a number that is not str or bytes (as is_valid); ValueError\n"
"for an unknown profile.");

static PyObject *py_is_valid_ntt(PyObject *self, PyObject *const *args,
                                 Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *number;
    nir_ntt_result r;
    nbuf b;
    (void)self;
    switch (ntt_call("is_valid_ntt", args, nargs, kwnames, 1, &number, &b,
                     &r)) {
    case -1:
        return NULL;
    case 1:
        Py_RETURN_FALSE;
    }
    nbuf_release(&b);
    if (r.status == NIR_OK)
        Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

PyDoc_STRVAR(validate_ntt_doc,
"validate_ntt(number, profile='standard')\n--\n\n"
"Return the DSN temporary technical number (NTT) unchanged (as str) if\n"
"valid under profile ('standard', 'dsn', 'lenient'), else raise\n"
"InvalidNTT with .code and .position (nir.InvalidType, a TypeError, for\n"
"a number that is not str or bytes). The NTT is taken as given: no\n"
"separator is removed and no case is changed.");

static PyObject *py_validate_ntt(PyObject *self, PyObject *const *args,
                                 Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *number, *res;
    nir_ntt_result r;
    nbuf b;
    (void)self;
    if (ntt_call("validate_ntt", args, nargs, kwnames, 0, &number, &b, &r) < 0)
        return NULL;
    if (r.status != NIR_OK)
        res = raise_invalid_ntt(r.status, r.position);
    else if (PyUnicode_CheckExact(number)) {
        res = number;
        Py_INCREF(res);
    } else /* bytes or a str subclass; a valid NTT is ASCII */
        res = PyUnicode_DecodeASCII(b.s, b.n, "strict");
    nbuf_release(&b);
    return res;
}

PyDoc_STRVAR(parse_ntt_doc,
"parse_ntt(number, profile='standard')\n--\n\n"
"Decode a DSN temporary technical number (NTT) into an immutable\n"
"nir.ParsedNTT: .sex ('male'/'female'), .siren (characters 2-10),\n"
".siren_valid (its check digit; False is only a warning) and .identifier\n"
"(characters 11 onwards). Raises InvalidNTT when the NTT is invalid.");

#define NTT_FIELDS(X) X(sex) X(siren) X(siren_valid) X(identifier)
#define NF_ENUM(name) NF_##name,
enum { NTT_FIELDS(NF_ENUM) NF_COUNT_ };
static const char *const ntt_fields[] = {NTT_FIELDS(FIELD_NAME) NULL};

static PyObject *py_parse_ntt(PyObject *self, PyObject *const *args,
                              Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *number;
    nir_ntt_result r;
    record o;
    nbuf b;
    (void)self;
    if (ntt_call("parse_ntt", args, nargs, kwnames, 0, &number, &b, &r) < 0)
        return NULL;
    if (r.status != NIR_OK) {
        nbuf_release(&b);
        return raise_invalid_ntt(r.status, r.position);
    }
    o = record_new(&ParsedNTT);
    put(&o, NF_sex, enum_name(sex_names, (int)r.sex));
    put(&o, NF_siren, PyUnicode_FromString(r.siren));
    put(&o, NF_siren_valid, bool_obj(r.siren_valid == 1));
    put(&o, NF_identifier,
        PyUnicode_DecodeASCII(b.s + ((size_t)b.n - r.identifier_len),
                              (Py_ssize_t)r.identifier_len, "strict"));
    nbuf_release(&b);
    return record_done(&o);
}

/* ------------------------------------------------------------------ */
/* Batch */

PyDoc_STRVAR(validate_many_doc,
"validate_many(numbers, profile='standard', codes=False, *,\n"
"              require_key=False)\n--\n\n"
"Validate any iterable of str/bytes (list, tuple, generator, pandas\n"
"Series, numpy array) in one call; the GIL is released while libnir\n"
"works. Returns a list of bools, or with codes=True a list of error codes\n"
"(None for valid numbers). Items that are None or NaN are invalid with\n"
"code 'missing', other non-strings with code 'type'. A single str or\n"
"bytes is refused (TypeError): use is_valid() or validate_lines().\n"
"require_key=True: a number without its key (13 characters) is invalid\n"
"('key_missing').");

/* The result object of one verdict: a bool, or (codes=True) None / the
 * error code name. */
/* What an item that libnir cannot read is: */
enum { ITEM_TEXT, ITEM_MISSING, ITEM_TYPE };

/* None, pandas' NA/NaT and a NaN (float, numpy float32/64, Decimal: any
 * non-int that converts to a float NaN) are missing values. */
static int is_missing(PyObject *o)
{
    const char *name = Py_TYPE(o)->tp_name;
    const PyNumberMethods *num = Py_TYPE(o)->tp_as_number;
    double d;
    if (o == Py_None)
        return 1;
    if (PyFloat_Check(o))
        return isnan(PyFloat_AS_DOUBLE(o));
    if (strcmp(name, "NAType") == 0 || strcmp(name, "NaTType") == 0)
        return 1;
    if (PyLong_Check(o) || !num || !num->nb_float)
        return 0;
    d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) {
        PyErr_Clear(); /* not convertible: simply not a NaN */
        return 0;
    }
    return isnan(d);
}

static PyObject *verdict_object(nir_status st, int codes)
{
    if (!codes)
        return st == NIR_OK ? Py_True : Py_False;
    if (st == NIR_OK)
        return Py_None;
    return (unsigned)st < NIR_STATUS_COUNT ? status_names[st]
                                           : status_names[NIR_ERR_ARGUMENT];
}

static PyObject *results_list(const nir_status *st, Py_ssize_t n, int codes)
{
    PyObject *list = PyList_New(n);
    if (!list)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = verdict_object(st[i], codes);
        Py_INCREF(o);
        PyList_SET_ITEM(list, i, o);
    }
    return list;
}

/* Items per GIL release: small enough that the strings converted in a
 * chunk are still in cache when libnir reads them. */
#define MANY_CHUNK 2048


/* The pointer and length libnir reads for item o, which the caller holds a
 * reference to. A converted copy (bytes-like, non-ASCII str) is appended to
 * *owned, which keeps it alive. Returns -1 with an exception set. */
static int many_item(PyObject *o, PyObject **owned, const char **ptr,
                     size_t *len, unsigned char *what)
{
    nbuf b;
    *what = ITEM_TEXT;
    if (PyUnicode_CheckExact(o) && PyUnicode_IS_ASCII(o)) {
        *ptr = (const char *)PyUnicode_DATA(o);
        *len = (size_t)PyUnicode_GET_LENGTH(o);
        return 0;
    }
    if (!PyUnicode_Check(o) && !PyBytes_Check(o)) {
        *what = is_missing(o) ? ITEM_MISSING : ITEM_TYPE;
        *ptr = "";
        *len = 0;
        return 0;
    }
    if (get_buf(o, &b) < 0)
        return -1;
    if (b.owned) {
        if ((!*owned && !(*owned = PyList_New(0))) ||
            PyList_Append(*owned, b.owned) < 0) {
            nbuf_release(&b);
            return -1;
        }
        nbuf_release(&b); /* the list keeps it alive */
    }
    *ptr = b.s;
    *len = (size_t)b.n;
    return 0;
}

static PyObject *py_validate_many(PyObject *self, PyObject *const *args,
                                  Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"numbers", "profile", "codes",
                                        "require_key", NULL};
    PyObject *a[4], *seq = NULL, *owned = NULL, *res = NULL;
    PyObject *held[MANY_CHUNK];
    const char *ptrs[MANY_CHUNK];
    size_t lens[MANY_CHUNK];
    unsigned char what[MANY_CHUNK];
    nir_status st[MANY_CHUNK];
    nir_profile profile;
    int codes = 0;
    Py_ssize_t n, base, m = 0, i;
    (void)self;
    if (parse_args_kw("validate_many", args, nargs, kwnames, names, 1, 3,
                      a) < 0 ||
        get_profile_key(a[1], a[3], &profile) < 0)
        return NULL;
    if (a[2] && (codes = PyObject_IsTrue(a[2])) < 0)
        return NULL;
    if (PyUnicode_Check(a[0]) || PyBytes_Check(a[0]) ||
        PyByteArray_Check(a[0])) {
        PyErr_Format(PyExc_TypeError,
                     "validate_many() takes an iterable of numbers, not one "
                     "%.100s; use is_valid() for one number or "
                     "validate_lines() for a buffer of lines",
                     Py_TYPE(a[0])->tp_name);
        return NULL;
    }
    /* A list or tuple is read in place (copying it first would touch every
     * item one more time); any other iterable is made a list. */
    if (PyList_CheckExact(a[0]) || PyTuple_CheckExact(a[0])) {
        seq = a[0];
        Py_INCREF(seq);
    } else if (!(seq = PySequence_List(a[0]))) {
        return NULL;
    }
    n = PySequence_Fast_GET_SIZE(seq);
    res = PyList_New(n);
    if (!res)
        goto fail;
    for (base = 0; base < n; base += MANY_CHUNK) {
        PyObject **items;
        /* Another thread may resize a list while the GIL is released:
         * re-read it each chunk, and hold each item of the chunk so that
         * none is freed while libnir reads it. */
        if (PySequence_Fast_GET_SIZE(seq) < n) {
            PyErr_SetString(PyExc_RuntimeError,
                            "list changed size during validate_many");
            goto fail;
        }
        items = PySequence_Fast_ITEMS(seq);
        m = n - base < MANY_CHUNK ? n - base : MANY_CHUNK;
        for (i = 0; i < m; i++) {
            held[i] = items[base + i];
            Py_INCREF(held[i]);
        }
        for (i = 0; i < m; i++)
            if (many_item(held[i], &owned, &ptrs[i], &lens[i], &what[i]) < 0)
                goto fail_held;
        Py_BEGIN_ALLOW_THREADS
        nir_validate_array(ptrs, lens, (size_t)m, profile, st, NULL);
        Py_END_ALLOW_THREADS
        for (i = 0; i < m; i++) {
            PyObject *o = what[i] == ITEM_TEXT ? verdict_object(st[i], codes)
                          : !codes             ? Py_False
                          : what[i] == ITEM_MISSING ? code_missing
                                                    : code_type;
            Py_INCREF(o);
            PyList_SET_ITEM(res, base + i, o);
            Py_DECREF(held[i]);
        }
        m = 0;
        Py_CLEAR(owned);
    }
    Py_DECREF(seq);
    return res;
fail_held:
    for (i = 0; i < m; i++)
        Py_DECREF(held[i]);
fail:
    Py_XDECREF(owned);
    Py_XDECREF(res); /* unfilled slots are NULL: list dealloc skips them */
    Py_DECREF(seq);
    return NULL;
}

PyDoc_STRVAR(validate_lines_doc,
"validate_lines(data, profile='standard', codes=False, *,\n"
"               require_key=False)\n"
"--\n\n"
"Validate a buffer (bytes or str) of newline-separated numbers (LF or\n"
"CRLF) with nir_validate_lines. Returns one bool (or code) per record.\n"
"require_key=True: a record without its key is invalid ('key_missing').");

static PyObject *py_validate_lines(PyObject *self, PyObject *const *args,
                                   Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"data", "profile", "codes",
                                        "require_key", NULL};
    PyObject *a[4], *res = NULL;
    nir_profile profile;
    nir_status *st;
    size_t records = 0, cap;
    int codes = 0;
    nbuf b;
    (void)self;
    if (parse_args_kw("validate_lines", args, nargs, kwnames, names, 1, 3,
                      a) < 0 ||
        get_profile_key(a[1], a[3], &profile) < 0)
        return NULL;
    if (a[2] && (codes = PyObject_IsTrue(a[2])) < 0)
        return NULL;
    if (get_buf(a[0], &b) < 0)
        return NULL;
    /* Count records first (capacity 0), then fill. */
    Py_BEGIN_ALLOW_THREADS
    nir_validate_lines(b.s, (size_t)b.n, profile, NULL, 0, &records);
    Py_END_ALLOW_THREADS
    cap = records ? records : 1;
    st = PyMem_Malloc(cap * sizeof *st);
    if (!st) {
        nbuf_release(&b);
        return PyErr_NoMemory();
    }
    Py_BEGIN_ALLOW_THREADS
    nir_validate_lines(b.s, (size_t)b.n, profile, st, records, &records);
    Py_END_ALLOW_THREADS
    res = results_list(st, (Py_ssize_t)records, codes);
    PyMem_Free(st);
    nbuf_release(&b);
    return res;
}

/* ------------------------------------------------------------------ */
/* Civil status */

#ifdef NIR_PY_HAVE_CIVIL

static PyObject *finding_message(const nir_civil_report *rep, size_t i,
                                 nir_lang lang)
{
    char buf[512];
    size_t need = nir_finding_message(rep, i, lang, buf, sizeof buf);
    PyObject *s;
    char *big;
    if (need < sizeof buf)
        return PyUnicode_DecodeUTF8(buf, (Py_ssize_t)need, "replace");
    big = PyMem_Malloc(need + 1);
    if (!big)
        return PyErr_NoMemory();
    need = nir_finding_message(rep, i, lang, big, need + 1);
    s = PyUnicode_DecodeUTF8(big, (Py_ssize_t)need, "replace");
    PyMem_Free(big);
    return s;
}

#define FINDING_FIELDS(X)                                                   \
    X(code) X(mismatch) X(number_value) X(document_value) X(expected_month) \
    X(matched_order) X(message_en) X(message_fr)
#define FF_ENUM(name) FF_##name,
enum { FINDING_FIELDS(FF_ENUM) FF_COUNT_ };
static const char *const finding_fields[] = {FINDING_FIELDS(FIELD_NAME) NULL};

static PyObject *make_finding(const nir_civil_report *rep, size_t i)
{
    const nir_finding *f = &rep->findings[i];
    record o = record_new(&Finding);
    put(&o, FF_code, name_or_none(nir_finding_name(f->code)));
    put(&o, FF_mismatch, bool_obj(f->mismatch));
    put(&o, FF_number_value, int_or_none(f->number_value));
    put(&o, FF_document_value, int_or_none(f->document_value));
    put(&o, FF_expected_month, int_or_none(f->expected_month));
    put(&o, FF_matched_order,
        name_or_none(nir_date_order_name(f->matched_order)));
    put(&o, FF_message_en, finding_message(rep, i, NIR_LANG_EN));
    put(&o, FF_message_fr, finding_message(rep, i, NIR_LANG_FR));
    return record_done(&o);
}

static PyObject *make_readings(const nir_civil_report *rep)
{
    size_t n = rep->date_readings > 2 ? 2
               : rep->date_readings > 0 ? (size_t)rep->date_readings
                                        : 0;
    PyObject *readings = PyTuple_New((Py_ssize_t)n);
    if (!readings)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const nir_date *d = &rep->reading[i];
        PyObject *t = PyObject_CallFunction(DateReading, "iiii", d->year,
                                            d->month, d->day, d->year_digits);
        if (!t) {
            Py_DECREF(readings);
            return NULL;
        }
        PyTuple_SET_ITEM(readings, (Py_ssize_t)i, t);
    }
    return readings;
}

static PyObject *make_findings(const nir_civil_report *rep)
{
    size_t n = rep->finding_count > NIR_MAX_FINDINGS ? NIR_MAX_FINDINGS
                                                     : rep->finding_count;
    PyObject *findings = PyTuple_New((Py_ssize_t)n);
    if (!findings)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        PyObject *f = make_finding(rep, i);
        if (!f) {
            Py_DECREF(findings);
            return NULL;
        }
        PyTuple_SET_ITEM(findings, (Py_ssize_t)i, f);
    }
    return findings;
}

#define REPORT_FIELDS(X)                                                    \
    X(verdict) X(number_status) X(date_order) X(readings)                   \
    X(birthplace_code) X(findings)
#define RF_ENUM(name) RF_##name,
enum { REPORT_FIELDS(RF_ENUM) RF_COUNT_ };
static const char *const report_fields[] = {REPORT_FIELDS(FIELD_NAME) NULL};

static PyObject *make_report(const nir_civil_report *rep)
{
    record o = record_new(&CivilReport);
    put(&o, RF_verdict, name_or_none(nir_civil_verdict_name(rep->verdict)));
    put(&o, RF_number_status, status_name(rep->number_status));
    put(&o, RF_date_order,
        name_or_none(nir_date_order_name(rep->date_order)));
    put(&o, RF_readings, make_readings(rep));
    put(&o, RF_birthplace_code, str_or_none(rep->birthplace_code));
    put(&o, RF_findings, make_findings(rep));
    return record_done(&o);
}

#endif /* NIR_PY_HAVE_CIVIL */

/* Empty, or only white space (ASCII, or the Unicode spaces libnir treats
 * as separators: U+00A0, U+202F). */
static int is_blank(const char *s, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            continue;
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i++;
            continue;
        }
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0xAF) {
            i += 2;
            continue;
        }
        return 0;
    }
    return 1;
}

PyDoc_STRVAR(check_civil_status_doc,
"check_civil_status(number, sex=None, birth_date=None, date_order=None,\n"
"                   document_country=None, birthplace=None,\n"
"                   profile='standard', *, require_key=False)\n--\n\n"
"Cross-check a number against civil-status data (every argument after\n"
"number is optional). Returns an immutable nir.CivilReport with .verdict\n"
"('consistent', 'inconsistent', 'cannot_tell') and .findings.\n"
"sex: 'M', 'F', 'male', 'femme', '1', ...; None or blank = not given;\n"
"date_order: 'dmy', 'mdy', 'ymd'. An unrecognised sex or date_order\n"
"raises ValueError. require_key=True: a number without its key is\n"
"invalid (number_status 'key_missing').");

static PyObject *py_check_civil_status(PyObject *self, PyObject *const *args,
                                       Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {
        "number", "sex", "birth_date", "date_order", "document_country",
        "birthplace", "profile", "require_key", NULL};
    PyObject *a[8];
    (void)self;
    if (parse_args_kw("check_civil_status", args, nargs, kwnames, names, 1,
                      7, a) < 0)
        return NULL;
#ifdef NIR_PY_HAVE_CIVIL
    {
        nir_civil_status civil;
        nir_civil_report rep;
        nir_profile profile;
        nir_status st;
        nbuf num = {0}, sex = {0}, date = {0}, order = {0}, country = {0},
             place = {0};
        PyObject *res = NULL;
        memset(&civil, 0, sizeof civil);
        if (get_profile_key(a[6], a[7], &profile) < 0 ||
            get_number(a[0], &num) < 0)
            return NULL;
        if (get_opt_buf(a[1], "sex", &sex) < 0 ||
            get_opt_buf(a[2], "birth_date", &date) < 0 ||
            get_opt_buf(a[3], "date_order", &order) < 0 ||
            get_opt_buf(a[4], "document_country", &country) < 0 ||
            get_opt_buf(a[5], "birthplace", &place) < 0)
            goto out;
        /* A blank sex is "not given", like a blank date or place. */
        if (sex.s && !is_blank(sex.s, sex.n) &&
            nir_sex_from_name(sex.s, (size_t)sex.n, &civil.sex) != NIR_OK) {
            PyErr_Format(PyExc_ValueError, "unrecognised sex %R", a[1]);
            goto out;
        }
        if (order.s && nir_date_order_from_name(order.s, (size_t)order.n,
                                                &civil.date_order) != NIR_OK) {
            PyErr_Format(PyExc_ValueError,
                         "unknown date_order %R (expected 'dmy', 'mdy' or "
                         "'ymd')", a[3]);
            goto out;
        }
        civil.birth_date = date.s;
        civil.birth_date_len = (size_t)date.n;
        civil.document_country = country.s;
        civil.document_country_len = (size_t)country.n;
        civil.birthplace = place.s;
        civil.birthplace_len = (size_t)place.n;
        /* The caller's objects (and ours in .owned) stay alive meanwhile. */
        Py_BEGIN_ALLOW_THREADS
        st = nir_check_civil_status(num.s, (size_t)num.n, profile, &civil,
                                    &rep);
        Py_END_ALLOW_THREADS
        if (st != NIR_OK) {
            raise_invalid(st, 0);
            goto out;
        }
        res = make_report(&rep);
    out:
        nbuf_release(&num);
        nbuf_release(&sex);
        nbuf_release(&date);
        nbuf_release(&order);
        nbuf_release(&country);
        nbuf_release(&place);
        return res;
    }
#else
    PyErr_SetString(PyExc_NotImplementedError,
                    "this build of nir has no civil-status support "
                    "(lib/civil was missing when it was compiled)");
    return NULL;
#endif
}

/* ------------------------------------------------------------------ */
/* Countries, names, versions */

static PyObject *make_country(const nir_country *c)
{
    if (!c)
        Py_RETURN_NONE;
    return PyObject_CallFunction(
        Country, "sNNNNi", c->code, PyUnicode_FromString(c->name),
        str_or_none(c->official_name), str_or_none(c->iso2),
        str_or_none(c->iso3), c->status);
}

PyDoc_STRVAR(countries_doc,
"countries()\n--\n\n"
"The INSEE country list compiled into libnir, as a tuple of nir.Country.");

static PyObject *py_countries(PyObject *self, PyObject *unused)
{
    size_t n = nir_country_count();
    PyObject *t = PyTuple_New((Py_ssize_t)n);
    (void)self;
    (void)unused;
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        PyObject *c = make_country(nir_country_at(i));
        if (!c) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, (Py_ssize_t)i, c);
    }
    return t;
}

PyDoc_STRVAR(country_doc,
"country(code, /)\n--\n\n"
"Look up a country by INSEE code ('99126' or '126') or ISO 3166 alpha-2 /\n"
"alpha-3 code; a nir.Country or None.");

static PyObject *py_country(PyObject *self, PyObject *arg)
{
    const nir_country *c;
    nbuf b;
    (void)self;
    if (get_buf(arg, &b) < 0)
        return NULL;
    c = nir_country_by_code(b.s, (size_t)b.n);
    if (!c)
        c = nir_country_by_iso(b.s, (size_t)b.n);
    nbuf_release(&b);
    return make_country(c);
}

static int get_lang(PyObject *o, nir_lang *lang)
{
    *lang = NIR_LANG_EN;
    if (o == NULL || o == Py_None)
        return 0;
    if (PyUnicode_Check(o) && PyUnicode_CompareWithASCIIString(o, "en") == 0)
        return 0;
    if (PyUnicode_Check(o) && PyUnicode_CompareWithASCIIString(o, "fr") == 0) {
        *lang = NIR_LANG_FR;
        return 0;
    }
    PyErr_Format(PyExc_ValueError, "lang must be 'en' or 'fr', not %R", o);
    return -1;
}

/* error_message and ntt_error_message: the message of a status code
 * name, from the C function that words it. */
static PyObject *status_message(const char *fname, PyObject *const *args,
                                Py_ssize_t nargs, PyObject *kwnames,
                                const char *(*message)(nir_status, nir_lang))
{
    static const char *const names[] = {"code", "lang", NULL};
    PyObject *a[2];
    nir_lang lang;
    if (parse_args(fname, args, nargs, kwnames, names, 1, a) < 0 ||
        get_lang(a[1], &lang) < 0)
        return NULL;
    for (int i = 0; i < NIR_STATUS_COUNT; i++) {
        int eq = PyObject_RichCompareBool(a[0], status_names[i], Py_EQ);
        if (eq < 0)
            return NULL;
        if (eq)
            return PyUnicode_FromString(message((nir_status)i, lang));
    }
    PyErr_Format(PyExc_ValueError, "unknown error code %R", a[0]);
    return NULL;
}

PyDoc_STRVAR(error_message_doc,
"error_message(code, lang='en')\n--\n\n"
"The message libnir gives for an error code ('key', ...), in English or\n"
"French.");

static PyObject *py_error_message(PyObject *self, PyObject *const *args,
                                  Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    return status_message("error_message", args, nargs, kwnames, nir_strerror);
}

PyDoc_STRVAR(ntt_error_message_doc,
"ntt_error_message(code, lang='en')\n--\n\n"
"The message libnir gives for an NTT error code ('length', ...), in\n"
"English or French (nir_ntt_strerror).");

static PyObject *py_ntt_error_message(PyObject *self, PyObject *const *args,
                                      Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    return status_message("ntt_error_message", args, nargs, kwnames,
                          nir_ntt_strerror);
}

PyDoc_STRVAR(warning_message_doc,
"warning_message(code, lang='en')\n--\n\n"
"The message libnir gives for a warning code ('country_unlisted', ...).");

static PyObject *py_warning_message(PyObject *self, PyObject *const *args,
                                    Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"code", "lang", NULL};
    PyObject *a[2];
    nir_lang lang;
    (void)self;
    if (parse_args("warning_message", args, nargs, kwnames, names, 1, a) <
            0 ||
        get_lang(a[1], &lang) < 0)
        return NULL;
    if (PyUnicode_Check(a[0])) {
        for (unsigned i = 0; i < 32; i++) {
            const char *name = nir_warning_name(1u << i);
            if (name && PyUnicode_CompareWithASCIIString(a[0], name) == 0)
                return PyUnicode_FromString(nir_warning_message(1u << i, lang));
        }
    }
    PyErr_Format(PyExc_ValueError, "unknown warning code %R", a[0]);
    return NULL;
}

static PyObject *py_lib_version(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    return PyUnicode_FromString(nir_version_string());
}

static PyObject *py_data_version(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    return PyUnicode_FromString(nir_data_version());
}

/* ------------------------------------------------------------------ */
/* Module */

#define FAST (METH_FASTCALL | METH_KEYWORDS)
#define FN(name) ((PyCFunction)(void (*)(void))(name))

static PyMethodDef methods[] = {
    {"is_valid", py_is_valid, METH_O, is_valid_doc},
    {"compact", py_compact, METH_O, compact_doc},
    {"validate", FN(py_validate), FAST, validate_doc},
    {"format", FN(py_format), FAST, format_doc},
    {"mask", FN(py_mask), FAST, mask_doc},
    {"calc_check_digits", py_calc_check_digits, METH_O,
     calc_check_digits_doc},
    {"suggest", FN(py_suggest), FAST, suggest_doc},
    {"parse", FN(py_parse), FAST, parse_doc},
    {"validate_many", FN(py_validate_many), FAST, validate_many_doc},
    {"validate_lines", FN(py_validate_lines), FAST, validate_lines_doc},
    {"is_valid_ntt", FN(py_is_valid_ntt), FAST, is_valid_ntt_doc},
    {"validate_ntt", FN(py_validate_ntt), FAST, validate_ntt_doc},
    {"parse_ntt", FN(py_parse_ntt), FAST, parse_ntt_doc},
    {"check_civil_status", FN(py_check_civil_status), FAST,
     check_civil_status_doc},
    {"countries", py_countries, METH_NOARGS, countries_doc},
    {"country", py_country, METH_O, country_doc},
    {"error_message", FN(py_error_message), FAST, error_message_doc},
    {"ntt_error_message", FN(py_ntt_error_message), FAST,
     ntt_error_message_doc},
    {"warning_message", FN(py_warning_message), FAST, warning_message_doc},
    {"lib_version", py_lib_version, METH_NOARGS,
     "lib_version()\n--\n\nRun-time version of libnir (nir_version_string)."},
    {"data_version", py_data_version, METH_NOARGS,
     "data_version()\n--\n\nVintage of the INSEE data compiled into libnir."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "nir._nir",
    "C extension over libnir; use the nir package.", -1, methods,
    NULL, NULL, NULL, NULL};

static PyObject *import_attr(const char *module, const char *name)
{
    PyObject *m = PyImport_ImportModule(module), *a;
    if (!m)
        return NULL;
    a = PyObject_GetAttrString(m, name);
    Py_DECREF(m);
    return a;
}

/* Tuple of the names fn gives for first..last (NULLs skipped); with shift,
 * fn is called with 1 << i (warning flags). */
static PyObject *names_tuple(const char *(*fn)(unsigned), unsigned first,
                             unsigned last, int shift)
{
    PyObject *list = PyList_New(0), *t;
    if (!list)
        return NULL;
    for (unsigned i = first; i <= last; i++) {
        const char *s = fn(shift ? 1u << i : i);
        PyObject *o;
        if (!s)
            continue;
        o = PyUnicode_InternFromString(s);
        if (!o || PyList_Append(list, o) < 0) {
            Py_XDECREF(o);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(o);
    }
    t = PyList_AsTuple(list);
    Py_DECREF(list);
    return t;
}

static const char *status_name_u(unsigned i);

/* nir.ERROR_CODES: the status names of NIR_ERR_EMPTY..NIR_ERR_KEY, then
 * key_missing (after the API-misuse statuses in the enum). */
static PyObject *error_codes(void)
{
    PyObject *t = names_tuple(status_name_u, NIR_ERR_EMPTY, NIR_ERR_KEY, 0);
    PyObject *more = names_tuple(status_name_u, NIR_ERR_KEY_MISSING,
                                 NIR_ERR_KEY_MISSING, 0);
    PyObject *all = t && more ? PySequence_Concat(t, more) : NULL;
    Py_XDECREF(t);
    Py_XDECREF(more);
    return all;
}

static const char *profile_name_u(unsigned i)
{
    return nir_profile_name((nir_profile)i);
}
static const char *status_name_u(unsigned i)
{
    return nir_status_name((nir_status)i);
}
#ifdef NIR_PY_HAVE_CIVIL
static const char *finding_name_u(unsigned i)
{
    return nir_finding_name((nir_finding_code)i);
}
static const char *verdict_name_u(unsigned i)
{
    return nir_civil_verdict_name((nir_civil_verdict)i);
}
#endif

static const char *kind_name_u(unsigned i)
{
    return nir_kind_name((nir_kind)i);
}
static const char *sex_name_u(unsigned i)
{
    return nir_sex_name((nir_sex)i);
}
static const char *month_kind_name_u(unsigned i)
{
    return nir_month_kind_name((nir_month_kind)i);
}
static const char *place_kind_name_u(unsigned i)
{
    return nir_place_kind_name((nir_place_kind)i);
}

/* names[i] = fn(i) interned, or None where fn gives NULL. */
static int enum_names_init(PyObject **names, const char *(*fn)(unsigned))
{
    for (unsigned i = 0; i < ENUM_NAMES; i++) {
        const char *s = fn(i);
        names[i] = s ? PyUnicode_InternFromString(s) : Py_None;
        if (!names[i])
            return -1;
        if (!s)
            Py_INCREF(Py_None);
    }
    return 0;
}

PyMODINIT_FUNC PyInit__nir(void)
{
    PyObject *m = PyModule_Create(&moduledef);
    if (!m)
        return NULL;
    for (int i = 0; i < NIR_STATUS_COUNT; i++) {
        status_names[i] = PyUnicode_InternFromString(
            nir_status_name((nir_status)i));
        if (!status_names[i])
            goto fail;
    }
    empty_tuple = PyTuple_New(0);
    space_str = PyUnicode_InternFromString(" ");
    make_error = import_attr("nir._errors", "_make");
    make_ntt_error = import_attr("nir._errors", "_make_ntt");
    make_type_error = import_attr("nir._errors", "_make_type");
    code_missing = PyUnicode_InternFromString("missing");
    code_type = PyUnicode_InternFromString("type");
    DateReading = import_attr("nir._types", "DateReading");
    Country = import_attr("nir._types", "Country");
    if (!empty_tuple || !space_str || !code_missing || !code_type ||
        !make_error || !make_ntt_error || !make_type_error || !DateReading || !Country ||
        record_type_init(&ParsedNIR, "ParsedNIR", parsed_fields) < 0 ||
        record_type_init(&ParsedNTT, "ParsedNTT", ntt_fields) < 0 ||
        enum_names_init(kind_names, kind_name_u) < 0 ||
        enum_names_init(sex_names, sex_name_u) < 0 ||
        enum_names_init(month_kind_names, month_kind_name_u) < 0 ||
        enum_names_init(place_kind_names, place_kind_name_u) < 0 ||
        enum_names_init(profile_names, profile_name_u) < 0)
        goto fail;
#ifdef NIR_PY_HAVE_CIVIL
    if (record_type_init(&Finding, "Finding", finding_fields) < 0 ||
        record_type_init(&CivilReport, "CivilReport", report_fields) < 0)
        goto fail;
#endif

    if (PyModule_AddStringConstant(m, "VERSION", NIR_VERSION_STRING) < 0 ||
        PyModule_AddIntConstant(m, "HAVE_CIVIL",
#ifdef NIR_PY_HAVE_CIVIL
                                1
#else
                                0
#endif
                                ) < 0 ||
        PyModule_AddObject(m, "PROFILES",
                           names_tuple(profile_name_u, 0, 15, 0)) < 0 ||
        /* The errors a number can have: 1..10 and key_missing (buffer and
         * argument are API misuse, never a verdict on a number). */
        PyModule_AddObject(m, "ERROR_CODES", error_codes()) < 0 ||
        PyModule_AddObject(m, "WARNING_CODES",
                           names_tuple(nir_warning_name, 0, 31, 1)) < 0)
        goto fail;
#ifdef NIR_PY_HAVE_CIVIL
    if (PyModule_AddObject(m, "FINDING_CODES",
                           names_tuple(finding_name_u, 1, 64, 0)) < 0 ||
        PyModule_AddObject(m, "VERDICTS",
                           names_tuple(verdict_name_u, 0, 15, 0)) < 0)
        goto fail;
#else
    if (PyModule_AddObject(m, "FINDING_CODES", PyTuple_New(0)) < 0 ||
        PyModule_AddObject(m, "VERDICTS", PyTuple_New(0)) < 0)
        goto fail;
#endif
    return m;
fail:
    Py_DECREF(m);
    return NULL;
}
