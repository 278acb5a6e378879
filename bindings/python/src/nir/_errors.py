"""Exceptions raised by the nir binding.

The classes mirror python-stdnum's exception names (InvalidLength,
InvalidFormat, InvalidChecksum, InvalidComponent) so code written for
stdnum.fr.nir keeps working; all of them derive from InvalidNIR, itself a
ValueError. The error code names come from the C library (nir_status_name)
and are the same as in the CLI's JSON output.
"""

from typing import Any, Dict, Optional, Tuple, Type

__all__ = ["InvalidNIR", "InvalidFormat", "InvalidLength", "InvalidChecksum",
           "InvalidComponent", "InvalidNTT"]


class InvalidNIR(ValueError):
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


class InvalidFormat(InvalidNIR):
    """A character is not allowed where it stands (code ``"character"``)."""

    default_code = "character"


class InvalidLength(InvalidFormat):
    """Wrong length or empty input (codes ``"length"``, ``"empty"``)."""

    default_code = "length"


class InvalidChecksum(InvalidNIR):
    """The key does not match the number (code ``"key"``)."""

    default_code = "key"


class InvalidComponent(InvalidNIR):
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


# Which class each C status name maps to; anything else -> InvalidNIR.
_CLASS_BY_CODE: Dict[str, Type[InvalidNIR]] = {
    "empty": InvalidLength,
    "length": InvalidLength,
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


def _make_ntt(code: str, position: Optional[int], message: str,
              message_fr: str) -> InvalidNTT:
    """Called by the C extension to build the exception of an invalid NTT."""
    return InvalidNTT(message, code, position, message_fr)
