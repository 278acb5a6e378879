# frozen_string_literal: true

require_relative "test_helper"

class BatchTest < Minitest::Test
  include NIRTestHelper

  def test_validate_many
    assert_equal [true, false, false, true],
                 NIR.validate_many([WOMAN_1955, "x", nil, "2840588321025"])
    assert_equal [], NIR.validate_many([])
    assert_predicate NIR.validate_many([WOMAN_1955]), :frozen?
    assert_equal [true], NIR.validate_many(["341068078200554"], profile: :standard)
    assert_equal [false], NIR.validate_many(["341068078200554"], profile: :dsn)
    assert_raises(TypeError) { NIR.validate_many([WOMAN_1955, 1]) }
    assert_raises(ArgumentError) { NIR.validate_many([WOMAN_1955], profile: :nope) }
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
