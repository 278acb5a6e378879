"""require_key=True (C: NIR_REQUIRE_KEY ORed into the profile): a number
without its key (13 characters) is invalid with code "key_missing", an
InvalidLength, positioned just after its last character; everything else is
judged as without the option."""

import pickle

import pytest

import nir

# Valid bodies (13 characters) under every profile, as typed in many ways,
# with the 1-based position just after their last character.
BODIES = [
    ("2550814168025", 14),
    ("2 55 08 14 168 025", 19),
    (" 2 55 08 14 168 025\r\n", 20),
    ("1 84 05 2A 321 025", 19),
    ("1.85.07.99.404.001", 19),
    (b"2550814168025", 14),
    ("２５５０８１４１６８０２５", 14),  # full-width digits
]
PROFILES = [None] + list(nir.PROFILES)
FULL = "255081416802538"


def body_text(number):
    return number.decode() if isinstance(number, bytes) else number


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("number,position", BODIES)
def test_validate(number, position, profile):
    assert len(nir.validate(number, profile)) == 13
    assert len(nir.validate(number, profile, require_key=False)) == 13
    with pytest.raises(nir.InvalidLength) as info:
        nir.validate(number, profile, require_key=True)
    exc = info.value
    assert isinstance(exc, nir.InvalidFormat)
    assert isinstance(exc, nir.InvalidNIR)
    assert not isinstance(exc, nir.InvalidChecksum)
    assert (exc.code, exc.position) == ("key_missing", position)
    assert exc.message == nir.error_message("key_missing")
    assert exc.message_fr == nir.error_message("key_missing", "fr")
    assert exc.message != exc.message_fr
    # The message names neither the number nor any part of it.
    digits = "".join(c for c in nir.compact(number) if c.isdigit())
    for text in (str(exc), repr(exc), exc.message, exc.message_fr):
        assert digits not in text and digits[-7:] not in text
    again = pickle.loads(pickle.dumps(exc))
    assert (type(again), again.code, again.position) == \
        (nir.InvalidLength, "key_missing", position)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("number,position", BODIES)
def test_parse(number, position, profile):
    plain = nir.parse(number, profile)
    assert plain.valid and plain.has_key is False
    info = nir.parse(number, profile, strict=False, require_key=True)
    assert info.valid is False
    assert (info.status, info.error, info.position) == \
        ("key_missing", "key_missing", position)
    assert info.message == nir.error_message("key_missing")
    # The profile is reported without the flag; the fields are decoded.
    assert info.profile == (profile or "standard")
    assert info.has_key is False and info.key is None
    assert info.kind == plain.kind and info.sex == plain.sex
    assert info.expected_key == plain.expected_key
    with pytest.raises(nir.InvalidLength) as raised:
        nir.parse(number, profile, require_key=True)
    assert (raised.value.code, raised.value.position) == \
        ("key_missing", position)


@pytest.mark.parametrize("profile", PROFILES)
def test_validate_many(profile):
    numbers = [body for body, _ in BODIES] + [FULL, FULL[:-1] + "9",
                                               "2551314168025", None, 42]
    assert nir.validate_many(numbers, profile) == [True] * len(BODIES) + \
        [True, False, False, False, False]
    assert nir.validate_many(numbers, profile, require_key=True) == \
        [False] * len(BODIES) + [True, False, False, False, False]
    assert nir.validate_many(numbers, profile, True, require_key=True) == \
        ["key_missing"] * len(BODIES) + [None, "key", "month", "missing",
                                         "type"]
    assert nir.validate_many(numbers, profile, codes=True) == \
        [None] * len(BODIES) + [None, "key", "month", "missing", "type"]
    # More than one chunk of the C batch, and a generator.
    many = (FULL if i % 3 else "2550814168025" for i in range(3000))
    codes = nir.validate_many(many, profile, codes=True, require_key=True)
    assert codes.count("key_missing") == 1000 and codes.count(None) == 2000


@pytest.mark.parametrize("profile", PROFILES)
def test_validate_lines(profile):
    data = "2550814168025\r\n%s\n2 55 08 14 168 025\n" % FULL
    assert nir.validate_lines(data, profile) == [True, True, True]
    assert nir.validate_lines(data, profile, require_key=True) == \
        [False, True, False]
    assert nir.validate_lines(data.encode(), profile, True,
                              require_key=True) == \
        ["key_missing", None, "key_missing"]


@pytest.mark.parametrize("profile", PROFILES)
def test_other_errors_come_first(profile):
    # An earlier field fails with its own code; 15 characters are unchanged.
    cases = [("2551314168025", "month", 4), ("9550814168025", "sex", 1),
             ("2 55 13 14 168 025", "month", 6),
             ("255081416802539", "key", 14), ("25508141680", "length", 12),
             ("", "empty", 1)]
    for number, code, position in cases:
        info = nir.parse(number, profile, strict=False, require_key=True)
        assert (info.error, info.position) == (code, position), number
    assert nir.validate(FULL, profile, require_key=True) == FULL
    assert nir.parse(FULL, profile, require_key=True).has_key is True


@pytest.mark.skipif(not nir._nir.HAVE_CIVIL, reason="built without lib/civil")
def test_check_civil_status():
    plain = nir.check_civil_status("2550814168025", sex="F")
    assert plain.number_status == "ok"
    report = nir.check_civil_status("2550814168025", sex="F",
                                    require_key=True)
    assert report.number_status == "key_missing"
    assert report.verdict != "consistent"
    assert nir.check_civil_status(FULL, sex="F", profile="dsn",
                                  require_key=True).number_status == "ok"


def test_require_key_is_a_truth_value():
    for yes in (True, 1, "yes"):
        assert nir.validate_many(["2550814168025"], require_key=yes) == [False]
    for no in (False, 0, "", None):
        assert nir.validate_many(["2550814168025"], require_key=no) == [True]

    class Broken:
        def __bool__(self):
            raise RuntimeError("no truth value")

    with pytest.raises(RuntimeError):
        nir.validate("2550814168025", require_key=Broken())
    # Keyword-only: a third positional argument is refused.
    with pytest.raises(TypeError, match="positional"):
        nir.validate("2550814168025", "dsn", True)
    with pytest.raises(TypeError, match="positional"):
        nir.validate_many(["2550814168025"], "dsn", True, True)
    with pytest.raises(TypeError, match="positional"):
        nir.parse("2550814168025", "dsn", False, True)
    with pytest.raises(ValueError):
        nir.validate("2550814168025", "nope", require_key=True)


def test_is_valid_keeps_stdnum_signature():
    # is_valid takes one positional argument, as stdnum's; 13 characters
    # stay valid there.
    assert nir.is_valid("2550814168025") is True
    with pytest.raises(TypeError):
        nir.is_valid("2550814168025", require_key=True)
