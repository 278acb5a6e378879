# frozen_string_literal: true

require_relative "test_helper"
require "active_model" # Debian's ruby-activemodel (tools/install-deps.sh)
require "yaml"
require "open3"

# `validates :nir, nir: ...` through ActiveModel, its options and its
# English and French messages (lib/nir/locale/*.yml).
class ActiveModelTest < Minitest::Test
  include NIRTestHelper

  class Employee
    include ActiveModel::Validations
    attr_accessor :nir

    def self.name = "Employee"

    def initialize(nir) = @nir = nir
  end

  def model(**options, &block)
    Class.new(Employee) do
      validates :nir, nir: options.empty? ? true : options
      class_eval(&block) if block
    end
  end

  def errors_of(klass, value, locale: :en)
    I18n.with_locale(locale) do
      record = klass.new(value)
      record.valid?
      record.errors
    end
  end

  def test_valid_and_invalid
    klass = model
    assert_empty errors_of(klass, WOMAN_1955)
    assert_empty errors_of(klass, "2840588321025") # no key: valid without require_key
    errors = errors_of(klass, "2 55 08 14 168 025 39")
    assert_equal [{ error: :"nir.key" }], errors.details[:nir]
    assert_equal ["Nir does not match its key"], errors.full_messages
    assert_equal [{ error: :"nir.empty" }], errors_of(klass, nil).details[:nir]
    assert_equal [{ error: :"nir.empty" }], errors_of(klass, "").details[:nir]
    assert_equal [{ error: :"nir.character" }], errors_of(klass, Object.new).details[:nir]
    assert_equal [{ error: :"nir.length" }], errors_of(klass, 123).details[:nir]
  end

  def test_every_code_has_an_english_and_a_french_message
    %w[en fr].each do |lang|
      messages = YAML.load_file(File.join(NIR::Validator::LOCALE_FILES.find { |f| f.end_with?("#{lang}.yml") }))
      assert_equal NIR::Validator::CODES.map(&:to_s).sort,
                   messages.dig(lang, "errors", "messages", "nir").keys.sort
    end
    NIR::Validator::CODES.each do |code|
      en = I18n.t("errors.messages.nir.#{code}", locale: :en, raise: true)
      fr = I18n.t("errors.messages.nir.#{code}", locale: :fr, raise: true)
      refute_equal en, fr, code
    end
  end

  def test_french_messages
    # The models first, as an application defines them when it loads: the
    # validator (and with it its translations) is loaded by `validates`.
    plain = model
    keyed = model(require_key: true)
    I18n.with_locale(:fr) do
      assert_equal ["ne correspond pas à sa clé"], errors_of(plain, "2 55 08 14 168 025 39")[:nir]
      assert_equal ["n'a pas sa clé de deux chiffres"],
                   errors_of(keyed, "2840588321025")[:nir]
      assert_equal ["Nir a un code de mois non autorisé"],
                   errors_of(plain, "2 55 13 14 168 025 38").full_messages
    end
  end

  def test_profile_option
    assert_empty errors_of(model, "341068078200554")
    assert_equal [{ error: :"nir.sex" }], errors_of(model(profile: :dsn), "341068078200554").details[:nir]
    assert_empty errors_of(model(profile: :lenient), "2 55 25 14 168 025 19")
    assert_raises(NIR::OptionError) { model(profile: :strict) }
    assert_raises(NIR::OptionError) { model(requre_key: true) }
  end

  def test_allow_blank_and_allow_nil
    klass = model(allow_blank: true)
    [nil, "", "  "].each { |blank| assert_empty errors_of(klass, blank), blank.inspect }
    refute_empty errors_of(klass, "2 55 08 14 168 025 39")
    klass = model(allow_nil: true)
    assert_empty errors_of(klass, nil)
    assert_equal [{ error: :"nir.empty" }], errors_of(klass, "").details[:nir]
  end

  def test_require_key
    klass = model(require_key: true)
    assert_empty errors_of(klass, WOMAN_1955)
    assert_equal [{ error: :"nir.key_missing" }], errors_of(klass, "2840588321025").details[:nir]
    assert_equal [{ error: :"nir.key" }], errors_of(klass, "2 55 08 14 168 025 39").details[:nir]
    assert_equal ["Nir lacks its two-digit key"], errors_of(klass, "2 84 05 88 321 025").full_messages
  end

  def test_custom_message_and_overrides
    assert_equal ["Nir is wrong"], errors_of(model(message: "is wrong"), "x").full_messages
    I18n.backend.store_translations(:en, activemodel: { errors: { models: { employee: {
                                      attributes: { nir: { nir: { key: "has a typo" } } } } } } })
    assert_equal ["Nir has a typo"], errors_of(model, "2 55 08 14 168 025 39").full_messages
  ensure
    I18n.reload!
  end

  def test_messages_never_show_the_number
    n = "2 55 08 14 168 025 39"
    errors = errors_of(model, n)
    # (ActiveModel::Errors#inspect shows the record, the application's object)
    texts = errors.full_messages + errors.map(&:inspect) + errors.map(&:full_message) +
            [errors.details.inspect, errors.to_hash.inspect, errors.messages.inspect]
    texts.each { |t| refute_includes t.delete(" "), "255081416802539" }
  end

  # A Rails app reads its translations at boot, before the validator is
  # loaded (on first use): its messages must still be found.
  def test_messages_found_when_loaded_after_translations
    script = <<~RUBY
      require "active_model"
      require "nir"
      I18n.t("errors.messages.blank")
      class E; include ActiveModel::Validations; attr_accessor :nir; validates :nir, nir: true; end
      e = E.new
      e.nir = "2 55 08 14 168 025 39"
      e.valid?
      puts e.errors.full_messages
    RUBY
    includes = $LOAD_PATH.flat_map { |dir| ["-I", dir] }
    out, status = Open3.capture2e(RbConfig.ruby, *includes, "-e", script)
    assert status.success?, out
    assert_equal "Nir does not match its key\n", out
  end

  def test_found_by_name
    assert_same NIR::Validator, NirValidator
    assert_operator NirValidator, :<, ActiveModel::EachValidator
  end
end
