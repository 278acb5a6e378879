"""Build the nir._nir C extension.

Default: compile libnir's own sources (lib/*.c and lib/civil/*.c) into the
extension, statically, with hidden visibility, so nothing but ICU is needed
at run time. NIR_PYTHON_USE_SYSTEM_LIB=1 links an installed libnir found
through pkg-config (libnir.pc) instead.

Where the C sources are: in a source distribution, vendor/ (the sdist
command below copies them there, as the Ruby gem does); in the libnir
repository, ../.. (pip >= 21.3 builds in the source tree, so the relative
path holds).
"""

import glob
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile

from setuptools import Extension, setup
from setuptools.command.sdist import sdist

HERE = os.path.dirname(os.path.abspath(__file__))
VENDOR = "vendor"
# The libnir files the extension is built from, relative to the root of
# the libnir tree (or of vendor/).
VENDORED = ("lib/*.c", "lib/*.h", "lib/civil/*.c", "lib/civil/*.h",
            "include/*.h")


def libnir_root():
    vendored = os.path.join(HERE, VENDOR)
    if os.path.isdir(os.path.join(vendored, "lib")):
        return vendored
    return os.path.normpath(os.path.join(HERE, "..", ".."))


ROOT = libnir_root()
LIB = os.path.join(ROOT, "lib")
INCLUDE = os.path.join(ROOT, "include")


class sdist_with_libnir(sdist):
    """sdist that also carries libnir's C sources, in vendor/, and its
    LICENSE (setuptools puts LICENSE* into the wheels built from it)."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        licence = os.path.join(ROOT, "LICENSE")
        if os.path.exists(licence):
            shutil.copyfile(licence, os.path.join(base_dir, "LICENSE"))
        count = 0
        for pattern in VENDORED:
            for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
                rel = os.path.relpath(path, ROOT)
                dest = os.path.join(base_dir, VENDOR, rel)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                shutil.copyfile(path, dest)
                count += 1
        if count == 0:
            sys.exit("setup.py sdist: no libnir sources under %s" % ROOT)


def pkg_config(*args):
    try:
        out = subprocess.run(["pkg-config"] + list(args), check=True,
                             stdout=subprocess.PIPE, universal_newlines=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.exit("setup.py: pkg-config %s failed: %s" % (" ".join(args), exc))
    return shlex.split(out.stdout)


def split_flags(flags):
    """pkg-config output -> (include_dirs, library_dirs, libraries, other)."""
    inc, libdirs, libs, other = [], [], [], []
    for f in flags:
        if f.startswith("-I"):
            inc.append(f[2:])
        elif f.startswith("-L"):
            libdirs.append(f[2:])
        elif f.startswith("-l"):
            libs.append(f[2:])
        else:
            other.append(f)
    return inc, libdirs, libs, other


def system_lib_has_civil(cflags_libs):
    """Whether the installed libnir exports the civil-status functions
    (a libnir built before lib/civil existed does not): link a probe."""
    forced = os.environ.get("NIR_PYTHON_HAVE_CIVIL")
    if forced in ("0", "1"):
        return forced == "1"
    cc = shlex.split(sysconfig.get_config_var("CC") or "cc")
    with tempfile.TemporaryDirectory() as tmp:
        probe = os.path.join(tmp, "probe.c")
        with open(probe, "w") as f:
            f.write("#include <nir.h>\nint main(void) { return "
                    "nir_finding_name(NIR_FINDING_SEX_MISMATCH) == 0; }\n")
        cmd = cc + [probe, "-o", os.path.join(tmp, "probe")] + cflags_libs
        return subprocess.run(cmd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0


# Relative to this directory, as setuptools wants; libnir's sources are
# listed absolute (they may lie outside it), and are vendored by the sdist
# command, not listed in the manifest.
sources = ["src/nir/_nir.c"]
define_macros = []
extra_compile_args = ["-std=c11", "-fvisibility=hidden"]

if os.environ.get("NIR_PYTHON_USE_SYSTEM_LIB") == "1":
    flags = pkg_config("--cflags", "--libs", "libnir")
    inc, libdirs, libs, other = split_flags(flags)
    if system_lib_has_civil(flags):
        define_macros.append(("NIR_PY_HAVE_CIVIL", "1"))
    runtime_dirs = libdirs
else:
    core = sorted(glob.glob(os.path.join(LIB, "*.c")))
    civil = sorted(glob.glob(os.path.join(LIB, "civil", "*.c")))
    if not core:
        sys.exit("setup.py: libnir sources not found in %s; build from the "
                 "libnir source tree (pip install ./bindings/python), from "
                 "an sdist (it carries them in vendor/), or set "
                 "NIR_PYTHON_USE_SYSTEM_LIB=1" % LIB)
    sources += core + civil
    if civil:
        define_macros.append(("NIR_PY_HAVE_CIVIL", "1"))
    define_macros.append(("NIR_STATIC_DEFINE", "1"))
    inc, libdirs, libs, other = split_flags(
        pkg_config("--cflags", "--libs", "icu-uc", "icu-i18n"))
    inc = [INCLUDE, LIB] + inc
    runtime_dirs = []

ext = Extension(
    "nir._nir",
    sources=sources,
    include_dirs=inc,
    define_macros=define_macros,
    library_dirs=libdirs,
    libraries=libs,
    runtime_library_dirs=runtime_dirs,
    extra_compile_args=extra_compile_args + other,
    depends=[os.path.join(INCLUDE, "nir.h"), os.path.join(LIB, "internal.h")],
)

setup(ext_modules=[ext], cmdclass={"sdist": sdist_with_libnir})
