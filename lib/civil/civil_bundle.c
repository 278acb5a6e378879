/*
 * civil_bundle.c -- ICU resource bundles read in place, for the walks over
 * the names of every language. A name that matches nothing is compared
 * with every region name ICU has (some 55 000 with ICU 72), and a word
 * that is no month with every month and weekday name: through ures_* that
 * is 30-50 ns a string, through udat_* a date formatter a locale, most of
 * the time of such a call. Here the memory of the bundle, as
 * udata_openChoice() maps it -- the very file ures_openDirect() loads --
 * is read with the layout ICU documents in uresdata.h (formatVersion 2
 * and 3, ICU 4.4 and later).
 *
 * Only what the walks need is read: tables (Table, Table16), arrays
 * (Array, Array16) and strings. Anything else -- another layout, a
 * Table32, an alias, a string longer than 1023 units -- is "not read
 * here", and the callers then ask ures_* or udat_* (civil_country.c,
 * civil_months.c).
 */
#include <string.h>

#include "civil_internal.h"

/* indexes[] slots and Resource types (uresdata.h). */
enum {
    INDEX_LENGTH = 0,
    INDEX_KEYS_TOP = 1,
    INDEX_ATTRIBUTES = 5,
    INDEX_16BIT_TOP = 6,
    INDEX_POOL_CHECKSUM = 7
};
enum {
    RES_TABLE = 2,
    RES_ALIAS = 3,
    RES_TABLE16 = 5,
    RES_STRING_V2 = 6,
    RES_ARRAY = 8,
    RES_ARRAY16 = 9
};

static uint32_t type_of(civil_res r) { return r >> 28; }
static uint32_t offset_of(civil_res r) { return r & 0x0fffffff; }

static UBool U_CALLCONV layout_known(void *context, const char *type,
                                     const char *name, const UDataInfo *info)
{
    (void)context;
    (void)type;
    (void)name;
    /* One test, no early exit: "ResB", formatVersion 2 or 3, this
     * machine's byte order and UTF-16. */
    return (UBool)((memcmp(info->dataFormat, "ResB", 4) == 0) &
                   (info->formatVersion[0] - 2u <= 1u) &
                   (info->isBigEndian == U_IS_BIG_ENDIAN) &
                   (info->sizeofUChar == U_SIZEOF_UCHAR));
}

/* Where the parts of an open bundle start (res_init() in uresdata.cpp). */
static void locate_parts(civil_bundle *b, const civil_bundle *pool)
{
    static const UChar no_units = 0; /* ICU's gEmpty16 */
    const int32_t *ix = b->root + 1;
    int32_t index_length = ix[INDEX_LENGTH] & 0xff;
    uint32_t att = (uint32_t)ix[INDEX_ATTRIBUTES];

    b->key_limit = ix[INDEX_KEYS_TOP] > 1 + index_length
                       ? ix[INDEX_KEYS_TOP] << 2
                       : 0; /* no key of its own: all in the pool */
    b->units = ix[INDEX_16BIT_TOP] > ix[INDEX_KEYS_TOP]
                   ? (const UChar *)(b->root + ix[INDEX_KEYS_TOP])
                   : &no_units;
    /* Zero in formatVersion 2, whose bits there are reserved. */
    b->pool_limit = (int32_t)(((uint32_t)ix[INDEX_LENGTH] >> 8) |
                              ((att & 0xf000) << 12));
    b->pool_limit16 = (int32_t)(att >> 16);
    /* Keys and strings below the limits are the bundle's own, the others
     * the pool's (then counted from the limit for keys, from 0 for
     * strings): [0] and [1] of the bases, picked without a jump. */
    b->key_base[0] = (const char *)b->root;
    b->key_skip[0] = 0;
    b->key_skip[1] = b->key_limit;
    b->string_base[0] = b->units;
    b->string_skip[0] = b->pool_limit;
    b->string_skip[1] = 0;
    if (pool != NULL) {
        b->key_base[1] =
            (const char *)(pool->root + 1 + (pool->root[1] & 0xff));
        b->string_base[1] = pool->units;
    }
}

int civil_bundle_open(const char *path, const char *name,
                      const civil_bundle *pool, civil_bundle *b)
{
    UErrorCode err = U_ZERO_ERROR;

    memset(b, 0, sizeof *b);
    b->data = udata_openChoice(path, "res", name, layout_known, NULL, &err);
    if (U_SUCCESS(err))
        b->root = (const int32_t *)udata_getMemory(b->data);
    /* formatVersion 2 has the 8 indexes up to the pool checksum; a bundle
     * read with a pool has its checksum (ICU refuses it otherwise). */
    if (U_FAILURE(err) ||
        (pool != NULL && b->root[1 + INDEX_POOL_CHECKSUM] !=
                             pool->root[1 + INDEX_POOL_CHECKSUM])) {
        civil_bundle_close(b);
        return -1;
    }
    locate_parts(b, pool);
    return 0;
}

void civil_bundle_close(civil_bundle *b)
{
    udata_close(b->data);
    b->data = NULL;
}

civil_res civil_bundle_root(const civil_bundle *b)
{
    return (civil_res)b->root[0];
}

/* A key of a Table or Table16: the bundle's own below key_limit, else
 * the pool's. */
static const char *key_at(const civil_bundle *b, uint16_t offset)
{
    int in_pool = offset >= b->key_limit;
    return b->key_base[in_pool] + (offset - b->key_skip[in_pool]);
}

/* A string of a 16-bit container, as a Resource (makeResourceFrom16()). */
static civil_res from16(const civil_bundle *b, uint16_t v)
{
    int32_t offset = v < b->pool_limit16
                         ? v
                         : v - b->pool_limit16 + b->pool_limit;
    return (civil_res)RES_STRING_V2 << 28 | (civil_res)offset;
}

/* The parts of a container: `count` items, their keys (tables; NULL for
 * arrays) and their values, 32-bit (`values`) or 16-bit (`values16`).
 * 0 if r is no Table, Table16, Array or Array16. */
typedef struct container {
    int32_t count;
    const uint16_t *keys;
    const uint32_t *values;
    const uint16_t *values16;
} container;

static int open_container(const civil_bundle *b, civil_res r, container *c)
{
    const uint16_t *p16 = (const uint16_t *)b->units;
    const int32_t *p32 = b->root;
    memset(c, 0, sizeof *c);
    switch (type_of(r)) {
    case RES_TABLE: /* count, keys[count], a pad if count is even, values */
        p32 += offset_of(r);
        c->count = offset_of(r) == 0 ? 0 : *(const uint16_t *)p32;
        c->keys = (const uint16_t *)p32 + 1;
        c->values = (const uint32_t *)(c->keys + c->count + (~c->count & 1));
        return 1;
    case RES_TABLE16: /* count, keys[count], values16[count] */
        p16 += offset_of(r);
        c->count = p16[0];
        c->keys = p16 + 1;
        c->values16 = c->keys + c->count;
        return 1;
    case RES_ARRAY: /* count (32 bits), values[count] */
        p32 += offset_of(r);
        c->count = offset_of(r) == 0 ? 0 : p32[0];
        c->values = (const uint32_t *)(p32 + 1);
        return 1;
    case RES_ARRAY16: /* count, values16[count] */
        p16 += offset_of(r);
        c->count = p16[0];
        c->values16 = p16 + 1;
        return 1;
    default:
        return 0;
    }
}

static civil_res item(const civil_bundle *b, const container *c, int32_t i)
{
    return c->values != NULL ? c->values[i] : from16(b, c->values16[i]);
}

int civil_res_get(const civil_bundle *b, civil_res table, const char *key,
                  civil_res *out)
{
    container c;
    /* What is no Table or Table16 (a Table32, an alias, ...) "holds" every
     * key, as something nothing can be read from in place: the walks then
     * ask ICU's API. */
    int readable = open_container(b, table, &c) & (c.keys != NULL);
    int32_t count = c.count * readable; /* none to look at if unreadable */
    int32_t i = 0;
    while (i < count && strcmp(key_at(b, c.keys[i]), key) != 0)
        i++;
    *out = i < count ? item(b, &c, i) : CIVIL_RES_UNREADABLE;
    return (i < count) | !readable;
}

int32_t civil_res_count(const civil_bundle *b, civil_res r)
{
    container c;
    return open_container(b, r, &c) ? c.count : -1;
}

/* r is a container (civil_res_count() >= 0). */
civil_res civil_res_at(const civil_bundle *b, civil_res r, int32_t i)
{
    container c;
    open_container(b, r, &c);
    return item(b, &c, i);
}

int civil_res_is_alias(civil_res r) { return type_of(r) == RES_ALIAS; }

const UChar *civil_res_string(const civil_bundle *b, civil_res r,
                              int32_t *len)
{
    int32_t offset = (int32_t)offset_of(r);
    int in_pool = offset < b->pool_limit; /* no jump, as in civil_table */
    if (type_of(r) != RES_STRING_V2) /* a v1 String is not read here */
        return NULL;
    return civil_string_v2(b->string_base[in_pool] +
                               (offset - b->string_skip[in_pool]),
                           len);
}

int civil_bundle_table(const civil_bundle *b, const char *key,
                       civil_table *out)
{
    civil_res r = 0;
    int found = civil_res_get(b, civil_bundle_root(b), key, &r);
    const uint16_t *t;

    memset(out, 0, sizeof *out);
    if (!found || type_of(r) != RES_TABLE16) /* or unreadable */
        return found ? -1 : 0;
    t = (const uint16_t *)b->units + offset_of(r);
    out->count = t[0];
    out->values = t + 1 + t[0]; /* after count and keys[count] */
    out->base[0] = b->units;
    out->skip[0] = b->pool_limit16;
    out->base[1] = b->string_base[1];
    out->skip[1] = 0;
    out->pool_limit16 = b->pool_limit16;
    return 1;
}
