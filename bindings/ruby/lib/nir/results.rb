# frozen_string_literal: true

module NIR
  # Shared by the result Structs: #inspect (and #to_s, #pretty_print) show
  # only what #inspect_fields lists, so p, pp, logs and FrozenError messages
  # never show the number, its order number or its key.
  module SafeInspect
    def inspect
      fields = inspect_fields.map { |name, value| "#{name}=#{value}" }
      "#<#{self.class.name} #{fields.join(' ')}>"
    end
    alias to_s inspect

    def pretty_print(q)
      q.text(inspect)
    end
  end

  # Warns once per call site that a name is deprecated (shown with -w or
  # Warning[:deprecated] = true, like Ruby's own deprecations).
  module Deprecation
    def self.warn(old, new)
      return unless Warning[:deprecated]

      Kernel.warn("NIR: #{old} is deprecated, use #{new}", uplevel: 2, category: :deprecated)
    end
  end

  # What NIR.parse decodes; the members are nir_result's fields (include/nir.h).
  # Fields that do not apply are nil.
  #   compact     the number, separators removed (a SensitiveString)
  #   kind        :nir (NIR or NIA), :temporary, :nnp, :mig
  #   sex         :male, :female (also male?, female?)
  #   month_kind  :real, :pseudo, :unknown (nil for NNP/MIG)
  #   place_kind  :metropole, :corsica, :overseas, :abroad, :north_africa
  #   has_key     whether the input carried its key (also has_key?)
  #   key         the key carried, nil for a 13-character input
  #   expected_key the key the body calls for (the one to append to a
  #               13-character input)
  #   warnings    frozen Array of Symbols (:country_unlisted, ...)
  # #inspect shows the masked number, the kind and the warnings only.
  Parsed = Struct.new(
    :compact, :kind, :sex, :birth_year, :month_code, :birth_month,
    :month_kind, :place_kind, :department, :department_name, :commune,
    :country_code, :country_name, :country_iso2, :country_iso3, :order,
    :nnp_caisse, :nnp_verification, :has_key, :key, :expected_key, :warnings,
    keyword_init: true
  ) do
    include SafeInspect

    def has_key? = has_key
    def male? = sex == :male
    def female? = sex == :female
    # The number masked for logs, "2 55 ** ** *** *** **" (what #inspect shows).
    def masked = NIR.mask(compact)

    # Deprecated: has_key? (the C field is has_key).
    def key_given
      Deprecation.warn("NIR::Parsed#key_given", "#has_key?")
      has_key
    end

    private

    def inspect_fields
      { masked: Masking.describe(compact), kind: kind.inspect, warnings: warnings.inspect }
    end
  end

  # Result of NIR.check_civil_status (nir_civil_report).
  #   verdict         :consistent, :inconsistent, :cannot_tell (also
  #                   consistent?, inconsistent?, cannot_tell?)
  #   number_status   :ok or the error code of the number
  #   date_order      :dmy, :mdy, :ymd used (given or implied), or nil
  #   readings        frozen Array of BirthDate (two when the date is ambiguous)
  #   birthplace_code what the birthplace resolved to ("99404", "14168"), or nil
  #   findings        frozen Array of Finding
  # #inspect shows the verdict and the finding codes only.
  CivilReport = Struct.new(
    :verdict, :number_status, :date_order, :readings, :birthplace_code,
    :findings, keyword_init: true
  ) do
    include SafeInspect

    def consistent? = verdict == :consistent
    def inconsistent? = verdict == :inconsistent
    def cannot_tell? = verdict == :cannot_tell
    def finding_codes = findings.map(&:code)

    private

    def inspect_fields
      { verdict: verdict.inspect, findings: finding_codes.inspect }
    end
  end

  # One finding of a civil-status check (nir_finding): code (Symbol, e.g.
  # :day_month_swapped), mismatch (true when it makes the verdict
  # inconsistent; also mismatch?), number_value, document_value,
  # expected_month, matched_order, and the messages in English and French.
  Finding = Struct.new(:code, :mismatch, :number_value, :document_value,
                       :expected_month, :matched_order, :message_en,
                       :message_fr, keyword_init: true) do
    include SafeInspect

    def mismatch? = mismatch

    # Deprecated: the values are members (number_value, ...), as in C.
    def details
      Deprecation.warn("NIR::Finding#details", "#number_value, #document_value, ...")
      { number_value: number_value, document_value: document_value,
        expected_month: expected_month, matched_order: matched_order }.freeze
    end

    private

    def inspect_fields
      { code: code.inspect, mismatch: mismatch.inspect }
    end
  end

  # What NIR.parse_ntt reads from a valid DSN temporary technical number.
  #   sex          :male, :female (character 1; also male?, female?)
  #   siren        the employer's SIREN, characters 2-10 ("732829320")
  #   siren_valid  whether the SIREN passes its check digit (false is only a
  #                warning: the NTT stays valid); also siren_valid?
  #   identifier   the employee's identifier, characters 11 onwards (a
  #                SensitiveString)
  # #inspect shows the identifier's length, not the identifier.
  ParsedNTT = Struct.new(:sex, :siren, :siren_valid, :identifier,
                         keyword_init: true) do
    include SafeInspect

    def siren_valid? = siren_valid
    def male? = sex == :male
    def female? = sex == :female

    private

    def inspect_fields
      { sex: sex.inspect, siren: siren.inspect, siren_valid: siren_valid.inspect,
        identifier: identifier.is_a?(String) ? "(#{identifier.length} characters)" : identifier.inspect }
    end
  end

  # A date read from a civil-status document (nir_date); year_digits is 2
  # or 4.
  BirthDate = Struct.new(:year, :year_digits, :month, :day, keyword_init: true)
end
