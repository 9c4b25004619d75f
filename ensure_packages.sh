#!/usr/bin/env bash
# Debian packages the project needs besides Python's: `make run` asks for the letters' PDF renderer (Pango)
# and fonts (Noto, with Arabic and Farsi), `make test` also for Chromium (Playwright's own browser download
# is not reachable here). Installs what is missing when run as root on Debian; otherwise says what is missing.
set -u
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages: ${missing[*]}…"
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
  exit $?
fi
echo "missing Debian packages (install them as root): ${missing[*]}" >&2
exit 0
