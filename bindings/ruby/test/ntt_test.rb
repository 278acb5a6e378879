# frozen_string_literal: true

require_relative "test_helper"

Warning[:experimental] = false

# DSN temporary technical number (NTT): NIR.valid_ntt?, NIR.validate_ntt,
# NIR.parse_ntt, NIR::InvalidNTTError (docs/rules.md ("NTT"), rules N1-N5,
# edge cases 53-55). The rules live in libnir (nir_validate_ntt); these tests
# check that the binding passes inputs and results through faithfully.
class NTTTest < Minitest::Test
  include NIRTestHelper

  PROFILES = %i[standard dsn lenient].freeze
  ROW53 = "112345678901"             # 1 + SIREN 123456789 (Luhn fails) + "01"
  VALID_SIREN = "2732829320MAT0042"  # SIREN 732829320 passes its Luhn check

  # [number, profile, code, position]
  ERRORS = [
    ["1123456789", :standard, :length, 11],     # 54: 10 characters
    ["3123456789AB", :standard, :sex, 1],       # 55: first character 3
    ["", :standard, :empty, 1],
    ["A123456789AB", :standard, :sex, 1],
    ["-123456789AB", :standard, :character, 1],
    ["1123456789 01", :standard, :character, 11], # N2: no spaces
    ["1123456789 01", :standard, :character, 11],
    ["\t 1123456789 01", :lenient, :character, 13],
    ["11234A678901", :lenient, :character, 6],   # N4: the SIREN is digits
    ["1123456789AB-7", :standard, :character, 13], # N5
    ["1123456789AB-7", :dsn, :character, 13],
    ["1#{'7' * 40}", :standard, :length, 41],    # N1: 41 characters
    ["1" * 1000, :standard, :length, 41]
  ].freeze

  def assert_invalid_ntt(code, input, profile: :standard, position: nil)
    err = assert_raises(NIR::InvalidNTTError) { NIR.validate_ntt(input, profile: profile) }
    assert_equal code, err.code, "code for #{input.inspect}"
    assert_equal position, err.position, "position for #{input.inspect}" if position
    err
  end

  def test_row53_valid_with_siren_warning
    PROFILES.each do |profile|
      assert_equal ROW53, NIR.validate_ntt(ROW53, profile: profile)
      assert_same true, NIR.valid_ntt?(ROW53, profile: profile)
      r = NIR.parse_ntt(ROW53, profile: profile)
      assert_instance_of NIR::ParsedNTT, r
      assert_equal [:male, "123456789", false, "01"],
                   [r.sex, r.siren, r.siren_valid, r.identifier]
      assert_same false, r.siren_valid?
    end
  end

  def test_row54_too_short
    PROFILES.each do |profile|
      assert_invalid_ntt(:length, "1123456789", profile: profile, position: 11)
      assert_same false, NIR.valid_ntt?("1123456789", profile: profile)
    end
  end

  def test_row55_sex_3
    PROFILES.each do |profile|
      assert_invalid_ntt(:sex, "3123456789AB", profile: profile, position: 1)
      assert_raises(NIR::InvalidNTTError) { NIR.parse_ntt("3123456789AB", profile: profile) }
    end
  end

  def test_valid_siren_and_female
    assert_equal VALID_SIREN, NIR.validate_ntt(VALID_SIREN)
    r = NIR.parse_ntt(VALID_SIREN)
    assert_equal [:female, "732829320", true, "MAT0042"],
                 [r.sex, r.siren, r.siren_valid, r.identifier]
    assert_same true, r.siren_valid?
  end

  def test_length_bounds
    [11, 40].each do |n|
      number = "1#{'7' * (n - 1)}"
      assert_equal number, NIR.validate_ntt(number)
      assert_equal "7" * (n - 10), NIR.parse_ntt(number).identifier
    end
  end

  def test_errors
    ERRORS.each do |number, profile, code, position|
      err = assert_invalid_ntt(code, number, profile: profile, position: position)
      assert_instance_of NIR::InvalidNTTError, err
      assert_kind_of NIR::InvalidError, err
      assert_kind_of ArgumentError, err
      refute_nil err.message_fr
      refute_equal err.message, err.message_fr
      refute_includes err.message, number if number.length > 4
      refute_includes err.full_message, number if number.length > 4
      assert_same false, NIR.valid_ntt?(number, profile: profile)
      perr = assert_raises(NIR::InvalidNTTError) { NIR.parse_ntt(number, profile: profile) }
      assert_equal [code, position], [perr.code, perr.position]
    end
  end

  def test_messages_are_the_ntt_ones
    err = assert_invalid_ntt(:length, "1123456789")
    assert_equal "wrong length: an NTT has 11 to 40 characters", err.message
    assert_includes err.message_fr, "11 à 40"
    assert_predicate err.message_fr, :frozen?
    assert_includes assert_invalid_ntt(:sex, "3123456789AB").message, "1 or 2"
    chr = assert_invalid_ntt(:character, "1123456789 01")
    assert_includes chr.message, "SIREN"
    assert_includes chr.message_fr, "sans espace"
    # Other codes: the shared messages (the NIR error for an empty input).
    nir_empty = assert_raises(NIR::InvalidError) { NIR.validate("") }
    assert_equal nir_empty.message, assert_invalid_ntt(:empty, "").message
    nir_len = assert_raises(NIR::InvalidError) { NIR.validate("1123456789") }
    refute_equal nir_len.message, err.message
  end

  def test_lenient_identifier_characters
    number = "1123456789AB-7"
    assert_equal number, NIR.validate_ntt(number, profile: :lenient)
    assert_equal number, NIR.validate_ntt(number, profile: "LENIENT")
    assert_equal "AB-7", NIR.parse_ntt(number, profile: :lenient).identifier
    assert NIR.valid_ntt?(number, profile: :lenient)
    refute NIR.valid_ntt?(number)
    refute NIR.valid_ntt?(number, profile: :dsn)
    assert_equal "1123456789ab_7/", NIR.validate_ntt("1123456789ab_7/", profile: :lenient)
    # Taken as given: case is kept.
    assert_equal "1123456789az09", NIR.validate_ntt("1123456789az09")
  end

  def test_embedded_nul
    number = "112345678901\0AB"
    PROFILES.each do |profile|
      assert_invalid_ntt(:character, number, profile: profile, position: 13)
    end
    assert_invalid_ntt(:character, number.b, profile: :lenient, position: 13)
  end

  def test_non_ascii_and_control_characters
    {
      "1123456789é" => 11,              # 2 UTF-8 bytes
      "1123456789€" => 11,              # 3 UTF-8 bytes
      "1123456789AB\u{1f600}" => 13,    # 4 UTF-8 bytes
      "1\uff1123456789AB" => 2,         # full-width digit: no mapping
      "1123456789\r01" => 11,
      "1123456789\x7f" => 11,
      "1123456789\tA" => 11,
      "2 55 08 14 168 025 38" => 2      # a NIR is not an NTT
    }.each do |number, position|
      PROFILES.each do |profile|
        assert_invalid_ntt(:character, number, profile: profile, position: position)
        refute NIR.valid_ntt?(number, profile: profile)
      end
    end
    bad_utf8 = "1123456789\xff".dup.force_encoding(Encoding::UTF_8)
    refute_predicate bad_utf8, :valid_encoding?
    assert_invalid_ntt(:character, bad_utf8, position: 11)
    assert_invalid_ntt(:character, "1123456789é".b, position: 11)
    # More than NIR_MAX_INPUT bytes: refused before any work.
    assert_invalid_ntt(:length, "é" * 200, position: 41)
  end

  def test_encodings
    assert_equal ROW53, NIR.validate_ntt(ROW53.b)
    assert_equal Encoding::UTF_8, NIR.validate_ntt(ROW53.b).encoding
    assert NIR.valid_ntt?(VALID_SIREN.encode(Encoding::UTF_16LE))
    assert_equal NIR.parse_ntt(VALID_SIREN), NIR.parse_ntt(VALID_SIREN.encode(Encoding::UTF_32BE))
    assert_invalid_ntt(:character, "1123456789é".encode(Encoding::ISO_8859_1), position: 11)
  end

  def test_arguments
    assert_same false, NIR.valid_ntt?(nil)
    assert_raises(TypeError) { NIR.validate_ntt(nil) }
    assert_raises(TypeError) { NIR.parse_ntt(nil) }
    assert_raises(TypeError) { NIR.valid_ntt?(112_345_678_901) }
    assert_raises(TypeError) { NIR.parse_ntt(:x) }
    assert_raises(TypeError) { NIR.validate_ntt(ROW53, profile: 1) }
    assert_raises(ArgumentError) { NIR.validate_ntt(ROW53, profil: :dsn) }
    to_str = Object.new
    def to_str.to_str = "112345678901"
    assert NIR.valid_ntt?(to_str)
    s = +"1123456789 01"
    before = s.dup
    assert_raises(NIR::InvalidNTTError) { NIR.validate_ntt(s) }
    assert_equal before, s
  end

  def test_unknown_profile
    nir_err = assert_raises(ArgumentError) { NIR.valid?(WOMAN_1955, profile: :strict) }
    [
      -> { NIR.valid_ntt?(ROW53, profile: :strict) },
      -> { NIR.validate_ntt(ROW53, profile: :strict) },
      -> { NIR.parse_ntt(ROW53, profile: :strict) },
      -> { NIR.validate_ntt("", profile: :strict) } # the profile is checked first
    ].each do |call|
      err = assert_raises(ArgumentError, &call)
      assert_instance_of NIR::OptionError, err
      assert_kind_of ArgumentError, err
      refute_kind_of NIR::InvalidError, err
      assert_equal nir_err.message, err.message
    end
    assert_raises(ArgumentError) { NIR.parse_ntt(ROW53, profile: "") }
  end

  def test_validate_returns_frozen_string
    s = NIR.validate_ntt(+"1123456789az09")
    assert_equal "1123456789az09", s
    assert_predicate s, :frozen?
    assert_equal Encoding::UTF_8, s.encoding
  end

  def test_result_is_frozen_and_shareable
    r = NIR.parse_ntt(VALID_SIREN)
    assert_predicate r, :frozen?
    assert_predicate r.siren, :frozen?
    assert_predicate r.identifier, :frozen?
    assert_raises(FrozenError) { r.sex = :male }
    assert_raises(FrozenError) { r.identifier << "x" }
    assert Ractor.shareable?(r)
    assert_equal Encoding::UTF_8, r.identifier.encoding
    assert_equal NIR.parse_ntt(VALID_SIREN), NIR.parse_ntt(VALID_SIREN.b)
    refute_equal NIR.parse_ntt(ROW53), r
    h = r.to_h
    assert_equal({ sex: :female, siren: "732829320", siren_valid: true, identifier: "MAT0042" }, h)
    assert_equal r, NIR::ParsedNTT.new(**h)
  end

  def test_inside_ractors
    ractors = Array.new(3) do |i|
      Ractor.new(i) do |n|
        err = begin
          NIR.validate_ntt("1123456789")
        rescue NIR::InvalidNTTError => e
          [e.class, e.code, e.position]
        end
        [n, NIR.valid_ntt?("112345678901"), NIR.valid_ntt?("1123456789AB-7", profile: :lenient),
         NIR.validate_ntt("2732829320MAT0042"), NIR.parse_ntt("2732829320MAT0042"), err]
      end
    end
    ractors.each do |r|
      _n, valid, lenient, validated, parsed, err = r.take
      assert_equal [true, true, "2732829320MAT0042"], [valid, lenient, validated]
      assert_equal :female, parsed.sex
      assert_predicate parsed, :frozen?
      assert_equal [NIR::InvalidNTTError, :length, 11], err
    end
    out = Ractor.new(NIR.parse_ntt(VALID_SIREN)) { |p| p.identifier }.take
    assert_equal "MAT0042", out
  end

  def test_ntt_is_not_a_nir
    refute NIR.valid?(ROW53)
    err = assert_raises(NIR::InvalidError) { NIR.validate(ROW53) }
    refute_kind_of NIR::InvalidNTTError, err
    refute NIR.valid_ntt?(WOMAN_1955)
  end
end
