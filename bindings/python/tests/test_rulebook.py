"""docs/rules.md ("Edge cases") edge cases, for the three profiles."""

import pytest

import nir
from rulebook import ROWS

PROFILES = ("dsn", "standard", "lenient")

CASES = [
    pytest.param(number, profile, expected, id="row%d-%s-%s" % (row, profile,
                                                                number))
    for row, number, d, s, l, _ in ROWS
    for profile, expected in zip(PROFILES, (d, s, l))
]


def verdict(number, profile):
    try:
        nir.validate(number, profile=profile)
        return True
    except nir.InvalidNIR as exc:
        return exc.code


@pytest.mark.parametrize("number,profile,expected", CASES)
def test_verdict(number, profile, expected):
    got = verdict(number, profile)
    if isinstance(expected, tuple):
        assert got in expected
    else:
        assert got == expected
    # Every entry point agrees with validate().
    assert nir.validate_many([number], profile=profile) == [got is True]
    codes = nir.validate_many([number], profile=profile, codes=True)
    assert codes == [None if got is True else got]
    info = nir.parse(number, profile=profile, strict=False)
    assert info.valid is (got is True)
    assert info.error == (None if got is True else got)
    if profile == "standard":
        assert nir.is_valid(number) is (got is True)


@pytest.mark.parametrize(
    "number,extra",
    [pytest.param(n, e, id="row%d-%s" % (r, n))
     for r, n, _, _, _, e in ROWS if e])
def test_decoded_fields(number, extra):
    info = nir.parse(number, strict=False)
    for field, value in extra.items():
        assert getattr(info, field) == value, field
