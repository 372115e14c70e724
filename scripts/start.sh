#!/usr/bin/env bash
# npm start: set up what building needs, build the wasm, and serve www/ on
# 127.0.0.1 (PORT, default 8080). Nothing only the tests need (Chromium, the
# wasm test runner) is installed; the npm packages are, for wasm-opt. Extra
# arguments go to the server, e.g. `npm start -- --csp`.
source "$(dirname "$0")/lib.sh"
setup_node
setup_and_build
exec node scripts/serve.mjs "$@"
