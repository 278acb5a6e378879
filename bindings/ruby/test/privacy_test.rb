# frozen_string_literal: true

require_relative "test_helper"
require "pp"
require "stringio"

# No string the binding produces on its own - #inspect, #to_s, pp, exception
# messages (FrozenError included), option errors - shows a number: every one
# is searched for the number's digits.
class PrivacyTest < Minitest::Test
  include NIRTestHelper

  # Valid numbers of every layout, one invalid key, one 13-character body.
  NUMBERS = ["2 55 08 14 168 025 38", "284052A32102552", "1 85 07 972 12 005 08",
             "2 95 10 99 126 111 93", "7112312345678", "2 55 08 14 168 025 39",
             "2840588321025", "165049940412352"].freeze

  # What must not appear: the number, its last ten characters (place,
  # order, key) or its order number and key (last five), once everything
  # but letters and digits is taken out of the text.
  def assert_hidden(number, text, what)
    compact = number.delete("^0-9A-Za-z").upcase
    flat = text.to_s.delete("^0-9A-Za-z").upcase
    [compact, compact[-10..], compact[-5..]].each do |secret|
      refute_includes flat, secret, "#{what} shows #{secret}: #{text}"
    end
  end

  def captured(&block)
    block.call
    flunk "expected an exception"
  rescue Exception => e # rubocop:disable Lint/RescueException
    e
  end

  # Every string derived from an exception.
  def exception_texts(err)
    [err.message, err.to_s, err.inspect, err.full_message(highlight: false),
     err.respond_to?(:message_fr) ? err.message_fr : ""]
  end

  # Every string derived from an object without asking for its fields
  # (the to_s of a String is the value itself: that is asking).
  def object_texts(obj)
    out = +""
    PP.pp(obj, out)
    texts = [obj.inspect, out, [obj].inspect, { v: obj }.inspect, "#{[obj]}"]
    obj.is_a?(String) ? texts : texts << obj.to_s
  end

  def test_results_and_strings_mask_the_number
    NUMBERS.each do |n|
      objects = []
      if NIR.valid?(n)
        r = NIR.parse(n)
        objects << r << r.compact << NIR.validate(n)
        objects << captured { r.compact << "x" } << captured { r.kind = :mig }
        objects << captured { NIR.validate(n) << "x" }
        objects << captured { r.instance_variable_set(:@x, 1) }
      else
        objects << captured { NIR.validate(n) } << captured { NIR.parse(n) }
        objects << NIR.error(n)
      end
      objects << NIR.compact(n) << NIR.format(n) << NIR.format(n, separator: "-")
      objects << NIR.format(n, separator: "") << NIR.mask(n)
      objects << (n.delete(" ").length == 15 ? NIR.suggest(n) : captured { NIR.suggest(n) })
      objects << captured { NIR.suggest(n) << "x" } if n.delete(" ").length == 15
      objects << NIR.validate_many([n], codes: true) << NIR.validate_many([n])
      objects << captured { NIR.valid?(n, profile: n) } # a number in the wrong place
      objects << captured { NIR.mask(n, keep: [n]) }
      objects << captured { NIR.compact(n) << "x" }
      objects.each do |o|
        texts = o.is_a?(Exception) ? exception_texts(o) : object_texts(o)
        texts.each { |t| assert_hidden(n, t, "#{o.class} for #{NIR.mask(n)}") }
      end
    end
  end

  # to_h and to_a hand over the fields (order, key...): that is asking for
  # them; still, the number in them prints masked.
  def test_exported_fields_print_the_number_masked
    NUMBERS.select { |n| NIR.valid?(n) }.each do |n|
      r = NIR.parse(n)
      compact = n.delete(" ")
      [r.to_h.inspect, r.to_a.inspect, r.deconstruct_keys(nil).inspect].each do |t|
        refute_includes t, compact
        refute_includes t, compact[-10..]
      end
      assert_equal compact, r.to_h[:compact]
    end
  end

  def test_civil_status_report_masks_the_number
    skip "libnir built without lib/civil (civil-status check missing)" unless civil?

    n = US_1965_MONTH_04
    rep = NIR.check_civil_status(n, sex: :female, birth_date: "2/4/1965", document_country: "US",
                                    birthplace: "14168")
    [rep, *rep.findings, *rep.findings.map(&:message_en), *rep.findings.map(&:message_fr),
     captured { rep.findings.first.code.to_s << "x" }, captured { rep.verdict = 1 },
     captured { NIR.check_civil_status(n, sex: n) },
     captured { NIR.check_civil_status(n, date_order: n) }].each do |o|
      texts = o.is_a?(Exception) ? exception_texts(o) : object_texts(o)
      texts.each { |t| assert_hidden(n, t, o.class.to_s) }
    end
  end

  def test_ntt_identifier_is_hidden
    ntt = "2732829320MAT0042"
    t = NIR.parse_ntt(ntt)
    [t, t.identifier, NIR.validate_ntt(ntt), captured { t.identifier << "x" },
     captured { t.sex = :male }, captured { NIR.validate_ntt("2732829320MAT004-") }].each do |o|
      texts = o.is_a?(Exception) ? exception_texts(o) : object_texts(o)
      texts.each { |s| refute_includes s, "MAT0042", "#{o.class}: #{s}" }
    end
    assert_match(/identifier=\(7 characters\)/, t.inspect)
    assert_equal "MAT0042", t.identifier # explicitly asked: the value itself
  end

  def test_inspect_shows_the_mask_like_python
    r = NIR.parse(WOMAN_1955)
    assert_equal '#<NIR::Parsed masked="2 55 ** ** *** *** **" kind=:nir warnings=[]>', r.inspect
    assert_equal r.inspect, r.to_s
    assert_equal '#<NIR::SensitiveString "2 55 ** ** *** *** **">', r.compact.inspect
    # the value itself is there when asked for
    assert_equal "255081416802538", r.compact
    assert_equal "255081416802538", "#{r.compact}"
    assert_instance_of String, r.compact.to_s
    assert_equal "255081416802538", r.to_h[:compact]
  end

  def test_hand_made_results_inspect
    assert_equal "#<NIR::Parsed masked=nil kind=nil warnings=nil>", NIR::Parsed.new.inspect
    assert_equal "#<NIR::ParsedNTT sex=nil siren=nil siren_valid=nil identifier=nil>", NIR::ParsedNTT.new.inspect
    assert_equal "#<NIR::Parsed masked=(3 characters) kind=nil warnings=nil>",
                 NIR::Parsed.new(compact: "abc").inspect
    assert_equal "#<NIR::SensitiveString (0 characters)>", NIR::SensitiveString.new.inspect
  end

  def test_sensitive_strings_stay_frozen_and_shareable
    [NIR.validate(WOMAN_1955), NIR.compact(WOMAN_1955), NIR.format(WOMAN_1955),
     NIR.format(WOMAN_1955, separator: "."), NIR.parse(WOMAN_1955).compact,
     *NIR.suggest("2 55 08 14 186 025 38")].each do |s|
      assert_kind_of NIR::SensitiveString, s
      assert_predicate s, :frozen?
      assert Ractor.shareable?(s)
      assert_equal Encoding::UTF_8, s.encoding
    end
  end
end
