#!/usr/bin/env bash
# Installs what the tests need beyond npm packages:
#   - Debian's Chromium and Firefox ESR (the browser suite runs in both, headless with their
#     fake camera and microphone; the end-to-end tests drive Chromium, and one call joins
#     Chromium with Firefox);
#   - for the network tests in test/infra (namespaces, packet loss, TURN): coturn, iptables and
#     iproute2.
# Installs with apt only when run as root on Debian; elsewhere it says what is missing.
# Quiet when everything is present. Exit status: 1 when a browser is missing (the network
# tests fail on their own with a message naming what they lack).
set -euo pipefail

chromium=${CHROME_PATH:-/usr/bin/chromium}
firefox=${FIREFOX_PATH:-/usr/bin/firefox-esr}

# A command's presence, also in the sbin folders a non-root PATH may lack.
have() {
  command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/sbin/$1" ]
}

missing() {
  packages=()
  [ -x "$chromium" ] || packages+=(chromium fonts-liberation)
  [ -x "$firefox" ] || packages+=(firefox-esr)
  have turnserver || packages+=(coturn)
  have iptables || packages+=(iptables)
  have ip || packages+=(iproute2)
}

missing
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing for the tests (apt-get): ${packages[*]}..."
  # Packaged services (coturn's turnserver) must not start on install. Images built for
  # containers ship /usr/sbin/policy-rc.d ("exit 101": invoke-rc.d refuses); where it is missing,
  # put one there for the install only.
  policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# temporary, from scripts/install-test-deps.sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
  fi
  if ! {
    apt-get -o DPkg::Lock::Timeout=600 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${packages[@]}" >/dev/null
  }; then
    echo "apt-get could not install: ${packages[*]}" >&2
  fi
  missing
  if [ ${#packages[@]} -eq 0 ]; then
    exit 0
  fi
  why="after the install"
fi

status=0
why=${why:-and cannot be installed automatically here}
if [ ! -x "$chromium" ]; then
  echo "Chromium is missing at $chromium $why." >&2
  echo "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary." >&2
  status=1
fi
if [ ! -x "$firefox" ]; then
  echo "Firefox ESR is missing at $firefox $why: the browser suite in Firefox and the Chromium-Firefox call will fail." >&2
  echo "Install it (Debian: sudo apt-get install firefox-esr; elsewhere a Firefox ESR or release build) or set FIREFOX_PATH to a Firefox binary." >&2
  status=1
fi
network=()
for package in "${packages[@]}"; do
  case $package in coturn | iptables | iproute2) network+=("$package") ;; esac
done
if [ ${#network[@]} -gt 0 ]; then
  echo "The network tests (test/infra) need: ${network[*]}, and root." >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install --no-install-recommends ${network[*]})." >&2
fi
exit $status
