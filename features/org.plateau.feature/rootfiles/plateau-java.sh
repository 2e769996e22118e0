# Sourced by the plateau scripts: sets JAVA to a Java 21+ runtime, or explains what to install and exits.
# Looks at JAVA_HOME, the java on PATH, then the usual install folders.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/java" ] && candidates+=("$d/bin/java")
  done
  for j in "${candidates[@]}"; do
    local m; m="$(java_major "$j")"
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then echo "$j"; return 0; fi
  done
  return 1
}
if ! JAVA="$(find_java)"; then
  echo "plateau: needs Java 21 or newer, and found none (JAVA_HOME=${JAVA_HOME:-unset})." >&2
  echo "  Install one, e.g. 'apt-get install openjdk-21-jdk' (Debian/Ubuntu) or a Temurin 21 JDK, or set JAVA_HOME." >&2
  exit 1
fi
