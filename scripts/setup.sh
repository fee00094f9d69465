#!/usr/bin/env bash
# Installs everything the site build and the tests need on a fresh machine. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/pip install --quiet --upgrade pip
  .venv/bin/pip install --quiet -e ".[site,dev]"
  touch "$stamp"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  # Debian packages for the tests: chromium (browser tests), nginx (tests/site/test_nginx.py serves the
  # site with deploy/nginx.conf; the test starts and stops its own nginx on a free port), LibreOffice
  # Writer without a GUI and poppler's pdftotext (tests/calculators/brieven: the brievenhulp's .docx and
  # .odt open in LibreOffice and the PDF holds the letter).
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian ${missing[*]} for the tests…"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    pkgs=()
    for p in "${missing[@]}"; do
      # nginx-light is the small build where the release still has it; nginx elsewhere.
      if [ "$p" = nginx ] && apt-cache show nginx-light >/dev/null 2>&1; then p=nginx-light; fi
      pkgs+=("$p")
    done
    # Install without starting nginx as a system service (policy-rc.d 101 = "do not start").
    policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      policy=/usr/sbin/policy-rc.d
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod +x "$policy"
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null || status=$?
    if [ -n "$policy" ]; then $SUDO rm -f "$policy"; fi
    [ "${status:-0}" = 0 ] || exit "$status"
  fi
fi
