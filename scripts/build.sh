#!/usr/bin/env bash
# Builds the wasm into www/pkg (setting up the target and wasm-bindgen first if needed).
source "$(dirname "$0")/lib.sh"
setup_and_build
