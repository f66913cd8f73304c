#!/usr/bin/env bash
# The whole test suite. Installs what the tests need from Debian when it is missing, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")"

source tools/debian-packages.sh
# Besides what the portal needs: Chromium for the browser tests, a real SMTP server (aiosmtpd) for the mail tests, and
# PostgreSQL and Redis, of which the tests start throwaway servers of their own (tests/Testing/PostgresServer.cs,
# RedisServer.cs).
install_missing_packages "${PORTAL_PACKAGES[@]}" chromium python3-aiosmtpd postgresql redis-server
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is needed: 'dotnet' was not found." >&2; exit 1; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# Built with every core, then the test projects run one after another (-m:1): several of them start whole portals
# and Chromium, and side by side on two cores they starve each other. Within a project, xunit.runner.json decides.
# In Release, as ./run.sh and production run the portal: the suite is CPU-bound, and optimised code takes a fifth
# less of it (a browser test: 55 s of CPU in Debug, 42 s in Release).
# With the compiler server on, whatever the environment says: one warm compiler for the 50 projects instead of a new
# process for each, 1 min 43 s instead of 4 min 45 s on two cores. It is stopped before the tests start.
dotnet build Verkostoportaali.sln -c Release -p:UseSharedCompilation=true 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The README's production command, on what was just built: a publish fails where a build does not, for example when
# two modules would put a file at the same path in the published folder.
if [ "$status" = 0 ]; then
  published=$(mktemp -d)
  dotnet publish src/Web -c Release --no-restore -p:UseSharedCompilation=true -o "$published" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
  rm -rf "$published"
fi
dotnet build-server shutdown >/dev/null
if [ "$status" = 0 ]; then
  dotnet test Verkostoportaali.sln -c Release --no-build -m:1 "$@" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
fi
set -e

# One closing line for the whole run, summed over the test projects.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
echo "Tests: $passed passed, $failed failed"
exit "$status"
