# frozen_string_literal: true

require_relative "test_helper"
require_relative "validation_test" # ValidationTest::ERRORS

class HostileInputTest < Minitest::Test
  include NIRTestHelper

  def test_nul_inside
    s = "2550814168025\u000038"
    refute NIR.valid?(s)
    err = assert_raises(NIR::InvalidError) { NIR.validate(s) }
    assert_equal [:character, 14], [err.code, err.position]
    refute NIR.valid?("255081416802538\0")
    refute NIR.valid?("\0" + "255081416802538")
    assert_equal :character, assert_raises(NIR::InvalidError) { NIR.compact("\0") }.code
  end

  def test_invalid_utf8
    s = "25508141680253\xff".dup.force_encoding(Encoding::UTF_8)
    refute_predicate s, :valid_encoding?
    refute NIR.valid?(s)
    assert_equal :character, assert_raises(NIR::InvalidError) { NIR.parse(s) }.code
    assert_equal :character, assert_raises(NIR::InvalidError) { NIR.format("\xC3(") }.code
  end

  def test_binary_strings
    bin = WOMAN_1955.b
    assert_equal Encoding::ASCII_8BIT, bin.encoding
    assert NIR.valid?(bin)
    assert_equal "255081416802538", NIR.validate(bin)
    assert_equal Encoding::UTF_8, NIR.validate(bin).encoding
    refute NIR.valid?("\xff\xfe".b)
    # UTF-8 bytes of a no-break space inside a binary string: still a separator
    assert NIR.valid?("2\u00a055081416802538".b)
  end

  def test_other_encodings
    assert NIR.valid?(WOMAN_1955.encode(Encoding::UTF_16LE))
    assert NIR.valid?(WOMAN_1955.encode(Encoding::UTF_32BE))
    assert NIR.valid?("2\u00a055081416802538".encode(Encoding::ISO_8859_1))
    assert NIR.valid?(WOMAN_1955.encode(Encoding::Windows_1252))
    assert NIR.valid?("２５５０８１４１６８０２５３８") # full-width digits
  end

  def test_one_megabyte
    huge = "1" * (1024 * 1024)
    refute NIR.valid?(huge)
    err = assert_raises(NIR::InvalidError) { NIR.validate(huge) }
    assert_equal :length, err.code
    assert_operator err.message.bytesize, :<, 200
    assert_equal :length, assert_raises(NIR::InvalidError) { NIR.format(huge) }.code
    assert_equal :length, assert_raises(NIR::InvalidError) { NIR.suggest(huge) }.code
    assert_equal [false], NIR.validate_many([huge])
    spaces = (" " * (1024 * 1024)) + "255081416802538"
    refute NIR.valid?(spaces)
  end

  def test_input_not_modified_and_messages_clean
    s = +"2 55 08 14 168 025 39"
    before = s.dup
    assert_raises(NIR::InvalidError) { NIR.validate(s) }
    assert_equal before, s
    ValidationTest::ERRORS.each_value do |inputs|
      inputs.each do |input|
        err = assert_raises(NIR::InvalidError) { NIR.validate(input) }
        compact = input.delete(" ")
        refute_includes err.message, compact if compact.length > 3
      end
    end
  end

  def test_random_bytes_never_crash
    rng = Random.new(42)
    2000.times do
      s = rng.bytes(rng.rand(0..40))
      r = NIR.valid?(s)
      assert_includes [true, false], r
      begin
        NIR.parse(s)
        NIR.format(s)
        NIR.mask(s)
        NIR.suggest(s)
      rescue NIR::InvalidError => e
        assert_kind_of Symbol, e.code
      end
    end
  end
end
