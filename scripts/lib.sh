# Shared helpers for the set-up, build, serve and test scripts. Sourced, not run.
#
# Every set-up step checks first and skips what is already there, so running
# any script twice costs seconds, and a fresh machine needs nothing but Rust,
# Node and (for the browser tests) apt.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$ROOT"

WASM_TARGET=wasm32-unknown-unknown
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

if [ -t 2 ]; then
  say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
else
  say() { printf '==> %s\n' "$*" >&2; }
fi
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
warn() { printf 'warning: %s\n' "$*" >&2; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $*"
  fi
}

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# The wasm32 target for rustc (a rustup component: seconds).
setup_rust() {
  command -v cargo >/dev/null || die "Rust is not installed: see https://rustup.rs (then re-run)"
  command -v rustup >/dev/null || die "rustup is needed to add the $WASM_TARGET target: see https://rustup.rs"
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "Adding the $WASM_TARGET Rust target"
    rustup target add "$WASM_TARGET"
  fi
}

# Installs one binary of wasm-bindgen-cli at exactly Cargo.lock's version, unless it is there.
# `npm start` needs only `wasm-bindgen`; `npm test` also `wasm-bindgen-test-runner`, so
# nobody waits for a binary they do not run.
install_wasm_bindgen_bin() {
  local bin=$1 want have
  want="$(locked_wasm_bindgen_version)"
  [ -n "$want" ] || die "cannot read the wasm-bindgen version from Cargo.lock"
  have="$("$bin" --version 2>/dev/null | awk '{print $2}' || true)"
  [ "$have" = "$want" ] && return 0
  say "Installing $bin $want from crates.io (have: ${have:-none}; about 2.5 CPU-minutes)"
  # A quick build profile for a build tool: no optimisation, no LTO, many codegen units. Measured
  # cold: 144 s of CPU at opt-level 0 against 327 s at opt-level 1; the unoptimised wasm-bindgen
  # then binds our wasm in 0.55 s instead of 0.30 s, with the same output.
  # --no-default-features drops TLS (rustls and ring: 11% of the CPU time, measured), which neither
  # binary uses: wasm-bindgen works offline and the test runner speaks plain HTTP to chromedriver.
  # No --locked: the CLI's own lock file pins crates that no longer build.
  # A kept target directory: the second binary (the test runner, for `npm test`) then reuses every
  # dependency the first one built and costs a link, not a second full build.
  CARGO_TARGET_DIR="${CARGO_HOME:-$HOME/.cargo}/quotelight-wasm-bindgen-target" \
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_DEBUG=0 CARGO_PROFILE_RELEASE_INCREMENTAL=false \
    cargo install wasm-bindgen-cli --version "$want" --no-default-features --bin "$bin" --force
}

# What building the wasm needs: the target, the wasm-bindgen CLI and wasm-opt (npm).
setup_build() {
  setup_rust
  install_wasm_bindgen_bin wasm-bindgen
  setup_wasm_opt
}

setup_node() {
  command -v node >/dev/null || die "Node.js 20 or newer is required"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is required (have $(node --version))"
}

# The npm packages: binaryen's wasm-opt for the build, the rest for the tests (playwright-core
# drives Chromium).
setup_npm() {
  setup_node
  # npm ci wipes node_modules, so run it only when the lock file changed. The stamp is written only
  # after a successful install, also where a caller suspends `set -e`.
  if ! cmp -s package-lock.json node_modules/.quotelight-lock 2>/dev/null; then
    say "Installing npm packages"
    npm ci --no-audit --no-fund && cp package-lock.json node_modules/.quotelight-lock
  fi
}

# wasm-opt comes with the npm packages. In CI a failed install fails the build; elsewhere it only
# warns, and bind_wasm ships the unoptimised wasm (with a warning of its own).
setup_wasm_opt() {
  if [ "${CI:-}" = true ]; then
    setup_npm
  else
    setup_npm || warn "npm ci failed: the wasm will not be optimised by wasm-opt"
  fi
}

setup_browser() {
  if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
    say "Installing Chromium and chromedriver from apt"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
}

# Everything `npm test` needs on top of setup_build.
setup_test() {
  install_wasm_bindgen_bin wasm-bindgen-test-runner
  setup_npm
  setup_browser
}

# Release builds of the wasm, each with its bindings (quotelight.js, .d.ts, _bg.wasm): www/pkg for
# the paste page and the embed (annotate), www/pkg-compare for the Compare page and the npm package
# (annotate and compare; Cargo feature "compare", about 14 KB more gzip that the paste page, and
# every CMS preview embedding it, would download for nothing). The second build reuses the first's
# dependencies: only the engine is compiled again.
# Chained with && because callers may run it where `set -e` is suspended.
build_wasm() {
  compile_wasm && bind_wasm www/pkg && compile_wasm compare && bind_wasm www/pkg-compare && minify_page
}

# www/min/: the minified scripts (and the engines beside their glue) that index.html and
# compare.html load; `npm run build:page` redoes only this after editing a page script.
minify_page() {
  node scripts/minify-page.mjs
}

# The engine as a size-optimised cdylib (needs no wasm-bindgen yet), with the Cargo features in $1.
compile_wasm() {
  local features=${1:-}
  say "Building the wasm (profile wasm: release, LTO, opt-level s${features:+; features: $features})"
  # `cargo build` would build the rlib too and drop LTO; this builds the cdylib alone.
  # opt-level "s" runs about 1.5x as fast in Chromium as "z" for about 57 KB more gzip, which the
  # 350 KB page budget (tests/browser/size.test.mjs) has since the wasm's furniture patterns use
  # regex-lite; docs/performance.md has the measurements.
  cargo rustc --profile wasm --target "$WASM_TARGET" --lib --crate-type cdylib ${features:+--features "$features"}
}

# The JavaScript bindings of the last compiled wasm, into $1 (www/pkg or www/pkg-compare), then
# wasm-opt on the bound module (wasm-bindgen reads custom sections that wasm-opt would drop, so it
# has to come first).
bind_wasm() {
  local out=$1
  # (The snippets' folder is named by a hash: an old one would linger and be packed.)
  rm -rf "$out/snippets"
  wasm-bindgen --target web --out-dir "$out" \
    "${CARGO_TARGET_DIR:-target}/$WASM_TARGET/wasm/quotelight.wasm" &&
    strip_glue_comments "$out/quotelight.js" "$out"/snippets/*/src/*.js &&
    optimize_wasm "$out/quotelight_bg.wasm" &&
    say "$out/quotelight_bg.wasm: $(wc -c <"$out/quotelight_bg.wasm") bytes"
}

# Comment blocks and comment lines go from the JS the embed and the npm package load from www/pkg (the
# pages load www/min's minified copy): the doc comments
# wasm-bindgen copies from the Rust exports into the glue (editors and TypeScript read them, and the
# types, from quotelight.d.ts beside it, which keeps them) and those of src/wasm_result.js's copy (the
# source keeps them). About 980 bytes of gzip.
strip_glue_comments() {
  node -e 'const fs = require("fs");
    for (const f of process.argv.slice(1)) {
      const js = fs.readFileSync(f, "utf8");
      fs.writeFileSync(f, js.replace(/^[ \t]*\/\*\*[^]*?\*\/[ \t]*\n/gm, "").replace(/^[ \t]*\/\/.*\n/gm, ""));
    }' "$@"
}

# binaryen's wasm-opt -Oz (to convergence), pinned in package.json. It takes the wasm features (bulk memory,
# sign-ext, ...) from the module's target_features section, i.e. exactly what rustc compiled for,
# so no --enable flags need to follow the toolchain; a feature it was not told about is a
# validation error, not a broken wasm.
optimize_wasm() {
  local wasm=$1 opt="$ROOT/node_modules/.bin/wasm-opt"
  if [ ! -x "$opt" ]; then
    # CI must not pass with a wasm about 12% bigger than the one it should test and ship.
    [ "${CI:-}" != true ] || die "no $opt: the npm packages are not installed (npm ci)"
    warn "no $opt (npm ci): $wasm is left unoptimised, about 12% bigger"
    return 0
  fi
  # --converge repeats -Oz until the module stops shrinking: about 2 KB of gzip (the page's
  # budget has little room) for some 40 s more of build. The producers and target-features
  # sections are read on input and dropped from the output (about 220 bytes of gzip): no
  # browser reads them. --low-memory-unused lets a constant added to an address become the
  # load's or store's own offset (about 1.9 KB of gzip, and fewer adds): the two differ only
  # when the sum wraps past 4 GiB into the first 1 KiB, and Rust reaches no address that way
  # (the stack, placed first, is at the first KiB only as a pointer counted down to it).
  say "wasm-opt -Oz --converge $wasm ($(wc -c <"$wasm") bytes)"
  "$opt" -Oz --converge --low-memory-unused --strip-producers --strip-target-features "$wasm" -o "$wasm.opt" ||
    { rm -f "$wasm.opt"; return 1; }
  mv "$wasm.opt" "$wasm"
}

# setup_build + build_wasm, with the engine compiling while wasm-bindgen builds on a fresh
# machine: the CLI's build leaves a core idle for much of its time (long serial crates).
setup_and_build() {
  setup_rust
  setup_wasm_opt
  local want have
  want="$(locked_wasm_bindgen_version)"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" = "$want" ]; then
    build_wasm
    return
  fi
  compile_wasm &
  local compiling=$!
  install_wasm_bindgen_bin wasm-bindgen
  wait "$compiling" || die "the wasm build failed (its output is above)"
  bind_wasm www/pkg && compile_wasm compare && bind_wasm www/pkg-compare && minify_page
}
