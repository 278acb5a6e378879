# frozen_string_literal: true

# ActiveModel / Rails validator:
#
#   class Employee
#     include ActiveModel::Validations
#     validates :nir, nir: true
#     validates :nir, nir: { profile: :dsn, allow_blank: true, require_key: true }
#   end
#
# Options: profile (:standard, :dsn, :lenient), require_key (a 13-character
# number, valid but without its key, fails with :key_missing), and
# ActiveModel's own allow_nil, allow_blank, message, if, unless, on.
# The error type is :"nir.<code>" (:"nir.key", :"nir.length", ...) with
# English and French texts in lib/nir/locale/*.yml, found through I18n like
# ActiveModel's own (errors.messages.nir.key; override it per model as
# activemodel.errors.models.employee.attributes.nir.nir.key). The number is
# never passed to the message.
require "active_model"
require "nir"

module NIR
  # See the top of this file. Rails finds it as NirValidator.
  class Validator < ActiveModel::EachValidator
    LOCALE_FILES = Dir[File.join(__dir__, "locale", "*.yml")].sort.freeze
    # Codes a validation can report: libnir's number errors and key_missing.
    CODES = ((STATUS_CODES - %i[ok buffer argument]) | %i[key_missing]).freeze

    # Its own options and those ActiveModel handles.
    OPTIONS = %i[profile require_key allow_nil allow_blank message if unless on strict].freeze

    def check_validity!
      NIR.valid?("", profile: options.fetch(:profile, :standard)) # raises NIR::OptionError
      unknown = options.keys - OPTIONS
      raise OptionError, "unknown option #{unknown.first.inspect} of the nir validator" unless unknown.empty?
    end

    def validate_each(record, attribute, value)
      code = self.class.code(value, profile: options.fetch(:profile, :standard),
                                    require_key: options[:require_key])
      return unless code

      details = options[:message] ? { message: options[:message] } : {}
      record.errors.add(attribute, :"nir.#{code}", **details)
    end

    # The error code of a value (nil when valid): libnir's status name
    # (:key_missing when require_key is set and the number has no key).
    # nil is :empty; an Integer is read as its digits; another non-String
    # is :character.
    def self.code(value, profile: :standard, require_key: false)
      value = value.to_s if value.is_a?(Integer)
      return :empty if value.nil?
      return :character unless value.is_a?(String)

      NIR.error(value, profile: profile, require_key: require_key)&.first
    end
  end
end

# Messages: first in the load path, so that an application's own files
# override them. If translations were read already (this file is loaded on
# first use of the validator, maybe after boot), read them again, in order.
I18n.load_path.unshift(*NIR::Validator::LOCALE_FILES)
I18n.reload! if I18n.backend.respond_to?(:initialized?) && I18n.backend.initialized?

# ActiveModel looks `nir: true` up as NirValidator.
NirValidator = NIR::Validator
