"""Every public function of the nir package."""

import pickle
import threading

import pytest

import nir

VALID = "2 55 08 14 168 025 38"
VALID_C = "255081416802538"

# One concrete input per error code, with the 1-based position libnir
# reports (first character of the failing field in the input as given).
ERROR_INPUTS = [
    ("empty", "", 1, nir.InvalidLength),
    ("empty", " . - ", None, nir.InvalidLength),
    ("length", "123", 4, nir.InvalidLength),
    ("length", "1 85 07 972 120 005 45", None, nir.InvalidLength),
    ("character", "2 53 07 2C 073 004 43", 10, nir.InvalidFormat),
    ("character", "2550814168025\t38", 14, nir.InvalidFormat),
    ("character", "255081416\x0002538", 10, nir.InvalidFormat),
    ("sex", "9 41 20 80 782 005 75", 1, nir.InvalidComponent),
    ("month", "2 55 13 14 168 025 21", 6, nir.InvalidComponent),
    ("department", "2 55 08 00 168 025 28", 9, nir.InvalidComponent),
    ("commune", "2 55 08 14 000 025 34", 12, nir.InvalidComponent),
    ("country", "1 85 07 99 000 001 13", 12, nir.InvalidComponent),
    ("order", "2 55 08 14 168 000 63", 16, nir.InvalidComponent),
    ("key", "2 55 08 14 168 025 39", 20, nir.InvalidChecksum),
]


def test_error_codes_match_c_names():
    assert nir.ERROR_CODES == ("empty", "length", "character", "sex", "month",
                               "department", "commune", "country", "order",
                               "key", "key_missing")
    # key_missing only comes with require_key=True (test_require_key.py).
    assert {c for c, *_ in ERROR_INPUTS} | {"key_missing"} == \
        set(nir.ERROR_CODES)


@pytest.mark.parametrize("code,number,position,cls", ERROR_INPUTS)
def test_every_error_code(code, number, position, cls):
    with pytest.raises(cls) as info:
        nir.validate(number)
    exc = info.value
    assert isinstance(exc, nir.InvalidNIR)
    assert isinstance(exc, ValueError)
    assert exc.code == code
    if position is not None:
        assert exc.position == position
    else:
        assert exc.position is None or exc.position >= 1
    assert exc.message == nir.error_message(code)
    assert exc.message_fr == nir.error_message(code, lang="fr")
    compact_number = number.replace(" ", "")
    for text in (str(exc), repr(exc), exc.message):
        assert compact_number not in text or len(compact_number) < 5
    assert nir.is_valid(number) is False
    assert nir.validate_many([number], codes=True) == [code]
    info2 = nir.parse(number, strict=False)
    assert info2.valid is False and info2.error == code
    assert info2.position == exc.position
    with pytest.raises(cls):
        nir.parse(number)
    # Picklable, keeps its attributes.
    again = pickle.loads(pickle.dumps(exc))
    assert (type(again), again.code, again.position) == (cls, code,
                                                         exc.position)


def test_stdnum_style_hierarchy():
    assert issubclass(nir.InvalidLength, nir.InvalidFormat)
    for cls in (nir.InvalidFormat, nir.InvalidChecksum, nir.InvalidComponent):
        assert issubclass(cls, nir.InvalidNIR)
    assert nir.InvalidChecksum().code == "key"
    assert str(nir.InvalidNIR("boom", "key", 3)) == "boom (key, position 3)"


def test_is_valid():
    assert nir.is_valid(VALID) is True
    assert nir.is_valid(VALID.encode()) is True
    assert nir.is_valid("2 55 08 14 168 025 39") is False
    for bad in ("", "x" * 10000, "\ud800" * 15, b"\xff\xfe", "é" * 15,
                "２５５０８１４１６８０２５３８"[:-1]):
        assert nir.is_valid(bad) is False
    # As stdnum.fr.nir.is_valid: anything that is not a string is False.
    for wrong in (None, 255081416802538, float("nan"), ["x"],
                  bytearray(b"255081416802538"), object()):
        assert nir.is_valid(wrong) is False


def test_unicode_input():
    full_width = "２５５０８１４１６８０２５３８"
    assert nir.is_valid(full_width)
    assert nir.validate(full_width) == VALID_C
    assert nir.validate("2\u00a055\u202f08 14.168-025 38") == VALID_C
    with pytest.raises(nir.InvalidFormat) as info:
        nir.validate("25508\ud80014168025")
    assert info.value.position == 6


def test_compact():
    assert nir.compact(VALID) == VALID_C
    assert nir.compact(b"1 41 06 2a 782 005 55") == "141062A78200555"
    # Fields are not checked, only characters and length.
    assert nir.compact("9 99 99 99 999 999 99") == "999999999999999"
    with pytest.raises(nir.InvalidLength):
        nir.compact("12")
    with pytest.raises(nir.InvalidFormat) as info:
        nir.compact("25508X4168025")
    assert info.value.position == 6
    with pytest.raises(TypeError):
        nir.compact(12)


def test_validate_and_profiles():
    assert nir.validate(VALID) == VALID_C
    assert nir.validate(VALID, "dsn") == VALID_C
    assert nir.validate(VALID, profile="LENIENT") == VALID_C
    assert nir.validate(VALID, profile=None) == VALID_C
    assert nir.validate("2840588321025") == "2840588321025"
    assert nir.PROFILES == ("standard", "dsn", "lenient")
    with pytest.raises(ValueError, match="profile"):
        nir.validate(VALID, profile="strict")
    with pytest.raises(TypeError):
        nir.validate(VALID, profile=1)
    with pytest.raises(TypeError):
        nir.validate(VALID, "dsn", "extra")
    with pytest.raises(TypeError):
        nir.validate(VALID, profil="dsn")
    with pytest.raises(TypeError):
        nir.validate()
    with pytest.raises(TypeError):
        nir.validate(VALID, "dsn", profile="dsn")


def test_format():
    assert nir.format(VALID_C) == VALID
    assert nir.format(VALID_C, separator="") == VALID_C
    assert nir.format(VALID_C, "-") == "2-55-08-14-168-025-38"
    assert nir.format("2840588321025") == "2 84 05 88 321 025"
    assert nir.format("185079721200508") == "1 85 07 972 12 005 08"
    assert nir.format("7112312345678") == "7 1 123 12345678"
    # Invalid fields can still be shown.
    assert nir.format("255081416802539") == "2 55 08 14 168 025 39"
    with pytest.raises(nir.InvalidLength):
        nir.format("1234")
    with pytest.raises(TypeError):
        nir.format(VALID_C, separator=None)


def test_mask():
    assert nir.mask(VALID) == "2 55 ** ** *** *** **"
    assert nir.mask(VALID, keep=None) == "2 55 ** ** *** *** **"
    assert nir.mask(VALID, keep=("sex", "key")) == "2 ** ** ** *** *** 38"
    assert nir.mask(VALID, keep="month", separator="") == "***08**********"
    assert nir.mask(VALID, keep=["sex", "year", "month", "place", "order",
                                 "key"]) == VALID
    assert nir.mask("185079721200508", keep=("place",)) == \
        "* ** ** 972 12 *** **"
    with pytest.raises(ValueError):
        nir.mask(VALID, keep=("nose",))
    assert nir.mask(VALID, keep=()) == "* ** ** ** *** *** **"
    with pytest.raises(TypeError):
        nir.mask(VALID, keep=(1,))
    with pytest.raises(nir.InvalidFormat):
        nir.mask("2 55 08 14 168 0Z5 38")


def test_calc_check_digits():
    assert nir.calc_check_digits("2550814168025") == "38"
    assert nir.calc_check_digits("2 84 05 2A 321 025") == "52"
    assert nir.calc_check_digits(b"284052B321025") == "79"
    assert nir.calc_check_digits("1850799000001") == "13"
    # A full number, as stdnum accepts it: the key of its body, whatever
    # key it carries (here a wrong one).
    assert nir.calc_check_digits(VALID_C) == "38"
    assert nir.calc_check_digits(VALID_C[:13] + "00") == "38"
    assert nir.calc_check_digits("2 84 05 2A 321 025 99") == "52"
    with pytest.raises(nir.InvalidLength):
        nir.calc_check_digits("25508141680253")
    with pytest.raises(nir.InvalidFormat):
        nir.calc_check_digits("255081416802A8")
    with pytest.raises(nir.InvalidFormat):
        nir.calc_check_digits("2550814A68025")
    with pytest.raises(nir.InvalidLength):
        nir.calc_check_digits("")


def test_suggest():
    out = nir.suggest("2 55 08 14 168 025 39")
    assert out and all(nir.is_valid(s) for s in out)
    assert all(s.endswith("39") and len(s) == 15 for s in out)
    assert nir.suggest(VALID) == []
    # Transposition of "55" -> nothing; of "08" -> "80" month invalid, etc.
    assert "255081416802538" not in out
    swapped = "2 55 08 14 186 025 38"  # 168 -> 186
    assert "255081416802538" in nir.suggest(swapped)
    assert nir.suggest(swapped, profile="lenient")
    with pytest.raises(nir.InvalidLength):
        nir.suggest("2550814168025")
    with pytest.raises(nir.InvalidFormat):
        nir.suggest("2550814168025AB")


def test_suggest_many():
    # Enough candidates to overflow the first buffer is unlikely; check
    # that the list is stable and duplicate-free.
    out = nir.suggest("1 85 07 99 000 001 13", profile="lenient")
    assert out == [] or len(out) == len(set(out))
    out = nir.suggest("2 84 99 2B 321 025 30", profile="lenient")
    assert len(out) == len(set(out))
    assert all(nir.is_valid(s) or nir.validate(s, "lenient") for s in out)


def test_parse_fields():
    info = nir.parse(VALID)
    assert isinstance(info, nir.ParsedNIR)
    assert info.compact == VALID_C and info.valid and info.error is None
    assert (info.kind, info.sex, info.birth_year, info.birth_month,
            info.month_code, info.month_kind) == ("nir", "female", 55, 8, 8,
                                                  "real")
    assert (info.department, info.department_name, info.commune,
            info.place_kind) == ("14", "Calvados", "168", "metropole")
    assert (info.order, info.key, info.expected_key, info.has_key) == (
        25, 38, 38, True)
    assert info.country_code is None and info.country_name is None
    assert info.warnings == () and info.profile == "standard"
    assert info.masked == "2 55 ** ** *** *** **"

    abroad = nir.parse("2 95 10 99 126 111 93")
    assert (abroad.place_kind, abroad.country_code, abroad.country_name,
            abroad.country_iso2, abroad.country_iso3) == (
        "abroad", "99126", "GRECE", "GR", "GRC")
    assert abroad.commune is None

    nnp = nir.parse("7112312345678")
    assert (nnp.kind, nnp.sex, nnp.nnp_verification, nnp.nnp_caisse,
            nnp.order, nnp.birth_year, nnp.month_kind, nnp.key,
            nnp.has_key) == ("nnp", "male", 1, 123, 12345678, None, None,
                             None, False)

    unknown = nir.parse("1 41 20 80 782 005 87")
    assert unknown.birth_month is None and unknown.month_kind == "unknown"


def test_parse_strict_and_lenient():
    with pytest.raises(nir.InvalidChecksum):
        nir.parse("2 55 08 14 168 025 39")
    info = nir.parse("2 55 08 14 168 025 39", strict=False)
    assert (info.valid, info.error, info.position, info.key,
            info.expected_key) == (False, "key", 20, 39, 38)
    assert info.message == nir.error_message("key")
    empty = nir.parse("", strict=False)
    assert empty.error == "empty" and empty.compact is None
    assert empty.kind is None and empty.masked is None
    assert nir.parse(VALID, "dsn").profile == "dsn"


def test_parse_object_is_immutable_and_masked():
    info = nir.parse(VALID)
    with pytest.raises(AttributeError):
        info.kind = "x"
    with pytest.raises(AttributeError):
        del info.kind
    with pytest.raises(AttributeError):
        info.new_attr = 1
    assert VALID_C not in repr(info) and VALID not in repr(info)
    assert "2 55 ** **" in repr(info)
    assert info == nir.parse(VALID_C)
    assert hash(info) == hash(nir.parse(VALID_C))
    assert pickle.loads(pickle.dumps(info)) == info
    assert info._asdict()["compact"] == VALID_C


def test_validate_many():
    numbers = [VALID, VALID.encode(), "x", "", "2 55 08 14 168 025 39",
               "\ud800", "3 41 06 80 782 005 54"]
    assert nir.validate_many(numbers) == [True, True, False, False, False,
                                          False, True]
    assert nir.validate_many(numbers, profile="dsn") == [
        True, True, False, False, False, False, False]
    assert nir.validate_many(numbers, codes=True) == [
        None, None, "character", "empty", "key", "character", None]
    assert nir.validate_many(tuple(numbers)) == nir.validate_many(numbers)
    assert nir.validate_many(iter(numbers)) == nir.validate_many(numbers)
    assert nir.validate_many(n for n in numbers) == \
        nir.validate_many(numbers)
    assert nir.validate_many([]) == []
    with pytest.raises(TypeError):
        nir.validate_many(5)
    with pytest.raises(ValueError):
        nir.validate_many([VALID], profile="nope")


def test_validate_many_threads():
    numbers = [VALID, "2 55 08 14 168 025 39"] * 50000
    expected = [True, False] * 50000
    results = []

    def work():
        results.append(nir.validate_many(numbers) == expected)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 4


def test_validate_lines():
    data = b"255081416802538\r\n2 55 08 14 168 025 39\nx\n2840588321025"
    assert nir.validate_lines(data) == [True, False, False, True]
    assert nir.validate_lines(data, codes=True) == [None, "key", "character",
                                                    None]
    assert nir.validate_lines(data.decode(), "dsn") == [True, False, False,
                                                        True]
    assert nir.validate_lines(b"") == []
    assert nir.validate_lines(b"\n") == [False]


def test_countries():
    rows = nir.countries()
    assert len(rows) > 200
    assert all(isinstance(c, nir.Country) for c in rows)
    greece = nir.country("99126")
    assert greece == nir.country("126") == nir.country("GR") == \
        nir.country("grc")
    assert (greece.name, greece.iso2, greece.iso3, greece.status) == (
        "GRECE", "GR", "GRC", 1)
    assert greece in rows
    assert nir.country("99553") is None
    assert nir.country("ZZ") is None


def test_messages():
    for code in nir.ERROR_CODES:
        assert nir.error_message(code) and nir.error_message(code, "fr")
    assert nir.error_message("ok") == "valid"
    for code in nir.WARNING_CODES:
        assert nir.warning_message(code) != nir.warning_message(code, "fr")
    assert nir.WARNING_CODES == ("country_unlisted", "country_unknown",
                                 "corsica_year", "north_africa",
                                 "dsn_placeholder")
    with pytest.raises(ValueError):
        nir.error_message("nope")
    with pytest.raises(ValueError):
        nir.warning_message("nope")
    with pytest.raises(ValueError):
        nir.error_message("key", lang="de")


def test_warnings_decoded():
    assert nir.parse("1 06 09 99 553 910 94").warnings == ("country_unlisted",)
    assert "country_unknown" in nir.parse(
        "1 06 09 99 990 910 %s" % nir.calc_check_digits("1060999990910"),
    ).warnings


def test_versions():
    assert nir.__version__ == nir.lib_version() == "1.0.0" or \
        nir.__version__ == nir.lib_version()
    assert "INSEE" in nir.data_version()


def test_validate_many_mixed_items_and_chunks():
    # More than one chunk of 2048, with bytes, str subclasses and non-ASCII
    # (full-width) strings among plain str.
    class S(str):
        pass

    base = [VALID_C, "255081416802539", b"2840588321025",
            S("2 84 05 2A 321 025 52"), "\uff12\uff15\uff15081416802538", ""]
    numbers = base * 700
    expected = [True, False, True, True, True, False] * 700
    assert nir.validate_many(numbers) == expected
    assert nir.validate_many(tuple(numbers)) == expected
    codes = nir.validate_many(numbers, codes=True)
    assert codes[:6] == [None, "key", None, None, None, "empty"]


def test_validate_many_odd_items_leak_nothing():
    import sys
    probe = "".join(["2550814168", "02538"])  # a str of its own
    before = sys.getrefcount(probe)
    codes = nir.validate_many([probe] * 3000 + [42], codes=True)
    assert codes[0] is None and codes[-1] == "type"
    assert sys.getrefcount(probe) == before

    def failing():
        yield probe
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError):
        nir.validate_many(failing())
    assert sys.getrefcount(probe) == before
