#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

// iconkit: the platform icons (hicolor PNGs, a Windows .ico, a macOS .icns) rendered at build time from
// the one SVG, so no platform's CI needs ImageMagick, librsvg or iconutil and every icon matches the SVG.
namespace iconkit {

// The source drawn at size x size pixels, non-premultiplied ARGB32 with a transparent background;
// nullopt when the SVG cannot be read.
std::optional<QImage> render(const QString& svgFile, int size);
// A PNG file of the image.
QByteArray png(const QImage& image);

// The sizes a Windows icon carries: what Explorer, the taskbar, the Start menu and installers ask for.
inline constexpr std::array<int, 7> kIcoSizes{16, 24, 32, 48, 64, 128, 256};
// From this size up an ICO entry is a PNG (Vista and later); below it a 32-bit DIB, the form that every
// consumer of small icons reads (resource compilers, NSIS, old shell code paths).
inline constexpr int kIcoPngFrom = 64;
// A multi-image .ico of the images (each square, 1..256 px), in the order given.
QByteArray ico(const QList<QImage>& images);

// One element of the .icns: its OSType and the PNG's pixel size. The @2x types (ic11–ic14) hold the same
// pixels as the next size up, for Retina displays.
struct IcnsElement {
    char type[5];
    int pixels;
};
inline constexpr std::array<IcnsElement, 11> kIcnsElements{{
    {"icp4", 16},
    {"ic11", 32}, // 16@2x
    {"icp5", 32},
    {"ic12", 64}, // 32@2x
    {"icp6", 64},
    {"ic07", 128},
    {"ic13", 256}, // 128@2x
    {"ic08", 256},
    {"ic14", 512}, // 256@2x
    {"ic09", 512},
    {"ic10", 1024}, // 512@2x
}};
// An .icns of PNG elements (kIcnsElements) from PNG files by pixel size; empty when one is missing.
QByteArray icns(const QMap<int, QByteArray>& pngByPixels);

} // namespace iconkit
