#!/usr/bin/env bash
# Installs, when missing, what the WordPress test (test/wordpress.test.ts) needs from Debian 12's
# packages: WordPress 6.1, MariaDB 10.11 and PHP 8.2 (CLI, mysqli). Idempotent: does nothing when all
# are present. About 4 minutes on a fresh machine (apt pulls in Apache too; the test does not use it).
set -euo pipefail

missing=()
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
[ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
{ command -v php >/dev/null 2>&1 && php -m 2>/dev/null | grep -qx mysqli; } || missing+=(php-mysql)

if [ ${#missing[@]} -eq 0 ]; then
  echo "WordPress test packages: present ($(sed -n "s/^\$wp_version = '\(.*\)';/WordPress \1/p" /usr/share/wordpress/wp-includes/version.php), $(php -r 'echo "PHP ", PHP_VERSION;'))"
  exit 0
fi

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
echo "Installing ${missing[*]} (Debian packages for the WordPress test)…"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq wordpress mariadb-server php-cli php-mysql >/dev/null
echo "WordPress test packages: installed"
