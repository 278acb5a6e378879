# frozen_string_literal: true

module NIR
  # Version of the gem. It is the version of the C library it is built from
  # (NIR_VERSION_STRING in include/nir_version.h); the test suite checks that
  # the two agree.
  VERSION = "1.0.0"
end
