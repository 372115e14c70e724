#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs, skipping whatever
# is already there: the wasm32 Rust target and wasm-bindgen at Cargo.lock's
# version; with --test also wasm-bindgen-test-runner, the npm packages and
# Chromium + chromedriver (apt). (--browser is the old name of --test.)
source "$(dirname "$0")/lib.sh"
setup_node
setup_build
case "${1:-}" in
  --test | --browser) setup_test ;;
esac
