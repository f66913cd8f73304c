#!/usr/bin/env bash
# Runs a command with the portal on a throwaway PostgreSQL server: initdb in a temporary folder, reached through a Unix
# socket there (no port, no system service), fsync off, removed afterwards. The command sees the portal's settings in
# its environment (Portal__Database, ConnectionStrings__Postgres), which the in-process portals of bench/ read.
# Usage: bench/with-postgres.sh dotnet run -c Release --project bench/Search
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown nobody "$dir"
trap 'as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C >/dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-k $dir -c listen_addresses='' -c fsync=off" start >/dev/null
as_postgres "$bin/psql" -h "$dir" -U postgres -qAt -c "CREATE DATABASE bench" postgres
export Portal__Database=PostgreSQL ConnectionStrings__Postgres="Host=$dir;Username=postgres;Database=bench"
"$@"
