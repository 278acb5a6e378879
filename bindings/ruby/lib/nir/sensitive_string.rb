# frozen_string_literal: true

module NIR
  # A frozen String that carries a number or an identifier: what
  # NIR.validate, NIR.compact, NIR.format, NIR.suggest, Parsed#compact,
  # NIR.validate_ntt and ParsedNTT#identifier return. It is the value
  # itself (==, to_s, interpolation and every String method see the
  # characters), but #inspect - hence p, pp, logs of a Hash or Array holding
  # it and the message of a FrozenError raised on it - shows the number
  # masked as NIR.mask does ("2 55 ** ** *** *** **"), or only its length
  # when it is not NIR-shaped.
  class SensitiveString < String
    def inspect
      "#<#{self.class.name} #{Masking.describe(self)}>"
    end

    def pretty_print(q)
      q.text(inspect)
    end
  end

  # What #inspect shows in place of a number (SensitiveString and the
  # results): its mask with sex and year kept, "2 55 ** ** *** *** **", or
  # only its length when it cannot be masked.
  module Masking
    def self.describe(number)
      return number.inspect unless number.is_a?(String) # nil in a hand-made Struct

      NIR.mask(number).inspect
    rescue InvalidError
      "(#{number.length} characters)"
    end
  end
end
