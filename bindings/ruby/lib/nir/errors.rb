# frozen_string_literal: true

module NIR
  # Mixed into every exception the binding raises, so that one
  # `rescue NIR::Error` catches them all while each keeps its Ruby ancestor
  # (ArgumentError, TypeError, NotImplementedError). No message contains
  # the number.
  module Error
  end

  # Raised for an invalid number. #code is the libnir status name (:empty,
  # :length, :character, :sex, :month, :department, :commune, :country,
  # :order, :key, :key_missing); #position the 1-based character position
  # of the first failing field (nil when libnir reports none). The message
  # is libnir's English text (UTF-8) and never contains the number;
  # #message_fr is the French one.
  class InvalidError < ArgumentError
    include Error

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

  # An option value libnir does not know: profile:, sex:, date_order:,
  # keep: (the message names the value only when it holds no digit).
  class OptionError < ArgumentError
    include Error
  end

  # An input that is neither a String nor convertible with #to_str (the
  # message names its class, never its value).
  class InputTypeError < TypeError
    include Error
  end

  # A feature the C library in use was built without (the civil-status
  # check).
  class UnsupportedError < NotImplementedError
    include Error
  end
end
