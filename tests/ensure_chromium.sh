#!/usr/bin/env bash
# The browser tests use Debian's Chromium (Playwright's own browser download is not reachable here).
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit $?
fi
echo "chromium is missing and cannot be installed here; browser tests will be skipped" >&2
exit 0
