# frozen_string_literal: true

require "rbconfig"

module NIR
  # Loads the native extension. An installed gem (gem install, Bundler's
  # rubygems and git: sources) has it compiled at install time. Bundler's
  # path: source never compiles extensions (Bundler::Source::Path installs
  # with extensions disabled), so when the gem is used from a source tree
  # whose extension is missing or older than its C sources, it is compiled
  # here, once, into <gem dir>/tmp/ext/<ruby>/ (under a file lock: several
  # processes may boot at once), and loaded from there.
  module SourceBuild
    ROOT = File.expand_path("../..", __dir__)
    EXTCONF = File.join(ROOT, "ext", "nir", "extconf.rb")

    def self.require_extension
      dir = build_dir
      return require("nir/nir_ext") unless File.exist?(EXTCONF) && !installed_extension?

      library = File.join(dir, "nir_ext.#{RbConfig::CONFIG['DLEXT']}")
      build(dir, library) if stale?(library)
      require library
    end

    # A gem installed by RubyGems or Bundler (git:) keeps its compiled
    # extension outside lib/; rake compile puts one in tmp/dev/.
    def self.installed_extension?
      $LOAD_PATH.resolve_feature_path("nir/nir_ext")
    rescue LoadError
      false
    end

    def self.build_dir
      File.join(ROOT, "tmp", "ext", "#{RUBY_ENGINE}-#{RbConfig::CONFIG['ruby_version']}-#{RbConfig::CONFIG['arch']}")
    end

    def self.sources
      repo = File.expand_path("../..", ROOT)
      vendor = File.join(ROOT, "ext", "nir", "vendor")
      base = File.directory?(vendor) ? vendor : repo
      Dir[File.join(ROOT, "ext/nir/*.{c,rb}"), File.join(base, "{include,lib,lib/civil}/*.{c,h}")]
    end

    def self.stale?(library)
      return true unless File.exist?(library)

      built = File.mtime(library)
      sources.any? { |f| File.mtime(f) > built }
    end

    def self.build(dir, library)
      require "fileutils"
      FileUtils.mkdir_p(dir)
      locked_build(dir, library)
    rescue SystemCallError => e
      raise LoadError, "nir: the native extension is missing and #{dir} cannot be written " \
                       "(#{e.class}); build it with `rake compile` or install the gem"
    end

    def self.locked_build(dir, library)
      File.open(File.join(dir, "build.lock"), File::RDWR | File::CREAT) do |lock|
        lock.flock(File::LOCK_EX)
        next unless stale?(library) # another process built it meanwhile

        log = File.join(dir, "build.log")
        warn "nir: compiling the native extension into #{dir} (Bundler does not build path: gems)"
        ok = system(RbConfig.ruby, EXTCONF, chdir: dir, out: log, err: %i[child out]) &&
             system(ENV.fetch("MAKE", "make"), chdir: dir, out: [log, "a"], err: %i[child out])
        raise LoadError, "nir: could not compile the native extension, see #{log}" unless ok
      end
    end
  end
end
