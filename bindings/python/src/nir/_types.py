"""Immutable result objects built by the C extension.

They are frozen, slotted dataclasses: ``dataclasses.asdict``/``replace``,
pattern matching (``case ParsedNIR(kind="nir", sex=sex)``), ``==``,
``hash`` and pickle work as for any dataclass. The C extension fills their
slots directly (no ``__init__`` call, no dict), which keeps ``parse()``
cheap. Field names are those of the C structures in ``nir.h`` (see
docs/vocabulary.md). No rule lives here: every value comes from libnir.
"""

import dataclasses
import typing
import warnings
from typing import Any, Dict, Literal, Optional, Tuple, TypeVar

__all__ = ["ParsedNIR", "ParsedNTT", "CivilReport", "Finding", "DateReading",
           "Country"]

# Stable names of libnir (nir_*_name); tests/test_typing.py checks that
# these lists are the library's.
Profile = Literal["standard", "dsn", "lenient"]
ErrorCode = Literal["empty", "length", "character", "sex", "month",
                    "department", "commune", "country", "order", "key",
                    "key_missing"]
#: validate_many(codes=True) only: an item that is None/NaN, or not a str.
BatchCode = Literal["empty", "length", "character", "sex", "month",
                    "department", "commune", "country", "order", "key",
                    "key_missing", "missing", "type"]
Status = Literal["ok", "empty", "length", "character", "sex", "month",
                 "department", "commune", "country", "order", "key",
                 "buffer", "argument", "key_missing"]
Kind = Literal["nir", "temporary", "nnp", "mig"]
Sex = Literal["male", "female", "unknown"]
MonthKind = Literal["real", "pseudo", "unknown"]
PlaceKind = Literal["metropole", "corsica", "overseas", "abroad",
                    "north_africa"]
Verdict = Literal["consistent", "inconsistent", "cannot_tell"]
DateOrder = Literal["dmy", "mdy", "ymd"]

_T = TypeVar("_T", bound=type)


def _frozen(cls: _T) -> _T:
    """Refuse every attribute assignment and deletion.

    A frozen dataclass made with slots=True refuses its fields, but its
    generated __setattr__ refers to the class as it was before the slots
    were added, and fails with a TypeError ("super(type, obj): obj must be
    an instance or subtype of type") for any other name (Python 3.11);
    these raise FrozenInstanceError (an AttributeError) for every name.
    """
    def __setattr__(self: Any, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(
            "cannot assign to field %r" % name)

    def __delattr__(self: Any, name: str) -> None:
        raise dataclasses.FrozenInstanceError(
            "cannot delete field %r" % name)

    setattr(cls, "__setattr__", __setattr__)
    setattr(cls, "__delattr__", __delattr__)
    return cls


class _Record:
    """Shared helpers; the fields live in the dataclass slots."""

    __slots__ = ()

    def _asdict(self) -> Dict[str, Any]:
        """The fields as a dict (for JSON/DataFrame export); unlike
        ``dataclasses.asdict`` it does not copy the values."""
        return {f.name: getattr(self, f.name)
                for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def __reduce__(self) -> Any:
        # Rebuild through __init__ (a frozen slotted class cannot take the
        # default slot state).
        return (type(self), tuple(getattr(self, f.name) for f in
                                  dataclasses.fields(self)))  # type: ignore[arg-type]


@_frozen
@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class ParsedNIR(_Record):
    """Everything libnir decodes from one number (see nir.parse()), under
    the names of the C ``nir_result`` fields.

    ``repr()`` shows the masked number only, so the object can be logged.
    Fields that do not apply are None.
    """

    compact: Optional[str]      # normalised number; None if not normalisable
    status: Status              # nir_status_name: "ok" or the error code
    valid: bool                 # status == "ok" (the CLI's JSON "valid")
    error: Optional[ErrorCode]  # None when valid (the CLI's JSON "error")
    position: Optional[int]     # 1-based character of the failing field
    message: Optional[str]      # English message of the error
    profile: Profile
    kind: Optional[Kind]
    sex: Sex
    birth_year: Optional[int]
    month_code: Optional[int]
    birth_month: Optional[int]
    month_kind: Optional[MonthKind]
    place_kind: Optional[PlaceKind]
    department: Optional[str]
    department_name: Optional[str]
    commune: Optional[str]
    country_code: Optional[str]
    country_name: Optional[str]
    country_iso2: Optional[str]
    country_iso3: Optional[str]
    order: Optional[int]
    has_key: bool
    key: Optional[int]
    expected_key: Optional[int]
    nnp_caisse: Optional[int]
    nnp_verification: Optional[int]
    warnings: Tuple[str, ...]
    masked: Optional[str]

    @property
    def number(self) -> Optional[str]:
        """Deprecated alias of ``compact`` (the C field name)."""
        warnings.warn("ParsedNIR.number is deprecated; use .compact",
                      DeprecationWarning, stacklevel=2)
        return self.compact

    @property
    def male(self) -> bool:
        """True when the sex digit says male."""
        return self.sex == "male"

    @property
    def female(self) -> bool:
        """True when the sex digit says female."""
        return self.sex == "female"

    def __repr__(self) -> str:
        return ("ParsedNIR(masked=%r, valid=%r, error=%r, kind=%r, "
                "warnings=%r)" % (self.masked, self.valid, self.error,
                                  self.kind, self.warnings))


@_frozen
@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class ParsedNTT(_Record):
    """What libnir reads from a valid DSN temporary technical number (NTT,
    see nir.parse_ntt()).

    ``sex`` is ``"male"`` or ``"female"``; ``siren`` the employer's 9-digit
    SIREN (characters 2-10); ``siren_valid`` whether the SIREN passes its
    check digit (False is a warning, the NTT stays valid); ``identifier`` the
    employee's identifier (characters 11 onwards). ``repr()`` leaves the
    identifier out, so the object can be logged.
    """

    sex: Sex
    siren: str
    siren_valid: bool
    identifier: str

    def __repr__(self) -> str:
        return ("ParsedNTT(sex=%r, siren=%r, siren_valid=%r, identifier=<%d "
                "characters>)" % (self.sex, self.siren, self.siren_valid,
                                  len(self.identifier)))


@_frozen
@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class Finding(_Record):
    """One finding of a civil-status cross-check (C ``nir_finding``)."""

    code: str
    mismatch: bool
    number_value: Optional[int]
    document_value: Optional[int]
    expected_month: Optional[int]
    matched_order: Optional[DateOrder]
    message_en: str
    message_fr: str

    def __repr__(self) -> str:
        return "Finding(code=%r, mismatch=%r)" % (self.code, self.mismatch)


class DateReading(typing.NamedTuple):
    """A reading of the document's birth date (C ``nir_date``)."""

    year: int
    month: int
    day: int
    year_digits: int


@_frozen
@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class CivilReport(_Record):
    """Result of nir.check_civil_status() (C ``nir_civil_report``)."""

    verdict: Verdict
    number_status: Status
    date_order: Optional[DateOrder]
    readings: Tuple[DateReading, ...]
    birthplace_code: Optional[str]
    findings: Tuple[Finding, ...]

    @property
    def consistent(self) -> bool:
        """True when the verdict is ``"consistent"``."""
        return self.verdict == "consistent"

    def __repr__(self) -> str:
        return "CivilReport(verdict=%r, findings=%r)" % (
            self.verdict, tuple(f.code for f in self.findings))


class Country(typing.NamedTuple):
    """One row of the INSEE country list compiled into libnir."""

    code: str
    name: str
    official_name: Optional[str]
    iso2: Optional[str]
    iso3: Optional[str]
    status: int
