#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there:
# the wasm32 Rust target, wasm-bindgen-cli at Cargo.lock's version, npm
# packages, and with --browser Chromium + chromedriver (apt).
source "$(dirname "$0")/lib.sh"
setup_rust
setup_npm
if [ "${1:-}" = --browser ]; then setup_browser; fi
