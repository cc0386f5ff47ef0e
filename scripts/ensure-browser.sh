#!/bin/sh
# Makes sure the end-to-end tests have what they need: Debian's Chromium at /usr/bin/chromium
# (Playwright cannot download browsers on these machines: engineering.md, "End-to-end tests in
# a real browser"), Debian's Firefox ESR at /usr/bin/firefox-esr (test/e2e-firefox, driven by
# puppeteer-core over WebDriver BiDi) and openssl (test/e2e/sec-server.ts makes a throwaway
# certificate for www.sec.gov with it). Run by `npm test` before the tests; CI runs as root.
# Does nothing when all are present; exits non-zero with one line on stderr when it cannot
# install them, so the e2e tests never get a chance to be skipped silently.
# Recommended packages are kept on purpose: they bring the fonts (fonts-liberation) that make
# screenshots match the ones taken on the project machines.
# It installs only these three packages (never anything else, whatever the environment says),
# and says on stdout what it installs and why before apt-get runs.
set -u

missing=""
why=""
[ -x /usr/bin/chromium ] || { missing="$missing chromium"; why="$why
  chromium     the browser the end-to-end tests drive (test/e2e, playwright-core)"; }
[ -x /usr/bin/firefox-esr ] || { missing="$missing firefox-esr"; why="$why
  firefox-esr  the Firefox end-to-end test (test/e2e-firefox, puppeteer-core over WebDriver BiDi)"; }
command -v openssl >/dev/null 2>&1 || { missing="$missing openssl"; why="$why
  openssl      a throwaway certificate for the local www.sec.gov stand-in (test/e2e/sec-server.ts)"; }

if [ -z "$missing" ]; then
  echo "ensure-browser: chromium, firefox-esr and openssl already installed"
  exit 0
fi

# apt-get needs root; use sudo when we are not root and sudo works without a password.
if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  echo "ensure-browser: missing:$missing; cannot install without root (run: sudo apt-get install -y$missing)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: missing:$missing and apt-get is not available (expected Debian); install them by hand" >&2
  exit 1
fi

echo "ensure-browser: the tests need packages that are missing; installing them with apt-get${as_root:+ (via sudo)}:$why"
echo "ensure-browser: running: apt-get update && apt-get install -y$missing"
log=$(mktemp)
# shellcheck disable=SC2086 # $as_root and $missing are word lists on purpose
if DEBIAN_FRONTEND=noninteractive $as_root apt-get update -qq >"$log" 2>&1 &&
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq $missing >>"$log" 2>&1 &&
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/firefox-esr ] && command -v openssl >/dev/null 2>&1; then
  rm -f "$log"
  echo "ensure-browser: installed$missing ($(/usr/bin/chromium --version 2>/dev/null | head -n 1); $(/usr/bin/firefox-esr --version 2>/dev/null | head -n 1))"
  exit 0
fi
echo "ensure-browser: apt-get install of$missing failed: $(tail -n 1 "$log") (full log: $log)" >&2
exit 1
