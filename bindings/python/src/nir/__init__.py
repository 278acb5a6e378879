"""nir -- French social-security numbers (NIR), a binding of libnir.

A drop-in upgrade of ``stdnum.fr.nir`` (compact, validate, is_valid, format,
calc_check_digits) plus everything libnir does: profiles, decoding
(parse), masking, typo suggestions, batch validation, the civil-status
cross-check and the DSN temporary technical number (validate_ntt,
is_valid_ntt, parse_ntt). Every rule lives in the C library; this package
is glue.

>>> import nir
>>> nir.validate('2 84 05 2A 321 025 52')
'284052A32102552'
>>> nir.is_valid('2 84 05 2A 321 025 53')
False
>>> nir.format('284052A32102552')
'2 84 05 2A 321 025 52'
"""

from . import _nir
from ._errors import (InvalidChecksum, InvalidComponent, InvalidFormat,
                      InvalidLength, InvalidNIR, InvalidNTT, InvalidType,
                      ValidationError)
from ._nir import (ERROR_CODES, FINDING_CODES, PROFILES, VERDICTS,
                   WARNING_CODES, calc_check_digits, check_civil_status,
                   compact, countries, country, data_version, error_message,
                   format, is_valid, is_valid_ntt, lib_version, mask,
                   ntt_error_message, parse, parse_ntt, suggest, validate,
                   validate_lines, validate_many, validate_ntt,
                   warning_message)
from ._types import (BatchCode, CivilReport, Country, DateOrder, DateReading,
                     ErrorCode, Finding, Kind, MonthKind, ParsedNIR, ParsedNTT,
                     PlaceKind, Profile, Sex, Status, Verdict)

#: Version of this binding, equal to the libnir version it was built from.
__version__: str = _nir.VERSION

__all__ = [
    "__version__",
    "ValidationError", "InvalidNIR", "InvalidFormat", "InvalidLength",
    "InvalidChecksum", "InvalidComponent", "InvalidNTT", "InvalidType",
    "ParsedNIR", "ParsedNTT", "CivilReport", "Finding", "DateReading",
    "Country",
    "compact", "validate", "is_valid", "format", "calc_check_digits",
    "mask", "suggest", "parse", "validate_many", "validate_lines",
    "check_civil_status", "validate_ntt", "is_valid_ntt", "parse_ntt",
    "countries", "country", "error_message", "ntt_error_message",
    "warning_message", "lib_version", "data_version",
    "PROFILES", "ERROR_CODES", "WARNING_CODES", "FINDING_CODES", "VERDICTS",
    # Literal types of the names above, for annotations
    "Profile", "ErrorCode", "BatchCode", "Status", "Kind", "Sex", "MonthKind",
    "PlaceKind", "Verdict", "DateOrder",
]
