"""Differential test against python-stdnum's stdnum.fr.nir.

stdnum checks length, characters and the key only; libnir checks every
field too. On a generated set where the two rule sets agree (sex 1/2,
months 01-12, départements 01-95 except 20 plus 2A/2B, commune and order
001-999, 15 characters) their verdicts, compact forms and display forms
must be identical.
"""

import random

import pytest

import nir

stdnum_nir = pytest.importorskip("stdnum.fr.nir")
from stdnum import exceptions as stdnum_exc  # noqa: E402

N = 20000


def generate(n, seed=20240601):
    rnd = random.Random(seed)
    depts = ["%02d" % d for d in range(1, 96) if d != 20] + ["2A", "2B"]
    out = []
    for _ in range(n):
        body = "%d%02d%02d%s%03d%03d" % (
            rnd.choice((1, 2)), rnd.randrange(100), rnd.randint(1, 12),
            rnd.choice(depts), rnd.randint(1, 999), rnd.randint(1, 999))
        key = stdnum_nir.calc_check_digits(body)
        roll = rnd.random()
        if roll < 0.4:
            pass  # correct key
        elif roll < 0.8:
            key = "%02d" % rnd.randrange(100)  # usually wrong
        else:
            i = rnd.randrange(2)
            key = key[:i] + str((int(key[i]) + rnd.randint(1, 9)) % 10) + \
                key[i + 1:]
        number = body + key
        style = rnd.random()
        if style < 0.2:
            number = stdnum_nir.format(number)
        elif style < 0.3:
            number = stdnum_nir.format(number, ".")
        elif style < 0.4:
            number = number.lower()
        out.append(number)
    return out


NUMBERS = generate(N)


def stdnum_verdict(number):
    try:
        return stdnum_nir.validate(number)
    except stdnum_exc.ValidationError as exc:
        return type(exc).__name__


def nir_verdict(number):
    try:
        return nir.validate(number)
    except nir.InvalidNIR as exc:
        return type(exc).__name__


def test_generated_set_is_mixed():
    valid = sum(map(stdnum_nir.is_valid, NUMBERS))
    assert 0.3 * N < valid < 0.7 * N


def test_is_valid_agrees():
    ours = [nir.is_valid(n) for n in NUMBERS]
    theirs = [stdnum_nir.is_valid(n) for n in NUMBERS]
    assert ours == theirs
    assert nir.validate_many(NUMBERS) == theirs


def test_validate_agrees_including_exception_class():
    for number in NUMBERS:
        assert nir_verdict(number) == stdnum_verdict(number), number


def test_compact_and_format_agree():
    for number in NUMBERS:
        assert nir.compact(number) == stdnum_nir.compact(number)
        assert nir.format(number) == stdnum_nir.format(number)
        assert nir.format(number, "") == stdnum_nir.format(number, "")
        assert nir.format(number, ".") == stdnum_nir.format(number, ".")


def test_calc_check_digits_agrees():
    for number in NUMBERS[:5000]:
        body = stdnum_nir.compact(number)[:13]
        assert nir.calc_check_digits(body) == \
            stdnum_nir.calc_check_digits(body)


@pytest.mark.parametrize("number,cls", [
    ("295109912611199", "InvalidChecksum"),
    ("253072C07300443", "InvalidFormat"),
    ("6546546546546703", "InvalidLength"),
])
def test_stdnum_doctest_errors(number, cls):
    assert nir_verdict(number) == stdnum_verdict(number) == cls
