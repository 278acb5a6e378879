"""nir as a drop-in for stdnum.fr.nir: exception classes that stdnum's
`except` clauses catch, stdnum's own doctests, is_valid on anything, and
validate_many over the columns people have (generators, pandas, numpy)."""

import decimal
import doctest
import math
import subprocess
import sys

import pytest

import nir

from stdnum import exceptions as stdnum_exc  # Debian's python3-stdnum
from stdnum.fr import nir as stdnum_nir

VALID = "2 55 08 14 168 025 38"

# One input per error code, with the stdnum-style class it raises.
CASES = [
    ("", "empty", "InvalidLength"),
    ("123", "length", "InvalidLength"),
    ("2 53 07 2C 073 004 43", "character", "InvalidFormat"),
    ("9 41 20 80 782 005 75", "sex", "InvalidComponent"),
    ("2 55 13 14 168 025 21", "month", "InvalidComponent"),
    ("2 55 08 00 168 025 28", "department", "InvalidComponent"),
    ("2 55 08 14 000 025 34", "commune", "InvalidComponent"),
    ("1 85 07 99 000 001 13", "country", "InvalidComponent"),
    ("2 55 08 14 168 000 63", "order", "InvalidComponent"),
    ("2 55 08 14 168 025 39", "key", "InvalidChecksum"),
]


def test_hierarchy_is_stdnums():
    assert issubclass(nir.ValidationError, ValueError)
    assert issubclass(nir.InvalidNIR, nir.ValidationError)
    assert issubclass(nir.InvalidLength, nir.InvalidFormat)
    for name in ("ValidationError", "InvalidFormat", "InvalidLength",
                 "InvalidChecksum", "InvalidComponent"):
        assert issubclass(getattr(nir, name), getattr(stdnum_exc, name))
    for name in ("InvalidFormat", "InvalidLength", "InvalidChecksum",
                 "InvalidComponent", "InvalidNTT"):
        assert issubclass(getattr(nir, name), nir.InvalidNIR)


@pytest.mark.parametrize("number,code,cls", CASES)
def test_stdnum_except_clauses_catch_libnir_errors(number, code, cls):
    for stdnum_class in (stdnum_exc.ValidationError,
                         getattr(stdnum_exc, cls)):
        try:
            nir.validate(number)
        except stdnum_class as exc:
            assert isinstance(exc, nir.InvalidNIR)
            assert isinstance(exc, getattr(nir, cls))
            assert exc.code == code
        else:
            pytest.fail("no exception")


def test_without_stdnum_the_classes_stand_alone():
    # sys.modules["stdnum"] = None makes `import stdnum` fail.
    code = ("import sys; sys.modules['stdnum'] = None\n"
            "import nir\n"
            "assert issubclass(nir.InvalidLength, nir.InvalidFormat)\n"
            "assert issubclass(nir.ValidationError, ValueError)\n"
            "try:\n"
            "    nir.validate('2 55 08 14 168 025 39')\n"
            "except nir.ValidationError as exc:\n"
            "    assert type(exc) is nir.InvalidChecksum and exc.code == 'key'\n"
            "print([c.__module__ for c in nir.InvalidLength.__mro__])\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd="/",
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    assert proc.returncode == 0, proc.stdout
    assert "stdnum" not in proc.stdout


def stdnum_doctest(module):
    return doctest.DocTestParser().get_doctest(
        module.__doc__, {}, module.__name__, module.__file__, 0)


def run_examples(test, namespace):
    """Run the doctest's examples in namespace; the failures as text."""
    test.globs = dict(namespace)
    out = []
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL)
    runner.run(test, out=out.append)
    return runner.failures, runner.tries, "".join(out)


def test_stdnum_fr_nir_doctests_give_the_same_answers():
    # stdnum's examples, with stdnum's functions swapped for nir's. stdnum
    # is right on all of them (checked first), so nir must agree on all.
    test = stdnum_doctest(stdnum_nir)
    api = ("compact", "validate", "is_valid", "format", "calc_check_digits")
    failures, tries, _ = run_examples(
        test, {name: getattr(stdnum_nir, name) for name in api})
    assert failures == 0 and tries >= 7
    failures, tries, report = run_examples(
        test, {name: getattr(nir, name) for name in api})
    assert failures == 0, report


def test_non_strings_raise_what_stdnum_raises_and_a_type_error():
    # stdnum.fr.nir.validate(None) raises InvalidFormat; Python code
    # expects a TypeError: nir.InvalidType is both.
    for thing in (None, 255081416802538, float("nan"), object()):
        with pytest.raises(stdnum_exc.InvalidFormat):
            stdnum_nir.validate(thing)
        for fn in (nir.validate, nir.compact, nir.format, nir.mask,
                   nir.calc_check_digits, nir.suggest, nir.parse,
                   nir.check_civil_status):
            with pytest.raises(TypeError) as info:
                fn(thing)
            exc = info.value
            assert isinstance(exc, stdnum_exc.InvalidFormat)
            assert isinstance(exc, nir.InvalidFormat)
            assert type(exc) is nir.InvalidType and exc.code == "type"
            assert type(thing).__name__ in str(exc)
    with pytest.raises(TypeError) as info:  # other arguments: plain
        nir.check_civil_status(VALID, sex=1)
    assert not isinstance(info.value, nir.ValidationError)


def test_is_valid_agrees_with_stdnum_on_non_strings():
    for thing in (None, 255081416802538, 1.5, float("nan"), {1: 2},
                  object()):
        assert nir.is_valid(thing) is stdnum_nir.is_valid(thing) is False
    # stdnum joins the items of a list (or the keys of a dict) of strings
    # and validates that: a place where stdnum is wrong; nir says False.
    assert stdnum_nir.is_valid([VALID]) is True
    assert nir.is_valid([VALID]) is False


def test_messages_never_show_the_number():
    for number, _, _ in CASES[2:]:  # the 15-character ones
        compact = number.replace(" ", "")
        with pytest.raises(nir.InvalidNIR) as info:
            nir.validate(number)
        exc = info.value
        texts = [str(exc), repr(exc), exc.message, exc.message_fr,
                 repr(exc.args), repr(exc.__reduce__())]
        for text in texts:
            assert compact not in text and number not in text
            # nor its order number, key or body
            assert compact[:13] not in text and compact[7:] not in text


# ---------------------------------------------------------------- batches

def test_validate_many_refuses_a_single_string():
    for one in (VALID, VALID.encode(), bytearray(VALID.encode())):
        with pytest.raises(TypeError) as info:
            nir.validate_many(one)
        assert VALID not in str(info.value)


def test_validate_many_missing_and_odd_items():
    items = [VALID, None, float("nan"), 255081416802538, b"255081416802538",
             "", "2 55 08 14 168 025 39", ["x"]]
    assert nir.validate_many(items) == [True, False, False, False, True,
                                        False, False, False]
    assert nir.validate_many(items, codes=True) == [
        None, "missing", "missing", "type", None, "empty", "key", "type"]


def test_validate_many_takes_any_iterable():
    numbers = [VALID, "2 55 08 14 168 025 39", None]
    expected = [True, False, False]
    assert nir.validate_many(tuple(numbers)) == expected
    assert nir.validate_many(n for n in numbers) == expected
    assert nir.validate_many(iter(numbers)) == expected
    assert nir.validate_many({VALID: 1}) == [True]


def test_validate_many_pandas_and_numpy():
    pd = pytest.importorskip("pandas")  # Debian's python3-pandas
    np = pytest.importorskip("numpy")
    series = pd.Series([VALID, None, math.nan, "2 55 08 14 168 025 39",
                        pd.NA, 42], dtype=object)
    assert nir.validate_many(series, codes=True) == [
        None, "missing", "missing", "key", "missing", "type"]
    # A column read by pandas: NaN where the cell was empty.
    from io import StringIO
    frame = pd.read_csv(StringIO("nir\n255081416802538\n\n255081416802539\n"),
                        dtype=str, skip_blank_lines=False)
    assert nir.validate_many(frame["nir"], codes=True) == [None, "missing",
                                                          "key"]
    assert nir.validate_many(frame["nir"].to_numpy()) == [True, False, False]
    strings = np.array([VALID, "255081416802539"])  # dtype '<U21'
    assert nir.validate_many(strings) == [True, False]
    floats = pd.Series([math.nan, math.nan])  # an all-empty column
    assert nir.validate_many(floats, codes=True) == ["missing", "missing"]
    nans = [np.float32("nan"), np.float64("nan"), pd.NaT,
            decimal.Decimal("NaN")]
    assert nir.validate_many(nans, codes=True) == ["missing"] * 4
    assert nir.validate_many([np.float32(1.5), np.int64(7)],
                             codes=True) == ["type", "type"]


def test_only_nan_floats_are_missing():
    assert nir.validate_many([float("inf"), -0.0], codes=True) == ["type",
                                                                   "type"]
