#!/usr/bin/env bash
# Regenerates the EMF model code of Plateau's Ecore models with EMF's own generator, run outside Eclipse.
#
#   releng/emf-codegen/generate.sh [--reload] [path/to/model.genmodel ...]
#
# Without genmodel arguments, every bundles/*/model/*.genmodel is regenerated. --reload first brings each
# .genmodel in line with its .ecore (new classes and features), as the GenModel editor's "Reload" does.
# The generator's jars (EMF codegen + JDT for JMerge, ~15 MB) are fetched from Maven Central once, into
# $EMF_CODEGEN_JARS (default /tmp/emf-jars). See README.md beside this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jars="${EMF_CODEGEN_JARS:-/tmp/emf-jars}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The generator's class path, pinned. EMF runtime versions match targetplatform/plateau.target.
artifacts=(
  org.eclipse.emf:org.eclipse.emf.common:2.46.0
  org.eclipse.emf:org.eclipse.emf.ecore:2.43.0
  org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.41.0
  org.eclipse.emf:org.eclipse.emf.codegen:2.28.0
  org.eclipse.emf:org.eclipse.emf.codegen.ecore:2.46.0
  # JMerge (keeps @generated NOT members) parses Java with JDT, which needs the rest.
  org.eclipse.jdt:org.eclipse.jdt.core:3.47.0
  org.eclipse.jdt:ecj:3.46.100
  org.eclipse.platform:org.eclipse.text:3.14.800
  org.eclipse.platform:org.eclipse.equinox.common:3.21.0
  org.eclipse.platform:org.eclipse.equinox.preferences:3.12.100
  org.eclipse.platform:org.eclipse.core.runtime:3.35.0
  org.eclipse.platform:org.eclipse.core.jobs:3.15.900
  org.eclipse.platform:org.eclipse.core.contenttype:3.9.900
  org.eclipse.platform:org.eclipse.core.resources:3.24.100
  org.eclipse.platform:org.eclipse.osgi:3.24.0
  org.osgi:org.osgi.service.prefs:1.1.2
)

mkdir -p "$jars"
classpath=""
for artifact in "${artifacts[@]}"; do
  IFS=: read -r _group id version <<<"$artifact"
  jar="$jars/$id-$version.jar"
  if [ ! -f "$jar" ]; then
    # Run outside the repository so that its .mvn/extensions.xml (Tycho) is not loaded: this is a plain download.
    (cd "$jars" && mvn -B -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$jars")
  fi
  classpath="$classpath${classpath:+:}$jar"
done

options=()
genmodels=()
for arg in "$@"; do
  case "$arg" in
    --*) options+=("$arg") ;;
    *) genmodels+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")") ;;
  esac
done
if [ ${#genmodels[@]} -eq 0 ]; then
  mapfile -t genmodels < <(find "$root/bundles" -mindepth 3 -maxdepth 3 -path '*/model/*.genmodel' | sort)
fi

exec "$java" -cp "$classpath" "$here/Generate.java" "${options[@]}" --bundles "$root/bundles" "${genmodels[@]}"
