#!/usr/bin/env bash
# Prepares a machine to run the WordPress integration test (idempotent: each
# step checks first and skips what is there). Installs Debian's WordPress 6.1,
# Apache with mod_php and MariaDB from apt (without starting their services),
# the test site's config, the quotelight plugin (built from www/) and an
# offline guard. Servers are started by scripts/integrations/wordpress.mjs.
# Run as root (or with sudo available); no stdin needed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/scripts/integrations/wordpress"
CONTENT=/var/lib/wordpress/wp-content
PACKAGES=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-mysql mariadb-server)

say() { printf '==> %s\n' "$*" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
    echo "error: need root to run: $*" >&2; exit 1
  fi
}

installed() {
  [ -f /usr/share/wordpress/wp-settings.php ] && [ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] &&
    [ -x /usr/sbin/apache2 ] && ls /usr/lib/apache2/modules/libphp*.so >/dev/null 2>&1 &&
    php -m 2>/dev/null | grep -qx mysqli && command -v mariadbd >/dev/null && command -v mariadb-install-db >/dev/null
}

if ! installed; then
  say "Installing WordPress, Apache, PHP and MariaDB from apt"
  # Keep apt from starting Apache on port 80 and a system MariaDB: we run our own, on loopback.
  guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$guard" >/dev/null
    as_root chmod +x "$guard"
  fi
  trap '[ -n "$guard" ] && as_root rm -f "$guard"' EXIT
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" </dev/null
  [ -n "$guard" ] && as_root rm -f "$guard"
  trap - EXIT
  installed || { echo "error: apt did not install everything WordPress needs" >&2; exit 1; }
fi

# install FILE DEST MODE: copies only when different.
install_file() {
  if ! cmp -s "$1" "$2" 2>/dev/null; then
    as_root install -D -m "$3" "$1" "$2"
  fi
}
install_file "$HERE/config.php" /etc/wordpress/config-quotelight-test.php 644
install_file "$HERE/offline.php" "$CONTENT/mu-plugins/quotelight-test-offline.php" 644

# The plugin, with its own copy of the embed (rebuilt each time: cheap, and never stale).
say "Building and installing the quotelight plugin"
bash "$ROOT/scripts/integrations/wordpress-build.sh"
tmp="$(as_root mktemp -d "$CONTENT/plugins/.quotelight.XXXXXX")"
as_root cp -r "$ROOT/integrations/wordpress/quotelight/." "$tmp/"
as_root chmod -R a+rX "$tmp"
as_root chmod 755 "$tmp"
as_root rm -rf "$CONTENT/plugins/quotelight"
as_root mv "$tmp" "$CONTENT/plugins/quotelight"
