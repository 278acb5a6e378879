# frozen_string_literal: true

require_relative "test_helper"

# Every exception of the binding can be rescued as NIR::Error and keeps its
# Ruby ancestor; messages are UTF-8.
class ErrorsTest < Minitest::Test
  include NIRTestHelper

  def rescued(&block)
    block.call
    flunk "expected an exception"
  rescue NIR::Error => e
    e
  end

  def test_every_exception_is_a_nir_error
    {
      NIR::InvalidError => [-> { NIR.validate("2 55 08 14 168 025 39") },
                            -> { NIR.parse("") }, -> { NIR.compact("1") },
                            -> { NIR.format("x") }, -> { NIR.mask("12") },
                            -> { NIR.suggest("1") }, -> { NIR.calc_check_digits("1") }],
      NIR::InvalidNTTError => [-> { NIR.validate_ntt("1") }, -> { NIR.parse_ntt("3") }],
      NIR::OptionError => [-> { NIR.valid?(WOMAN_1955, profile: :strict) },
                           -> { NIR.mask(WOMAN_1955, keep: [:day]) },
                           -> { NIR.validate_many([WOMAN_1955], profile: :x) }],
      NIR::InputTypeError => [-> { NIR.valid?(1) }, -> { NIR.parse(nil) },
                              -> { NIR.validate(WOMAN_1955, profile: 1) },
                              -> { NIR.validate_many([WOMAN_1955, 1]) },
                              -> { NIR.mask(WOMAN_1955, keep: [1]) }]
    }.each do |klass, calls|
      calls.each do |call|
        err = rescued(&call)
        assert_instance_of klass, err
        assert_equal Encoding::UTF_8, err.message.encoding, err.inspect if klass <= NIR::InvalidError
      end
    end
    assert_operator NIR::InvalidError, :<, ArgumentError
    assert_operator NIR::OptionError, :<, ArgumentError
    assert_operator NIR::InputTypeError, :<, TypeError
    assert_operator NIR::UnsupportedError, :<, NotImplementedError
    assert_operator NIR::UnsupportedError, :<, NIR::Error
  end

  def test_civil_status_option_errors
    skip "libnir built without lib/civil (civil-status check missing)" unless civil?

    err = rescued { NIR.check_civil_status(WOMAN_1955, sex: "robot") }
    assert_instance_of NIR::OptionError, err
    assert_match(/unknown sex "robot"/, err.message)
    err = rescued { NIR.check_civil_status(WOMAN_1955, date_order: :dym) }
    assert_match(/unknown date order :dym/, err.message)
  end

  def test_messages_are_utf8_in_both_languages
    err = rescued { NIR.validate("2 55 08 14 168 025 39") }
    assert_equal "the key does not match the number", err.message
    assert_equal "la clé ne correspond pas au numéro", err.message_fr
    assert_equal Encoding::UTF_8, err.message_fr.encoding
    assert_predicate err.message, :valid_encoding?
    err = rescued { NIR.validate("2 55 08 14 168 02") }
    assert_equal Encoding::UTF_8, err.message.encoding
  end

  def test_option_errors_name_the_value_only_without_digits
    assert_match(/unknown profile :strict/, rescued { NIR.valid?(WOMAN_1955, profile: :strict) }.message)
    msg = rescued { NIR.valid?(WOMAN_1955, profile: "2 55 08 14 168 025 38") }.message
    assert_match(/unknown profile \(a String not shown\)/, msg)
  end
end
