#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs, skipping whatever
# is already there: the wasm32 Rust target, wasm-bindgen at Cargo.lock's
# version and the npm packages (binaryen's wasm-opt); with --test also
# wasm-bindgen-test-runner and Chromium + chromedriver (apt). (--browser is the
# old name of --test.)
source "$(dirname "$0")/lib.sh"
setup_node
setup_build
case "${1:-}" in
  --test | --browser) setup_test ;;
esac
