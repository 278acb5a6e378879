"""Typing: a sample of user code passes `mypy --strict` against the
installed nir (stubs and py.typed), and the usual mistakes are caught. The
Literal types of nir/_types.py are the names the C library gives."""

import os
import subprocess
import sys
import typing

import mypy  # noqa: F401  Debian's python3-mypy (tools/install-deps.sh)

import nir
from nir import _types

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "typing")


def mypy_strict(path, tmp_path):
    # Run in a scratch directory: mypy writes its cache to the cwd.
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", path],
        cwd=str(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        universal_newlines=True)
    return proc.returncode, proc.stdout


def test_user_code_passes_mypy_strict(tmp_path):
    code, out = mypy_strict(os.path.join(HERE, "user_code.py"), tmp_path)
    assert code == 0, out


def test_mistakes_are_reported(tmp_path):
    path = os.path.join(HERE, "user_mistakes.py")
    code, out = mypy_strict(path, tmp_path)
    assert code == 1
    with open(path, encoding="utf-8") as f:
        marked = {i for i, line in enumerate(f, 1) if line.endswith("# error\n")}
    reported = {int(line.split(":")[1]) for line in out.splitlines()
                if ": error:" in line}
    assert marked and reported == marked, out


def literal_values(alias):
    return set(typing.get_args(alias))


def test_literals_are_the_c_names():
    assert literal_values(_types.Profile) == set(nir.PROFILES)
    assert literal_values(_types.ErrorCode) == set(nir.ERROR_CODES)
    assert literal_values(_types.BatchCode) == \
        set(nir.ERROR_CODES) | {"missing", "type"}
    assert literal_values(_types.Status) >= {"ok"} | set(nir.ERROR_CODES)
    assert literal_values(_types.Verdict) == set(nir.VERDICTS)
    kinds = {nir.parse(n).kind for n in ("255081416802538",
                                         "7 55 08 14 168 025 38")
             if nir.is_valid(n)}
    assert kinds <= literal_values(_types.Kind)
