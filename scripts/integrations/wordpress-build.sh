#!/usr/bin/env bash
# Builds the WordPress plugin's copy of the embed: www/quotelight.js,
# www/embed/, www/worker.js and the engine (www/pkg) go to
# integrations/wordpress/quotelight/assets/quotelight/ (gitignored), so the
# plugin folder is self-contained. With --zip, also packs
# integrations/wordpress/quotelight.zip for Plugins → Add New → Upload.
# Needs the wasm built first (npm run build).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WWW="$ROOT/www"
PLUGIN="$ROOT/integrations/wordpress/quotelight"
DEST="$PLUGIN/assets/quotelight"

for f in quotelight.js worker.js embed pkg/quotelight.js pkg/snippets pkg/quotelight_bg.wasm; do
  [ -e "$WWW/$f" ] || { echo "error: $WWW/$f is missing: build the wasm first (npm run build)" >&2; exit 1; }
done

# Build next to the destination, then swap it in, so a half copy is never served.
tmp="$(mktemp -d "$PLUGIN/assets/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/embed" "$tmp/pkg"
cp "$WWW/quotelight.js" "$WWW/worker.js" "$tmp/"
cp "$WWW"/embed/*.js "$tmp/embed/"
cp "$WWW/pkg/quotelight.js" "$WWW/pkg/quotelight_bg.wasm" "$tmp/pkg/"
# The JS the bindings import (wasm-bindgen's copy of src/wasm_result.js).
cp -R "$WWW/pkg/snippets" "$tmp/pkg/"
chmod -R a+rX "$tmp"
rm -rf "$DEST"
mv "$tmp" "$DEST"
trap - EXIT

if [ "${1:-}" = "--zip" ]; then
  (cd "$PLUGIN/.." && rm -f quotelight.zip && python3 -m zipfile -c quotelight.zip quotelight)
  echo "built $PLUGIN/../quotelight.zip" >&2
fi
