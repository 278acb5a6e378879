#!/bin/sh
# Build the nir gem from this source tree, install it offline into
# $1 (default: bindings/ruby/tmp/ruby-gems) and run the minitest suite against
# the installed gem. Usage: run_tests.sh [GEM_INSTALL_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gemdir=${1:-$here/tmp/ruby-gems}
mkdir -p "$gemdir"
gemdir=$(cd "$gemdir" && pwd)
ruby=${RUBY:-ruby}
gem=${GEM:-gem}

# 1. Vendor the C sources (ext/nir/vendor/ is gitignored).
vendor=$here/ext/nir/vendor
rm -rf "$vendor"
trap 'rm -rf "$vendor"' EXIT
mkdir -p "$vendor/include" "$vendor/lib"
cp "$root"/include/*.h "$vendor/include/"
cp "$root"/lib/*.c "$root"/lib/*.h "$vendor/lib/"
if [ -d "$root/lib/civil" ]; then
  mkdir -p "$vendor/lib/civil"
  for f in "$root"/lib/civil/*.c "$root"/lib/civil/*.h; do
    [ -e "$f" ] && cp "$f" "$vendor/lib/civil/"
  done
fi

# 2. Build and install the gem, offline.
version=$("$ruby" -e 'require ARGV[0]; print NIR::VERSION' "$here/lib/nir/version.rb")
pkg=$here/tmp/pkg
mkdir -p "$pkg"
(cd "$here" && "$gem" build nir.gemspec --output "$pkg/nir-$version.gem")
rm -rf "$vendor" # the gem carries its copy; keep the tree clean
"$gem" install --local --no-document --install-dir "$gemdir" "$pkg/nir-$version.gem"

# 3. Run the tests against the installed gem only (not this lib/).
default_path=$("$ruby" -e 'print Gem.default_path.join(":")')
cd "$here/test"
GEM_HOME=$gemdir GEM_PATH="$gemdir:$default_path" NIR_EXPECT_GEM_HOME=$gemdir \
  NIR_SOURCE_DIR=$root \
  "$ruby" -w -e 'gem "nir"; files = ARGV.dup; ARGV.clear; files.each { |f| require File.expand_path(f) }' ./*_test.rb
