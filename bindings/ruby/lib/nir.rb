# frozen_string_literal: true

require_relative "nir/version"

# French social-security numbers (NIR, NIA, temporary numbers, NNP, MIG):
# validate, decode, format, mask, suggest corrections and cross-check against
# civil-status data; validate and decode the DSN temporary technical number
# (NTT). A thin Ruby face over the C library libnir: every rule
# lives in C (the native extension nir/nir_ext); this file only shapes the
# arguments and the results.
#
#   NIR.valid?("2 55 08 14 168 025 38")            #=> true
#   NIR.validate("2550814168025 39")                # raises NIR::InvalidError (code :key)
#   NIR.parse("255081416802538").department         #=> "14"
#   NIR.valid_ntt?("2732829320MAT0042")             #=> true
#
# Results are frozen (and Ractor-shareable); kinds, codes and warnings are
# Symbols whose names are those of the C library and of the nircheck CLI.
module NIR
  # Raised for an invalid number. #code is the libnir status name (:empty,
  # :length, :character, :sex, :month, :department, :commune, :country,
  # :order, :key); #position the 1-based character position of the first
  # failing field (nil when libnir reports none). The message is libnir's
  # English text and never contains the number; #message_fr is the French one.
  class InvalidError < ArgumentError
    attr_reader :code, :position, :message_fr

    def initialize(msg = nil, code: nil, position: nil, message_fr: nil)
      super(msg)
      @code = code
      @position = position
      @message_fr = message_fr
    end
  end

  # Raised for an invalid DSN temporary technical number (NTT, see
  # NIR.validate_ntt). Same readers as InvalidError: #code (:empty, :length,
  # :character, :sex), #position (1-based), #message and #message_fr, here
  # libnir's NTT texts (nir_ntt_strerror, which speak of 11 to 40
  # characters). The message never contains the NTT.
  class InvalidNTTError < InvalidError
  end

  # What NIR.parse decodes. Fields that do not apply are nil.
  #   kind        :nir (NIR or NIA), :temporary, :nnp, :mig
  #   sex         :male, :female
  #   month_kind  :real, :pseudo, :unknown (nil for NNP/MIG)
  #   place_kind  :metropole, :corsica, :overseas, :abroad, :north_africa
  #   key         the key carried, or the computed one for a 13-character input
  #   key_given   whether the input carried its key
  #   warnings    frozen Array of Symbols (:country_unlisted, ...)
  Parsed = Struct.new(
    :compact, :kind, :sex, :birth_year, :month_code, :birth_month,
    :month_kind, :place_kind, :department, :department_name, :commune,
    :country_code, :country_name, :country_iso2, :country_iso3, :order,
    :nnp_caisse, :nnp_verification, :key, :key_given, :warnings,
    keyword_init: true
  )

  # Result of NIR.check_civil_status.
  #   verdict         :consistent, :inconsistent, :cannot_tell
  #   number_status   :ok or the error code of the number
  #   date_order      :dmy, :mdy, :ymd used (given or implied), or nil
  #   readings        frozen Array of BirthDate (two when the date is ambiguous)
  #   birthplace_code what the birthplace resolved to ("99404", "14168"), or nil
  #   findings        frozen Array of Finding
  CivilReport = Struct.new(
    :verdict, :number_status, :date_order, :readings, :birthplace_code,
    :findings, keyword_init: true
  ) do
    def consistent? = verdict == :consistent
    def inconsistent? = verdict == :inconsistent
    def finding_codes = findings.map(&:code)
  end

  # One finding of a civil-status check: code (Symbol, e.g.
  # :day_month_swapped), mismatch (true when it makes the verdict
  # inconsistent), messages in English and French, and details (frozen Hash:
  # :number_value, :document_value, :expected_month, :matched_order).
  Finding = Struct.new(:code, :mismatch, :message_en, :message_fr, :details,
                       keyword_init: true) do
    alias_method :mismatch?, :mismatch
  end

  # What NIR.parse_ntt reads from a valid DSN temporary technical number.
  #   sex          :male, :female (character 1)
  #   siren        the employer's SIREN, characters 2-10 ("732829320")
  #   siren_valid  whether the SIREN passes its check digit (false is only a
  #                warning: the NTT stays valid); also siren_valid?
  #   identifier   the employee's identifier, characters 11 onwards
  ParsedNTT = Struct.new(:sex, :siren, :siren_valid, :identifier,
                         keyword_init: true) do
    alias_method :siren_valid?, :siren_valid
  end

  # A date read from a civil-status document; year_digits is 2 or 4.
  BirthDate = Struct.new(:year, :year_digits, :month, :day, keyword_init: true)

  require "nir/nir_ext"

  # Status codes of libnir, in numeric order (:ok, :empty, ..., :argument).
  STATUS_CODES = Native::STATUS_CODES
  # Warning names of libnir (:country_unlisted, ...).
  WARNING_CODES = Native::WARNING_CODES

  class << self
    # true or false; nil is not valid. The fast path (no decoding).
    def valid?(number, profile: :standard)
      Native.valid?(number, profile)
    end

    # The compact number (frozen String) or raise InvalidError.
    def validate(number, profile: :standard)
      Native.validate(number, profile)
    end

    # The error of a number as [code, position], or nil when it is valid.
    def error(number, profile: :standard)
      Native.error(number, profile)
    end

    # Decode a number (frozen NIR::Parsed) or raise InvalidError.
    def parse(number, profile: :standard)
      Native.parse(number, profile)
    end

    # Normalised form (separators removed, upper-case) without field checks;
    # raises InvalidError for empty, length and character errors only.
    def compact(number)
      Native.compact(number)
    end

    # Grouped form, "2 55 08 14 168 025 38" (fields are not validated, so a
    # wrong number can be shown for correction). separator: "" gives the
    # compact form.
    def format(number, separator: " ")
      join(Native.format(number, !separator.to_s.empty?), separator)
    end

    # Masked form for logs and screens, "2 55 ** ** *** *** **": digits of
    # the fields not in keep (:sex, :year, :month, :place, :order, :key) are
    # replaced by "*".
    def mask(number, keep: %i[sex year], separator: " ")
      join(Native.mask(number, keep, !separator.to_s.empty?), separator)
    end

    # Corrections of a 15-character number whose key does not match (one
    # substitution or one adjacent transposition): frozen Array of compact
    # numbers, empty for a valid number.
    def suggest(number, profile: :standard)
      Native.suggest(number, profile)
    end

    # The two key digits of a 13-character body: "38".
    def calc_check_digits(body)
      Native.calc_check_digits(body)
    end

    # true/false for each element (nil is false); runs without the GVL for
    # large arrays.
    def validate_many(numbers, profile: :standard)
      Native.validate_many(numbers, profile)
    end

    # Cross-check a number against civil-status data; every keyword is
    # optional. sex: :male/:female or "M", "F", "homme", ...; birth_date: as
    # written on the document ("2/4/1965", "4 février 1965") or a Date/Time;
    # date_order: :dmy, :mdy, :ymd; document_country: "US", "USA",
    # "États-Unis", ...; birthplace: INSEE commune, département or country.
    def check_civil_status(number, sex: nil, birth_date: nil, date_order: nil,
                           document_country: nil, birthplace: nil,
                           profile: :standard)
      unless Native::CIVIL_STATUS
        raise NotImplementedError, "libnir was built without the civil-status check"
      end

      birth_date = birth_date.strftime("%Y-%m-%d") if birth_date.respond_to?(:strftime)
      Native.check_civil_status(number, profile, sex, birth_date, date_order,
                                document_country, birthplace)
    end

    # DSN temporary technical number (NTT, rubric S21.G00.30.020): the sex
    # digit, the employer's SIREN, then the employee's identifier; 11 to 40
    # characters, taken as given (no separator removed, no case changed).
    # true or false; nil is not valid.
    def valid_ntt?(number, profile: :standard)
      Native.valid_ntt?(number, profile)
    end

    # The NTT (frozen String, unchanged) or raise InvalidNTTError.
    def validate_ntt(number, profile: :standard)
      Native.validate_ntt(number, profile)
    end

    # Decode an NTT (frozen NIR::ParsedNTT) or raise InvalidNTTError.
    def parse_ntt(number, profile: :standard)
      Native.parse_ntt(number, profile)
    end

    # Version of the C library in use (NIR_VERSION_STRING at run time).
    def library_version
      Native.library_version
    end

    # Vintage of the INSEE data compiled into libnir.
    def data_version
      Native.data_version
    end

    private

    def join(spaced, separator)
      return spaced if separator == " " || separator.to_s.empty?

      spaced.gsub(" ", separator.to_s).freeze
    end
  end
end
