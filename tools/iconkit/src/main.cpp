// iconkit: renders the application's SVG into the platform icons at build time (packaging/CMakeLists.txt).
//   iconkit <app.svg> <out-dir> <name> <png-size>...
// writes <out-dir>/<name>-<size>.png for each size asked for (the hicolor theme's), <name>.ico (Windows)
// and <name>.icns (macOS).

#include "IconKit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace {

bool write(const QString& path, const QByteArray& bytes) {
    // QSaveFile: an interrupted build never leaves a half-written icon that looks up to date.
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        std::fprintf(stderr, "iconkit: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: iconkit <app.svg> <out-dir> <name> <png-size>...\n");
        return 2;
    }
    const QString svg = args[0];
    const QDir out(args[1]);
    const QString name = args[2];
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "iconkit: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }

    QList<int> pngSizes;
    for (const QString& a : args.mid(3)) {
        bool ok = false;
        const int size = a.toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "iconkit: '%s' is not an icon size\n", qPrintable(a));
            return 2;
        }
        pngSizes.append(size);
    }
    // Every size any output needs, each rendered once.
    QList<int> sizes = pngSizes;
    for (int s : iconkit::kIcoSizes)
        sizes.append(s);
    for (const auto& e : iconkit::kIcnsElements)
        sizes.append(e.pixels);
    QMap<int, QImage> images;
    QMap<int, QByteArray> pngs;
    for (int s : sizes) {
        if (images.contains(s))
            continue;
        const auto image = iconkit::render(svg, s);
        if (!image) {
            std::fprintf(stderr, "iconkit: cannot read %s as SVG\n", qPrintable(svg));
            return 1;
        }
        images.insert(s, *image);
        pngs.insert(s, iconkit::png(*image));
    }

    for (int s : pngSizes)
        if (!write(out.filePath(QStringLiteral("%1-%2.png").arg(name).arg(s)), pngs.value(s)))
            return 1;
    QList<QImage> icoImages;
    for (int s : iconkit::kIcoSizes)
        icoImages.append(images.value(s));
    if (!write(out.filePath(name + QStringLiteral(".ico")), iconkit::ico(icoImages)))
        return 1;
    if (!write(out.filePath(name + QStringLiteral(".icns")), iconkit::icns(pngs)))
        return 1;
    return 0;
}
