"""Packaging: version, stubs, py.typed."""

import importlib.util
import os
import re
import subprocess
import sys

import pytest

import nir

HERE = os.path.dirname(os.path.abspath(__file__))
PYPROJECT = os.path.join(HERE, "..", "pyproject.toml")
VERSION_H = os.path.join(HERE, "..", "..", "..", "include", "nir_version.h")


def pyproject_version():
    text = open(PYPROJECT, encoding="utf-8").read()
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.M)
    assert match
    return match.group(1)


def test_pyproject_version_is_module_version():
    assert pyproject_version() == nir.__version__


def test_version_matches_header_and_library():
    text = open(VERSION_H, encoding="utf-8").read()
    header = re.search(r'#define NIR_VERSION_STRING "([^"]+)"', text).group(1)
    assert nir.__version__ == header
    # Built from the same tree: the run-time library agrees.
    assert nir.lib_version() == nir.__version__


def test_py_typed_and_stubs_installed():
    pkg = os.path.dirname(nir.__file__)
    assert os.path.exists(os.path.join(pkg, "py.typed"))
    assert os.path.exists(os.path.join(pkg, "_nir.pyi"))


def test_stub_names_equal_runtime_names():
    stub = os.path.join(os.path.dirname(nir.__file__), "_nir.pyi")
    text = open(stub, encoding="utf-8").read()
    stub_names = set(re.findall(r"^def (\w+)", text, re.M))
    stub_names |= set(re.findall(r"^(\w+): ", text, re.M))
    runtime = {n for n in dir(nir._nir) if not n.startswith("_")}
    assert stub_names == runtime
    assert set(nir.__all__) - {"__version__"} <= set(dir(nir))
    public = {n for n in dir(nir) if not n.startswith("_")} - {"annotations"}
    assert public == set(nir.__all__) - {"__version__"}


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy not installed")
def test_stubtest(tmp_path):
    # Run in a scratch directory: mypy writes its cache to the cwd.
    allow = os.path.join(HERE, "stubtest_allowlist.txt")
    proc = subprocess.run([sys.executable, "-m", "mypy.stubtest", "nir",
                           "--allowlist", allow],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True, cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stdout
