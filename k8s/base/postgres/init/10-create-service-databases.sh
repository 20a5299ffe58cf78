#!/usr/bin/env bash
# Creates one database and one owner role per service. Run by the postgres image's entrypoint
# (files in /docker-entrypoint-initdb.d) only when the data directory is initialised for the first time.
# Passwords come from the per-service Secrets, passed as environment variables by the StatefulSet.
# Idempotent, so it can also be run by hand against an existing server (see k8s/README.md).
set -euo pipefail

create_service_database() {
  local db="$1" user="$2" password="$3"
  if [[ -z "$user" || -z "$password" ]]; then
    echo "init: missing credentials for database $db" >&2
    exit 1
  fi
  echo "init: database $db owned by role $user"
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname postgres \
    --set=db="$db" --set=usr="$user" --set=pwd="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'usr', :'pwd')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'usr') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'usr', :'pwd') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'usr')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
-- No service may connect to another service's database.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'db', :'usr') \gexec
SQL
}

create_service_database market     "${MARKET_DB_USERNAME:-}"     "${MARKET_DB_PASSWORD:-}"
create_service_database exports    "${EXPORTS_DB_USERNAME:-}"    "${EXPORTS_DB_PASSWORD:-}"
create_service_database deliveries "${DELIVERIES_DB_USERNAME:-}" "${DELIVERIES_DB_PASSWORD:-}"
create_service_database reports    "${REPORTS_DB_USERNAME:-}"    "${REPORTS_DB_PASSWORD:-}"
