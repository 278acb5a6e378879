"""Packaging: `python3 -m build` makes an sdist that carries libnir's C
sources and a wheel; the sdist, unpacked in an empty directory, builds a
wheel offline that installs and works in a fresh virtual environment.

The commands are those of bindings/python/README.md ("Source distribution
and wheel"), read from it and run as written, on a copy of the files of the
repository they need (/path/to/libnir and /tmp/nir-sdist stand for the
copy and a scratch directory).
"""

import glob
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile

import build  # noqa: F401  Debian's python3-build (tools/install-deps.sh)
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
BINDING = os.path.dirname(HERE)
REPO = os.path.normpath(os.path.join(BINDING, "..", ".."))


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=str(cwd), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True)
    assert proc.returncode == 0, "%s failed:\n%s" % (cmd, proc.stdout[-4000:])
    return proc.stdout


def readme_blocks():
    """The sh blocks of the README section "Source distribution and
    wheel"."""
    with open(os.path.join(BINDING, "README.md"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("### Source distribution and wheel", 1)[1]
    section = section.split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```sh\n")[1:]]
    assert len(blocks) == 2, blocks
    return blocks


def run_block(block, cwd, **paths):
    for placeholder, path in paths.items():
        block = block.replace(placeholder, str(path))
    return run(["bash", "-euo", "pipefail", "-c", block], cwd)


def copy_repository(dest):
    """What `python3 -m build bindings/python` reads."""
    skip = shutil.ignore_patterns("build", "dist", "*.egg-info",
                                  "__pycache__")
    shutil.copytree(BINDING, os.path.join(dest, "bindings", "python"),
                    ignore=skip)
    for tree in ("lib", "include"):
        shutil.copytree(os.path.join(REPO, tree), os.path.join(dest, tree),
                        ignore=skip)
    shutil.copy(os.path.join(REPO, "LICENSE"), dest)


@pytest.fixture(scope="module")
def dists(tmp_path_factory):
    repo = tmp_path_factory.mktemp("repo")
    copy_repository(str(repo))
    run_block(readme_blocks()[0], repo)
    dist = repo / "bindings" / "python" / "dist"
    sdists = glob.glob(str(dist / "nir-*.tar.gz"))
    wheels = glob.glob(str(dist / "nir-*.whl"))
    assert len(sdists) == 1 and len(wheels) == 1
    return sdists[0], wheels[0]


def test_sdist_vendors_the_c_sources_and_the_licence(dists):
    sdist, _ = dists
    with tarfile.open(sdist) as tar:
        names = set(tar.getnames())
        top = os.path.commonpath(names)
        wanted = [os.path.relpath(p, REPO) for pattern in
                  ("lib/*.c", "lib/*.h", "lib/civil/*.c", "lib/civil/*.h",
                   "include/*.h")
                  for p in glob.glob(os.path.join(REPO, pattern))]
        assert len(wanted) > 30
        for rel in wanted:
            assert "%s/vendor/%s" % (top, rel) in names, rel
        licence = tar.extractfile(top + "/LICENSE").read().decode()
        pkg_info = tar.extractfile(top + "/PKG-INFO").read().decode()
    with open(os.path.join(REPO, "LICENSE"), encoding="utf-8") as f:
        assert licence == f.read()
    assert "MIT License" in licence
    assert "License: MIT" in pkg_info
    assert "Classifier: License :: OSI Approved :: MIT License" in pkg_info
    assert "See the libnir source tree" not in pkg_info


def test_sdist_builds_offline_and_installs_in_a_fresh_venv(dists, tmp_path):
    sdist, _ = dists
    repo = sdist.split(os.sep + "bindings" + os.sep)[0]
    work = tmp_path / "nir-sdist"
    run_block(readme_blocks()[1], tmp_path,
              **{"/path/to/libnir": repo, "/tmp/nir-sdist": work})
    assert len(glob.glob(str(work / "wheels" / "nir-*.whl"))) == 1
    out = run([str(work / ".venv" / "bin" / "python"), "-c",
               "import nir; print(nir.__file__); "
               "print(nir.validate('2 55 08 14 168 025 38')); "
               "print(nir.parse('255081416802538').department_name)"], work)
    where, number, department = out.split("\n")[:3]
    assert where.startswith(str(work / ".venv"))
    assert number == "255081416802538"
    assert department == "Calvados"


def test_wheel_of_build_installs(dists, tmp_path):
    _, wheel = dists
    with zipfile.ZipFile(wheel) as whl:
        licences = [n for n in whl.namelist()
                    if n.endswith(".dist-info/LICENSE")]
        assert len(licences) == 1
        assert whl.read(licences[0]).decode().startswith("MIT License")
    base_python = getattr(sys, "_base_executable", sys.executable)
    run([base_python, "-m", "venv", "--system-site-packages", "v"], tmp_path)
    run([str(tmp_path / "v" / "bin" / "pip"), "install", "--no-index",
         "--no-deps", wheel], tmp_path)
    out = run([str(tmp_path / "v" / "bin" / "python"), "-c",
               "import nir; print(nir.is_valid('2 55 08 14 168 025 39'))"],
              tmp_path)
    assert out.strip() == "False"
