#!/usr/bin/env bash
# The base images of the container check, made on this machine from Debian's packages and pushed to the check's
# registry (no image is pulled from elsewhere):
#   REGISTRY/china-auto/jre:25        Debian 12 (debootstrap minbase, plus curl for the probes podman runs in the
#                                     container), a Java 25 runtime made with jlink from the build's JDK in /opt/java,
#                                     and the user app (uid 185, as in the UBI OpenJDK images the manifests are written
#                                     for): the base Jib builds the services' images on
#   REGISTRY/china-auto/postgres:15   the same Debian 12 with postgresql-15, the user postgres as uid 999 (as in the
#                                     official image) and an entrypoint with the official image's contract
#                                     (postgres-entrypoint.sh)
# The minbase root filesystem is kept in the cache (CONTAINERS_CHECK_CACHE, default ~/.cache/china-auto-containers).
#   images/build.sh REGISTRY WORK     (podman set up by check.sh: CONTAINERS_CONF; JAVA_HOME a JDK 25)
set -euo pipefail
registry="${1:?usage: build.sh REGISTRY WORK}"
work="${2:?usage: build.sh REGISTRY WORK}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${CONTAINERS_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/china-auto-containers}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mkdir -p "$cache"

minbase="$cache/bookworm-minbase.tar"
if [[ ! -s "$minbase" ]]; then
  echo "images: debootstrap --variant=minbase bookworm"
  rm -rf "$work/minbase"
  if ! debootstrap --variant=minbase --include=curl,ca-certificates bookworm "$work/minbase" "$mirror" \
      > "$work/debootstrap.log" 2>&1; then
    tail -20 "$work/debootstrap.log" >&2
    exit 1
  fi
  rm -rf "$work/minbase"/var/cache/apt/archives/*.deb
  tar -C "$work/minbase" -cf "$minbase.part" . && mv "$minbase.part" "$minbase"
  rm -rf "$work/minbase"
fi

root() { # a fresh copy of the minbase root filesystem
  rm -rf "$work/$1" && mkdir -p "$work/$1" && tar -C "$work/$1" -xf "$minbase"
}
push() { # ROOT IMAGE CHANGE...: the root filesystem as an image, pushed to the registry
  local dir="$1" image="$2"
  shift 2
  local changes=()
  for change in "$@"; do changes+=(--change "$change"); done
  rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin "$dir"/var/cache/apt/archives/*.deb
  tar -C "$dir" -c . | podman import --quiet "${changes[@]}" - "$image" >/dev/null
  podman push --quiet --tls-verify=false "$image" >/dev/null
  rm -rf "$dir"
  echo "images: $image"
}

# The Java runtime: the modules the services use (java.se; Unsafe, JFR, JMX and jcmd for diagnostics; zip file
# systems, DNS names, the locales the reports are written in).
root jre
"$JAVA_HOME/bin/jlink" --output "$work/jre/opt/java" --strip-debug --no-man-pages --no-header-files \
  --add-modules java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.jfr,jdk.jcmd,jdk.zipfs,jdk.naming.dns,jdk.localedata,jdk.net,jdk.crypto.ec \
  --include-locales=en,zh
chroot "$work/jre" groupadd --gid 185 app
chroot "$work/jre" useradd --uid 185 --gid 185 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin app 2>/dev/null
push "$work/jre" "$registry/china-auto/jre:25" "ENV PATH=/opt/java/bin:$path" "ENV JAVA_HOME=/opt/java" \
  "ENV LANG=C.UTF-8" "USER 185"

# PostgreSQL: the user first, so that the package takes uid 999; no cluster of the package's own.
root postgres
chroot "$work/postgres" groupadd --gid 999 postgres
chroot "$work/postgres" useradd --uid 999 --gid 999 --home-dir /var/lib/postgresql --no-create-home --shell /bin/bash \
  postgres 2>/dev/null
mkdir -p "$work/postgres/etc/postgresql-common"
echo "create_main_cluster = false" > "$work/postgres/etc/postgresql-common/createcluster.conf"
if ! { chroot "$work/postgres" apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive chroot "$work/postgres" apt-get install -y -qq --no-install-recommends \
      postgresql-15; } > "$work/postgres-install.log" 2>&1; then
  tail -20 "$work/postgres-install.log" >&2
  exit 1
fi
install -m 0755 "$here/postgres-entrypoint.sh" "$work/postgres/usr/local/bin/docker-entrypoint.sh"
# The socket's and the data's directories as the official image has them: podman gives an emptyDir mounted there the
# image directory's owner and mode (it does not apply the pod's fsGroup). /var/run is a directory, not Debian's link
# to /run: podman 4.3 follows that absolute link on the host when it copies the directory into the volume.
rm "$work/postgres/var/run"
install -d -m 0755 "$work/postgres/var/run"
install -d -o 999 -g 999 -m 2777 "$work/postgres/var/run/postgresql"
install -d -o 999 -g 999 -m 1777 "$work/postgres/var/lib/postgresql/data"
push "$work/postgres" "$registry/china-auto/postgres:15" "ENV PATH=/usr/lib/postgresql/15/bin:$path" \
  "ENV PGDATA=/var/lib/postgresql/data" "ENV LANG=C.UTF-8" "USER 999" "EXPOSE 5432" "STOPSIGNAL SIGINT" \
  'ENTRYPOINT ["docker-entrypoint.sh"]'
