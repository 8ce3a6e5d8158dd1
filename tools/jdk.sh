# Sourced by ./taipan and ./test: sets TAIPAN_JAVA_HOME to a JDK 25, or explains and exits 2.
taipan_is_jdk25() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$1/release" ]; then
    grep -Eq '^JAVA_VERSION="25([."]|$)' "$1/release"
  else
    "$1/bin/java" -version 2>&1 | head -1 | grep -Eq '"25([."]|$)'
  fi
}

taipan_find_jdk() {
  local d
  if [ -n "${JAVA_HOME:-}" ] && taipan_is_jdk25 "$JAVA_HOME"; then
    TAIPAN_JAVA_HOME=$JAVA_HOME; return 0
  fi
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if taipan_is_jdk25 "$d"; then TAIPAN_JAVA_HOME=$d; return 0; fi
  done
  {
    echo "taipan: no JDK 25 found."
    [ -n "${JAVA_HOME:-}" ] && echo "  JAVA_HOME=$JAVA_HOME is not a JDK 25."
    echo "  Install one (for example the Debian/Ubuntu package temurin-25-jdk or openjdk-25-jdk),"
    echo "  or point JAVA_HOME at an existing JDK 25."
  } >&2
  exit 2
}

taipan_need_mvn() {
  command -v mvn >/dev/null 2>&1 && return 0
  echo "taipan: Maven (mvn) is needed to build Taipan; install it (Debian/Ubuntu: apt-get install maven)." >&2
  exit 2
}
