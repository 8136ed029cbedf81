#!/usr/bin/env bash
# Sourced by the fetch-*.sh scripts: one npm package, obtained by NAME and VERSION from the npm registry
# (never by URL), kept in a cache and checked against a pinned SHA-256 before anyone unpacks it.
#
#   npm_pack_verified TOOL CACHE_DIR WORK_DIR NAME VERSION SHA256
#
# Prints the path of the verified tarball in CACHE_DIR; fetches it with `npm pack` only when the cache
# lacks it or holds a tarball of another checksum. Exits naming TOOL when npm is missing or the
# checksum differs.

npm_pack_verified() {
  local tool=$1 cache=$2 work=$3 name=$4 version=$5 pinned=$6
  local tgz="$cache/$name-$version.tgz" actual
  if [[ ! -f "$tgz" || $(sha256sum "$tgz" | cut -d' ' -f1) != "$pinned" ]]; then
    command -v npm >/dev/null || { echo "$tool: npm is not installed (Debian: apt-get install nodejs npm)" >&2; exit 1; }
    echo "$tool: npm pack $name@$version" >&2
    (cd "$work" && npm pack "$name@$version" --silent >/dev/null) \
      || { echo "$tool: npm pack $name@$version failed" >&2; exit 1; }
    mv "$work/$name-$version.tgz" "$tgz.part"
    actual=$(sha256sum "$tgz.part" | cut -d' ' -f1)
    if [[ "$actual" != "$pinned" ]]; then
      rm -f "$tgz.part"
      echo "$tool: $name@$version has SHA-256 $actual, expected $pinned; refusing to unpack it" >&2
      exit 1
    fi
    mv "$tgz.part" "$tgz"
  fi
  printf '%s\n' "$tgz"
}
