#!/bin/bash
# Entrypoint of the check's PostgreSQL image (Debian's postgresql-15), with the contract of the official image that
# k8s/base/postgres is written for: POSTGRES_USER and POSTGRES_PASSWORD make the superuser, PGDATA names the data
# directory, and on the first start (an empty PGDATA) the scripts in /docker-entrypoint-initdb.d run against a server
# that listens on its Unix socket only, so that nothing reaches it over TCP before they are done.
set -euo pipefail
: "${POSTGRES_USER:?POSTGRES_USER is not set}" "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is not set}"
: "${PGDATA:=/var/lib/postgresql/data}"
export POSTGRES_USER PGDATA

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  mkdir -p "$PGDATA"
  chmod 700 "$PGDATA"
  # a first start that fails leaves no half-made data directory, so that the next one initialises it again
  trap 'pg_ctl --silent --mode=immediate stop 2>/dev/null; rm -rf "${PGDATA:?}"/*' ERR
  initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  pg_ctl --silent --wait --options="-c listen_addresses=''" start
  for script in /docker-entrypoint-initdb.d/*.sh; do # run, or read by bash when not executable (as the official image does)
    if [[ -x "$script" ]]; then "$script"; elif [[ -e "$script" ]]; then bash "$script"; fi
  done
  pg_ctl --silent --wait --mode=fast stop
  trap - ERR
  echo "entrypoint: database initialised"
fi

exec postgres -c listen_addresses='*' "$@"
