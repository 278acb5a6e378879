# frozen_string_literal: true

require_relative "test_helper"

Warning[:experimental] = false

class RactorTest < Minitest::Test
  include NIRTestHelper

  def test_inside_ractors
    ractors = Array.new(4) do |i|
      Ractor.new(i) do |n|
        good = "2 55 08 14 168 025 38"
        out = []
        200.times do
          out << NIR.valid?(good)
          out << NIR.valid?("2 55 08 14 168 025 39", profile: :dsn)
        end
        parsed = NIR.parse(good)
        err = begin
          NIR.validate("255131416802521")
        rescue NIR::InvalidError => e
          [e.code, e.position]
        end
        [n, out.tally, parsed, NIR.format(good), NIR.mask(good), NIR.suggest("255081416802539"),
         NIR.validate_many([good] * 100).count(true), err, NIR.calc_check_digits("2550814168025")]
      end
    end
    ractors.each do |r|
      _n, tally, parsed, formatted, masked, suggestions, many, err, key = r.take
      assert_equal({ true => 200, false => 200 }, tally)
      assert_equal :female, parsed.sex
      assert_predicate parsed, :frozen?
      assert_equal "2 55 08 14 168 025 38", formatted
      assert_equal "2 55 ** ** *** *** **", masked
      refute_empty suggestions
      assert_equal 100, many
      assert_equal [:month, 4], err
      assert_equal "38", key
    end
  end

  def test_results_shareable
    r = NIR.parse(WOMAN_1955)
    assert Ractor.shareable?(r)
    out = Ractor.new(r) { |parsed| parsed.department }.take
    assert_equal "14", out
  end

  # #inspect masks (NIR.mask) and the FrozenError of a SensitiveString work
  # in a Ractor too; validate_many with codes:.
  def test_masked_inspect_in_ractor
    out = Ractor.new(WOMAN_1955) do |n|
      r = NIR.parse(n)
      frozen = begin
        r.compact << "x"
      rescue FrozenError => e
        e.message
      end
      [r.inspect, frozen, NIR.validate_many([n, "x", nil], codes: true)]
    end.take
    assert_equal '#<NIR::Parsed masked="2 55 ** ** *** *** **" kind=:nir warnings=[]>', out[0]
    assert_equal 'can\'t modify frozen NIR::SensitiveString: #<NIR::SensitiveString "2 55 ** ** *** *** **">', out[1]
    assert_equal [nil, :character, :empty], out[2]
  end

  def test_civil_status_in_ractor
    skip "libnir built without lib/civil (civil-status check missing)" unless civil?
    rep = Ractor.new(US_1965_MONTH_04) do |n|
      NIR.check_civil_status(n, birth_date: "2/4/1965", document_country: "US")
    end.take
    assert_equal :inconsistent, rep.verdict
    assert Ractor.shareable?(rep)
  end
end
