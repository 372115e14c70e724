#!/usr/bin/env bash
# Builds the npm tarball you would publish, dist/quotelight-VERSION.tgz:
#   npm run pack:npm                      (builds the wasm first, setting up Rust if needed)
#   bash scripts/pack-npm.sh --reuse-wasm (packs www/pkg as an earlier build left it)
#   bash scripts/pack-npm.sh --check      (npm's prepack hook: the engine files must be built)
source "$(dirname "$0")/lib.sh"

ENGINE_FILES=(www/pkg/quotelight.js www/pkg/quotelight.d.ts www/pkg/quotelight_bg.wasm www/pkg/snippets)

check_built() {
  for f in "${ENGINE_FILES[@]}"; do
    [ -s "$f" ] || die "$f is missing: make the package with \`npm run pack:npm\`, which builds it"
  done
}

case "${1:-}" in
  --check) check_built; exit 0 ;;
  --reuse-wasm) check_built ;;
  "") setup_and_build ;;
  *) die "usage: scripts/pack-npm.sh [--reuse-wasm | --check]" ;;
esac

mkdir -p dist
rm -f dist/quotelight-*.tgz
npm pack --pack-destination dist --silent >/dev/null
tarball="$(ls dist/quotelight-*.tgz)"
say "$tarball: $(wc -c <"$tarball") bytes"
