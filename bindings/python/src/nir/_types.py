"""Immutable result objects built by the C extension.

No rule lives here: every value is filled in by libnir through nir._nir.
"""

import typing
from typing import Any, Dict, Optional, Tuple

__all__ = ["ParsedNIR", "ParsedNTT", "CivilReport", "Finding", "DateReading",
           "Country"]


class _Frozen:
    """Slotted, immutable, comparable, picklable record."""

    __slots__: Tuple[str, ...] = ()

    def __init__(self, **fields: Any) -> None:
        missing = [n for n in self.__slots__ if n not in fields]
        extra = [n for n in fields if n not in self.__slots__]
        if missing or extra:
            raise TypeError("%s(): missing %r, unexpected %r"
                            % (type(self).__name__, missing, extra))
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("%s is immutable" % type(self).__name__)

    def __delattr__(self, name: str) -> None:
        raise AttributeError("%s is immutable" % type(self).__name__)

    def _asdict(self) -> Dict[str, Any]:
        """The fields as a dict (for JSON/DataFrame export)."""
        return {n: getattr(self, n) for n in self.__slots__}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Frozen) or type(other) is not type(self):
            return NotImplemented
        return self._asdict() == other._asdict()

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self.__slots__))

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), self._asdict()))


def _rebuild(cls: Any, fields: Dict[str, Any]) -> Any:
    return cls(**fields)


class ParsedNIR(_Frozen):
    """Everything libnir decodes from one number (see nir.parse()).

    ``repr()`` shows the masked number only, so the object can be logged.
    Fields that do not apply are None.
    """

    __slots__ = (
        "number",            # compact form ("" -> None when not normalisable)
        "valid", "error", "position", "message", "profile",
        "kind", "sex",
        "birth_year", "month_code", "birth_month", "month_kind",
        "place_kind", "department", "department_name", "commune",
        "country_code", "country_name", "country_iso2", "country_iso3",
        "order", "has_key", "key", "expected_key",
        "nnp_caisse", "nnp_verification",
        "warnings", "masked",
    )

    number: Optional[str]
    valid: bool
    error: Optional[str]
    position: Optional[int]
    message: Optional[str]
    profile: str
    kind: Optional[str]
    sex: str
    birth_year: Optional[int]
    month_code: Optional[int]
    birth_month: Optional[int]
    month_kind: Optional[str]
    place_kind: Optional[str]
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

    def __repr__(self) -> str:
        return ("ParsedNIR(masked=%r, valid=%r, error=%r, kind=%r, "
                "warnings=%r)" % (self.masked, self.valid, self.error,
                                  self.kind, self.warnings))


class ParsedNTT(_Frozen):
    """What libnir reads from a valid DSN temporary technical number (NTT,
    see nir.parse_ntt()).

    ``sex`` is ``"male"`` or ``"female"``; ``siren`` the employer's 9-digit
    SIREN (characters 2-10); ``siren_valid`` whether the SIREN passes its
    check digit (False is a warning, the NTT stays valid); ``identifier`` the
    employee's identifier (characters 11 onwards). ``repr()`` leaves the
    identifier out, so the object can be logged.
    """

    __slots__ = ("sex", "siren", "siren_valid", "identifier")

    sex: str
    siren: str
    siren_valid: bool
    identifier: str

    def __repr__(self) -> str:
        return ("ParsedNTT(sex=%r, siren=%r, siren_valid=%r, identifier=<%d "
                "characters>)" % (self.sex, self.siren, self.siren_valid,
                                  len(self.identifier)))


class Finding(_Frozen):
    """One finding of a civil-status cross-check."""

    __slots__ = ("code", "mismatch", "number_value", "document_value",
                 "expected_month", "matched_order", "message_en",
                 "message_fr")

    code: str
    mismatch: bool
    number_value: Optional[int]
    document_value: Optional[int]
    expected_month: Optional[int]
    matched_order: Optional[str]
    message_en: str
    message_fr: str

    def __repr__(self) -> str:
        return "Finding(code=%r, mismatch=%r)" % (self.code, self.mismatch)


class DateReading(typing.NamedTuple):
    """A reading of the document's birth date."""

    year: int
    month: int
    day: int
    year_digits: int


class CivilReport(_Frozen):
    """Result of nir.check_civil_status()."""

    __slots__ = ("verdict", "number_status", "date_order", "readings",
                 "birthplace_code", "findings")

    verdict: str
    number_status: str
    date_order: Optional[str]
    readings: Tuple[DateReading, ...]
    birthplace_code: Optional[str]
    findings: Tuple[Finding, ...]

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
