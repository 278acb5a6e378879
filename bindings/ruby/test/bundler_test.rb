# frozen_string_literal: true

require_relative "test_helper"
require "open3"
require "tmpdir"

# Runs the shell blocks of the README's "Bundler and Rails" section as
# written (between its bundler-test markers), offline with Debian's bundler
# and activemodel, each in a fresh directory: `gem "nir", path:` and `git:`.
class BundlerTest < Minitest::Test
  ROOT = ENV.fetch("NIR_SOURCE_DIR") { File.expand_path("../../..", __dir__) }
  README = File.join(ROOT, "bindings/ruby/README.md")

  def blocks
    section = File.read(README)[/<!-- bundler-test:begin -->(.*?)<!-- bundler-test:end -->/m, 1]
    refute_nil section, "README.md lost its bundler-test markers"
    section.scan(/^```sh\n(.*?)^```/m).map(&:first)
  end

  # The environment of a new shell: no gem directory of this test run, a
  # writable GEM_HOME (the git: checkout is installed there), the system
  # gems visible.
  def clean_env(home)
    env = ENV.keys.grep(/\A(BUNDLE_|BUNDLER_|GEM_|RUBYOPT|RUBYLIB)/).to_h { |k| [k, nil] }
    env.merge("GEM_HOME" => File.join(home, "gems"), "HOME" => home, "LIBNIR" => ROOT,
              "LIBNIR_GIT" => "file://#{ROOT}")
  end

  def run_block(script, dir)
    out, status = Open3.capture2e(clean_env(dir), "sh", "-eu", "-c", script, chdir: dir)
    assert status.success?, "README block failed:\n#{script}\n--- output:\n#{out}"
    out
  end

  def test_readme_blocks_run
    assert_equal 2, blocks.size, "the path: and git: examples"
    path_block, git_block = blocks
    Dir.mktmpdir("nir-bundler") do |dir|
      out = run_block(path_block, dir)
      assert_match(/^Nir does not match its key$/, out)
      assert_match(/^Nir n'a pas sa clé de deux chiffres$/, out)
      assert_match(/^true$/, out)
    end
    skip "not a git checkout: git: source not tried" unless File.exist?(File.join(ROOT, ".git"))
    Dir.mktmpdir("nir-bundler-git") do |dir|
      out = run_block(git_block, dir)
      assert_match(/^true$/, out)
      assert_match(/^#<NIR::Parsed masked="2 55 \*\* \*\* \*\*\* \*\*\* \*\*" kind=:nir warnings=\[\]>$/, out)
    end
  end
end
