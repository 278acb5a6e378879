#!/usr/bin/env bash
# check_no_globals.sh -- libnir has no mutable global state (nir.h: "the
# library has no mutable global state"): no object file of the library may
# define a data object in a writable section.
#
#   check_no_globals.sh OBJECT.o...
#
# Why sections and not nm letters: `nm` shows every object outside .rodata
# as d/D, including the constant tables that hold pointers (the message
# arrays, the INSEE country table). In position-independent code those go
# to .data.rel.ro: written once by the dynamic linker's relocations, then
# made read-only (RELRO, on by default on Debian and most distributions).
# So the rule is, for every data object (objdump -t flag O) and common
# symbol:
#   allowed   .rodata*, .data.rel.ro*        (constant after loading)
#   forbidden .data*, .bss*, .tdata*, .tbss*, *COM*   (mutable, or TLS)
# except objects the toolchain adds for instrumentation, recognised by name
# (they exist only in coverage/sanitizer builds):
#   __gcov*            gcc --coverage counters
#   __asan*, ___asan*, __unnamed_*, .L*   ASan/UBSan metadata (source
#                      locations, global descriptors)
#   __sancov*, __llvm* clang coverage instrumentation (libFuzzer)
#   __tsan*, __ubsan*  other sanitizer runtimes
# crtbegin.o's __dso_handle/completed.0 are not in these objects at all
# (they are linked into the .so, not compiled from lib/), which is why the
# check runs on the object files rather than on libnir.so.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 OBJECT.o..." >&2
  exit 2
fi
export LC_ALL=C
toolchain='^(__gcov|__asan|___asan|__unnamed_|\.L|__sancov|__llvm|__tsan|__ubsan)'
status=0
objects=0
checked=0
for obj in "$@"; do
  objects=$((objects + 1))
  # objdump -t: ADDR FLAGS... SECTION SIZE NAME; the flag column holds 'O'
  # for data objects. Print "section name" for each.
  while read -r section name; do
    checked=$((checked + 1))
    [[ $name =~ $toolchain ]] && continue
    case $section in
      .rodata*|.data.rel.ro*) ;;
      .data*|.bss*|.tdata*|.tbss*|'*COM*')
        echo "FAIL: $(basename "$obj"): '$name' is writable ($section)" >&2
        status=1 ;;
      *) ;;
    esac
  done < <(objdump -t "$obj" | awk '
    /^[0-9a-f]+ / {
      # columns: addr, 7 flag characters (split by spaces when blank),
      # section, size, name. Find the section column as the one before
      # the size, i.e. the third field from the end.
      n = NF
      # (TLS variables carry no O flag: matched by their section.)
      if (substr($0, 18, 7) ~ /O/ || $(n-2) == "*COM*" ||
          $(n-2) ~ /^\.t(bss|data)/)
        print $(n-2), $n
    }')
done
if [[ $status -eq 0 ]]; then
  echo "abi.no_globals: $objects objects, $checked data objects, none writable"
fi
exit "$status"
