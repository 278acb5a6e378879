"""DSN temporary technical number (NTT): validate_ntt, is_valid_ntt,
parse_ntt, InvalidNTT (docs/rules.md ("NTT"), rules N1-N5, edge cases
53-55). The rules live in libnir (nir_validate_ntt); these tests check the
binding passes inputs and results through faithfully."""

import pickle

import pytest

import nir

PROFILES = ("standard", "dsn", "lenient")

ROW53 = "112345678901"         # 1 + SIREN 123456789 (Luhn fails) + "01"
VALID_SIREN = "2732829320MAT0042"  # SIREN 732829320 passes its Luhn check


def ntt_error(number, profile="standard"):
    with pytest.raises(nir.InvalidNTT) as info:
        nir.validate_ntt(number, profile=profile)
    return info.value


# (number, profile, code, position): one row per error the C tests pin down.
ERRORS = [
    # Edge case 54: 10 characters.
    ("1123456789", "standard", "length", 11),
    # Edge case 55: first character 3.
    ("3123456789AB", "standard", "sex", 1),
    ("", "standard", "empty", 1),
    ("A123456789AB", "standard", "sex", 1),
    ("-123456789AB", "standard", "character", 1),
    # N2: no spaces, nothing trimmed.
    ("1123456789 01", "standard", "character", 11),
    ("1123456789 01", "standard", "character", 11),
    ("\t 1123456789 01", "lenient", "character", 13),
    # N4: the SIREN is digits.
    ("11234A678901", "lenient", "character", 6),
    # N5: letters and digits after the SIREN (not in lenient).
    ("1123456789AB-7", "standard", "character", 13),
    ("1123456789AB-7", "dsn", "character", 13),
    # N1: 41 characters.
    ("1" + "7" * 40, "standard", "length", 41),
    ("1" * 1000, "standard", "length", 41),
]


@pytest.mark.parametrize("profile", PROFILES)
def test_row53_valid_with_siren_warning(profile):
    assert nir.validate_ntt(ROW53, profile=profile) == ROW53
    assert nir.is_valid_ntt(ROW53, profile=profile) is True
    info = nir.parse_ntt(ROW53, profile=profile)
    assert isinstance(info, nir.ParsedNTT)
    assert (info.sex, info.siren, info.siren_valid, info.identifier) == (
        "male", "123456789", False, "01")


@pytest.mark.parametrize("profile", PROFILES)
def test_row54_too_short(profile):
    exc = ntt_error("1123456789", profile)
    assert (exc.code, exc.position) == ("length", 11)
    assert nir.is_valid_ntt("1123456789", profile) is False


@pytest.mark.parametrize("profile", PROFILES)
def test_row55_sex_3(profile):
    exc = ntt_error("3123456789AB", profile)
    assert (exc.code, exc.position) == ("sex", 1)
    with pytest.raises(nir.InvalidNTT):
        nir.parse_ntt("3123456789AB", profile)


def test_valid_siren_and_female():
    assert nir.validate_ntt(VALID_SIREN) == VALID_SIREN
    info = nir.parse_ntt(VALID_SIREN)
    assert (info.sex, info.siren, info.siren_valid, info.identifier) == (
        "female", "732829320", True, "MAT0042")


def test_length_bounds():
    for n in (11, 40):
        number = "1" + "7" * (n - 1)
        assert nir.validate_ntt(number) == number
        assert nir.parse_ntt(number).identifier == "7" * (n - 10)


@pytest.mark.parametrize("number,profile,code,position", ERRORS)
def test_errors(number, profile, code, position):
    exc = ntt_error(number, profile)
    assert isinstance(exc, nir.InvalidNIR) and isinstance(exc, ValueError)
    assert type(exc) is nir.InvalidNTT
    assert (exc.code, exc.position) == (code, position)
    # Messages are nir_ntt_strerror's, in English and French.
    assert exc.message == nir.ntt_error_message(code)
    assert exc.message_fr == nir.ntt_error_message(code, lang="fr")
    assert str(exc) == "%s (%s, position %d)" % (exc.message, code, position)
    # The NTT is never part of the exception text.
    if len(number) > 4:
        for text in (str(exc), repr(exc)):
            assert number not in text
    assert nir.is_valid_ntt(number, profile=profile) is False
    with pytest.raises(nir.InvalidNTT) as info:
        nir.parse_ntt(number, profile=profile)
    assert (info.value.code, info.value.position) == (code, position)
    again = pickle.loads(pickle.dumps(exc))
    assert (type(again), again.code, again.position, again.message) == (
        nir.InvalidNTT, code, position, exc.message)


def test_messages_are_the_ntt_ones():
    assert nir.ntt_error_message("length") == \
        "wrong length: an NTT has 11 to 40 characters"
    assert "11 à 40" in nir.ntt_error_message("length", "fr")
    assert "1 or 2" in nir.ntt_error_message("sex")
    assert "SIREN" in nir.ntt_error_message("character")
    assert "sans espace" in nir.ntt_error_message("character", lang="fr")
    # Other codes: the shared messages.
    assert nir.ntt_error_message("empty", "fr") == \
        nir.error_message("empty", "fr")
    assert ntt_error("1123456789").message != nir.error_message("length")
    with pytest.raises(ValueError):
        nir.ntt_error_message("nope")
    with pytest.raises(ValueError):
        nir.ntt_error_message("length", lang="de")


def test_lenient_identifier_characters():
    number = "1123456789AB-7"
    assert nir.validate_ntt(number, profile="lenient") == number
    assert nir.validate_ntt(number, "LENIENT") == number
    assert nir.parse_ntt(number, profile="lenient").identifier == "AB-7"
    assert nir.is_valid_ntt(number, profile="lenient") is True
    assert nir.is_valid_ntt(number) is False
    assert nir.is_valid_ntt(number, "dsn") is False
    assert nir.validate_ntt("1123456789ab_7/", "lenient") == "1123456789ab_7/"
    # Taken as given: case is kept.
    assert nir.validate_ntt("1123456789az09") == "1123456789az09"


def test_embedded_nul():
    number = "112345678901\x00AB"
    for profile in PROFILES:
        exc = ntt_error(number, profile)
        assert (exc.code, exc.position) == ("character", 13)
    exc = ntt_error(number.encode(), "lenient")
    assert (exc.code, exc.position) == ("character", 13)


@pytest.mark.parametrize("number,position", [
    ("1123456789é", 11),                 # 2 UTF-8 bytes
    ("1123456789\u20ac", 11),            # 3 UTF-8 bytes
    ("1123456789AB\U0001f600", 13),      # 4 UTF-8 bytes
    ("1\uff1123456789AB", 2),            # full-width digit: no mapping
    ("1123456789\ud800", 11),            # lone surrogate
    ("1123456789\r01", 11),
    ("1123456789\x7f", 11),
    ("1123456789\tA", 11),
    ("2 55 08 14 168 025 38", 2),        # a NIR is not an NTT
])
def test_non_ascii_and_control_characters(number, position):
    for profile in PROFILES:
        exc = ntt_error(number, profile)
        assert (exc.code, exc.position) == ("character", position)
        assert nir.is_valid_ntt(number, profile) is False


def test_huge_non_ascii_input():
    # More than NIR_MAX_INPUT bytes: refused before any work.
    exc = ntt_error("é" * 200)
    assert (exc.code, exc.position) == ("length", 41)


def test_bytes_input():
    assert nir.validate_ntt(ROW53.encode()) == ROW53
    assert isinstance(nir.validate_ntt(ROW53.encode()), str)
    assert nir.is_valid_ntt(VALID_SIREN.encode()) is True
    assert nir.parse_ntt(VALID_SIREN.encode()) == nir.parse_ntt(VALID_SIREN)
    exc = ntt_error(b"1123456789\xff")
    assert (exc.code, exc.position) == ("character", 11)
    exc = ntt_error("1123456789é".encode())
    assert (exc.code, exc.position) == ("character", 11)


def test_str_subclass_returns_str():
    class S(str):
        pass

    out = nir.validate_ntt(S(ROW53))
    assert type(out) is str and out == ROW53


def test_arguments():
    for func in (nir.validate_ntt, nir.is_valid_ntt, nir.parse_ntt):
        assert func(ROW53, profile=None) == func(ROW53)
        assert func(number=ROW53, profile="dsn") == func(ROW53)
        for wrong in (None, 112345678901, bytearray(b"112345678901"), ["x"]):
            if func is nir.is_valid_ntt:  # as is_valid: never raises for data
                assert func(wrong) is False
                assert nir.is_valid(wrong) is False
                continue
            with pytest.raises(TypeError) as info:  # as the NIR functions
                func(wrong)
            assert type(info.value) is nir.InvalidType
            assert info.value.code == "type"
            assert type(wrong).__name__ in str(info.value)
        with pytest.raises(ValueError):  # the profile is still checked
            nir.is_valid_ntt(None, profile="strict")
        with pytest.raises(TypeError):
            func()
        with pytest.raises(TypeError):
            func(ROW53, "dsn", "extra")
        with pytest.raises(TypeError):
            func(ROW53, profil="dsn")
        with pytest.raises(TypeError):
            func(ROW53, "dsn", profile="dsn")
        with pytest.raises(TypeError):
            func(ROW53, profile=1)


@pytest.mark.parametrize("func", [nir.validate_ntt, nir.is_valid_ntt,
                                  nir.parse_ntt])
def test_bad_profile_name(func):
    # The same error as the NIR functions give: a plain ValueError.
    with pytest.raises(ValueError, match="profile") as ntt_info:
        func(ROW53, profile="strict")
    with pytest.raises(ValueError, match="profile") as nir_info:
        nir.validate("2 55 08 14 168 025 38", profile="strict")
    assert type(ntt_info.value) is type(nir_info.value) is ValueError
    assert str(ntt_info.value) == str(nir_info.value)
    # Even for an invalid NTT, the profile is checked first.
    with pytest.raises(ValueError) as bad:
        func("", profile="strict")
    assert not isinstance(bad.value, nir.InvalidNIR)


def test_parse_result_is_immutable():
    info = nir.parse_ntt(VALID_SIREN)
    with pytest.raises(AttributeError):
        info.sex = "male"
    with pytest.raises(AttributeError):
        del info.siren
    with pytest.raises(AttributeError):
        info.new_attr = 1
    assert info == nir.parse_ntt(VALID_SIREN.encode())
    assert info != nir.parse_ntt(ROW53)
    assert hash(info) == hash(nir.parse_ntt(VALID_SIREN))
    assert pickle.loads(pickle.dumps(info)) == info
    assert info._asdict() == {"sex": "female", "siren": "732829320",
                              "siren_valid": True, "identifier": "MAT0042"}
    # repr() can be logged: it leaves out the employee identifier.
    assert "MAT0042" not in repr(info) and VALID_SIREN not in repr(info)
    assert "siren='732829320'" in repr(info)


def test_ntt_is_not_a_nir():
    assert nir.is_valid(ROW53) is False
    with pytest.raises(nir.InvalidNIR) as info:
        nir.validate(ROW53)
    assert type(info.value) is not nir.InvalidNTT
    assert not issubclass(nir.InvalidNTT, nir.InvalidFormat)
