"""An independent statement of the rule book, for differential tests only.

Written from docs/rules.md (R1-R11, the profiles, Q1-Q8) without
reading lib/: given an already compact string (ASCII digits and letters,
no separators), the error code libnir must give under a profile ("ok" when
valid). libnir itself never uses this: the rules live in C; this is the
second opinion the tests compare it with.

Precedence, as libnir documents it: characters that no number may hold,
then the length, then R3 (A/B only as 2A/2B at positions 6-7 of the NIR
layout), then the fields left to right.
"""

KINDS = {"1": "nir", "2": "nir", "3": "temporary", "4": "temporary",
         "5": "mig", "6": "mig", "7": "nnp", "8": "nnp"}


def r9_key(body):
    """R9: 97 - (body mod 97), 2A -> 19 and 2B -> 18 at positions 6-7."""
    if body[5:7] == "2A":
        body = body[:5] + "19" + body[7:]
    elif body[5:7] == "2B":
        body = body[:5] + "18" + body[7:]
    return 97 - int(body) % 97


def month_ok(month, profile):
    """R6 and Q1."""
    if 1 <= month <= 12:
        return True
    if profile == "dsn":
        return month == 20 or 30 <= month <= 42 or month >= 50
    if profile == "lenient":
        return month >= 20
    return 20 <= month <= 42 or month >= 50


def key_ok(c):
    key = int(c[13:])
    return 1 <= key <= 97 and key == r9_key(c[:13])


def verdict(c, profile):
    if not c:
        return "empty"
    # Normalisation: only digits and A/B are characters of a number.
    if any(not (ch.isascii() and (ch.isdigit() or ch in "AB")) for ch in c):
        return "character"
    if len(c) not in (13, 15):
        return "length"
    # R3: digit 1 is a digit; A/B only as 2A/2B at positions 6-7 of the
    # NIR layout (STANDARD reads NNP/MIG in the CNAM layout: digits only;
    # the other profiles read every number in the NIR layout).
    if not c[0].isdigit():
        return "character"
    shaped = profile != "standard" or KINDS.get(c[0]) not in ("nnp", "mig")
    for i, ch in enumerate(c):
        if ch in "AB" and not (shaped and i == 6 and c[5] == "2"):
            return "character"
    kind = KINDS.get(c[0])
    if kind is None or (profile != "standard" and kind != "nir"):
        return "sex"                                     # R4
    if kind in ("nnp", "mig"):                           # R4c, R4d, Q4
        return "key" if len(c) == 15 and not key_ok(c) else "ok"
    if not month_ok(int(c[3:5]), profile):
        return "month"
    strict = profile != "lenient"
    dd = c[5:7]
    if dd == "99":                                       # R8b
        if strict and c[7:10] == "000":
            return "country"
    elif dd == "00" and strict:                          # R7a
        return "department"
    elif dd in ("97", "98") and profile == "standard":   # R7b, Q6
        third = int(c[7])
        if (dd == "97" and not 1 <= third <= 8) or (dd == "98" and third < 4):
            return "department"
        if c[8:10] == "00":
            return "commune"
    elif strict and c[7:10] == "000":                    # R8a
        return "commune"
    if strict and c[10:13] == "000":                     # R8c
        return "order"
    if len(c) == 15 and not key_ok(c):                   # R9
        return "key"
    return "ok"
