"""libnir against an independent statement of the rule book (oracle.py).

Random numbers of every shape (any first digit, any month code, metropole,
Corsica, overseas, abroad), with right and wrong keys, 13 and 15
characters, then mutated (substitution, transposition, deletion,
insertion), are judged by both under the three profiles; then re-written
with separators, Unicode digits and lower-case letters, which must not
change a verdict; then given a stray byte, which must be a character error
when it comes before the 16th character.
"""
import random

import pytest

import nir
from oracle import r9_key, verdict

PROFILES = ("standard", "dsn", "lenient")
SEPARATORS = (" ", ".", "-", "\u00a0", "\u202f")
STRAY = ("\t", "\x00", "\ufeff", "x", "/", "_", "\u2009", "\r", "\u00e9",
         "\u0301")


def random_number(rnd):
    r = rnd.random()
    if r < 0.1:
        place = "99%03d" % rnd.randrange(1000)
    elif r < 0.2:
        place = "%s%d%02d" % (rnd.choice(("97", "98")), rnd.randrange(10),
                              rnd.randrange(100))
    elif r < 0.3:
        place = rnd.choice(("2A", "2B", "20")) + "%03d" % rnd.randrange(1000)
    else:
        place = "%02d%03d" % (rnd.randrange(100), rnd.randrange(1000))
    body = "%s%02d%02d%s%03d" % (rnd.choice("0123456789"), rnd.randrange(100),
                                 rnd.randrange(100), place, rnd.randrange(1000))
    if rnd.random() < 0.15:
        return body
    key = r9_key(body) if rnd.random() < 0.8 else rnd.randrange(100)
    return body + "%02d" % key


def mutate(rnd, c):
    c = list(c)
    op = rnd.randrange(5)
    if op == 0 and c:
        c[rnd.randrange(len(c))] = rnd.choice("0123456789ABC")
    elif op == 1 and len(c) > 1:
        i = rnd.randrange(len(c) - 1)
        c[i], c[i + 1] = c[i + 1], c[i]
    elif op == 2 and c:
        del c[rnd.randrange(len(c))]
    elif op == 3:
        c.insert(rnd.randrange(len(c) + 1), rnd.choice("0123456789AB"))
    return "".join(c)


def decorate(rnd, c):
    out = []
    for ch in c:
        if rnd.random() < 0.2:
            out.append(rnd.choice(SEPARATORS) * rnd.randint(1, 2))
        if ch.isdigit() and rnd.random() < 0.1:
            base = rnd.choice((0xFF10, 0x0660, 0x0966))  # full-width, Arabic-Indic, Devanagari
            ch = chr(base + int(ch))
        elif ch in "AB" and rnd.random() < 0.5:
            ch = ch.lower()
        out.append(ch)
    return "".join(out)


def code_of(number, profile):
    try:
        nir.validate(number, profile=profile)
        return "ok"
    except nir.InvalidNIR as e:
        return e.code


def corpus(seed, count):
    rnd = random.Random(seed)
    for _ in range(count):
        c = random_number(rnd)
        yield rnd, (mutate(rnd, c) if rnd.random() < 0.3 else c)


@pytest.mark.parametrize("seed", [1, 2])
def test_compact_inputs_agree_with_the_oracle(seed):
    diffs = []
    for _, c in corpus(seed, 15000):
        for p in PROFILES:
            want, got = verdict(c, p), code_of(c, p)
            if want != got:
                diffs.append((c, p, want, got))
    assert diffs == []


def test_batch_agrees_with_the_oracle():
    numbers = [c for _, c in corpus(3, 10000)]
    for p in PROFILES:
        codes = nir.validate_many(numbers, profile=p, codes=True)
        assert [("ok" if x is None else x) for x in codes] == \
            [verdict(c, p) for c in numbers]


def test_decorated_inputs_keep_their_verdict():
    diffs = []
    for rnd, c in corpus(4, 10000):
        d = decorate(rnd, c)
        for p in PROFILES:
            want, got = verdict(c, p), code_of(d, p)
            if want != got:
                diffs.append((d, c, p, want, got))
    assert diffs == []


def test_a_stray_byte_is_a_character_error():
    # Left to right: in a base of 16 characters or more, the 16th one is
    # already a length error, whatever follows; so bases of at most 15.
    bad = []
    for rnd, c in corpus(5, 6000):
        if len(c) > 15:
            continue
        stray = rnd.choice(STRAY)
        # White space at either end is ignored: put it inside.
        i = (rnd.randrange(1, len(c)) if stray.isspace() and len(c) > 1
             else rnd.randrange(len(c) + 1))
        d = c[:i] + stray + c[i:]
        if code_of(d, "standard") != "character":
            bad.append(d)
    assert bad == []
