# frozen_string_literal: true

require_relative "test_helper"

class FormatTest < Minitest::Test
  include NIRTestHelper

  def test_compact
    assert_equal "255081416802538", NIR.compact(" 2.55.08-14 168 025 38 ")
    assert_equal "284052A32102552", NIR.compact("2 84 05 2a 321 025 52")
    assert_equal "2550814168025", NIR.compact("2550814168025")
    # no field checks: a wrong key is still compacted
    assert_equal "255081416802539", NIR.compact("2 55 08 14 168 025 39")
    assert_predicate NIR.compact(WOMAN_1955), :frozen?
    err = assert_raises(NIR::InvalidError) { NIR.compact("25508") }
    assert_equal [:length, 6], [err.code, err.position]
    assert_equal :empty, assert_raises(NIR::InvalidError) { NIR.compact("") }.code
    assert_equal :character, assert_raises(NIR::InvalidError) { NIR.compact("25508141680253Z") }.code
  end

  def test_format
    assert_equal "2 55 08 14 168 025 38", NIR.format("255081416802538")
    assert_equal "2-55-08-14-168-025-38", NIR.format("255081416802538", separator: "-")
    assert_equal "2 . 55 . 08 . 14 . 168 . 025 . 38",
                 NIR.format("255081416802538", separator: " . ")
    assert_equal "255081416802538", NIR.format(WOMAN_1955, separator: "")
    assert_equal "1 85 07 972 12 005 08", NIR.format("185079721200508")
    assert_equal "2 84 05 88 321 025", NIR.format("2840588321025")
    assert_equal "7 1 123 12345678", NIR.format("7112312345678")
    # formatting does not validate: a wrong key can be shown for correction
    assert_equal "2 55 08 14 168 025 39", NIR.format("255081416802539")
    assert_predicate NIR.format(WOMAN_1955), :frozen?
    assert_predicate NIR.format(WOMAN_1955, separator: "-"), :frozen?
    err = assert_raises(NIR::InvalidError) { NIR.format("123") }
    assert_equal [:length, 4], [err.code, err.position]
    assert_equal :character, assert_raises(NIR::InvalidError) { NIR.format("2550814168025x8") }.code
  end

  def test_mask
    assert_equal "2 55 ** ** *** *** **", NIR.mask(WOMAN_1955)
    assert_equal "2 ** ** ** *** *** 38", NIR.mask(WOMAN_1955, keep: %i[sex key])
    assert_equal "2************38", NIR.mask(WOMAN_1955, keep: %i[sex key], separator: "")
    assert_equal "* ** 08 14 168 *** **", NIR.mask(WOMAN_1955, keep: %i[month place])
    assert_equal "* ** ** ** *** 025 **", NIR.mask(WOMAN_1955, keep: :order)
    assert_equal "2 55 08 14 168 025 38", NIR.mask(WOMAN_1955, keep: :all)
    assert_equal "2_55_**_**_***_***_**", NIR.mask(WOMAN_1955, separator: "_")
    assert_predicate NIR.mask(WOMAN_1955), :frozen?
    refute_includes NIR.mask(WOMAN_1955), "168"
    assert_equal "* ** ** ** *** *** **", NIR.mask(WOMAN_1955, keep: [])
    assert_raises(ArgumentError) { NIR.mask(WOMAN_1955, keep: [:day]) }
    assert_raises(TypeError) { NIR.mask(WOMAN_1955, keep: [1]) }
    assert_equal :length, assert_raises(NIR::InvalidError) { NIR.mask("1") }.code
  end

  def test_suggest
    s = NIR.suggest("2 55 08 14 168 025 39")
    refute_empty s
    s.each { |n| assert NIR.valid?(n), n }
    s.each { |n| assert_equal "39", n[-2, 2] }
    assert_includes NIR.suggest("2 55 08 14 186 025 38"), "255081416802538" # transposition
    assert_includes NIR.suggest("2 55 08 14 169 025 38"), "255081416802538" # substitution
    assert_predicate s, :frozen?
    assert(s.all?(&:frozen?))
    assert_equal [], NIR.suggest(WOMAN_1955)
    assert_predicate NIR.suggest(WOMAN_1955), :frozen?
    # profile changes which corrections are valid
    refute_equal NIR.suggest("341068078200555"), NIR.suggest("341068078200555", profile: :dsn)
    assert_equal :length, assert_raises(NIR::InvalidError) { NIR.suggest("2550814168025") }.code
    assert_equal :empty, assert_raises(NIR::InvalidError) { NIR.suggest("") }.code
  end

  def test_calc_check_digits
    assert_equal "38", NIR.calc_check_digits("2550814168025")
    assert_equal "52", NIR.calc_check_digits("2 84 05 2A 321 025")
    assert_equal "79", NIR.calc_check_digits("2840 52B 321025")
    assert_equal "08", NIR.calc_check_digits("1 85 07 972 12 005")
    assert_predicate NIR.calc_check_digits("2550814168025"), :frozen?
    err = assert_raises(NIR::InvalidError) { NIR.calc_check_digits("255081416802538") }
    assert_equal :length, err.code
    assert_equal :length, assert_raises(NIR::InvalidError) { NIR.calc_check_digits("25508") }.code
    assert_equal :empty, assert_raises(NIR::InvalidError) { NIR.calc_check_digits("") }.code
    assert_equal :character, assert_raises(NIR::InvalidError) { NIR.calc_check_digits("25508141680X5") }.code
  end

  def test_versions
    assert_equal NIR::VERSION, NIR.library_version
    assert_equal NIR::VERSION, NIR::Native::HEADER_VERSION
    assert_match(/INSEE/, NIR.data_version)
    assert_predicate NIR.data_version, :frozen?
    src = ENV["NIR_SOURCE_DIR"] || File.expand_path("../../..", __dir__)
    header = File.join(src, "include", "nir_version.h")
    if File.exist?(header)
      assert_equal NIR::VERSION, File.read(header)[/NIR_VERSION_STRING "([^"]+)"/, 1]
    end
    assert_equal 256, NIR::Native::MAX_INPUT
  end

  def test_loaded_from_installed_gem
    home = ENV["NIR_EXPECT_GEM_HOME"]
    skip "not run through run_tests.sh" unless home
    spec = Gem.loaded_specs["nir"]
    refute_nil spec
    assert spec.full_gem_path.start_with?(home), spec.full_gem_path
    ext = $LOADED_FEATURES.grep(%r{nir/nir_ext\.so\z}).first
    assert ext&.start_with?(home), ext
  end
end
