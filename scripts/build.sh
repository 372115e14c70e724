#!/usr/bin/env bash
# Builds the wasm into www/pkg (setting up the toolchain first if needed).
source "$(dirname "$0")/lib.sh"
setup_rust
build_wasm
