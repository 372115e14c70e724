#!/usr/bin/env bash
# npm test: set up, then run every test — native cargo tests, the release wasm
# build, the wasm-bindgen tests in Chromium, the npm and Python packages, and the
# browser tests.
#
# Each step runs even when an earlier one failed. Their results are reported
# as tests of their own in node's test summary, which is the last thing
# printed; the exit status is non-zero when anything failed.
source "$(dirname "$0")/lib.sh"
setup_build
setup_test

STEPS="$(mktemp -d)/steps.jsonl"
export QUOTELIGHT_STEPS="$STEPS"

# step NAME CMD...: runs CMD in a subshell (so `set -e` holds inside it) and records the result.
step() {
  local name=$1 t0=$SECONDS rc
  shift
  say "$name"
  set +e
  (set -e; "$@")
  rc=$?
  set -e
  printf '{"name":"%s","ok":%s,"seconds":%d}\n' "$name" "$([ $rc = 0 ] && echo true || echo false)" \
    $((SECONDS - t0)) >>"$STEPS"
}

wasm_tests() {
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
  export WASM_BINDGEN_USE_BROWSER=1
  # proptest (a dev-dependency) pulls in getrandom, which refuses to build for
  # wasm32-unknown-unknown without a backend; the wasm tests never draw random numbers.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS='--cfg getrandom_backend="unsupported"'
  cargo test --target "$WASM_TARGET" --test wasm
}

step "cargo test (native unit + integration)" cargo test
step "wasm builds (size-optimised release: www/pkg, www/pkg-compare)" build_wasm
step "wasm-bindgen tests in Chromium (tests/wasm.rs)" wasm_tests
# The packages: the npm tarball from the wasm built above (tested with the browser
# tests below), and the Python wheel (built without LTO) under pytest in a fresh virtualenv.
step "npm package (dist/quotelight-*.tgz)" bash scripts/pack-npm.sh --reuse-wasm
step "Python package: wheel + pytest (tests/packages/python)" bash scripts/pack-python.sh --test

shopt -s nullglob
browser_tests=(tests/browser/*.test.mjs tests/packages/*.test.mjs)
say "Browser tests (${#browser_tests[@]} files) under node --test"
exec node --test scripts/steps.test.mjs "${browser_tests[@]}"
