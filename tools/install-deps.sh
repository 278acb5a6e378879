#!/usr/bin/env bash
# Install, with Debian's apt, every package libnir needs to build and to run
# its whole test suite (C, CLI, Python, Ruby, fuzzing, sanitizers, coverage).
# Does nothing when they are all present. Non-interactive (CI has no stdin).
set -euo pipefail

packages=(
  # build
  cmake make gcc g++ pkg-config libicu-dev
  # C unit tests
  check libsubunit-dev
  # hardening: clang + libFuzzer + sanitizer runtimes, valgrind, coverage
  clang-14 libclang-rt-14-dev libfuzzer-14-dev valgrind gcovr
  # CLI tests: man-page linter, JSON tools, shell linter
  mandoc jq shellcheck
  # Python binding (Debian's /usr/bin/python3; no PyPI here)
  python3 python3-dev python3-venv python3-pip python3-setuptools
  python3-wheel python3-pytest python3-stdnum python3-mypy
  python3-build python3-pandas
  # Ruby binding (no rubygems.org here; minitest is bundled with ruby)
  ruby ruby-dev rake
  # Ruby binding: Bundler path:/git: install test, ActiveModel validator
  ruby-bundler ruby-activemodel
  # PostgreSQL extension: server, PGXS headers, pg_virtualenv for its tests
  postgresql-15 postgresql-server-dev-15 postgresql-common
  # cross builds (tools/cross-test.sh): aarch64 and big-endian s390x under
  # qemu-user, a Windows DLL under wine
  gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-s390x-linux-gnu
  libc6-dev-s390x-cross qemu-user gcc-mingw-w64-x86-64 wine64
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" > /dev/null
echo "install-deps: done"
