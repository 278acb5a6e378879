"""Exceptions raised by the nir binding.

The hierarchy is python-stdnum's (``stdnum.exceptions``), so that code
written for ``stdnum.fr.nir`` keeps working:

    ValidationError(ValueError)
      InvalidNIR             libnir's error: .code, .position, .message
        InvalidFormat        code "character"
          InvalidLength      codes "empty", "length", "key_missing"
          InvalidType        code "type": not a str/bytes (also a TypeError)
        InvalidChecksum      code "key"
        InvalidComponent     codes "sex", "month", "department", ...
        InvalidNTT           an invalid DSN temporary technical number

Every exception libnir raises is an InvalidNIR *and* the stdnum-style class
of its code. When python-stdnum is importable, each class also derives from
its namesake in ``stdnum.exceptions``, so ``except
stdnum.exceptions.ValidationError`` (or ``InvalidChecksum``...) catches
them. The code names come from the C library (nir_status_name) and are the
same as in the CLI's JSON output. No message ever contains the number.
"""

from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Type

__all__ = ["ValidationError", "InvalidNIR", "InvalidFormat", "InvalidLength",
           "InvalidChecksum", "InvalidComponent", "InvalidNTT", "InvalidType"]


# Bases shared with python-stdnum. Without it (and for type checkers),
# empty classes with stdnum's hierarchy stand in, so the method resolution
# order is the same either way.
class _StdValidationError(ValueError):
    message: str


class _StdInvalidFormat(_StdValidationError):
    message = "The number has an invalid format."


class _StdInvalidLength(_StdInvalidFormat):
    message = "The number has an invalid length."


class _StdInvalidChecksum(_StdValidationError):
    message = "The number's checksum or check digit is invalid."


class _StdInvalidComponent(_StdValidationError):
    message = "One of the parts of the number are invalid or unknown."


if not TYPE_CHECKING:
    try:
        from stdnum.exceptions import InvalidChecksum as _StdInvalidChecksum
        from stdnum.exceptions import InvalidComponent as _StdInvalidComponent
        from stdnum.exceptions import InvalidFormat as _StdInvalidFormat
        from stdnum.exceptions import InvalidLength as _StdInvalidLength
        from stdnum.exceptions import ValidationError as _StdValidationError
    except ImportError:
        pass


class ValidationError(_StdValidationError):
    """Top-level error of a number that fails validation (stdnum's name; a
    ValueError)."""


class InvalidNIR(ValidationError):
    """The number is not valid.

    Attributes: ``code`` (C status name such as ``"key"``), ``position``
    (1-based character position of the first failing field, or None when the
    library does not report one), ``message`` (English text from
    nir_strerror) and ``message_fr`` (French text). The number itself is
    never part of the exception.
    """

    default_code = "argument"

    code: str
    position: Optional[int]
    message: str
    message_fr: str

    def __init__(self, message: Optional[str] = None,
                 code: Optional[str] = None,
                 position: Optional[int] = None,
                 message_fr: Optional[str] = None) -> None:
        self.code = code if code is not None else type(self).default_code
        self.position = position
        self.message = message if message is not None else "invalid number"
        self.message_fr = message_fr if message_fr is not None else self.message
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.position:
            return "%s (%s, position %d)" % (self.message, self.code,
                                             self.position)
        return "%s (%s)" % (self.message, self.code)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (self.message, self.code, self.position,
                             self.message_fr))


class InvalidFormat(InvalidNIR, _StdInvalidFormat):
    """A character is not allowed where it stands (code ``"character"``)."""

    default_code = "character"


class InvalidLength(InvalidFormat, _StdInvalidLength):
    """Wrong length or empty input (codes ``"length"``, ``"empty"``), or
    a number without its key where require_key=True asked for one (code
    ``"key_missing"``)."""

    default_code = "length"


class InvalidChecksum(InvalidNIR, _StdInvalidChecksum):
    """The key does not match the number (code ``"key"``)."""

    default_code = "key"


class InvalidComponent(InvalidNIR, _StdInvalidComponent):
    """A field is not allowed (codes ``"sex"``, ``"month"``,
    ``"department"``, ``"commune"``, ``"country"``, ``"order"``)."""

    default_code = "sex"


class InvalidNTT(InvalidNIR):
    """The DSN temporary technical number (NTT) is not valid (see
    nir.validate_ntt()).

    Same attributes as InvalidNIR: ``code`` (C status name: ``"empty"``,
    ``"length"``, ``"character"``, ``"sex"``), ``position`` (1-based),
    ``message`` and ``message_fr`` (from nir_ntt_strerror, which speaks of
    11 to 40 characters). The NTT itself is never part of the exception.
    """


class InvalidType(InvalidFormat, TypeError):
    """The number is not a str or bytes (None, 42, NaN...): a TypeError, as
    Python wants, and an InvalidFormat, as stdnum.fr.nir raises for it, so
    both ``except TypeError`` and ``except ValidationError`` catch it
    (code ``"type"``)."""

    default_code = "type"


# Which class each C status name maps to; anything else -> InvalidNIR.
_CLASS_BY_CODE: Dict[str, Type[InvalidNIR]] = {
    "empty": InvalidLength,
    "length": InvalidLength,
    "key_missing": InvalidLength,
    "character": InvalidFormat,
    "key": InvalidChecksum,
    "sex": InvalidComponent,
    "month": InvalidComponent,
    "department": InvalidComponent,
    "commune": InvalidComponent,
    "country": InvalidComponent,
    "order": InvalidComponent,
}


def _make(code: str, position: Optional[int], message: str,
          message_fr: str) -> InvalidNIR:
    """Called by the C extension to build the exception it raises."""
    cls = _CLASS_BY_CODE.get(code, InvalidNIR)
    return cls(message, code, position, message_fr)


def _make_type(type_name: str) -> InvalidType:
    """Called by the C extension for a number of the wrong type."""
    return InvalidType("expected str or bytes, not %s" % type_name, "type",
                       None, "str ou bytes attendu, pas %s" % type_name)


def _make_ntt(code: str, position: Optional[int], message: str,
              message_fr: str) -> InvalidNTT:
    """Called by the C extension to build the exception of an invalid NTT."""
    return InvalidNTT(message, code, position, message_fr)
