#!/usr/bin/env bash
# The family SDK, as a lab uses it (issue 20; docs/labs.md): `plateau new-family` writes a family into a temporary
# folder, which then builds and passes its tests against a copy of the SDK repository this build published
# (releng/org.plateau.product/target/repository) and Maven Central alone, with an empty local Maven repository and
# the Maven wrapper's own download: nothing of this checkout's source tree or of ~/.m2 is used.
#   releng/sdk/test-sdk.sh [PRODUCT_DIR]     (run by ./plateau test after the Maven build)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
product="${1:-$repo/releng/org.plateau.product/target/products/org.plateau.product/linux/gtk/x86_64/plateau}"
published="$repo/releng/org.plateau.product/target/repository"
fail() { echo "sdk: FAILED: $*" >&2; exit 1; }
[ -x "$product/plateau" ] || fail "no distribution at $product (build it first: ./plateau build)"
[ -d "$published/plugins" ] || fail "no SDK repository at $published (build it first: ./plateau build)"

work="$(mktemp -d "${TMPDIR:-/tmp}/plateau-sdk.XXXXXX")"
trap 'rm -rf "$work"' EXIT
start=$SECONDS
cp -r "$published" "$work/sdk"
"$product/plateau" new-family decay --dir "$work/decay" --id org.mylab.family.decay --vendor "Test lab" \
  --sdk "$work/sdk" || fail "plateau new-family failed"
echo "sdk: building and testing the new family against $work/sdk with an empty local Maven repository ..."
log="$work/build.log"
if ! (cd "$work/decay" && MAVEN_USER_HOME="$work/maven-home" ./mvnw -B -ntp -Dmaven.repo.local="$work/m2" verify) \
    >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  fail "the generated family did not build or its tests failed (log above)"
fi
# the tests ran: the conformance kit's and the family's own, none failed or was skipped
python3 - "$work/decay/org.mylab.family.decay.tests/target/surefire-reports" <<'PY' || fail "the generated family's test reports"
import glob, sys, xml.etree.ElementTree as ET
suites = [ET.parse(f).getroot() for f in glob.glob(sys.argv[1] + "/TEST-*.xml")]
count = {k: sum(int(s.get(k, 0)) for s in suites) for k in ("tests", "failures", "errors", "skipped")}
names = sorted(s.get("name").rsplit(".", 1)[-1] for s in suites)
print("sdk: the generated family's tests: %d run, %d failed, %d errors, %d skipped (%s)"
      % (count["tests"], count["failures"], count["errors"], count["skipped"], ", ".join(names)))
ok = count["tests"] >= 14 and count["failures"] == count["errors"] == count["skipped"] == 0 \
     and "DecayFamilyConformanceTest" in names and "ExactGradientDescentTest" in names
sys.exit(0 if ok else 1)
PY
[ -f "$work/decay/org.mylab.family.decay.repository/target/repository/content.jar" ] \
  || [ -f "$work/decay/org.mylab.family.decay.repository/target/repository/content.xml" ] \
  || fail "the generated family built no p2 repository"
echo "sdk: a family from the template builds and passes its tests against the SDK repository alone: ok ($((SECONDS - start)) s)"
