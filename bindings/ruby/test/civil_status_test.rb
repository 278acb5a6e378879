# frozen_string_literal: true

require_relative "test_helper"
require "date"

# NIR.check_civil_status: the cases of the C civil-status tests (the
# day/month swap seed and its variants) plus every keyword.
class CivilStatusTest < Minitest::Test
  include NIRTestHelper

  # 2 65 05 99 404 123 18: woman born in the US in May 1965.
  US_WOMAN_1965_05 = "265059940412318"
  # 1 65 20 99 404 123 17: man born in the US in 1965, month unknown (20).
  US_1965_MONTH_20 = "165209940412317"
  # 1 65 02 14 168 001 11: man born in Colombières (14168) in February 1965.
  CALVADOS_1965_02 = "165021416800111"

  def setup
    skip "libnir built without lib/civil (civil-status check missing)" unless civil?
  end

  def check(number = US_1965_MONTH_04, **kw)
    NIR.check_civil_status(number, **kw)
  end

  def codes(rep)
    rep.findings.map(&:code)
  end

  # The seed: born in the US on 4 February 1965; the US document reads
  # "2/4/1965" (M/D/Y) but the number carries month 04 (the day).
  def test_day_month_swapped_us_document
    rep = check(birth_date: "2/4/1965", document_country: "US")
    assert_instance_of NIR::CivilReport, rep
    assert_equal :inconsistent, rep.verdict
    assert_equal :mdy, rep.date_order
    assert_includes codes(rep), :day_month_swapped
    f = rep.findings.find { |x| x.code == :day_month_swapped }
    assert_equal true, f.mismatch
    assert_predicate f, :mismatch?
    assert_equal 2, f.expected_month
    refute_empty f.message_en
    refute_empty f.message_fr
    assert_equal Encoding::UTF_8, f.message_fr.encoding
    assert_equal [1965, 2, 4], [rep.readings.first.year, rep.readings.first.month, rep.readings.first.day]
  end

  def test_same_date_on_a_french_document_is_consistent
    rep = check(birth_date: "2/4/1965", document_country: "FR")
    assert_equal :consistent, rep.verdict
    assert_predicate rep, :consistent?
    assert_equal :dmy, rep.date_order
    refute_includes codes(rep), :day_month_swapped
    refute(rep.findings.any?(&:mismatch))
  end

  def test_ambiguous_without_country
    rep = check(birth_date: "2/4/1965")
    assert_includes codes(rep), :date_ambiguous
    assert_nil rep.date_order
    assert_equal 2, rep.readings.size
    f = rep.findings.find { |x| x.code == :date_ambiguous }
    assert_equal false, f.mismatch
    assert_equal 4, f.expected_month
    assert_equal :dmy, f.matched_order
    refute_equal :inconsistent, rep.verdict
  end

  def test_explicit_date_order_overrides_country
    rep = check(birth_date: "2/4/1965", date_order: :mdy, document_country: "FR")
    assert_equal :mdy, rep.date_order
    assert_includes codes(rep), :day_month_swapped
    rep = check(birth_date: "2/4/1965", date_order: "DMY", document_country: "US")
    assert_equal :consistent, rep.verdict
  end

  def test_country_names_and_codes
    %w[USA États-Unis 99404].each do |c|
      rep = check(birth_date: "2/4/1965", document_country: c)
      assert_equal :mdy, rep.date_order, c
    end
    rep = check(birth_date: "2/4/1965", document_country: :fr)
    assert_equal :dmy, rep.date_order
  end

  def test_written_dates_and_date_objects
    assert_equal :consistent, check(birth_date: "4 avril 1965").verdict
    assert_equal :consistent, check(birth_date: "1965-04-02").verdict
    assert_equal :consistent, check(birth_date: Date.new(1965, 4, 2)).verdict
    assert_equal :consistent, check(birth_date: Time.utc(1965, 4, 2)).verdict
    rep = check(birth_date: "February 4, 1965")
    assert_equal :inconsistent, rep.verdict
    assert_includes codes(rep), :birth_month_mismatch
  end

  def test_sex
    # A matching sex alone is too little for "consistent" (issue 14).
    assert_equal :cannot_tell, check(sex: :male).verdict
    assert_equal :cannot_tell, check(sex: "M").verdict
    assert_equal :cannot_tell, check(sex: "homme").verdict
    assert_equal :cannot_tell, check(sex: "Monsieur").verdict
    assert_equal :cannot_tell, check(sex: 1).verdict
    assert_equal :cannot_tell, check(sex: "").verdict # blank: not given
    rep = check(sex: :female)
    assert_equal :inconsistent, rep.verdict
    assert_equal [:sex_mismatch], codes(rep)
    f = rep.findings.first
    assert_equal [1, 2, nil, nil], [f.number_value, f.document_value, f.expected_month, f.matched_order]
    assert_equal :cannot_tell, check(US_WOMAN_1965_05, sex: "Mme").verdict
    assert_equal :consistent, check(US_WOMAN_1965_05, sex: "F", birth_date: "1965-05-01").verdict
    assert_raises(ArgumentError) { check(sex: "robot") }
  end

  def test_birth_year_mismatch
    rep = check(birth_date: "2/4/1966", document_country: "FR")
    assert_equal :inconsistent, rep.verdict
    assert_includes codes(rep), :birth_year_mismatch
  end

  def test_birthplace
    assert_equal :consistent, check(birthplace: "US").verdict
    assert_equal :consistent, check(birthplace: "99404").verdict
    rep = check(birthplace: "Allemagne")
    assert_equal :inconsistent, rep.verdict
    assert_includes codes(rep), :birthplace_mismatch
    rep = check(CALVADOS_1965_02, birthplace: "14168")
    assert_equal :consistent, rep.verdict
    assert_equal "14168", rep.birthplace_code
    assert_includes codes(check(CALVADOS_1965_02, birthplace: "75")), :birthplace_mismatch
    assert_includes codes(check(birthplace: "Atlantis")), :birthplace_unresolved
  end

  def test_unresolved_inputs
    assert_includes codes(check(birth_date: "hello")), :birth_date_unparsed
    assert_includes codes(check(birth_date: "2/4/1965", document_country: "Narnia")),
                    :document_country_unresolved
  end

  def test_unknown_month_in_number
    rep = check(US_1965_MONTH_20, birth_date: "1965-02-04")
    assert_includes codes(rep), :birth_month_unknown
    refute_equal :inconsistent, rep.verdict
  end

  def test_invalid_number_and_nnp
    rep = check("165049940412353", sex: :male)
    assert_equal :cannot_tell, rep.verdict
    assert_equal :key, rep.number_status
    assert_includes codes(rep), :number_invalid
    rep = check("7112312345678", birth_date: "1965-02-04")
    assert_equal :cannot_tell, rep.verdict
    assert_includes codes(rep), :not_comparable
  end

  def test_nothing_given
    rep = check
    assert_equal :cannot_tell, rep.verdict
    assert_equal :ok, rep.number_status
    assert_empty rep.readings
  end

  def test_profile_and_arguments
    rep = check("341068078200554", sex: :male, profile: :dsn)
    assert_equal :cannot_tell, rep.verdict
    assert_equal :sex, rep.number_status
    assert_raises(ArgumentError) { check(date_order: :dym) }
    assert_raises(ArgumentError) { check(profile: :nope) }
    assert_raises(TypeError) { check(birth_date: 19_650_204.5) }
  end

  def test_result_frozen_and_shareable
    rep = check(birth_date: "2/4/1965", document_country: "US", sex: :female)
    assert_predicate rep, :frozen?
    assert_predicate rep.findings, :frozen?
    rep.findings.each do |f|
      assert_predicate f, :frozen?
      assert_predicate f.message_en, :frozen?
    end
    assert Ractor.shareable?(rep)
    assert_equal codes(rep), rep.finding_codes
  end

  # Places as HR files write them (docs/civil-status-places.md).
  def test_birthplace_communes_and_history
    ["Colombières", "14710", "14710 COLOMBIERES"].each do |place|
      assert_equal :consistent, check(CALVADOS_1965_02, birthplace: place).verdict, place
    end
    rep = check(CALVADOS_1965_02, birthplace: "Caen (14)")
    assert_includes codes(rep), :birthplace_mismatch
    message = rep.findings.find { |f| f.code == :birthplace_mismatch }.message_en
    assert_equal "The document says Caen (Calvados); the number carries a " \
                 "birth in Colombières (Calvados).", message
    # 1 00 04 985 01 001: man born in Mayotte (985, before 2008) in April 2000.
    rep = check("100049850100188", birth_date: "2000-04-01", birthplace: "Mayotte")
    assert_equal :consistent, rep.verdict
    assert_equal [:place_history], codes(rep)
  end
end

# Blank keywords mean "not given"; predicates; the check runs without the
# GVL and gives the same answers from several threads.
class CivilStatusBlankTest < Minitest::Test
  include NIRTestHelper

  def setup
    skip "libnir built without lib/civil (civil-status check missing)" unless civil?
  end

  BLANKS = [nil, "", " ", "\t \n", :"", "\u00a0"].freeze

  def test_blank_keywords_are_not_given
    bare = NIR.check_civil_status(US_1965_MONTH_04)
    BLANKS.each do |blank|
      %i[sex birth_date date_order document_country birthplace].each do |kw|
        rep = NIR.check_civil_status(US_1965_MONTH_04, kw => blank)
        assert_equal bare, rep, "#{kw}: #{blank.inspect}"
      end
    end
    assert_equal :cannot_tell, bare.verdict
    assert_predicate bare, :cannot_tell?
    full = NIR.check_civil_status(US_1965_MONTH_04, sex: " ", birth_date: "2/4/1965",
                                                    document_country: "FR")
    assert_predicate full, :consistent?
    refute_predicate full, :inconsistent?
  end

  def test_same_answers_from_threads
    args = [[US_1965_MONTH_04, { sex: :female, birth_date: "2/4/1965", document_country: "US" }],
            ["255081416802538", { sex: "F", birth_date: "1955-08-01", birthplace: "14168" }],
            ["165049940412352", { birth_date: "4 février 1965", birthplace: "États-Unis" }]]
    want = args.map { |n, kw| NIR.check_civil_status(n, **kw) }
    threads = Array.new(4) do
      Thread.new { Array.new(50) { args.map { |n, kw| NIR.check_civil_status(n, **kw) } } }
    end
    threads.each { |t| t.value.each { |got| assert_equal want, got } }
  end

  def test_long_inputs_keep_working
    long = "1" * 10_000
    rep = NIR.check_civil_status(US_1965_MONTH_04, birth_date: long, birthplace: long)
    refute_predicate rep, :consistent?
    assert_equal :length, NIR.check_civil_status(long).number_status
  end
end
