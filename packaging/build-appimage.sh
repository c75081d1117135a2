#!/usr/bin/env bash
# Linux AppImage from the one-folder bundle, for users without Python.
#
#   make package && packaging/build-appimage.sh
#
# Needs appimagetool (https://appimage.github.io/appimagetool/) on PATH. The AppImage
# runs the bundle in place; the database stays in ~/.local/share/lacworkshop.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=dist/lacworkshop
[ -x "$bundle/lacworkshop" ] || { echo "build the bundle first: make package" >&2; exit 1; }
command -v appimagetool >/dev/null || { echo "appimagetool is not on PATH" >&2; exit 1; }

version=$("$bundle/lacworkshop" --version | awk '{print $2}')
appdir=build/AppDir
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/metainfo"
cp -a "$bundle" "$appdir/usr/lib/lacworkshop"
cp packaging/lacworkshop.desktop "$appdir/lacworkshop.desktop"
cp packaging/lacworkshop.desktop "$appdir/usr/share/applications/"
cp packaging/io.github.lacworkshop.metainfo.xml "$appdir/usr/share/metainfo/"
for png in build/icons/lacworkshop-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$appdir/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/lacworkshop.png"
done
cp build/icons/lacworkshop-256.png "$appdir/lacworkshop.png"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
case "$1" in
  --cli) shift; exec "$here/usr/lib/lacworkshop/lacworkshop" "$@" ;;
  *) exec "$here/usr/lib/lacworkshop/lacworkshop-gui" "$@" ;;
esac
RUN
chmod +x "$appdir/AppRun"
ARCH=$(uname -m) appimagetool "$appdir" "dist/lacworkshop-$version-$(uname -m).AppImage"
