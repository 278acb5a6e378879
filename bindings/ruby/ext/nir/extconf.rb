# frozen_string_literal: true

# Builds the nir/nir_ext extension.
#
# Default: compile libnir's C sources into the extension (statically, with
# hidden visibility). The sources are taken from ext/nir/vendor/ when it
# exists (that is what a packaged gem carries; `rake vendor` or run_tests.sh
# fill it) and from the repository otherwise (../../../.. from here).
#
# NIR_RUBY_USE_SYSTEM_LIB=1: link against an installed libnir found with
# pkg-config (libnir.pc) instead.
require "mkmf"

here = File.expand_path(__dir__)

def nir_abort(msg)
  abort "nir extconf: #{msg}"
end

$CFLAGS << " -std=c11"
append_cflags("-fvisibility=hidden")

if ENV["NIR_RUBY_USE_SYSTEM_LIB"] == "1"
  pkg_config("libnir") or nir_abort("NIR_RUBY_USE_SYSTEM_LIB=1 but pkg-config cannot find libnir")
  have_header("nir.h") or nir_abort("nir.h not found")
  have_func("nir_parse", "nir.h") or nir_abort("libnir not linkable")
  # The civil-status check may be missing from an older library.
  have_func("nir_check_civil_status", "nir.h")
else
  vendor = File.join(here, "vendor")
  root = File.directory?(vendor) ? vendor : File.expand_path("../../../..", here)
  inc = File.join(root, "include")
  lib = File.join(root, "lib")
  civil = File.join(lib, "civil")
  File.exist?(File.join(inc, "nir.h")) or nir_abort("no libnir sources at #{root}")

  pkg_config("icu-uc") or nir_abort("ICU (icu-uc) not found: apt-get install libicu-dev")
  pkg_config("icu-i18n") or nir_abort("ICU (icu-i18n) not found: apt-get install libicu-dev")

  core = Dir[File.join(lib, "*.c")].sort
  civil_srcs = Dir[File.join(civil, "*.c")].sort
  sources = [File.join(here, "nir_ext.c")] + core + civil_srcs
  names = sources.map { |f| File.basename(f) }
  dup = names.select { |n| names.count(n) > 1 }.uniq
  dup.empty? or nir_abort("source files with the same name: #{dup.join(', ')}")

  $INCFLAGS = "-I#{inc} -I#{lib} -I#{civil} #{$INCFLAGS}"
  $defs << "-DNIR_STATIC_DEFINE"
  $defs << "-DHAVE_NIR_CHECK_CIVIL_STATUS" unless civil_srcs.empty?
  $VPATH << lib << civil
  $srcs = names
  $objs = names.map { |n| n.sub(/\.c\z/, ".o") }
  message "libnir sources: #{root} (civil-status: #{civil_srcs.empty? ? 'missing' : 'yes'})\n"
end

have_func("rb_ext_ractor_safe", "ruby.h")

create_makefile("nir/nir_ext")
