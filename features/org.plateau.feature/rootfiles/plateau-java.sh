# shellcheck shell=bash
# Sourced by the plateau scripts: sets JAVA to a Java 21+ runtime and JAVA_MAJOR to its feature version (21, 25, ...),
# or explains what to install and exits. Looks at JAVA_HOME, the java on PATH, then the usual install folders. Also
# defines need_display, which the scripts call before opening the workbench.

# Every process started here costs ~10 ms on a busy 2-core machine (14 of them were 0.21 s of each `plateau run`):
# this file and the scripts use bash builtins where they can.
#
# java_major JAVA: sets `major` to the feature version of that java, from its JDK's `release` file, which says it
# without starting a JVM (starting one costs ~0.06 s per candidate: 0.25 s of a `plateau run` on a machine with three
# JDK 17s first); a runtime without that file (a JRE 8's jre/bin/java) is asked. JAVA_VERSION="1.8.0_x" yields 1: too
# old, as it is.
java_major() {
  local java="$1" line
  major=""
  [ -L "$java" ] && java="$(readlink -f "$java")"
  if [ -f "${java%/*/*}/release" ]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then major="${BASH_REMATCH[1]}"; break; fi
    done <"${java%/*/*}/release"
  fi
  [ -n "$major" ] && return 0
  major="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
}
# try_java JAVA: sets JAVA and JAVA_MAJOR when that java is 21 or newer
try_java() {
  [ -x "$1" ] || return 1
  java_major "$1"
  [ -n "$major" ] && [ "$major" -ge 21 ] || return 1
  JAVA="$1"
  JAVA_MAJOR="$major"
}
# find_java: JAVA_HOME, the java on PATH, then the usual install folders; the first that is 21+ wins
find_java() {
  local d on_path
  [ -n "${JAVA_HOME:-}" ] && try_java "$JAVA_HOME/bin/java" && return 0
  on_path="$(command -v java 2>/dev/null)" && try_java "$on_path" && return 0
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    try_java "$d/bin/java" && return 0
  done
  return 1
}
# The workbench (SWT on GTK) needs an X11 or Wayland display; without one the Equinox launcher ends with exit
# code 13 and says nothing. need_display COMMAND says what to do instead and exits 1. (macOS needs none.)
need_display() {
  [[ $OSTYPE == darwin* ]] && return 0
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then return 0; fi
  echo "plateau: the workbench needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set)." >&2
  echo "  On a machine without a screen, run it on a virtual one: xvfb-run -a $1  (apt-get install xvfb xauth)" >&2
  echo "  or run experiments headless: $1 run FILE  ($1 examples lists the bundled ones, $1 --help every command)." >&2
  exit 1
}
# shellcheck disable=SC2034 # JAVA and JAVA_MAJOR are used by the scripts that source this file
if ! find_java; then
  echo "plateau: needs Java 21 or newer, and found none (JAVA_HOME=${JAVA_HOME:-unset})." >&2
  echo "  Install one, e.g. 'apt-get install openjdk-21-jdk' (Debian/Ubuntu) or a Temurin 21 JDK, or set JAVA_HOME." >&2
  exit 1
fi
