# frozen_string_literal: true

require_relative "test_helper"
require_relative "validation_test" # ValidationTest::RULE_BOOK, ERRORS
require "set"

class BatchTest < Minitest::Test
  include NIRTestHelper

  def test_validate_many
    assert_equal [true, false, false, true],
                 NIR.validate_many([WOMAN_1955, "x", nil, "2840588321025"])
    assert_equal [], NIR.validate_many([])
    assert_predicate NIR.validate_many([WOMAN_1955]), :frozen?
    assert_equal [true], NIR.validate_many(["341068078200554"], profile: :standard)
    assert_equal [false], NIR.validate_many(["341068078200554"], profile: :dsn)
    assert_raises(NIR::InputTypeError) { NIR.validate_many([WOMAN_1955, 1]) }
    assert_raises(NIR::InputTypeError) { NIR.validate_many(WOMAN_1955) } # not a list
    assert_raises(NIR::InputTypeError) { NIR.validate_many(nil) }
    assert_equal [true, false], NIR.validate_many(Set[WOMAN_1955, "x"])
    assert_raises(ArgumentError) { NIR.validate_many([WOMAN_1955], profile: :nope) }
  end

  def test_validate_many_codes
    list = [WOMAN_1955, "x", nil, "", "2 55 08 14 168 025 39", "2840588321025", "2550814168025383"]
    assert_equal [nil, :character, :empty, :empty, :key, nil, :length],
                 NIR.validate_many(list, codes: true)
    assert_equal NIR.validate_many(list), NIR.validate_many(list, codes: true).map(&:nil?)
    assert_equal [:sex], NIR.validate_many(["341068078200554"], profile: :dsn, codes: true)
    assert_predicate NIR.validate_many(list, codes: true), :frozen?
    codes = NIR.validate_many(ValidationTest::ERRORS.values.flatten, codes: true)
    assert_equal(ValidationTest::ERRORS.values.flatten.map { |n| NIR.error(n)&.first }, codes)
  end

  def test_validate_many_reads_strings_in_any_form
    latin1 = WOMAN_1955.encode("ISO-8859-1")
    to_str = Object.new
    def to_str.to_str = "2 55 08 14 168 025 38"
    utf16 = WOMAN_1955.encode("UTF-16LE")
    assert_equal [true, true, true, true], NIR.validate_many([latin1, to_str, utf16, WOMAN_1955.b])
    assert_equal [true, true], NIR.validate_many([WOMAN_1955, WOMAN_1955].each) # any to_a/to_ary
  end

  def test_validate_many_survives_a_list_changed_by_to_str
    list = [WOMAN_1955] * 10
    evil = Object.new
    evil.define_singleton_method(:to_str) do
      list.clear
      GC.start
      "2 55 08 14 168 025 38"
    end
    list.insert(2, evil)
    assert_equal [true, true, true], NIR.validate_many(list)
  end

  def test_validate_many_matches_valid_p
    inputs = ValidationTest::RULE_BOOK.map(&:first) + ValidationTest::ERRORS.values.flatten
    big = inputs * 50 # over the GVL-release threshold
    %i[standard dsn lenient].each do |profile|
      assert_equal big.map { |n| NIR.valid?(n, profile: profile) },
                   NIR.validate_many(big, profile: profile)
    end
  end

  def test_validate_many_with_threads
    list = Array.new(20_000) { |i| i.even? ? WOMAN_1955 : "2 55 08 14 168 025 39" }
    want = list.map { |n| NIR.valid?(n) }
    threads = Array.new(4) { Thread.new { NIR.validate_many(list) } }
    # mutate other strings while batches run without the GVL
    mutator = Thread.new { 1000.times { list.sample.dup << "1" } }
    threads.each { |t| assert_equal want, t.value }
    mutator.join
  end

  def test_validate_many_keeps_inputs_alive
    list = Array.new(5000) { |i| format("2 55 08 14 168 025 %<k>02d", k: 38 + (i % 2)) }
    got = NIR.validate_many(list.map(&:dup))
    GC.start
    assert_equal 2500, got.count(true)
  end
end
