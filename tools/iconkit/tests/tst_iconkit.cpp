// The icons the build made from resources/icons/app.svg (packaging/CMakeLists.txt runs iconkit), checked
// with readers written here from the file formats, not with iconkit's own code: the .ico's directory and
// each entry (DIB header or PNG, and its pixel size), the .icns's elements, and the hicolor PNGs. The
// broken-file cases make sure these checks can fail.

#include "IconKit.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QTest>

namespace {

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

quint32 le16(const QByteArray& b, qsizetype at) {
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8;
}
quint32 le32(const QByteArray& b, qsizetype at) {
    return le16(b, at) | le16(b, at + 2) << 16;
}
quint32 be32(const QByteArray& b, qsizetype at) {
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 | quint32(quint8(b[at + 2])) << 8 |
           quint32(quint8(b[at + 3]));
}

// A PNG's width and height from its IHDR (which must come first), after checking the signature.
QString pngSize(const QByteArray& png, QSize* size) {
    if (!png.startsWith(kPngSignature))
        return QStringLiteral("no PNG signature");
    if (png.size() < 24 || png.mid(12, 4) != "IHDR")
        return QStringLiteral("no IHDR");
    *size = QSize(int(be32(png, 16)), int(be32(png, 20)));
    const QImage decoded = QImage::fromData(png, "PNG");
    if (decoded.size() != *size)
        return QStringLiteral("PNG does not decode to its IHDR size");
    return {};
}

struct IcoEntry {
    int side = 0;
    bool isPng = false;
};

// An empty string when the .ico is well formed; entries gets one row per image.
QString readIco(const QByteArray& ico, QList<IcoEntry>* entries) {
    if (ico.size() < 6 || le16(ico, 0) != 0 || le16(ico, 2) != 1)
        return QStringLiteral("not an ICONDIR (reserved 0, type 1)");
    const quint32 count = le16(ico, 4);
    if (count == 0 || ico.size() < qsizetype(6 + 16 * count))
        return QStringLiteral("directory truncated");
    qsizetype end = 6 + 16 * qsizetype(count);
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype e = 6 + 16 * qsizetype(i);
        const int w = quint8(ico[e]) == 0 ? 256 : quint8(ico[e]);
        const int h = quint8(ico[e + 1]) == 0 ? 256 : quint8(ico[e + 1]);
        if (w != h || ico[e + 3] != 0 || le16(ico, e + 4) != 1 || le16(ico, e + 6) != 32)
            return QStringLiteral("entry %1: not a square 32-bit icon").arg(i);
        const quint32 length = le32(ico, e + 8);
        const quint32 offset = le32(ico, e + 12);
        // Images follow the directory in order, without gaps or overlaps.
        if (offset != quint64(end) || quint64(offset) + length > quint64(ico.size()))
            return QStringLiteral("entry %1: data at %2+%3 is out of place").arg(i).arg(offset).arg(length);
        end = qsizetype(offset + length);
        const QByteArray data = ico.mid(offset, length);
        IcoEntry entry{w, data.startsWith(kPngSignature)};
        if (entry.isPng) {
            QSize size;
            if (QString error = pngSize(data, &size); !error.isEmpty())
                return QStringLiteral("entry %1: %2").arg(i).arg(error);
            if (size != QSize(w, w))
                return QStringLiteral("entry %1: PNG is %2 px, directory says %3")
                    .arg(i)
                    .arg(size.width())
                    .arg(w);
        } else {
            const quint32 maskStride = (quint32(w) + 31) / 32 * 4;
            if (data.size() < 40 || le32(data, 0) != 40 || le32(data, 4) != quint32(w) ||
                le32(data, 8) != quint32(2 * w) || le16(data, 12) != 1 || le16(data, 14) != 32 ||
                le32(data, 16) != 0)
                return QStringLiteral("entry %1: not a 32-bit BITMAPINFOHEADER of %2 px").arg(i).arg(w);
            if (quint32(data.size()) != 40 + quint32(w * w) * 4 + maskStride * quint32(w))
                return QStringLiteral("entry %1: DIB of %2 bytes").arg(i).arg(data.size());
        }
        entries->append(entry);
    }
    if (end != ico.size())
        return QStringLiteral("%1 bytes after the last image").arg(ico.size() - end);
    return {};
}

struct IcnsItem {
    QByteArray type;
    int pixels = 0;
};

QString readIcns(const QByteArray& icns, QList<IcnsItem>* items) {
    if (icns.size() < 8 || !icns.startsWith("icns"))
        return QStringLiteral("no 'icns' magic");
    if (be32(icns, 4) != quint32(icns.size()))
        return QStringLiteral("header says %1 bytes, file has %2").arg(be32(icns, 4)).arg(icns.size());
    qsizetype at = 8;
    while (at < icns.size()) {
        if (at + 8 > icns.size())
            return QStringLiteral("element header truncated at %1").arg(at);
        const QByteArray type = icns.mid(at, 4);
        const quint32 length = be32(icns, at + 4);
        if (length < 8 || quint64(at) + length > quint64(icns.size()))
            return QStringLiteral("element %1 has length %2").arg(QString::fromLatin1(type)).arg(length);
        QSize size;
        if (QString error = pngSize(icns.mid(at + 8, length - 8), &size); !error.isEmpty())
            return QStringLiteral("element %1: %2").arg(QString::fromLatin1(type), error);
        if (size.width() != size.height())
            return QStringLiteral("element %1 is not square").arg(QString::fromLatin1(type));
        items->append({type, size.width()});
        at += length;
    }
    return {};
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString iconDir() {
    return QStringLiteral(VMS_ICON_DIR);
}

} // namespace

class TestIconKit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void icoHasEverySize() {
        const QByteArray ico = readFile(iconDir() + QStringLiteral("/vms.ico"));
        QVERIFY2(!ico.isEmpty(), "the build did not make vms.ico");
        QList<IcoEntry> entries;
        const QString error = readIco(ico, &entries);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<int> expected{16, 24, 32, 48, 64, 128, 256};
        QCOMPARE(entries.size(), expected.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].side, expected[i]);
            // Small sizes as DIB for every reader of small icons; the large ones PNG-compressed.
            QCOMPARE(entries[i].isPng, expected[i] >= 64);
        }
        // And Qt's own ICO reader sees the same images.
        QBuffer buffer(const_cast<QByteArray*>(&ico));
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "ico");
        QCOMPARE(reader.imageCount(), int(expected.size()));
        for (int side : expected) {
            const QImage image = reader.read();
            QCOMPARE(image.size(), QSize(side, side));
            reader.jumpToNextImage();
        }
    }

    void icnsHasEveryElement() {
        const QByteArray icns = readFile(iconDir() + QStringLiteral("/vms.icns"));
        QVERIFY2(!icns.isEmpty(), "the build did not make vms.icns");
        QList<IcnsItem> items;
        const QString error = readIcns(icns, &items);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // PNG-bearing types and their pixel sizes (Apple's icon types; @2x types hold the doubled size).
        const QList<IcnsItem> expected{{"icp4", 16},  {"ic11", 32},  {"icp5", 32},  {"ic12", 64},
                                       {"icp6", 64},  {"ic07", 128}, {"ic13", 256}, {"ic08", 256},
                                       {"ic14", 512}, {"ic09", 512}, {"ic10", 1024}};
        QCOMPARE(items.size(), expected.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i].type, expected[i].type);
            QCOMPARE(items[i].pixels, expected[i].pixels);
        }
    }

    void hicolorPngsShowTheIcon() {
        for (int side : {16, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path = iconDir() + QStringLiteral("/vms-%1.png").arg(side);
            QSize size;
            const QByteArray png = readFile(path);
            const QString error = pngSize(png, &size);
            QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
            QCOMPARE(size, QSize(side, side));
            // The SVG's rounded blue square: transparent corners, an opaque blue edge, not a blank image.
            const QImage image = QImage::fromData(png, "PNG").convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            const QRgb edge = image.pixel(side / 2, side / 8 + 1);
            QCOMPARE(qAlpha(edge), 255);
            QVERIFY2(qBlue(edge) > 200 && qRed(edge) < 100, qPrintable(QString::number(edge, 16)));
        }
    }

    // The DIB entries are bottom-up BGRA with straight alpha and a matching AND mask: Qt's ICO reader
    // must give back exactly the pixels written, top rows on top.
    void dibEntriesKeepPixelsAndOrientation() {
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        for (int x = 0; x < 16; ++x) {
            image.setPixel(x, 0, qRgba(255, 0, 0, 255));  // top row red
            image.setPixel(x, 15, qRgba(0, 0, 255, 128)); // bottom row half-transparent blue
        }
        QByteArray ico = iconkit::ico({image});
        QList<IcoEntry> entries;
        const QString error = readIco(ico, &entries);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QVERIFY(!entries[0].isPng);
        QBuffer buffer(&ico);
        buffer.open(QIODevice::ReadOnly);
        const QImage back = QImageReader(&buffer, "ico").read().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(back.size(), QSize(16, 16));
        QCOMPARE(back.pixel(3, 0), qRgba(255, 0, 0, 255));
        QCOMPARE(back.pixel(3, 15), qRgba(0, 0, 255, 128));
        QCOMPARE(qAlpha(back.pixel(3, 7)), 0);
        // The mask marks exactly the transparent pixels: row 0 (bottom-up) is the blue row, all opaque.
        const qsizetype mask = 6 + 16 + 40 + 16 * 16 * 4;
        QCOMPARE(ico.mid(mask, 4), QByteArray(4, '\0'));
        QCOMPARE(ico.mid(mask + 4, 2), QByteArray(2, '\xff'));
    }

    void brokenIcoIsRefused() {
        const QByteArray good = readFile(iconDir() + QStringLiteral("/vms.ico"));
        QVERIFY(!good.isEmpty());
        QList<IcoEntry> entries;
        QVERIFY(readIco(good, &entries).isEmpty());

        QByteArray truncated = good.left(good.size() - 1);
        QVERIFY(!readIco(truncated, &entries).isEmpty());
        QByteArray wrongType = good;
        wrongType[2] = 2; // a cursor
        QVERIFY(!readIco(wrongType, &entries).isEmpty());
        QByteArray badPng = good;
        badPng[qsizetype(le32(good, 6 + 16 * 6 + 12)) + 1] = 'X'; // the 256 px entry's signature
        QVERIFY(!readIco(badPng, &entries).isEmpty());
        QByteArray wrongSide = good;
        wrongSide[6 + 16 * 6] = char(128); // the 256 px PNG claimed as 128
        QVERIFY(!readIco(wrongSide, &entries).isEmpty());
        QByteArray badDib = good;
        badDib[qsizetype(le32(good, 6 + 12)) + 14] = 24; // the 16 px entry as 24-bit
        QVERIFY(!readIco(badDib, &entries).isEmpty());
    }

    void brokenIcnsIsRefused() {
        const QByteArray good = readFile(iconDir() + QStringLiteral("/vms.icns"));
        QVERIFY(!good.isEmpty());
        QList<IcnsItem> items;
        QVERIFY(readIcns(good, &items).isEmpty());

        QVERIFY(!readIcns(good.left(good.size() - 1), &items).isEmpty());
        QByteArray badMagic = good;
        badMagic[0] = 'I';
        QVERIFY(!readIcns(badMagic, &items).isEmpty());
        QByteArray badPng = good;
        badPng[8 + 8 + 1] = 'X'; // the first element's PNG signature
        QVERIFY(!readIcns(badPng, &items).isEmpty());
        QByteArray badLength = good;
        badLength[8 + 4] = char(0x7f); // the first element's length past the end
        QVERIFY(!readIcns(badLength, &items).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIconKit)
#include "tst_iconkit.moc"
