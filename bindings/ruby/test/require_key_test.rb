# frozen_string_literal: true

require_relative "test_helper"

# require_key: true (libnir's NIR_REQUIRE_KEY ORed into the profile): a
# number without its key (13 characters) fails with :key_missing, just after
# its last character; every other verdict is the one without the option.
class RequireKeyTest < Minitest::Test
  include NIRTestHelper

  # Valid bodies as typed in several ways, with the 1-based position just
  # after their last character.
  BODIES = {
    "2550814168025" => 14,
    "2 55 08 14 168 025" => 19,
    " 2 55 08 14 168 025\r\n" => 20,
    "1 84 05 2A 321 025" => 19,
    "1.85.07.99.404.001" => 19,
    "２５５０８１４１６８０２５" => 14 # full-width digits
  }.freeze
  PROFILES = %i[standard dsn lenient].freeze
  FULL = "255081416802538"

  def test_valid_p
    PROFILES.each do |profile|
      BODIES.each_key do |body|
        assert_same true, NIR.valid?(body, profile: profile)
        assert_same true, NIR.valid?(body, profile: profile, require_key: false)
        assert_same false, NIR.valid?(body, profile: profile, require_key: true), body
      end
      assert_same true, NIR.valid?(FULL, profile: profile, require_key: true)
      assert_same false, NIR.valid?(nil, profile: profile, require_key: true)
    end
  end

  def test_validate_raises_key_missing
    PROFILES.each do |profile|
      BODIES.each do |body, position|
        assert_equal 13, NIR.validate(body, profile: profile).length
        err = assert_raises(NIR::InvalidError) do
          NIR.validate(body, profile: profile, require_key: true)
        end
        assert_instance_of NIR::InvalidError, err
        assert_kind_of ArgumentError, err
        assert_equal [:key_missing, position], [err.code, err.position], body
        refute_equal err.message, err.message_fr
        digits = NIR.compact(body)
        [err.message, err.message_fr, err.inspect, err.full_message].each do |text|
          refute_includes text, digits
          refute_includes text, digits[-7..]
        end
      end
      assert_equal FULL, NIR.validate(FULL, profile: profile, require_key: true)
    end
  end

  def test_error_and_parse
    PROFILES.each do |profile|
      BODIES.each do |body, position|
        assert_nil NIR.error(body, profile: profile)
        assert_equal [:key_missing, position], NIR.error(body, profile: profile, require_key: true)
        refute NIR.parse(body, profile: profile).has_key?
        err = assert_raises(NIR::InvalidError) { NIR.parse(body, profile: profile, require_key: true) }
        assert_equal :key_missing, err.code
      end
      assert NIR.parse(FULL, profile: profile, require_key: true).has_key?
    end
  end

  def test_other_errors_come_first
    cases = { "2551314168025" => [:month, 4], "9550814168025" => [:sex, 1],
              "2 55 13 14 168 025" => [:month, 6],
              "255081416802539" => [:key, 14], "25508141680" => [:length, 12],
              "" => [:empty, 1] }
    PROFILES.each do |profile|
      cases.each do |input, expected|
        assert_equal expected, NIR.error(input, profile: profile, require_key: true), input
      end
    end
  end

  def test_validate_many
    list = BODIES.keys + [FULL, "255081416802539", "2551314168025", nil]
    PROFILES.each do |profile|
      assert_equal [true] * BODIES.size + [true, false, false, false],
                   NIR.validate_many(list, profile: profile)
      assert_equal [false] * BODIES.size + [true, false, false, false],
                   NIR.validate_many(list, profile: profile, require_key: true)
      assert_equal [:key_missing] * BODIES.size + [nil, :key, :month, :empty],
                   NIR.validate_many(list, profile: profile, codes: true, require_key: true)
    end
    many = Array.new(3000) { |i| (i % 3).zero? ? "2550814168025" : FULL }
    codes = NIR.validate_many(many, codes: true, require_key: true)
    assert_equal 1000, codes.count(:key_missing)
    assert_equal 2000, codes.count(nil)
  end

  def test_check_civil_status
    skip "libnir built without the civil-status check" unless civil?
    assert_equal :ok, NIR.check_civil_status("2550814168025", sex: "F").number_status
    rep = NIR.check_civil_status("2550814168025", sex: "F", require_key: true)
    assert_equal :key_missing, rep.number_status
    refute_equal :consistent, rep.verdict
    assert_equal :ok, NIR.check_civil_status(FULL, sex: "F", require_key: true).number_status
  end

  def test_truthiness_and_bad_profile
    assert_same false, NIR.valid?("2550814168025", require_key: 1)
    assert_same true, NIR.valid?("2550814168025", require_key: nil)
    assert_raises(NIR::OptionError) { NIR.valid?("2550814168025", profile: :nope, require_key: true) }
  end
end
