# frozen_string_literal: true

# Shared setup. run_tests.sh runs these files against the installed gem; for
# a quick run against a local build: ruby -Ilib -Itmp/dev test/xxx_test.rb
# (tmp/dev holding nir/nir_ext.so).
require "minitest/autorun"
require "nir"

module NIRTestHelper
  # Examples of docs/rules.md ("Edge cases") and others, all valid (standard).
  WOMAN_1955 = "2 55 08 14 168 025 38"
  # Born in the United States (99404) in February 1965, number carrying
  # month 04: the seed of the day/month swap case.
  US_1965_MONTH_04 = "165049940412352"

  def assert_invalid(code, input, profile: :standard, position: nil)
    err = assert_raises(NIR::InvalidError) { NIR.validate(input, profile: profile) }
    assert_equal code, err.code, "code for #{input.inspect}"
    assert_kind_of Integer, err.position
    assert_equal position, err.position, "position for #{input.inspect}" if position
    err
  end

  def civil?
    NIR::Native::CIVIL_STATUS
  end
end
