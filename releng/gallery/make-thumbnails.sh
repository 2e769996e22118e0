#!/usr/bin/env bash
# The welcome page's example gallery (issue 19, item 5): runs every example experiment of every family headless with
# the built product and keeps its main figure (the first plot the run lists in its manifest) as a thumbnail,
# bundles/<family>/examples/thumbnails/<example>.png, 360 pixels wide. Run it after a build when an example or its
# figures change; the thumbnails are committed, so that the workbench shows them without running anything.
# Needs ImageMagick's convert and python3.
#   releng/gallery/make-thumbnails.sh [EXAMPLE_NAME...]     (all examples when none is named)
set -euo pipefail
cd "$(dirname "$0")/../.."
plateau=${PLATEAU:-releng/org.plateau.product/target/products/org.plateau.product/linux/gtk/x86_64/plateau/plateau}
[ -x "$plateau" ] || { echo "make-thumbnails: no product at $plateau; build first (./mvnw install -DskipTests)" >&2; exit 2; }
convert=${CONVERT:-/usr/bin/convert}
[ -x "$convert" ] && "$convert" -version 2>/dev/null | grep -q ImageMagick || { echo "make-thumbnails: needs ImageMagick's convert (apt-get install imagemagick)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for example in bundles/*/examples/*.plateau; do
  name=$(basename "$example" .plateau)
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -Fx "$name" >/dev/null; then
    continue
  fi
  out="$work/$name"
  if ! "$plateau" run "$example" --out "$out" > "$work/$name.log" 2>&1; then
    echo "make-thumbnails: $name did not run (see below); no thumbnail" >&2
    tail -5 "$work/$name.log" >&2
    failed=1
    continue
  fi
  figure=$(python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
for root, dirs, files in os.walk(out):
    if "manifest.json" in files:
        plots = json.load(open(os.path.join(root, "manifest.json"))).get("plots", [])
        for plot in plots:
            path = os.path.join(root, "figures", plot["id"] + ".png")
            if os.path.isfile(path):
                print(path)
                sys.exit(0)
PY
) || figure=""
  if [ -z "$figure" ]; then
    echo "make-thumbnails: $name wrote no figure; no thumbnail" >&2
    failed=1
    continue
  fi
  folder="$(dirname "$example")/thumbnails"
  mkdir -p "$folder"
  "$convert" "$figure" -resize 360x -strip -colors 128 "PNG8:$folder/$name.png"
  echo "$folder/$name.png  ($(basename "$figure"))"
done
exit $failed
