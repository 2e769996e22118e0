#!/usr/bin/env bash
# Prints the <dependency> lines of the "Eclipse Platform 4.38" location of targetplatform/plateau.target: the Maven
# closure of the top-level platform artifacts below, resolved once, so that the target lists every version itself.
# Usage: releng/target-closure.sh > /tmp/closure.xml, then merge it into that location's dependencies, keeping the higher version where two differ (nearest-wins may pick an older one).
set -euo pipefail
roots=(
  org.eclipse.platform:org.eclipse.ui:3.207.400
  org.eclipse.platform:org.eclipse.ui.workbench:3.137.0
  org.eclipse.platform:org.eclipse.core.runtime:3.34.100
  org.eclipse.platform:org.eclipse.swt.gtk.linux.x86_64:3.132.0
  org.eclipse.platform:org.eclipse.equinox.launcher:1.7.100
  org.eclipse.platform:org.eclipse.equinox.launcher.gtk.linux.x86_64:1.2.1500
  org.eclipse.platform:org.eclipse.equinox.event:1.7.200
  org.eclipse.platform:org.eclipse.ui.ide.application:1.5.900
  org.apache.felix:org.apache.felix.scr:2.2.14
  org.osgi:org.osgi.service.component:1.5.1
  org.osgi:org.osgi.util.promise:1.3.0
  org.osgi:org.osgi.util.function:1.2.0
  # p2 at run time (issue 20): the director that plateau install/uninstall run, its Eclipse touchpoint, file and
  # http(s) transport through ECF, and the Install New Software dialog (p2.ui, p2.ui.sdk)
  org.eclipse.platform:org.eclipse.equinox.p2.director.app:1.3.800
  org.eclipse.platform:org.eclipse.equinox.p2.touchpoint.eclipse:2.4.600
  org.eclipse.platform:org.eclipse.equinox.p2.touchpoint.natives:1.5.800
  org.eclipse.platform:org.eclipse.equinox.p2.garbagecollector:1.3.700
  org.eclipse.platform:org.eclipse.equinox.p2.transport.ecf:1.4.600
  org.eclipse.platform:org.eclipse.equinox.p2.ui:2.8.1000
  org.eclipse.platform:org.eclipse.equinox.p2.ui.sdk:1.3.300
  org.eclipse.ecf:org.eclipse.ecf:3.13.0
  org.eclipse.platform:org.eclipse.equinox.concurrent:1.3.400
  # the framework manipulator of p2's Eclipse touchpoint needs PlatformAdmin and StartLevel, which this fragment gives
  org.eclipse.platform:org.eclipse.osgi.compatibility.state:1.3.0
  org.eclipse.ecf:org.eclipse.ecf.filetransfer:5.1.103
  org.eclipse.ecf:org.eclipse.ecf.identity:3.10.0
  org.eclipse.ecf:org.eclipse.ecf.provider.filetransfer:3.3.100
)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>closure</groupId><artifactId>closure</artifactId><version>1</version><dependencies>'
  for r in "${roots[@]}"; do IFS=: read -r g a v <<< "$r"; echo "<dependency><groupId>$g</groupId><artifactId>$a</artifactId><version>$v</version></dependency>"; done
  echo '</dependencies></project>'
} > "$work/pom.xml"
# outside the repository, so that the Tycho build extension in .mvn/ is not loaded
mvn="$(cd "$(dirname "$0")/.." && pwd)/mvnw"
(cd "$work" && "$mvn" -q -B dependency:list -DincludeScope=runtime -DoutputFile="$work/list.txt" >/dev/null)
grep -E '^\s+\S+:\S+:jar:' "$work/list.txt" | awk '{print $1}' | grep -v '^org.eclipse.emf:' | sort | \
  awk -F: '{printf "        <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><type>jar</type></dependency>\n", $1, $2, $4}'
