"""Mistakes that `mypy --strict` must report (tests/test_typing.py): each
line marked `# error` is one."""

from typing import List

import nir

nir.validate("255081416802538", profile="dns")  # error
nir.mask("255081416802538", keep=["sex", "yaer"])  # error
flags: List[bool] = nir.validate_many(["x"], codes=True)  # error
nir.parse("255081416802538").number_typo  # error
