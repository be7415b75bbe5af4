#include "IconKit.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgRenderer>

namespace iconkit {

namespace {

void putLE16(QByteArray& out, quint32 v) {
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void putLE32(QByteArray& out, quint32 v) {
    putLE16(out, v & 0xffff);
    putLE16(out, v >> 16);
}

void putBE32(QByteArray& out, quint32 v) {
    out.append(char((v >> 24) & 0xff));
    out.append(char((v >> 16) & 0xff));
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

// The image as an ICO "DIB": a BITMAPINFOHEADER whose height counts the colour rows and the mask rows,
// the colour rows bottom-up as BGRA (straight alpha), then the 1-bit AND mask (1 = transparent), each
// mask row padded to 32 bits. 32-bit icons take their transparency from the alpha; the mask is still
// required, and older readers use it.
QByteArray dib(const QImage& source) {
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    const int w = image.width();
    const int h = image.height();
    const int maskStride = ((w + 31) / 32) * 4;
    QByteArray out;
    putLE32(out, 40); // biSize
    putLE32(out, quint32(w));
    putLE32(out, quint32(2 * h));
    putLE16(out, 1);  // biPlanes
    putLE16(out, 32); // biBitCount
    putLE32(out, 0);  // biCompression: BI_RGB
    putLE32(out, quint32(w * h * 4 + maskStride * h));
    putLE32(out, 0); // biXPelsPerMeter
    putLE32(out, 0); // biYPelsPerMeter
    putLE32(out, 0); // biClrUsed
    putLE32(out, 0); // biClrImportant
    for (int y = h - 1; y >= 0; --y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            out.append(char(qBlue(line[x])));
            out.append(char(qGreen(line[x])));
            out.append(char(qRed(line[x])));
            out.append(char(qAlpha(line[x])));
        }
    }
    for (int y = h - 1; y >= 0; --y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        QByteArray row(maskStride, '\0');
        for (int x = 0; x < w; ++x)
            if (qAlpha(line[x]) == 0)
                row[x / 8] = char(row[x / 8] | (0x80 >> (x % 8)));
        out.append(row);
    }
    return out;
}

} // namespace

std::optional<QImage> render(const QString& svgFile, int size) {
    QSvgRenderer svg(svgFile);
    if (!svg.isValid() || size <= 0)
        return std::nullopt;
    // Drawn at each size from the vector source, never scaled from another bitmap, so small sizes stay sharp.
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        svg.render(&painter, QRectF(0, 0, size, size));
    }
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // No text chunks and no time stamp are written, so the same SVG gives the same bytes (reproducible).
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray ico(const QList<QImage>& images) {
    QList<QByteArray> data;
    for (const QImage& image : images) {
        if (image.isNull() || image.width() != image.height() || image.width() > 256)
            return {};
        data.append(image.width() >= kIcoPngFrom ? png(image) : dib(image));
        if (data.constLast().isEmpty())
            return {};
    }
    // ICONDIR: reserved, type 1 (icon), count; then one 16-byte ICONDIRENTRY per image; then the images.
    QByteArray out;
    putLE16(out, 0);
    putLE16(out, 1);
    putLE16(out, quint32(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int side = images[i].width();
        out.append(char(side == 256 ? 0 : side)); // bWidth: 0 means 256
        out.append(char(side == 256 ? 0 : side)); // bHeight
        out.append(char(0));                      // bColorCount: no palette
        out.append(char(0));                      // bReserved
        putLE16(out, 1);                          // wPlanes
        putLE16(out, 32);                         // wBitCount
        putLE32(out, quint32(data[i].size()));
        putLE32(out, offset);
        offset += quint32(data[i].size());
    }
    for (const QByteArray& d : data)
        out.append(d);
    return out;
}

QByteArray icns(const QMap<int, QByteArray>& pngByPixels) {
    // Header: 'icns' and the file's length; each element: its OSType, its length with this 8-byte header,
    // then the PNG. All big-endian.
    QByteArray body;
    for (const IcnsElement& e : kIcnsElements) {
        const QByteArray image = pngByPixels.value(e.pixels);
        if (image.isEmpty())
            return {};
        body.append(e.type, 4);
        putBE32(body, quint32(8 + image.size()));
        body.append(image);
    }
    QByteArray out("icns");
    putBE32(out, quint32(8 + body.size()));
    out.append(body);
    return out;
}

} // namespace iconkit
