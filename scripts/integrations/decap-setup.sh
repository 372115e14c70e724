#!/usr/bin/env bash
# Prepares the Decap CMS integration test (idempotent): installs decap-cms
# into integrations/decap/node_modules from its own lock file (npm ci, about
# two minutes on a fresh machine; skipped while the lock file is unchanged)
# and checks that the wasm the preview loads is built. No stdin needed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DECAP="$ROOT/integrations/decap"

for f in quotelight.js embed/annotator.js pkg/quotelight.js pkg/quotelight_bg.wasm; do
  [ -e "$ROOT/www/$f" ] || { echo "error: www/$f is missing: build the wasm first (npm run build)" >&2; exit 1; }
done

marker="$DECAP/node_modules/.quotelight-lock"
if ! cmp -s "$DECAP/package-lock.json" "$marker" 2>/dev/null || [ ! -f "$DECAP/node_modules/decap-cms/dist/decap-cms.js" ]; then
  echo "==> Installing decap-cms into integrations/decap/node_modules" >&2
  (cd "$DECAP" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
  cp "$DECAP/package-lock.json" "$marker"
fi
