#!/usr/bin/env bash
# Copies the dashboard's front-end libraries into OUTPUT_DIR from packages obtained by NAME and VERSION
# from the npm registry (never by URL), checking a pinned SHA-256 of each packed tarball before unpacking.
#
#   scripts/fetch-web-assets.sh OUTPUT_DIR
#
# Writes OUTPUT_DIR/{leaflet.js,leaflet.css,images/,leaflet.markercluster.js,MarkerCluster*.css,
# topojson-client.min.js,countries-110m.json,uPlot.iife.min.js,uPlot.min.css,SOURCE}: the files the
# page at / loads, served from the jar (nothing from a CDN). Packages are cached in
# ${SITREP_CACHE:-$HOME/.cache/sitrep}/web, so repeated (and offline) builds do not fetch them again.
# Needs npm only when a package is not cached (Debian packages: nodejs npm).
set -euo pipefail
# shellcheck source=npm-pack.sh
source "$(dirname "$0")/npm-pack.sh"

OUT=${1:?usage: fetch-web-assets.sh OUTPUT_DIR}
CACHE=${SITREP_CACHE:-$HOME/.cache/sitrep}/web

# name version sha256-of-the-packed-tarball files-to-copy (relative to package/)
PACKAGES=(
  "leaflet 1.9.4 84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77 dist/leaflet.js dist/leaflet.css dist/images"
  "leaflet.markercluster 1.5.3 fc6b0b1d00b6c708ae54e43ee4a11ac345e41660e19f0a570190bb35babb1a1c dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css"
  "topojson-client 3.1.0 889fadb422f6236d0f8337a236ce6499f258b75e44b81733b13bd971067322bf dist/topojson-client.min.js"
  "world-atlas 2.0.2 032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97 countries-110m.json"
  "uplot 1.6.32 4b8a8191e425658e3ea8c8c1314b0fc679c861ee3a1af2b20c7b16ba50b5133d dist/uPlot.iife.min.js dist/uPlot.min.css"
)

die() { echo "fetch-web-assets: $*" >&2; exit 1; }

stamp=$(printf '%s\n' "${PACKAGES[@]}" | sha256sum | cut -d' ' -f1)
if [[ -f "$OUT/SOURCE" ]] && grep -q "stamp $stamp" "$OUT/SOURCE"; then
  exit 0
fi

mkdir -p "$CACHE"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"

for entry in "${PACKAGES[@]}"; do
  read -r name version pinned files <<<"$entry"
  tgz=$(npm_pack_verified fetch-web-assets "$CACHE" "$work" "$name" "$version" "$pinned")
  mkdir -p "$work/$name"
  tar -xzf "$tgz" -C "$work/$name"
  for f in $files; do
    cp -r "$work/$name/package/$f" "$OUT/"
  done
done

{
  echo "# Front-end libraries of the dashboard, from npm packages (name version sha256 files):"
  printf '#   %s\n' "${PACKAGES[@]}"
  echo "# Leaflet and leaflet.markercluster: BSD-2-Clause; topojson-client and world-atlas: ISC"
  echo "# (world-atlas outlines from Natural Earth, public domain); uPlot: MIT."
  echo "stamp $stamp"
} >"$OUT/SOURCE"
echo "fetch-web-assets: wrote $OUT" >&2
