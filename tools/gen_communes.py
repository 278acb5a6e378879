#!/usr/bin/env python3
"""Generate lib/civil/civil_communes_table.c from data/insee_communes.csv.

Usage: /usr/bin/python3 tools/gen_communes.py [DATA_DIR] > lib/civil/civil_communes_table.c

The output is committed (the build needs neither Python nor npm); the CTest
test `communes.drift` regenerates it and fails if it differs. The name keys
are computed here by place_key(), which must give what civil_commune_key()
(lib/civil/civil_communes.c) gives for the same name: the unit test
test_civil_places walks every entry of the table to check it. Standard
library only.
"""
import collections
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TYPE_RANK = "MCDA"  # arrondissements first: the most precise place
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints",
                 "stes": "saintes"}
ARTICLES = {"le", "la", "les", "l"}
ARRONDISSEMENT = re.compile(
    r"(paris|lyon|marseille)(?:0?([1-9][0-9]?)|([ivx]+))(er|e|eme|ieme|em)?"
    r"(arrondissement|arrt|arr)?")
ROMAN = {"i": 1, "v": 5, "x": 10}


def roman(letters):
    """Value of a Roman numeral of i, v, x (a smaller digit before a larger
    one is subtracted), as civil_communes.c reads it."""
    total = 0
    for i, ch in enumerate(letters):
        v = ROMAN[ch]
        if i + 1 < len(letters) and ROMAN[letters[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def place_key(text):
    """The lookup key of a commune name (see civil_commune_key())."""
    words, cur, paren = [], "", False
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.category(ch) == "Mn":
            continue
        if ch.isascii() and ch.isalnum():
            cur += ch
        elif ch in "\u0153\u00e6":
            cur += "oe" if ch == "\u0153" else "ae"
        elif ch.isalnum():
            return None
        else:
            paren = paren or ch == "("
            if cur:
                words.append(cur)
            cur = ""
    if cur:
        words.append(cur)
    words = [ABBREVIATIONS.get(w, w) for w in words]
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    if paren and len(words) > 1 and words[-1] in ARTICLES:
        words = words[:-1]
    key = "".join(words)
    m = ARRONDISSEMENT.fullmatch(key)
    if m and m.group(2):
        key = m.group(1) + m.group(2)
    elif m and 1 <= roman(m.group(3)) <= 20:
        key = m.group(1) + str(roman(m.group(3)))
    return key


def c_str(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"')
    if any(ord(ch) < 0x20 for ch in out):
        raise ValueError("control character in data: %r" % s)
    return '"%s"' % out


def emit_u16(name, values, per_line=12):
    print("const uint16_t %s[%d] = {" % (name, len(values)))
    for i in range(0, len(values), per_line):
        print("    " + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    print("};")


def emit_u32(name, values, per_line=10):
    print("const uint32_t %s[%d] = {" % (name, len(values)))
    for i in range(0, len(values), per_line):
        print("    " + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    print("};")


def emit_codes(name, codes, per_line=14):
    """Five-character codes back to back, one string."""
    print("const char %s[%d] =" % (name, 5 * len(codes) + 1))
    for i in range(0, len(codes), per_line):
        print('    "%s"' % "".join(codes[i:i + per_line]))
    print("    ;")


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data")
    with open(os.path.join(data, "insee_communes.csv"), newline="",
              encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    provenance = {}
    with open(os.path.join(data, "insee_communes.provenance"),
              encoding="utf-8") as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("=")
            provenance[k] = v

    # Every commune's département has a name (nir_tables.c, from these
    # files by tools/gen_tables.py): the messages say "Caen (Calvados)".
    named = set()
    for name in ("insee_departements.csv", "nir_places_extra.csv"):
        with open(os.path.join(data, name), newline="",
                  encoding="utf-8") as f:
            for r in csv.DictReader(f):
                named.add(r.get("DEP") or r["code"])

    entries = {}
    for r in rows:
        code = r["code"]
        dept = code[:3] if code[:2] in ("97", "98") else code[:2]
        if dept not in named:
            raise ValueError("commune %s: no name for its departement" % code)
        if len(r["code"]) != 5 or r["type"] not in TYPE_RANK:
            raise ValueError("bad row %r" % r)
        key = place_key(r["name"])
        if not key:
            raise ValueError("no key for %r" % r["name"])
        entries[(key, r["code"], r["name"])] = r
    # By key, then code: the communes of one name in one département are
    # one run (civil_place_hints.c narrows a name to a département).
    order = sorted(entries, key=lambda e: (e[0], e[1], TYPE_RANK.index(
        entries[e]["type"]), e[2]))
    if len(order) >= 0xFFFF:
        raise ValueError("too many entries for a uint16 index")
    index = {e: i for i, e in enumerate(order)}
    current = {}  # code -> entry of the current commune (or arrondissement)
    for e in order:
        if entries[e]["type"] in "CM":
            current.setdefault(e[1], index[e])

    def home(e):
        r = entries[e]
        if r["type"] in "DA" and r["parent"] in current:
            return current[r["parent"]]
        return current.get(e[1], index[e])

    by_code = sorted(range(len(order)), key=lambda i: (
        order[i][1], TYPE_RANK.index(entries[order[i]]["type"]), i))
    postal, former = [], []
    # Paris, Lyon and Marseille list every postal code of their
    # arrondissements: such a code is the arrondissement's alone.
    arrondissement_postal = {p for e in order if entries[e]["type"] == "M"
                             for p in entries[e]["postal"].split()}
    for e in order:
        r = entries[e]
        for p in r["postal"].split():
            if r["type"] == "C" and p in arrondissement_postal:
                continue
            postal.append((p, TYPE_RANK.index(r["type"]), index[e]))
        for old in r["former"].split():
            former.append((old, index[e]))
    postal = sorted(set(postal))
    # A name's candidates (its rows, by code) that carry the codes of one
    # postal code must be one run: civil_place_narrow_postal() keeps a run.
    codes_of = collections.defaultdict(set)
    for p, _, i in postal:
        codes_of[p].add(order[i][1])
    rows_by_code = collections.defaultdict(list)
    for i, e in enumerate(order):
        rows_by_code[e[1]].append(i)
    for p, codes in codes_of.items():
        rows = [i for c in codes for i in rows_by_code[c]]
        for key in {order[i][0] for i in rows}:
            rows_ = [i for i in rows if order[i][0] == key]
            if max(rows_) - min(rows_) + 1 != len(rows_):
                raise ValueError("communes named %r of postal code %s are "
                                 "not one run" % (key, p))
    # Commune names that are also an INSEE country's name (Suisse, Soudan):
    # the place may be either.
    keys = {e[0] for e in order}
    countries = set()
    with open(os.path.join(data, "insee_pays.csv"), newline="",
              encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["actual"] not in ("1", "2"):
                continue  # territories: French ones carry a 97x/98x code
            for name in (r["libcog"], r["libenr"]):
                key = place_key(name)
                if key in keys:
                    countries.add((key, r["cog"]))
    former = sorted(set(former))

    print("/* Generated by tools/gen_communes.py from data/insee_communes.csv:")
    print(" * %s %s (INSEE COG %s). Do not edit. */"
          % (provenance["package"], provenance["version"],
             provenance["cog_year"]))
    print('#include "civil_communes.h"')
    print()
    print("const uint32_t civil_commune_count_ = %d;" % len(order))
    print("const uint32_t civil_postal_count_ = %d;" % len(postal))
    print("const uint32_t civil_former_count_ = %d;" % len(former))
    print('const char civil_communes_vintage_[] = "%s %s (COG %s)";'
          % (provenance["package"], provenance["version"],
             provenance["cog_year"]))
    print()
    print("/* Entries sorted by key: \"key\\0name\\0\" each. */")
    offsets, at = [], 0
    print("const char civil_commune_text_[] =")
    for e in order:
        offsets.append(at)
        piece = e[0] + "\0" + e[2] + "\0"
        at += len(piece.encode("utf-8"))
        print("    %s \"\\0\" %s \"\\0\"" % (c_str(e[0]), c_str(e[2])))
    print("    ;")
    emit_u32("civil_commune_text_at_", offsets)
    emit_codes("civil_commune_code_", [e[1] for e in order])
    print("/* The current commune each entry belongs to (itself if current). */")
    emit_u16("civil_commune_home_", [home(e) for e in order])
    print("/* Entries by INSEE code (current communes first). */")
    emit_u16("civil_commune_by_code_", by_code)
    print("/* Postal codes, sorted, and the entry each belongs to. */")
    emit_codes("civil_postal_code_", [p[0] for p in postal])
    emit_u16("civil_postal_entry_", [p[2] for p in postal])
    print("/* Former INSEE codes, sorted, and the commune they merged into. */")
    emit_codes("civil_former_code_", [f[0] for f in former])
    emit_u16("civil_former_entry_", [f[1] for f in former])
    print("/* Commune names that are also a country's (data/insee_pays.csv). */")
    print("const civil_named_country civil_commune_countries_[%d] = {"
          % len(countries))
    for key, code in sorted(countries):
        print('    {"%s", "%s"},' % (key, code))
    print("};")
    print("const uint32_t civil_commune_country_count_ = %d;" % len(countries))


if __name__ == "__main__":
    main()
