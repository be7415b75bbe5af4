#!/usr/bin/env bash
# AppImage recipe. NOT run here (no network on the development machine): run it on a CI runner with
# network access, on the OLDEST distribution you want to support (an AppImage runs only on systems whose
# glibc is at least as new as the build machine's), with Qt 6.4+ and the build dependencies from
# scripts/setup installed. It downloads linuxdeploy and its Qt plugin, installs VMS into an AppDir via
# the CMake install rules (packaging/CMakeLists.txt), bundles Qt and its plugins, and writes
# VMS-<version>-x86_64.AppImage in the current folder.
#   packaging/appimage/build-appimage.sh [SOURCE_DIR]
set -euo pipefail
src=$(cd "${1:-$(dirname "$0")/../..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DVMS_BUILD_TESTS=OFF -DVMS_BUILD_BENCH=OFF
cmake --build "$work/build"
DESTDIR="$work/AppDir" cmake --install "$work/build"

base=https://github.com/linuxdeploy
curl -fsSLo "$work/linuxdeploy" "$base/linuxdeploy/releases/download/continuous/linuxdeploy-x86_64.AppImage"
curl -fsSLo "$work/linuxdeploy-plugin-qt" \
  "$base/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-x86_64.AppImage"
chmod +x "$work/linuxdeploy" "$work/linuxdeploy-plugin-qt"

# The Qt plugin copies the platform, image format and icon engine plugins; the SQLite driver is loaded by
# name at run time, so it is asked for explicitly. The Secret Service (gnome-keyring or KWallet) is the
# host's: QtKeychain talks to it over D-Bus, so it is not bundled.
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
export EXTRA_QT_PLUGINS="sqldrivers;iconengines;imageformats;tls"
export VERSION=$(grep -oP 'project\(VMS VERSION \K[0-9.]+' "$src/CMakeLists.txt")
export APPIMAGE_EXTRACT_AND_RUN=1 # CI containers usually have no FUSE
"$work/linuxdeploy" --appdir "$work/AppDir" \
  --desktop-file "$work/AppDir/usr/share/applications/org.vms.VMS.desktop" \
  --icon-file "$work/AppDir/usr/share/icons/hicolor/scalable/apps/org.vms.VMS.svg" \
  --executable "$work/AppDir/usr/bin/vms" --executable "$work/AppDir/usr/bin/vms-cli" \
  --plugin qt --output appimage
