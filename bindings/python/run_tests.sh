#!/bin/sh
# run_tests.sh -- build the nir Python binding into a fresh virtual
# environment and run its pytest suite (CTest test python.pytest).
#
#   run_tests.sh SOURCE_DIR WORK_DIR [pytest args...]
#
# SOURCE_DIR: bindings/python of the libnir tree; WORK_DIR: scratch
# directory (the venv goes to WORK_DIR/venv). The interpreter is
# /usr/bin/python3 (Debian's, which sees python3-stdnum, python3-pytest and
# python3-mypy through --system-site-packages); override with NIR_PYTHON.
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 SOURCE_DIR WORK_DIR [pytest args...]" >&2
    exit 2
fi
src=$(cd "$1" && pwd)
work=$2
shift 2
python=${NIR_PYTHON:-/usr/bin/python3}
venv=$work/venv

mkdir -p "$work"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv --system-site-packages "$venv"
fi
# --no-index: everything needed is already installed; never reach PyPI.
"$venv/bin/python" -m pip install --quiet --no-index --no-build-isolation \
    --force-reinstall --no-deps "$src"

# Run from the work directory so that "import nir" finds the installed
# package, never the sources.
cd "$work"
exec "$venv/bin/python" -m pytest -p no:cacheprovider -q "$src/tests" "$@"
