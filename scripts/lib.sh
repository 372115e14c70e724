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

setup_rust() {
  command -v cargo >/dev/null || die "Rust is not installed: see https://rustup.rs (then re-run)"
  command -v rustup >/dev/null || die "rustup is needed to add the $WASM_TARGET target: see https://rustup.rs"
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "Adding the $WASM_TARGET Rust target"
    rustup target add "$WASM_TARGET"
  fi
  local want have
  want="$(locked_wasm_bindgen_version)"
  [ -n "$want" ] || die "cannot read the wasm-bindgen version from Cargo.lock"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "Installing wasm-bindgen-cli $want (have: ${have:-none}; takes a few minutes)"
    # No --locked: the CLI's own lock file pins crates that no longer build.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

setup_npm() {
  command -v node >/dev/null || die "Node.js 20 or newer is required"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is required (have $(node --version))"
  # npm ci wipes node_modules, so run it only when the lock file changed.
  if ! cmp -s package-lock.json node_modules/.quotelight-lock 2>/dev/null; then
    say "Installing npm packages"
    npm ci --no-audit --no-fund
    cp package-lock.json node_modules/.quotelight-lock
  fi
}

setup_browser() {
  if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
    say "Installing Chromium and chromedriver from apt"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
  fi
}

# Release build of the wasm, bindings into www/pkg (quotelight.js, .d.ts, _bg.wasm).
# Chained with && because callers may run it where `set -e` is suspended.
build_wasm() {
  say "Building the wasm (profile wasm: release, LTO, opt-level z)"
  # `cargo build` would build the rlib too and drop LTO; this builds the cdylib alone.
  # opt-level "z" makes the download about a fifth smaller (126 KB gzipped, against 159 KB at
  # opt-level 3), and the engine is fast enough that its speed does not matter here.
  cargo rustc --profile wasm --target "$WASM_TARGET" --lib --crate-type cdylib &&
    wasm-bindgen --target web --out-dir www/pkg \
      "${CARGO_TARGET_DIR:-target}/$WASM_TARGET/wasm/quotelight.wasm" &&
    say "www/pkg/quotelight_bg.wasm: $(wc -c <www/pkg/quotelight_bg.wasm) bytes"
}
