# frozen_string_literal: true

# Calls per second of NIR.valid? (libnir through the extension) next to a
# plain-Ruby key check, NIR.validate_many next to a NIR.valid? loop at every
# batch size, and the civil-status check on one thread and two, all in the
# same run (every ratio compares figures of this run). The plain-Ruby check exists only
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
printf("ratio NIR.valid? / plain Ruby: %.2fx\n", c / r)
printf("ratio NIR.valid?(profile:) / plain Ruby: %.2fx\n", d / r)

# Best of a few rounds of `block` over `reps` repetitions: seconds per rep.
def best(reps, rounds = 5)
  Array.new(rounds) do
    t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    reps.times { yield }
    (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0) / reps
  end.min
end

# validate_many against the loop it replaces, at every size, in the same run.
puts
puts "batch size   valid? loop   validate_many   (codes: true)   ratio loop/many"
[1, 10, 100, 10_000, 100_000].each do |size|
  list = Array.new(size) { |i| +INPUTS[i % INPUTS.size] } # ordinary, unfrozen strings
  reps = [(200_000 * SECONDS / size).ceil, 3].max
  loop_t = best(reps) { list.map { |s| NIR.valid?(s) } }
  many_t = best(reps) { NIR.validate_many(list) }
  codes_t = best(reps) { NIR.validate_many(list, codes: true) }
  printf("%10d %10.0f ns %12.0f ns %13.0f ns %14.2fx\n", size, loop_t / size * 1e9,
         many_t / size * 1e9, codes_t / size * 1e9, loop_t / many_t)
end

# The civil-status check runs without the GVL: two threads against one.
if NIR::Native::CIVIL_STATUS
  calls = [["165049940412352", { sex: :male, birth_date: "2/4/1965", document_country: "US" }],
           ["255081416802538", { sex: "F", birth_date: "1 août 1955", birthplace: "14168" }]]
  n = (400 * SECONDS).ceil
  work = -> { n.times { calls.each { |num, kw| NIR.check_civil_status(num, **kw) } } }
  one = best(1, 3) { work.call; work.call }
  two = best(1, 3) { Array.new(2) { Thread.new(&work) }.each(&:join) }
  puts
  printf("%-34s %12.0f calls/s\n", "check_civil_status, 1 thread", 4 * n / one)
  printf("%-34s %12.0f calls/s\n", "check_civil_status, 2 threads", 4 * n / two)
  printf("ratio 2 threads / 1 thread (civil check, GVL released): %.2fx\n", one / two)
end
