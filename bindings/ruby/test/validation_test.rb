# frozen_string_literal: true

require_relative "test_helper"

class ValidationTest < Minitest::Test
  include NIRTestHelper

  def test_valid_p
    assert_same true, NIR.valid?(WOMAN_1955)
    assert_same true, NIR.valid?("255081416802538")
    assert_same true, NIR.valid?("2550814168025")
    assert_same false, NIR.valid?("2 55 08 14 168 025 39")
    assert_same false, NIR.valid?("")
    assert_same false, NIR.valid?(nil)
  end

  def test_valid_p_profiles
    assert NIR.valid?("341068078200554")
    assert NIR.valid?("341068078200554", profile: :standard)
    refute NIR.valid?("341068078200554", profile: :dsn)
    refute NIR.valid?("341068078200554", profile: "LENIENT")
  end

  def test_unknown_profile
    err = assert_raises(ArgumentError) { NIR.valid?(WOMAN_1955, profile: :strict) }
    refute_kind_of NIR::InvalidError, err
    assert_match(/unknown profile :strict/, err.message)
    assert_match(/:standard, :dsn, :lenient/, err.message)
    assert_raises(TypeError) { NIR.validate(WOMAN_1955, profile: 1) }
    assert_raises(ArgumentError) { NIR.parse(WOMAN_1955, profile: "") }
  end

  def test_non_string
    assert_raises(TypeError) { NIR.valid?(255_081_416_802_538) }
    assert_raises(TypeError) { NIR.validate(nil) }
    assert_raises(TypeError) { NIR.parse(:x) }
    to_str = Object.new
    def to_str.to_str = "255081416802538"
    assert NIR.valid?(to_str)
  end

  def test_validate_returns_frozen_compact
    s = NIR.validate(" 2 55 08 14 168 025 38 ")
    assert_equal "255081416802538", s
    assert_predicate s, :frozen?
    assert_equal "284052A32102552", NIR.validate("2 84 05 2a 321 025 52")
    assert_equal "2840588321025", NIR.validate("2840588321025", profile: :dsn)
  end

  def test_invalid_error_shape
    assert_operator NIR::InvalidError, :<, ArgumentError
    err = assert_invalid(:key, "2 55 08 14 168 025 39", position: 20)
    assert_equal "the key does not match the number", err.message
    refute_nil err.message_fr
    refute_includes err.message, "255"
    refute_includes err.message, "39"
    refute_includes err.full_message, "168"
  end

  # One concrete input per error code (the names are nir_status_name's).
  ERRORS = {
    empty: ["", " . - ", "\u00a0"],
    length: ["2550814", "2550814168025381", "26704990234081", "1 85 07 972 120 005 45"],
    character: ["2 55 08 14 168 025 3X", "2 53 07 2C 073 004 43", "2550814168025\t38"],
    sex: ["955081416802538", "055081416802538", "9 41 20 80 782 005 75"],
    month: ["2 55 13 14 168 025 21", "2 55 00 14 168 025 07"],
    department: ["2 55 08 00 168 025 28", "1 85 07 970 12 001 95", "1 85 07 981 12 001 75"],
    commune: ["2 55 08 14 000 025 34"],
    country: ["1 85 07 99 000 001 13"],
    order: ["2 55 08 14 168 000 63"],
    key: ["2 55 08 14 168 025 39", "2 55 08 14 168 025 00", "2 55 08 14 168 025 98"]
  }.freeze

  def test_every_error_code
    ERRORS.each do |code, inputs|
      inputs.each { |input| assert_invalid(code, input) }
    end
    # key_missing only comes with require_key (tested with that option)
    covered = ERRORS.keys + %i[ok buffer argument key_missing]
    assert_equal NIR::STATUS_CODES.sort, covered.sort,
                 "every status libnir can report for a number is tested"
  end

  def test_error_positions
    assert_invalid(:empty, "", position: 1)
    assert_invalid(:length, "2550814", position: 8)
    assert_invalid(:character, "2 55 08 14 168 025 3X", position: 21)
    assert_invalid(:sex, "955081416802538", position: 1)
    assert_invalid(:month, "255131416802521", position: 4)
    assert_invalid(:department, "255080016802528", position: 6)
    assert_invalid(:commune, "255081400002534", position: 8)
    assert_invalid(:country, "185079900000113", position: 8)
    assert_invalid(:order, "255081416800063", position: 11)
    assert_invalid(:key, "255081416802500", position: 14)
    # positions count characters of the input as given (code points)
    assert_invalid(:month, "2\u00a055\u00a013\u00a014\u00a0168\u00a0025\u00a021", position: 6)
  end

  def test_error_helper
    assert_nil NIR.error(WOMAN_1955)
    assert_equal [:key, 14], NIR.error("255081416802500")
    assert_equal [:month, 4], NIR.error("255251416802519", profile: :dsn)
    assert_predicate NIR.error(""), :frozen?
  end

  # docs/rules.md ("Edge cases"): [number, DSN, STANDARD, LENIENT]; true = valid,
  # a Symbol = the error code.
  RULE_BOOK = [
    ["2 55 08 14 168 025 38", true, true, true],          # 1
    ["2 55 08 14 168 025 39", :key, :key, :key],          # 2
    ["2 69 05 49 588 157 80", true, true, true],          # 3
    ["2 84 05 88 321 025 32", true, true, true],          # 4
    ["2 84 05 88 321 025 30", :key, :key, :key],          # 5
    ["2840588321025", true, true, true],                  # 6
    ["2 84 05 2A 321 025 52", true, true, true],          # 7
    ["2 84 05 2B 321 025 79", true, true, true],          # 8
    ["2 78 11 2B 050 002 86", true, true, true],          # 9
    ["1 77 02 2A 001 002 29", true, true, true],          # 10
    ["2 60 07 20 001 002 89", true, true, true],          # 11
    ["2 53 07 2A 073 004 43", true, true, true],          # 12
    ["2 53 07 2B 073 004 70", true, true, true],          # 12
    ["2 53 07 2C 073 004 43", :character, :character, :character], # 13
    ["1 41 06 2a 782 005 55", true, true, true],          # 14
    ["1 41 06 80 782 005 57", true, true, true],          # 15
    ["1 41 20 80 782 005 87", true, true, true],          # 16
    ["1 41 20 80 782 005 57", :key, :key, :key],          # 17
    ["2 84 20 2B 321 025 28", true, true, true],          # 18
    ["2 84 99 2B 321 025 31", true, true, true],          # 19
    ["2 88 35 31 001 001 33", true, true, true],          # 20
    ["2 55 25 14 168 025 19", :month, true, true],        # 21
    ["1 85 45 14 168 025 83", :month, :month, true],      # 22
    ["2 55 13 14 168 025 21", :month, :month, :month],    # 23
    ["2 55 00 14 168 025 07", :month, :month, :month],    # 24
    ["2 95 10 99 126 111 93", true, true, true],          # 25
    ["2 85 02 99 138 001 11", true, true, true],          # 26
    ["2 00 02 99 231 234 86", true, true, true],          # 27
    ["1 06 09 99 553 910 94", true, true, true],          # 28
    ["1 85 07 99 000 001 13", :country, :country, true],  # 29
    ["1 50 03 91 001 001 07", true, true, true],          # 30
    ["1 56 35 96 001 004 87", true, true, true],          # 31
    ["1 85 07 972 12 005 08", true, true, true],          # 32
    ["2 05 03 985 01 123 43", true, true, true],          # 33
    ["1 85 07 970 12 001 95", true, :department, true],   # 34
    ["1 85 07 981 12 001 75", true, :department, true],   # 35
    ["1 85 07 972 120 005 45", :length, :length, :length], # 36
    ["26704990234081", :length, :length, :length],        # 37
    ["2 55 08 00 168 025 28", :department, :department, true], # 38
    ["2 55 08 14 000 025 34", :commune, :commune, true],  # 39
    ["2 55 08 14 168 000 63", :order, :order, true],      # 40
    ["2 55 08 14 168 025 00", :key, :key, :key],          # 41
    ["2 55 08 14 168 025 98", :key, :key, :key],          # 41
    ["1 99 99 99 999 999 95", true, true, true],          # 42
    ["3 41 06 80 782 005 54", :sex, true, :sex],          # 43
    ["4 85 01 99 352 001 71", :sex, true, :sex],          # 44
    ["3 53 07 2B 073 004 83", :sex, :key, :sex],          # 45
    ["7 41 06 80 782 005 48", :sex, true, :sex],          # 46
    ["7112312345678", :sex, true, :sex],                  # 47
    ["7012312345678", :sex, true, :sex],                  # 48
    ["2278965432189", true, true, true],                  # 49
    ["5112312345678", :sex, true, :sex],                  # 50
    ["6144100008502", :sex, true, :sex],                  # 50
    ["9 41 20 80 782 005 75", :sex, :sex, :sex],          # 51
    # 52: invalid in every profile as the rule book says; under standard digit
    # 1 = 8 is an NNP, whose layout has no letters, hence :character.
    ["8 82 06 2A 090 022 79", :sex, :character, :sex]
  ].freeze

  def test_rule_book_edge_cases
    failures = []
    RULE_BOOK.each do |number, *expected|
      %i[dsn standard lenient].zip(expected).each do |profile, want|
        got = NIR.error(number, profile: profile)
        got = got ? got.first : true
        failures << "#{number} #{profile}: want #{want.inspect}, got #{got.inspect}" unless got == want
        assert_equal want == true, NIR.valid?(number, profile: profile)
      end
    end
    assert_empty failures
  end

  def test_rule_book_kinds_and_warnings
    assert_equal :temporary, NIR.parse("3 41 06 80 782 005 54").kind
    assert_equal :temporary, NIR.parse("4 85 01 99 352 001 71").kind
    assert_equal :nnp, NIR.parse("7 41 06 80 782 005 48").kind
    assert_equal :nnp, NIR.parse("7112312345678").kind
    assert_equal :mig, NIR.parse("5112312345678").kind
    assert_equal :nir, NIR.parse("2278965432189").kind
    assert_includes NIR.parse("2 53 07 2A 073 004 43").warnings, :corsica_year
    assert_includes NIR.parse("1 06 09 99 553 910 94").warnings, :country_unlisted
    assert_includes NIR.parse("1 50 03 91 001 001 07").warnings, :north_africa
    assert_includes NIR.parse("1 99 99 99 999 999 95").warnings, :dsn_placeholder
    assert_empty NIR.parse(WOMAN_1955).warnings
    pseudo = NIR.parse("2 88 35 31 001 001 33")
    assert_equal [35, 5, :pseudo], [pseudo.month_code, pseudo.birth_month, pseudo.month_kind]
  end
end
