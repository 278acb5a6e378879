# frozen_string_literal: true

# Calls per second of NIR.valid? (libnir through the extension) next to a
# plain-Ruby key check, in the same run. The plain-Ruby check exists only
# here, as a baseline: it does much less than libnir (no normalisation, no
# field rules, no profiles).
#
#   ruby bench/bench.rb [seconds-per-case]       (against the installed gem)
#   ruby -Ilib -Itmp/dev bench/bench.rb          (against a local build)
require "nir"

SECONDS = Float(ARGV[0] || 1.0)
INPUTS = %w[255081416802538 284052A32102552 185079721200508 295109912611193
            255081416802539 141208078200587 2840588321025].freeze

# Baseline: 15 ASCII characters, 2A/2B substitution, key = 97 - body mod 97.
def plain_ruby_valid?(s)
  return false unless s.length == 15 && s.match?(/\A\d{5}(?:\d\d|2[AB])\d{8}\z/)

  body = s[0, 13]
  n = case body[5, 2]
      when "2A" then body.sub("2A", "19").to_i
      when "2B" then body.sub("2B", "18").to_i
      else body.to_i
      end
  97 - (n % 97) == s[13, 2].to_i
end

def rate(label)
  n = 0
  batch = INPUTS.size * 100
  t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  elapsed = 0.0
  while elapsed < SECONDS
    100.times { INPUTS.each { |s| yield s } }
    n += batch
    elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0
  end
  per_sec = n / elapsed
  printf("%-34s %12.0f calls/s\n", label, per_sec)
  per_sec
end

# the baseline must agree with libnir on these inputs (13 chars aside)
INPUTS.each do |s|
  next if s.length == 13

  warn "baseline disagrees on #{s}" unless plain_ruby_valid?(s) == NIR.valid?(s)
end

puts "ruby #{RUBY_VERSION}, nir #{NIR::VERSION} (libnir #{NIR.library_version})"
rate("warm-up") { |s| NIR.valid?(s) }
c = rate("NIR.valid?") { |s| NIR.valid?(s) }
d = rate("NIR.valid?(profile: :dsn)") { |s| NIR.valid?(s, profile: :dsn) }
r = rate("plain-Ruby key check") { |s| plain_ruby_valid?(s) }
list = INPUTS * 10_000
t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
NIR.validate_many(list)
m = list.size / (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0)
printf("%-34s %12.0f numbers/s\n", "NIR.validate_many (70k)", m)
printf("ratio NIR.valid? / plain Ruby: %.2fx\n", c / r)
printf("ratio NIR.valid?(profile:) / plain Ruby: %.2fx\n", d / r)
