#!/usr/bin/env bash
# The portal on http://localhost:5000: SQLite in src/Web/App_Data, the demo sites loaded on first start. Installs
# from Debian what its search needs when missing, so that the first Finnish search is the real, voikko-based one.
# Arguments go to the portal: ./run.sh --urls http://127.0.0.1:8080 --Portal:DataPath=/srv/portal-data
set -euo pipefail
cd "$(dirname "$0")"
source tools/debian-packages.sh
install_missing_packages "${PORTAL_PACKAGES[@]}"
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is needed: 'dotnet' was not found." >&2; exit 1; }
exec dotnet run -c Release --project src/Web -- "$@"
