#!/usr/bin/env bash
# Builds the Python wheel of quotelight into dist/ (release, LTO):
#   bash scripts/pack-python.sh
# With --test: a quicker build (no LTO), installed into a fresh virtualenv where
# tests/packages/python runs under pytest. Sets up maturin itself (a virtualenv
# in target/py-tools) and, when `python3 -m venv` is missing, python3-venv from apt.
source "$(dirname "$0")/lib.sh"

TOOLS="$ROOT/target/py-tools"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/python"

setup_python() {
  command -v python3 >/dev/null || die "Python 3.10 or newer is required"
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))' || die "Python 3.10 or newer is required"
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    say "Installing python3-venv from apt"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv
  fi
  if ! "$TOOLS/bin/maturin" --version >/dev/null 2>&1; then
    say "Installing maturin into $TOOLS"
    python3 -m venv "$TOOLS"
    "$TOOLS/bin/pip" install --quiet 'maturin>=1.9,<2'
  fi
}

setup_python
rm -f dist/quotelight-*.whl
if [ "${1:-}" = --test ]; then
  say "Building the wheel (profile wheel-test: no LTO)"
  "$TOOLS/bin/maturin" build --manifest-path python/Cargo.toml --profile wheel-test --out dist --quiet
  venv="$(mktemp -d)/venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet dist/quotelight-*.whl pytest
  say "pytest in a fresh virtualenv"
  # From outside the repository, so `import quotelight` can only find the installed wheel.
  (cd "$(dirname "$venv")" && "$venv/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/tests/packages/python")
  rm -rf "$(dirname "$venv")"
else
  "$TOOLS/bin/maturin" build --manifest-path python/Cargo.toml --release --out dist
  say "$(ls dist/quotelight-*.whl)"
fi
