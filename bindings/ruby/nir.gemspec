# frozen_string_literal: true

require_relative "lib/nir/version"

Gem::Specification.new do |spec|
  spec.name = "nir"
  spec.version = NIR::VERSION
  spec.summary = "French social-security numbers (NIR): validate, decode, format, mask, civil-status check"
  spec.description = <<~DESC
    Ruby binding of libnir, the C library for French social-security numbers
    (NIR, NIA, temporary numbers, NNP, MIG). All rules live in C; the gem
    compiles the library sources it carries into a native extension.
  DESC
  spec.authors = ["libnir contributors"]
  spec.license = "MIT"
  spec.required_ruby_version = ">= 3.0"

  # The C sources of libnir are copied into ext/nir/vendor/ before
  # `gem build` (rake vendor, or run_tests.sh): a gem cannot carry files from
  # outside its directory. Bundler's path: and git: sources use this
  # directory as it is: without vendor/, extconf.rb compiles the
  # repository's own sources (../../include, ../../lib).
  vendor = Dir.glob("ext/nir/vendor/**/*.{c,h}", base: __dir__).sort
  if vendor.empty?
    if defined?(Gem::Commands::BuildCommand)
      raise "ext/nir/vendor/ is empty: run `rake vendor` (or run_tests.sh) before `gem build`"
    end
    unless File.exist?(File.join(__dir__, "../../include/nir.h"))
      raise "no libnir C sources: neither ext/nir/vendor/ nor the repository's include/ and lib/"
    end
  end

  spec.files = Dir.glob(%w[lib/**/*.rb lib/**/*.yml ext/nir/*.{c,rb}], base: __dir__).sort +
               vendor + %w[README.md]
  spec.extensions = ["ext/nir/extconf.rb"]
  spec.require_paths = ["lib"]
end
