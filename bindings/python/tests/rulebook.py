"""Edge cases of docs/rules.md, read from tests/data/edge_cases.tsv.

The same file feeds the C tests (tests/unit/test_rules.c); its header says
what each column holds. Each row here: (row, number, dsn, standard,
lenient, extra) where a verdict is True (valid) or the expected error code,
and extra holds expectations on the standard-profile parse (kind, warnings,
decoded fields). POSITIONS maps a number to the 1-based position of its
standard-profile error.
"""

import csv
import os
from pathlib import Path

OK = True

# bindings/python/tests/rulebook.py -> the top of the tree, unless the
# tests run from a copy without it (NIR_SOURCE_DIR names the tree then).
_TREE = Path(os.environ.get("NIR_SOURCE_DIR")
             or Path(__file__).resolve().parents[3])
EDGE_CASES = _TREE / "tests" / "data" / "edge_cases.tsv"

INT_FIELDS = ("birth_month",)


def _verdict(name):
    return OK if name == "ok" else name


def _extra(kind, warnings, decoded):
    extra = {"kind": None if kind == "-" else kind,
             "warnings": () if warnings == "-" else tuple(warnings.split(","))}
    if decoded != "-":
        for pair in decoded.split(";"):
            field, value = pair.split("=", 1)
            extra[field] = int(value) if field in INT_FIELDS else value
    return extra


def _load():
    rows, positions = [], {}
    with open(EDGE_CASES, newline="", encoding="utf-8") as f:
        lines = (line for line in f if line.strip() and
                 not line.startswith("#"))
        for rec in csv.DictReader(lines, delimiter="\t"):
            rows.append((int(rec["row"]), rec["number"],
                         _verdict(rec["dsn"]), _verdict(rec["standard"]),
                         _verdict(rec["lenient"]),
                         _extra(rec["kind"], rec["warnings"],
                                rec["decoded"])))
            positions[rec["number"]] = int(rec["position"])
    return rows, positions


ROWS, POSITIONS = _load()
