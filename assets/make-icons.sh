#!/usr/bin/env bash
# Regenerates every icon from assets/icon.svg, offline, with Debian's tools:
#   apt-get install librsvg2-bin icoutils icnsutils
# Outputs (committed): assets/icon.png (512), assets/icons/NxN.png (Linux set),
# assets/icon.ico (Windows), assets/icon.icns (macOS), renderer/public/favicon.{svg,ico}.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install librsvg2-bin icoutils icnsutils" >&2; exit 1; }
done

src=assets/icon.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { rsvg-convert --width "$1" --height "$1" "$src" --output "$2"; }

for size in 16 24 32 48 64 128 256 512 1024; do render "$size" "$work/$size.png"; done

cp "$work/512.png" assets/icon.png

rm -rf assets/icons && mkdir -p assets/icons
for size in 16 32 48 64 128 256 512; do cp "$work/$size.png" "assets/icons/${size}x${size}.png"; done

# 256 is stored as PNG inside the ICO (-r), as Windows expects for that size.
icotool --create --output assets/icon.ico "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" --raw="$work/256.png"

png2icns assets/icon.icns "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" "$work/1024.png" >/dev/null

mkdir -p renderer/public
cp "$src" renderer/public/favicon.svg
icotool --create --output renderer/public/favicon.ico "$work/16.png" "$work/32.png" "$work/48.png"

echo "Icons written from $src."
