"""Code as a user of nir writes it; `mypy --strict` must accept it
(tests/test_typing.py). Not run, only type-checked."""

import dataclasses
from typing import Dict, List, Optional, Union

import nir


def check_column(values: List[Optional[str]], with_codes: bool) -> int:
    verdicts = nir.validate_many(values, codes=with_codes)  # a bool variable
    return sum(1 for v in verdicts if v is True or v is None)


def codes_of(values: List[str]) -> List[Optional[str]]:
    codes = nir.validate_many(values, "dsn", codes=True)
    return [c for c in codes]


def flags_of(values: List[str], profile: nir.Profile = "lenient"
             ) -> List[bool]:
    return nir.validate_many(values, profile=profile)


def describe(number: str) -> Dict[str, object]:
    info = nir.parse(number, profile="dsn", strict=False)
    match info:
        case nir.ParsedNIR(valid=True, kind="nir", sex=sex):
            label = "NIR of a %s" % sex
        case nir.ParsedNIR(error=code) if code is not None:
            label = "invalid: " + code
        case _:
            label = "other"
    fields = dataclasses.asdict(info)
    fields["label"] = label
    older = dataclasses.replace(info, birth_year=None)
    fields["older"] = older.birth_year
    return fields


def show(number: str) -> str:
    keep = nir.mask(number, keep=["sex", "year", "key"])
    return keep + nir.mask(number, keep=("place",), separator="") + \
        nir.mask(number, keep="order")


def safe(number: Union[str, bytes]) -> Optional[str]:
    try:
        return nir.validate(number)
    except nir.InvalidChecksum as exc:
        position: Optional[int] = exc.position
        return "key at %s" % position
    except nir.ValidationError:
        return None


def civil(number: str, sex: Optional[str]) -> bool:
    report = nir.check_civil_status(number, sex=sex, birth_date="2/4/1965")
    return report.verdict == "consistent" and report.consistent


def anything(value: object) -> bool:
    return nir.is_valid(value)


def with_key(values: List[str], number: str) -> List[Optional[nir.BatchCode]]:
    compact: str = nir.validate(number, "dsn", require_key=True)
    info = nir.parse(compact, strict=False, require_key=True)
    code: Optional[nir.ErrorCode] = info.error
    lines = nir.validate_lines(number, require_key=True, codes=True)
    missing: List[Optional[nir.ErrorCode]] = [c for c in lines
                                              if c == "key_missing"]
    flags: List[bool] = nir.validate_many(values, require_key=True)
    del code, missing, flags
    return nir.validate_many(values, "lenient", codes=True, require_key=True)
