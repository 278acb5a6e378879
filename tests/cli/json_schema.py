#!/usr/bin/python3
"""Check nircheck --json output (JSON Lines on stdin) against the schema of
nircheck(1), section JSON OUTPUT. Usage: json_schema.py [--show-number]
[--mask] [--civil] [--records N]. Exits 1 with a message on the first
violation. Privacy is part of the schema: without --show-number (or with
--mask) no order, key, expected key or correction is given."""
import json
import sys

STR, INT, BOOL, LIST, DICT, NULL = str, int, bool, list, dict, type(None)
ALWAYS = {
    "line": (INT,), "file": (STR, NULL), "valid": (BOOL,),
    "kind": (STR, NULL), "error": (STR, NULL), "position": (INT, NULL),
    "warnings": (LIST,), "sex": (STR, NULL), "birth_year": (INT, NULL),
    "birth_month": (INT, NULL), "month_code": (INT, NULL),
    "month_kind": (STR, NULL), "place_kind": (STR, NULL),
    "department": (STR, NULL), "department_name": (STR, NULL),
    "commune": (STR, NULL), "country_code": (STR, NULL),
    "country_name": (STR, NULL), "order": (INT, NULL), "caisse": (INT, NULL),
    "key": (INT, NULL), "expected_key": (INT, NULL),
    "message": (STR, NULL), "hint": (STR, NULL),
}
ENUMS = {
    "kind": {"nir", "temporary", "nnp", "mig", None},
    "error": {None, "empty", "length", "character", "sex", "month",
              "department", "commune", "country", "order", "key",
              "key_missing", "short_row", "key_mismatch", "key_column",
              "row_too_long", "merged_rows"},
    "hint": {None, "scientific_notation", "decimal_suffix",
             "one_digit_short", "text_marker"},
    "sex": {"male", "female", None},
    "month_kind": {"real", "pseudo", "unknown", None},
    "place_kind": {"metropole", "corsica", "overseas", "abroad",
                   "north_africa", None},
}
WARNINGS = {"country_unlisted", "country_unknown", "corsica_year",
            "north_africa", "dsn_placeholder"}
VERDICTS = {"consistent", "inconsistent", "cannot_tell"}


def fail(lineno, message):
    sys.exit(f"json_schema: output line {lineno}: {message}")


def typed(value, types):
    # bool is an int in Python: keep them apart
    if isinstance(value, bool):
        return BOOL in types
    return isinstance(value, types)


def check_civil(n, civ):
    if not isinstance(civ, dict):
        fail(n, "civil_status is not an object")
    for key, types in {"verdict": (STR,), "date_order": (STR, NULL),
                       "birthplace_code": (STR, NULL),
                       "sex_unrecognised": (BOOL,), "findings": (LIST,)}.items():
        if key not in civ or not typed(civ[key], types):
            fail(n, f"civil_status.{key} missing or mistyped")
    if civ["verdict"] not in VERDICTS:
        fail(n, f"civil_status.verdict {civ['verdict']!r}")
    for f in civ["findings"]:
        if set(f) != {"code", "mismatch", "message"} or \
                not isinstance(f["code"], str) or \
                not isinstance(f["mismatch"], bool) or \
                not isinstance(f["message"], str):
            fail(n, f"bad finding {f!r}")


def main():
    show_number = "--show-number" in sys.argv
    mask = "--mask" in sys.argv
    digits = show_number and not mask
    civil = "--civil" in sys.argv
    expected = None
    if "--records" in sys.argv:
        expected = int(sys.argv[sys.argv.index("--records") + 1])
    count = 0
    previous = {}
    for n, text in enumerate(sys.stdin.buffer, 1):
        try:
            obj = json.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            fail(n, f"not UTF-8 JSON: {e}")
        count += 1
        allowed = set(ALWAYS) | {"suggestions", "suggestion_count",
                                 "number", "civil_status"}
        if set(obj) - allowed:
            fail(n, f"unknown keys {set(obj) - allowed}")
        for key, types in ALWAYS.items():
            if key not in obj:
                fail(n, f"missing key {key}")
            if not typed(obj[key], types):
                fail(n, f"{key} has type {type(obj[key]).__name__}")
        for key, values in ENUMS.items():
            if obj[key] not in values:
                fail(n, f"{key} = {obj[key]!r}")
        if obj["line"] < 1:
            fail(n, "line < 1")
        src = obj["file"]
        if src in previous and obj["line"] <= previous[src]:
            fail(n, "lines out of order")
        previous[src] = obj["line"]
        if obj["valid"] != (obj["error"] is None):
            fail(n, "valid and error disagree")
        if obj["valid"] != (obj["message"] is None):
            fail(n, "message must be null exactly when valid")
        if obj["valid"] and obj["hint"] is not None:
            fail(n, "a hint on a valid record")
        row_problem = obj["error"] in {"short_row", "key_mismatch",
                                       "key_column", "row_too_long",
                                       "merged_rows"}
        if (obj["valid"] or row_problem) != (obj["position"] is None):
            fail(n, "position must be null exactly when valid or a row "
                 "problem")
        if not digits and any(obj[k] is not None
                              for k in ("order", "key", "expected_key")):
            fail(n, "order/key/expected_key shown without --show-number")
        if any(w not in WARNINGS for w in obj["warnings"]):
            fail(n, f"unknown warning in {obj['warnings']}")
        if obj["birth_month"] is not None and not 1 <= obj["birth_month"] <= 12:
            fail(n, "birth_month out of range")
        has_sugg = "suggestions" in obj
        if has_sugg != (digits and obj["error"] == "key"):
            fail(n, "suggestions present when they should not be (or absent)")
        if ("suggestion_count" in obj) != (obj["error"] == "key" and
                                          (show_number or mask)):
            fail(n, "suggestion_count goes with a key error and "
                 "--show-number or --mask")
        if has_sugg and not all(isinstance(s, str) and len(s) == 15
                                for s in obj["suggestions"]):
            fail(n, "suggestions must be 15-character strings")
        if ("number" in obj) != (show_number or mask):
            fail(n, "number present without --show-number/--mask (or absent)")
        if mask and "number" in obj and obj["number"] is not None and \
                sum(c.isdigit() for c in obj["number"]) > 3:
            fail(n, "--mask shows more than the sex and year digits")
        if "number" in obj and not typed(obj["number"], (STR, NULL)):
            fail(n, "number mistyped")
        if ("civil_status" in obj) != civil:
            fail(n, "civil_status presence")
        if civil:
            check_civil(n, obj["civil_status"])
    if expected is not None and count != expected:
        sys.exit(f"json_schema: {count} records, expected {expected}")


main()
