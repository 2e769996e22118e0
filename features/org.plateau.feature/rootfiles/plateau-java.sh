# shellcheck shell=bash
# Sourced by the plateau scripts: sets JAVA to a Java 21+ runtime and JAVA_MAJOR to its feature version (21, 25, ...),
# or explains what to install and exits. Looks at JAVA_HOME, the java on PATH, then the usual install folders. Also
# defines need_display, which the scripts call before opening the workbench.

# java_major JAVA: the feature version of that java, from its JDK's `release` file, which says it without starting a
# JVM (starting one costs ~0.06 s per candidate: 0.25 s of a `plateau run` on a machine with three JDK 17s first);
# a runtime without that file (a JRE 8's jre/bin/java) is asked. JAVA_VERSION="1.8.0_x" yields 1: too old, as it is.
java_major() {
  local release major=""
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  [ -f "$release" ] && major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
  if [ -n "$major" ]; then echo "$major"; return; fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
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
# The workbench (SWT on GTK) needs an X11 or Wayland display; without one the Equinox launcher ends with exit
# code 13 and says nothing. need_display COMMAND says what to do instead and exits 1. (macOS needs none.)
need_display() {
  [ "$(uname -s)" = Darwin ] && return 0
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then return 0; fi
  echo "plateau: the workbench needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set)." >&2
  echo "  On a machine without a screen, run it on a virtual one: xvfb-run -a $1  (apt-get install xvfb xauth)" >&2
  echo "  or run experiments headless: $1 run FILE  ($1 examples lists the bundled ones, $1 --help every command)." >&2
  exit 1
}
# shellcheck disable=SC2034 # JAVA is used by the scripts that source this file
if ! JAVA="$(find_java)"; then
  echo "plateau: needs Java 21 or newer, and found none (JAVA_HOME=${JAVA_HOME:-unset})." >&2
  echo "  Install one, e.g. 'apt-get install openjdk-21-jdk' (Debian/Ubuntu) or a Temurin 21 JDK, or set JAVA_HOME." >&2
  exit 1
fi
# shellcheck disable=SC2034 # JAVA_MAJOR too
JAVA_MAJOR="$(java_major "$JAVA")"
