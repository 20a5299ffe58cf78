# Sourced by bin/run-suite, bin/test and bench/run: makes JAVA_HOME a JDK 25 (the suite's Java), or stops with what to
# install. JAVA_HOME is kept when it is a JDK 25; otherwise the first JDK 25 under /usr/lib/jvm is taken.
java_feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ] || [ "$(java_feature "$JAVA_HOME")" != 25 ]; then
  JAVA_HOME=""
  for jdk in /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/javac" ] && [ "$(java_feature "$jdk")" = 25 ]; then
      JAVA_HOME="$jdk"
      break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "The suite needs a JDK 25 (with javac): none is named by JAVA_HOME or found under /usr/lib/jvm." >&2
    echo "Install one, e.g. Temurin 25 (apt-get install temurin-25-jdk from packages.adoptium.net) or Debian's" >&2
    echo "openjdk-25-jdk, or set JAVA_HOME to it." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
