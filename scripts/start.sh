#!/usr/bin/env bash
# npm start: set up, build the wasm, and serve www/ on 127.0.0.1 (PORT, default 8080).
# Extra arguments go to the server, e.g. `npm start -- --csp`.
source "$(dirname "$0")/lib.sh"
setup_rust
setup_npm
build_wasm
exec node scripts/serve.mjs "$@"
