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
# Results are frozen (and Ractor-shareable); field names are nir.h's, and
# kinds, codes and warnings are Symbols named as in the C library and the
# nircheck CLI. No #inspect, #to_s or exception message shows a number
# (see NIR::SensitiveString); every exception can be rescued as NIR::Error.
# `validates :nir, nir: true` is the ActiveModel validator (NirValidator).
require_relative "nir/errors"
require_relative "nir/sensitive_string"
require_relative "nir/results"

module NIR
  require_relative "nir/source_build"
  SourceBuild.require_extension

  # Top-level, as ActiveModel looks validators up: `validates :nir, nir: true`.
  # Loaded on first use, so requiring nir does not load ActiveModel.
  ::Object.autoload(:NirValidator, "nir/active_model")
  autoload :Validator, "nir/active_model"

  # Status codes of libnir, in numeric order (:ok, :empty, ..., :argument).
  STATUS_CODES = Native::STATUS_CODES
  # Warning names of libnir (:country_unlisted, ...).
  WARNING_CODES = Native::WARNING_CODES

  class << self
    # require_key: true (here and in validate, error, parse, validate_many,
    # check_civil_status; libnir's NIR_REQUIRE_KEY) makes a number without
    # its key (13 characters) invalid with :key_missing, positioned just
    # after its last character; without it such a number is valid.

    # true or false; nil is not valid. The fast path (no decoding).
    def valid?(number, profile: :standard, require_key: false)
      Native.valid?(number, profile, require_key)
    end

    # The compact number (frozen String) or raise InvalidError.
    def validate(number, profile: :standard, require_key: false)
      Native.validate(number, profile, require_key)
    end

    # The error of a number as [code, position], or nil when it is valid.
    def error(number, profile: :standard, require_key: false)
      Native.error(number, profile, require_key)
    end

    # Decode a number (frozen NIR::Parsed) or raise InvalidError.
    def parse(number, profile: :standard, require_key: false)
      Native.parse(number, profile, require_key)
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

    # The two key digits of a 13-character body: "38" (python-stdnum's name).
    def calc_check_digits(body)
      Native.calc_check_digits(body)
    end

    # The key of a 13-character body as an Integer, 38 (nir_compute_key).
    def compute_key(body)
      Native.calc_check_digits(body).to_i
    end

    # One verdict per element, in a frozen Array: true/false, or with
    # codes: true nil (valid) / the error code (:key, ...). nil is invalid
    # (:empty); other non-strings raise NIR::InputTypeError, and so does a
    # bare String or nil in place of the list. Faster than a
    # valid? loop: the strings are read in place, with no copy.
    def validate_many(numbers, profile: :standard, codes: false, require_key: false)
      Native.validate_many(numbers, profile, codes, require_key)
    end

    # Cross-check a number against civil-status data; every keyword is
    # optional, and nil, "" or white space means "not given". sex: :male/
    # :female or "M", "F", "homme", ...; birth_date: as written on the
    # document ("2/4/1965", "4 février 1965") or a Date/Time; date_order:
    # :dmy, :mdy, :ymd; document_country: "US", "USA", "États-Unis", ...;
    # birthplace: INSEE commune, département or country. Runs without the
    # GVL (ICU work: other threads go on meanwhile).
    def check_civil_status(number, sex: nil, birth_date: nil, date_order: nil,
                           document_country: nil, birthplace: nil,
                           profile: :standard, require_key: false)
      unless Native::CIVIL_STATUS
        raise UnsupportedError, "libnir was built without the civil-status check"
      end

      birth_date = birth_date.strftime("%Y-%m-%d") if birth_date.respond_to?(:strftime)
      sex, birth_date, date_order, document_country, birthplace =
        [sex, birth_date, date_order, document_country, birthplace].map { |v| given(v) }
      Native.check_civil_status(number, profile, sex, birth_date, date_order,
                                document_country, birthplace, require_key)
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

    # nil for a blank String or Symbol (empty or only white space).
    def given(value)
      text = value.is_a?(Symbol) ? value.name : value
      text.is_a?(String) && text.match?(/\A[[:space:]]*\z/) ? nil : value
    end

    def join(spaced, separator)
      return spaced if separator == " " || separator.to_s.empty?

      out = spaced.gsub(" ", separator.to_s)
      (spaced.is_a?(SensitiveString) ? SensitiveString.new(out) : out).freeze
    end
  end
end
