#!/usr/bin/env bash
# Builds the npm tarball you would publish, dist/quotelight-VERSION.tgz:
#   npm run pack:npm                      (builds the wasm first, setting up Rust if needed)
#   bash scripts/pack-npm.sh --reuse-wasm (packs www/pkg-compare as an earlier build left it)
#   bash scripts/pack-npm.sh --check      (npm's prepack hook: refuses a plain `npm pack` here)
# The package's engine is the wasm built with compare (www/pkg-compare), at the path its modules
# and the embed import it from (www/pkg): the tarball is packed from a staging copy of the files
# package.json lists, with www/pkg-compare as www/pkg. A plain `npm pack` or `npm publish` in the
# repository would ship the paste page's engine, which has no compare: publish the tarball.
source "$(dirname "$0")/lib.sh"

ENGINE_FILES=(www/pkg-compare/quotelight.js www/pkg-compare/quotelight.d.ts www/pkg-compare/quotelight_bg.wasm www/pkg-compare/snippets)

check_built() {
  for f in "${ENGINE_FILES[@]}"; do
    [ -s "$f" ] || die "$f is missing: make the package with \`npm run pack:npm\`, which builds it"
  done
}

case "${1:-}" in
  --check) die "pack with \`npm run pack:npm\` (it writes dist/quotelight-*.tgz; publish that file)" ;;
  --reuse-wasm) check_built ;;
  "") setup_and_build ;;
  *) die "usage: scripts/pack-npm.sh [--reuse-wasm | --check]" ;;
esac

mkdir -p dist
rm -f dist/quotelight-*.tgz
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
# The files npm would pack from here (package.json's "files", the README, package.json), less the
# paste page's engine; then the engine with compare in its place.
npm pack --dry-run --json --ignore-scripts |
  node -e 'for (const f of JSON.parse(require("fs").readFileSync(0, "utf8"))[0].files) console.log(f.path)' |
  grep -v '^www/pkg/' |
  while IFS= read -r f; do
    mkdir -p "$stage/$(dirname "$f")" && cp "$f" "$stage/$f"
  done
mkdir -p "$stage/www/pkg"
cp -R www/pkg-compare/quotelight.js www/pkg-compare/quotelight.d.ts www/pkg-compare/quotelight_bg.wasm \
  www/pkg-compare/snippets "$stage/www/pkg/"
(cd "$stage" && npm pack --ignore-scripts --pack-destination "$ROOT/dist" --silent >/dev/null)
tarball="$(ls dist/quotelight-*.tgz)"
say "$tarball: $(wc -c <"$tarball") bytes"
