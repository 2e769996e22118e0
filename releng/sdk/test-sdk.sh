#!/usr/bin/env bash
# The family SDK, as a lab uses it (issue 20; docs/labs.md): `plateau new-family` writes a family into a temporary
# folder, which then builds and passes its tests against a copy of the SDK repository this build published
# (releng/org.plateau.product/target/repository) and Maven Central alone, with an empty local Maven repository and
# the Maven wrapper's own download: nothing of this checkout's source tree or of ~/.m2 is used. Then the family is
# installed from its p2 repository into a copy of the built Linux distribution (plateau install, p2's director), listed
# (plateau families), its example run headless, refused for a user who cannot write the installation, and uninstalled.
# Last, a lab distribution (releng/lab/lab.properties: deep linear networks, the generated family, an example of the
# lab's own and Slurm defaults) is written by plateau new-distribution, built, unpacked and checked to carry exactly
# those two families.
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

# Installing it into a distribution, as a lab's researcher does
start=$SECONDS
cp -r "$product" "$work/plateau"
plateau="$work/plateau/plateau"
family_repo="$work/decay/org.mylab.family.decay.repository/target/repository"
"$plateau" install "$family_repo" org.mylab.family.decay.feature > "$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "plateau install of the generated family"; }
"$plateau" families > "$work/families.log" 2>&1 || { cat "$work/families.log" >&2; fail "plateau families"; }
grep -q "^org.mylab.family.decay  *0.1.0" "$work/families.log" || { cat "$work/families.log" >&2; fail "plateau families does not list the installed family"; }
grep -q "^org.plateau.family.deeplinear " "$work/families.log" || fail "plateau families lost the bundled families"
"$plateau" run examples/decay-regression.plateau --out "$work/decay-run" > "$work/run.log" 2>&1 \
  || { cat "$work/run.log" >&2; fail "the installed family's example did not run headless"; }
for f in metrics.csv theory.csv manifest.json figures/errors.png; do
  [ -s "$work/decay-run/$f" ] || fail "the installed family's example run wrote no $f"
done
# the exact solution over the simulation, from what the run wrote: the largest relative deviation of the loss
python3 - "$work/decay-run" <<'PY' || fail "the installed family's theory does not match its simulation"
import csv, sys
sim = {int(r["step"]): float(r["loss"]) for r in csv.DictReader(open(sys.argv[1] + "/metrics.csv"))}
theory = {}
for r in csv.DictReader(open(sys.argv[1] + "/theory.csv")):
    theory[int(r["step"])] = float(r[[k for k in r if k.endswith("loss")][0]])
worst = max(abs(sim[s] - theory[s]) / abs(sim[s]) for s in sim if s in theory)
print("sdk: the installed family's run: %d steps recorded, theory within %.1e of the simulation" % (len(sim), worst))
sys.exit(0 if worst < 1e-9 else 1)
PY
# a user who cannot write the installation (a shared one) is told so, and nothing changes
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  chmod -R a+rX "$work"
  mkdir -p "$work/nobody" "$work/nobody-cache"
  chown nobody "$work/nobody" "$work/nobody-cache"
  code=0
  setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$work/nobody" XDG_CACHE_HOME="$work/nobody-cache" \
    "$plateau" uninstall org.mylab.family.decay.feature > "$work/readonly.log" 2>&1 || code=$?
  { [ "$code" = 1 ] && grep -q "not writable by this user (a shared installation)" "$work/readonly.log"; } \
    || { cat "$work/readonly.log" >&2; fail "uninstall by a user who cannot write the installation (exit $code)"; }
  setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$work/nobody" XDG_CACHE_HOME="$work/nobody-cache" \
    "$plateau" families 2>&1 | grep -q "^org.mylab.family.decay " || fail "the shared installation's families for another user"
  echo "sdk: a user who cannot write the installation uses its families and is told that it cannot change them: ok"
else
  echo "sdk: SKIPPED the shared-installation check (needs root and setpriv to act as another user)"
fi
"$plateau" uninstall org.mylab.family.decay.feature > "$work/uninstall.log" 2>&1 \
  || { cat "$work/uninstall.log" >&2; fail "plateau uninstall"; }
"$plateau" families > "$work/families.log" 2>&1 || { cat "$work/families.log" >&2; fail "plateau families after uninstall"; }
! grep -q "org.mylab.family.decay" "$work/families.log" || fail "the uninstalled family is still listed"
! ls "$work/plateau/plugins" | grep -q "org.mylab.family.decay" || fail "the uninstalled family's bundle is still in plugins/"
echo "sdk: plateau install, families, run and uninstall of the generated family: ok ($((SECONDS - start)) s)"

# A lab distribution with two families: Plateau's deep linear networks and the lab's own (the generated one)
start=$SECONDS
mkdir -p "$work/lab"
cp -r "$repo/releng/lab/examples" "$work/lab/examples"
sed -e "s|^repositories=.*|repositories=$family_repo|" -e "s|^features=.*|features=org.mylab.family.decay.feature|" \
  "$repo/releng/lab/lab.properties" > "$work/lab/lab.properties"
"$product/plateau" new-distribution "$work/lab/lab.properties" --dir "$work/saxelab" --sdk "$work/sdk" \
  || fail "plateau new-distribution"
if ! (cd "$work/saxelab" && MAVEN_USER_HOME="$work/maven-home" ./mvnw -B -ntp -Dmaven.repo.local="$work/m2" verify) \
    >"$work/lab-build.log" 2>&1; then
  tail -n 60 "$work/lab-build.log" >&2
  fail "the lab distribution did not build"
fi
products="$work/saxelab/saxelab.product/target/products"
for archive in saxelab-1.0.0-linux.gtk.x86_64.tar.gz saxelab-1.0.0-win32.win32.x86_64.zip \
    saxelab-1.0.0-macosx.cocoa.aarch64.tar.gz saxelab-1.0.0-macosx.cocoa.x86_64.tar.gz; do
  [ -s "$products/$archive" ] || fail "the lab distribution has no $archive"
done
[ -f "$work/saxelab/saxelab.product/target/repository/content.jar" ] || fail "the lab distribution has no p2 repository"
mkdir -p "$work/installed"
tar xzf "$products/saxelab-1.0.0-linux.gtk.x86_64.tar.gz" -C "$work/installed"
lab="$work/installed/saxelab/plateau"
"$lab" families > "$work/lab-families.log" 2>&1 || { cat "$work/lab-families.log" >&2; fail "plateau families of the lab distribution"; }
listed="$(awk '{print $1}' "$work/lab-families.log" | grep -v '^plateau:' | sort | tr '\n' ' ')"
[ "$listed" = "org.mylab.family.decay org.plateau.family.deeplinear " ] \
  || { cat "$work/lab-families.log" >&2; fail "the lab distribution lists the families '$listed', not exactly its two"; }
"$lab" examples > "$work/lab-examples.log" 2>&1 || { cat "$work/lab-examples.log" >&2; fail "plateau examples of the lab distribution"; }
grep -q "examples/lab-semantic-slow.plateau" "$work/lab-examples.log" || fail "the lab's own example is not listed"
grep -q "^eclipse.product=saxelab.branding.product" "$work/installed/saxelab/configuration/config.ini" \
  || fail "the lab distribution is not branded"
grep -q "^osgi.instance.area.default=@user.home/.plateau-saxelab/workspace" "$work/installed/saxelab/configuration/config.ini" \
  || fail "the lab distribution has no workspace folder of its own"
(cd "$work" && "$lab" sweep examples/generalization-alpha.sweep --slurm --export-only --out "$work/lab-slurm") > "$work/lab-slurm.log" 2>&1 \
  || { cat "$work/lab-slurm.log" >&2; fail "the lab distribution's Slurm export"; }
grep -q "^#SBATCH --partition=gpu" "$work"/lab-slurm/slurm/array-*.sh && grep -q "^#SBATCH --time=01:00:00" "$work"/lab-slurm/slurm/array-*.sh \
  || fail "the lab distribution's Slurm defaults are not used"
# a newer build (1.0.1) updates the installed copy, and the user's workspace is as it was
mkdir -p "$work/lab-home/.plateau-saxelab/workspace"
echo '<experiment of the user/>' > "$work/lab-home/.plateau-saxelab/workspace/mine.plateau"
sed -e "s|^version=.*|version=1.0.1|" "$work/lab/lab.properties" > "$work/lab/lab-1.0.1.properties"
"$product/plateau" new-distribution "$work/lab/lab-1.0.1.properties" --dir "$work/saxelab-1.0.1" --sdk "$work/sdk" > /dev/null \
  || fail "plateau new-distribution of version 1.0.1"
(cd "$work/saxelab-1.0.1" && MAVEN_USER_HOME="$work/maven-home" ./mvnw -B -ntp -Dmaven.repo.local="$work/m2" package) \
  > "$work/lab-build-1.0.1.log" 2>&1 || { tail -n 40 "$work/lab-build-1.0.1.log" >&2; fail "the lab distribution 1.0.1 did not build"; }
HOME="$work/lab-home" "$lab" update "$work/saxelab-1.0.1/saxelab.product/target/repository" > "$work/lab-update.log" 2>&1 \
  || { cat "$work/lab-update.log" >&2; fail "plateau update to the lab distribution 1.0.1"; }
ls "$work/installed/saxelab/features" | grep -q "^saxelab.feature_1.0.1" || fail "the update did not install saxelab.feature 1.0.1"
[ "$(cat "$work/lab-home/.plateau-saxelab/workspace/mine.plateau")" = '<experiment of the user/>' ] || fail "the update changed the user's workspace"
HOME="$work/lab-home" "$lab" families > "$work/lab-families.log" 2>&1 || { cat "$work/lab-families.log" >&2; fail "plateau families after the update"; }
listed="$(awk '{print $1}' "$work/lab-families.log" | grep -v '^plateau:' | sort | tr '\n' ' ')"
[ "$listed" = "org.mylab.family.decay org.plateau.family.deeplinear " ] || fail "after the update the families are '$listed'"
echo "sdk: the lab distribution updated to 1.0.1 with plateau update, the user's workspace untouched: ok"
code=0
"$lab" uninstall saxelab.feature > "$work/lab-uninstall.log" 2>&1 || code=$?
{ [ "$code" = 1 ] && grep -q "is this distribution's own" "$work/lab-uninstall.log"; } \
  || { cat "$work/lab-uninstall.log" >&2; fail "uninstalling the distribution's own feature should be refused (exit $code)"; }
# installed read-only for everyone else (an administrator's): another user's runner gets its own list of the two families
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  chmod -R a+rX,go-w "$work/installed"
  mkdir -p "$work/lab-user" && chown nobody "$work/lab-user"
  setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$work/lab-user" XDG_CACHE_HOME="$work/lab-user/cache" \
    "$lab" families > "$work/lab-user.log" 2>&1 || { cat "$work/lab-user.log" >&2; fail "plateau families of the shared lab distribution"; }
  listed="$(awk '{print $1}' "$work/lab-user.log" | grep -v '^plateau:' | sort | tr '\n' ' ')"
  [ "$listed" = "org.mylab.family.decay org.plateau.family.deeplinear " ] \
    || { cat "$work/lab-user.log" >&2; fail "another user of the shared lab distribution sees the families '$listed'"; }
fi
echo "sdk: a lab distribution with exactly its two families, its example, branding, workspace and Slurm defaults: ok ($((SECONDS - start)) s)"
