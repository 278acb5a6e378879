#!/usr/bin/env bash
# Install the built libnir into a scratch prefix, then build and run a small
# consumer twice: with find_package(nir CONFIG) and with pkg-config libnir.
# Usage: run.sh BUILD_DIR WORK_DIR CC
set -euo pipefail
build=$1 work=$2 cc=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
pcdir=$(dirname "$(find "$work/prefix" -name libnir.pc | head -n1)")
libdir=$(dirname "$pcdir")

# 1. CMake package
cmake -S "$here" -B "$work/cmake-build" -DCMAKE_C_COMPILER="$cc" \
      -DCMAKE_PREFIX_PATH="$work/prefix" > "$work/cmake.log"
cmake --build "$work/cmake-build" > "$work/cmake-build.log"
LD_LIBRARY_PATH=$libdir "$work/cmake-build/consumer"

# 2. pkg-config (--static also lists ICU for a static libnir)
export PKG_CONFIG_PATH=$pcdir
static=
[ -e "$libdir/libnir.a" ] && static=--static
# shellcheck disable=SC2046 # word splitting of the flags is intended
"$cc" -o "$work/consumer-pc" "$here/main.c" $(pkg-config $static --cflags --libs libnir)
LD_LIBRARY_PATH=$libdir "$work/consumer-pc"

# 3. The installed files: header set, library, package files.
for f in include/nir.h include/nir_export.h include/nir_version.h; do
  [ -f "$work/prefix/$f" ] || { echo "missing $f" >&2; exit 1; }
done
echo "install.consumer: find_package and pkg-config consumers built and ran"
