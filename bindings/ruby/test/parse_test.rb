# frozen_string_literal: true

require_relative "test_helper"

class ParseTest < Minitest::Test
  include NIRTestHelper

  def test_parse_metropole
    r = NIR.parse(WOMAN_1955)
    assert_instance_of NIR::Parsed, r
    assert_equal "255081416802538", r.compact
    assert_equal :nir, r.kind
    assert_equal :female, r.sex
    assert_equal 55, r.birth_year
    assert_equal 8, r.birth_month
    assert_equal 8, r.month_code
    assert_equal :real, r.month_kind
    assert_equal :metropole, r.place_kind
    assert_equal "14", r.department
    assert_equal "Calvados", r.department_name
    assert_equal "168", r.commune
    assert_nil r.country_code
    assert_nil r.country_name
    assert_equal 25, r.order
    assert_equal 38, r.key
    assert_equal 38, r.expected_key
    assert_equal true, r.has_key
    assert_predicate r, :has_key?
    assert_equal [], r.warnings
  end

  def test_parse_abroad
    r = NIR.parse("2 95 10 99 126 111 93")
    assert_equal :abroad, r.place_kind
    assert_equal "99", r.department
    assert_equal "99126", r.country_code
    assert_equal "GRECE", r.country_name
    assert_equal "GR", r.country_iso2
    assert_equal "GRC", r.country_iso3
    assert_nil r.commune
    r = NIR.parse("185079999000192")
    assert_equal [:country_unknown], r.warnings
    assert_nil r.country_name
  end

  def test_parse_overseas_corsica_north_africa
    r = NIR.parse("1 85 07 972 12 005 08")
    assert_equal [:overseas, "972", "12", "Martinique"],
                 [r.place_kind, r.department, r.commune, r.department_name]
    r = NIR.parse("2 84 05 2A 321 025 52")
    assert_equal [:corsica, "2A"], [r.place_kind, r.department]
    assert_equal :corsica, NIR.parse("2 60 07 20 001 002 89").place_kind
    assert_equal :north_africa, NIR.parse("1 56 35 96 001 004 87").place_kind
    assert_equal :metropole, NIR.parse("1 50 03 91 001 001 07").place_kind
  end

  def test_parse_unknown_month
    r = NIR.parse("1 41 20 80 782 005 87")
    assert_equal :unknown, r.month_kind
    assert_nil r.birth_month
    assert_equal 20, r.month_code
  end

  def test_parse_nnp_and_mig
    r = NIR.parse("7112312345678")
    assert_equal [:nnp, :male, 123, 1, 12_345_678],
                 [r.kind, r.sex, r.nnp_caisse, r.nnp_verification, r.order]
    assert_nil r.birth_year
    assert_nil r.month_kind
    assert_nil r.place_kind
    r = NIR.parse("6144100008502")
    assert_equal [:mig, :female], [r.kind, r.sex]
  end

  def test_parse_13_characters
    r = NIR.parse("2840588321025")
    assert_equal false, r.has_key
    refute_predicate r, :has_key?
    assert_nil r.key # nir_result.key: none given
    assert_equal 32, r.expected_key # the key to append
    assert_equal "2840588321025", r.compact
  end

  def test_parse_profiles
    assert_equal :temporary, NIR.parse("341068078200554").kind
    err = assert_raises(NIR::InvalidError) { NIR.parse("341068078200554", profile: :dsn) }
    assert_equal [:sex, 1], [err.code, err.position]
    assert_equal 25, NIR.parse("2 55 25 14 168 025 19", profile: :lenient).month_code
  end

  def test_parse_raises
    err = assert_raises(NIR::InvalidError) { NIR.parse("2 55 08 14 168 025 39") }
    assert_equal :key, err.code
    err = assert_raises(NIR::InvalidError) { NIR.parse("") }
    assert_equal :empty, err.code
  end

  def test_result_is_frozen_and_shareable
    r = NIR.parse("2 95 10 99 126 111 93")
    assert_predicate r, :frozen?
    assert_predicate r.compact, :frozen?
    assert_predicate r.country_name, :frozen?
    assert_predicate r.warnings, :frozen?
    assert_raises(FrozenError) { r.kind = :mig }
    assert_raises(FrozenError) { r.compact << "x" }
    assert Ractor.shareable?(r)
    assert Ractor.shareable?(NIR.parse("1 99 99 99 999 999 95"))
    assert_equal Encoding::UTF_8, r.compact.encoding
  end

  def test_struct_is_keyword_init
    h = NIR.parse(WOMAN_1955).to_h
    assert_equal :female, h[:sex]
    copy = NIR::Parsed.new(**h)
    assert_equal NIR.parse(WOMAN_1955), copy
  end
end

# Predicates and the deprecated names.
class ParsePredicatesTest < Minitest::Test
  include NIRTestHelper

  def test_predicates
    woman = NIR.parse(WOMAN_1955)
    assert_predicate woman, :female?
    refute_predicate woman, :male?
    assert_predicate NIR.parse("185079721200508"), :male?
    assert_predicate woman, :has_key?
    assert_equal "2 55 ** ** *** *** **", woman.masked
    t = NIR.parse_ntt("2732829320MAT0042")
    assert_predicate t, :female?
    refute_predicate t, :male?
    assert_equal 38, NIR.compute_key("2 55 08 14 168 025")
  end

  def test_key_given_is_a_deprecated_alias
    r = NIR.parse("2840588321025")
    old = Warning[:deprecated]
    Warning[:deprecated] = true
    _, err = capture_io { assert_equal false, r.key_given }
    assert_match(/key_given is deprecated, use #has_key\?/, err)
    Warning[:deprecated] = false
    _, err = capture_io { assert_equal true, NIR.parse(WOMAN_1955).key_given }
    assert_empty err
  ensure
    Warning[:deprecated] = old
  end

  def test_members_are_the_c_field_names
    assert_equal %i[compact kind sex birth_year month_code birth_month month_kind place_kind
                    department department_name commune country_code country_name country_iso2
                    country_iso3 order nnp_caisse nnp_verification has_key key expected_key warnings],
                 NIR::Parsed.members
    assert_equal %i[code mismatch number_value document_value expected_month matched_order
                    message_en message_fr], NIR::Finding.members
  end
end
