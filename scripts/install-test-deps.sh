#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's Chromium (the browser tests and
# the end-to-end tests drive it headless with its fake camera and microphone).
# Installs with apt only when run as root on Debian; elsewhere it says what is missing.
set -euo pipefail

chromium=${CHROME_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get)..."
  # An image without policy-rc.d would start packaged services on install; chromium has none.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    chromium fonts-liberation >/dev/null
  exit 0
fi

echo "Chromium is missing at $chromium and cannot be installed automatically here." >&2
echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary." >&2
exit 1
