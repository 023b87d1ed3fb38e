#!/bin/sh
# Installs Debian's Chromium for the portal's browser tests when it is not there yet.
# The tests drive it with playwright-core through its executable path, so no browser is
# downloaded by npm. Needs root (or sudo) and apt; CHROMIUM_PATH names another binary.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
"$CHROMIUM" --version
