#!/usr/bin/env python3
"""gen_corpus.py -- (re)write the seed corpora fuzz/corpus/<target>/.

Every number here is synthetic: built from made-up fields with the key
computed below, never taken from a real person. Each seed is one small
file; byte 0 is the option byte of the target (see fuzz_<target>.c).

    python3 fuzz/gen_corpus.py          # every target
    python3 fuzz/gen_corpus.py parse    # one target
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def key(body):
    """R9 key of a 13-character body (2A -> 19, 2B -> 18)."""
    b = body.replace(" ", "")
    if b[5:7] == "2A":
        b = b[:5] + "19" + b[7:]
    elif b[5:7] == "2B":
        b = b[:5] + "18" + b[7:]
    return "%02d" % (97 - int(b) % 97)


def full(body):
    return body + key(body)


# Synthetic bodies covering every kind, place kind and month kind.
BODIES = [
    "1800175056001",  # metropole, real month
    "2991213055123",  # metropole
    "184052A321025",  # Corsica 2A
    "278112B050002",  # Corsica 2B
    "2600720001002",  # Corsica 20 before 1976
    "1850797212005",  # overseas 972
    "1850798712005",  # overseas 987
    "2951099126111",  # abroad, listed country
    "1060999553910",  # abroad, unlisted country
    "1700199990001",  # abroad, unknown country 990
    "1620196012003",  # 96 Tunisia
    "1550591123045",  # 91 north africa warning
    "2883531001001",  # pseudo month 35
    "1412080782005",  # unknown month 20
    "2559914168025",  # unknown month 99
    "3800175056001",  # temporary
    "7112312345678",  # NNP (CNAM layout)
    "5212312345678",  # MIG
    "1999999999999",  # DSN placeholder
    "2550014168025",  # month 00
    "1800100056001",  # département 00
    "1800175000001",  # commune 000
    "1800199000001",  # country 000
    "1800175056000",  # order 000
    "0800175056001",  # digit 1 = 0
    "9800175056001",  # digit 1 = 9
    "1850797900005",  # 979: outside the overseas ranges
    "1850798312005",  # 983
    "1850797200005",  # overseas commune 00
]

HOSTILE = [
    b"",
    b" ",
    b" . - ",
    b"\x00",
    b"180017505600\x00149",
    b"\xef\xbb\xbf" + b"180017505600103",  # BOM
    b"180017505600103\r\n",
    b"180017505600103\r\n2991213055123\r\n\r\n",
    b"\xc0\xb1" + b"80017505600103",  # overlong '1'
    b"\xe0\x80\xb1" + b"80017505600103",  # overlong 3-byte
    b"\xed\xa0\x80" + b"80017505600103",  # surrogate U+D800
    b"\xf4\x90\x80\x80" + b"80017505600103",  # above U+10FFFF
    b"\xf0\x9f\x98" + b"180017505600103",  # truncated 4-byte
    b"180017505600103\xe2\x80",  # truncated at the end
    b"\x80\x81\xbf\xfe\xff",
    b"\t180017505600103",
    "１８０...０１７５０５６００１０３".encode(),  # full-width + separators
    "١٨٠٠١٧٥٠٥٦٠٠١".encode(),  # Arabic-Indic, 13 digits
    "१८००१७५०५६००१".encode(),  # Devanagari
    "1\u00a080\u202f01 75 056 001 03".encode(),  # NBSP, NNBSP
    "1 80 01 75 056 001 \u2009 03".encode(),  # thin space: not a separator
    "²80017505600103".encode(),  # superscript two
    "1 84 05 2ａ 321 025".encode(),  # full-width a
    b"1 84 05 2b 321 025",
    b"1 84 05 2C 321 025 52",
    b"A80017505600103",
    b"1800175056001039",
    b"18001750560011",
    b"1" * 256,
    b"1" * 257,
    b"1 " * 200,
    b"0123456789ABab .-\x00\xff",
    bytes(range(256)),
]


def parse_seeds():
    seeds = []
    for opt, body in enumerate(BODIES):
        n = full(body)
        seeds.append(bytes([opt * 9 % 256]) + n.encode())
        seeds.append(bytes([(opt * 9 + 5) % 256]) + body.encode())
        spaced = " ".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13],
                           n[13:]])
        seeds.append(bytes([(opt * 9 + 6) % 256]) + spaced.encode())
        # one wrong key digit and one transposition: nir_suggest at work
        wrong = n[:13] + ("%02d" % ((int(n[13:]) + 1) % 100))
        seeds.append(bytes([(opt * 9 + 2) % 256]) + wrong.encode())
        if n[3] != n[4]:
            swapped = n[:3] + n[4] + n[3] + n[5:]
            seeds.append(bytes([(opt * 9 + 1) % 256]) + swapped.encode())
    for i, h in enumerate(HOSTILE):
        seeds.append(bytes([(i * 37 + 3) % 256]) + h)
    seeds.append(b"\x80")  # (NULL, 0)
    seeds.append(b"\x03" + full(BODIES[0]).encode())  # profile out of range
    return seeds


CIVIL = [
    # number | birth date | document country | birthplace
    (full("1800175056001"), "12/01/1980", "FR", "75056"),
    (full("1800175056001"), "1980-01-12", "", "75"),
    (full("1800175056001"), "January 12, 1980", "US", ""),
    (full("2991213055123"), "3 décembre 1999", "France", "13055"),
    (full("2991213055123"), "3. Dezember 1999", "DE", "Marseille"),
    (full("2951099126111"), "10/10/1995", "GR", "Grèce"),
    (full("2951099126111"), "10/10/1995", "GRC", "99126"),
    (full("2951099126111"), "1995年10月5日", "JP", "Ελλάδα"),
    (full("184052A321025"), "05/05/84", "", "2A321"),
    (full("1850797212005"), "07/05/1985", "", "97212"),
    (full("2883531001001"), "1988-05-04", "", "31"),
    (full("1412080782005"), "01/02/1941", "", "80782"),
    (full("7112312345678"), "01/01/1971", "", ""),
    (full("1800175056001"), "01/12/1980", "", ""),  # day-month swapped
    (full("1800175056001"), "12/01/1980", "", "99109"),
    (full("1800175056001"), "31/02/1980", "", ""),
    (full("1800175056001"), "not a date", "Atlantis", "nowhere"),
    (full("1800175056001")[:-1] + "0", "12/01/1980", "FR", "75056"),
    ("", "", "", ""),
    (full("1800175056001"), b"\xff\xfe", b"\x00", b"\xc0\x80"),
    (full("1800175056001"), "9" * 300, "F" * 300, "7" * 300),
    # birthplaces as HR files write them (docs/civil-status-places.md)
    (full("1800175115001"), "12/01/1980", "", "75015"),
    (full("1800175115001"), "12/01/1980", "", "75015 Paris 15e"),
    (full("2550814168025"), "1955-08-15", "", "COLOMBIERES (14)"),
    (full("2550814168025"), "1955-08-15", "", "14000 CAEN CEDEX 9"),
    (full("1650414118001"), "", "", "St-Martin (Gers)"),
    (full("1000498501001"), "2000-04-01", "", "Mayotte"),
    (full("1600492012001"), "1960-04-01", "", "Hauts-de-Seine"),
    (full("1550491001001"), "1955-04-01", "", "Alger"),
    (full("1500476351001"), "1950-04-01", "", "Seine-Inférieure"),
    (full("1650476255001"), "", "", "Eu"),
]


def civil_seeds():
    seeds = []
    for i, (num, date, country, place) in enumerate(CIVIL):
        fields = [num, date, country, place]
        body = b"|".join(f.encode() if isinstance(f, str) else f
                         for f in fields)
        seeds.append(bytes([(i * 29 + 1) % 256]) + body)
    seeds.append(b"\x00")
    seeds.append(b"\x05" + full("1800175056001").encode())
    return seeds


def records_seeds():
    n1, n2 = full(BODIES[0]).encode(), full(BODIES[1]).encode()
    bodies = [
        b"",
        b"\n",
        n1 + b"\n" + n2 + b"\n",
        n1 + b"\r\n" + n2 + b"\r\n",
        n1 + b"\r\n" + n2,  # no final separator
        b"\xef\xbb\xbf" + n1 + b"\n",  # BOM
        b"\xef\xbb",  # half a BOM
        b"\n\n\r\n\r\r\n",
        n1 + b"\x00" + n2 + b"\x00",
        b"\r",
        b"x" * 300 + b"\r\n",
        bytes(range(256)),
    ]
    seeds = []
    for i, b in enumerate(bodies):
        for opt in (0, 1, 8, 9, 8 | 16, 2, 4 | 8, 6 | 8 | 1):
            if opt & 8 and len(b) < 2:
                continue
            seeds.append(bytes([opt ^ (i & 0x60)]) + b)
    return seeds


def csv_seeds():
    n1, n2 = full(BODIES[0]).encode(), full(BODIES[1]).encode()
    bodies = [
        b"",
        b"nir,name\r\n" + n1 + b",Ada\r\n" + n2 + b",Bob\r\n",
        b"nir;name\n" + n1 + b";\"Lovelace; Ada\"\n",
        b"a,\"b\"\"c\",d\n",  # doubled quote
        b"a,\"multi\nline\r\nfield\",z\n",
        b"a,\"unterminated\n",
        b"a,\"closed\"trailing,b\n",  # text after the closing quote
        b"a,b\"c,d\n",  # quote inside an unquoted field
        b"\xef\xbb\xbfnir\n" + n1 + b"\n",  # BOM
        b",,,\n\n,\r\n",
        b"a\tb\tc\n1\t2\t3",
        b"a|b|\"c|d\"\n",
        b"x\r",  # final CR without LF
        b"\"a\r\"\r\n",  # CR inside quotes then CRLF
        b"," * 300 + b"\n",  # many fields (amplified: more than the limit)
        b"\"" + b"q" * 200 + b"\r\n",
        bytes(range(256)),
    ]
    seeds = []
    for i, b in enumerate(bodies):
        for opt in (0, 1, 2, 3, 8, 0xB4 | 8, 0xB4, 0xB5 | 8):
            if opt & 4 and len(b) < 2:
                continue
            seeds.append(bytes([opt ^ (i & 0x40)]) + b)
    return seeds


def write(target, seeds):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.startswith("seed-"):
            os.remove(os.path.join(d, f))
    for s in seeds:
        name = "seed-" + hashlib.sha1(s).hexdigest()[:16]
        with open(os.path.join(d, name), "wb") as fh:
            fh.write(s)
    print("%s: %d seeds" % (target, len(set(seeds))))


def main(argv):
    targets = argv or ["parse", "civil", "records", "csv"]
    gens = {"parse": parse_seeds, "civil": civil_seeds,
            "records": records_seeds, "csv": csv_seeds}
    for t in targets:
        if t in gens:
            write(t, gens[t]())
        else:
            print("%s: no generator (seed by hand)" % t)


if __name__ == "__main__":
    main(sys.argv[1:])
