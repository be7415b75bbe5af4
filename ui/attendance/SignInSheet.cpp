#include "ui/attendance/SignInSheet.h"

#include "core/common/LocaleFormat.h"
#include "core/common/PrivateFiles.h"
#include "core/profile/DisplayTime.h"
#include "ui/attendance/RosterTableModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::SignInSheet)
};

// Geometry in points (1/72 inch); the painter is scaled so it speaks points on any device.
constexpr qreal kMargin = 36, kRowH = 26, kTableHeadH = 20, kFooterH = 24, kGap = 4;
struct Col {
    qreal share; // of the table's width
    const char* title;
};
const Col kCols[] = {{0.048, QT_TRANSLATE_NOOP("vms::SignInSheet", "#")},
                     {0.330, QT_TRANSLATE_NOOP("vms::SignInSheet", "Name")},
                     {0.244, QT_TRANSLATE_NOOP("vms::SignInSheet", "Organization / grade")},
                     {0.278, QT_TRANSLATE_NOOP("vms::SignInSheet", "Signature")},
                     {0.100, QT_TRANSLATE_NOOP("vms::SignInSheet", "Time in")}};

// Draws (or only measures) `text` from `top`, wrapped to `width`, and returns where the next line may
// start: header lines never overlap, however long an event's name or location is.
qreal drawWrapped(QPainter& p, qreal left, qreal top, qreal width, const QString& text, bool draw) {
    const QRectF box(left, top, width, 1000);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF used = p.boundingRect(box, flags, text);
    if (draw)
        p.drawText(box, flags, text);
    return top + used.height() + kGap;
}

} // namespace

QStringList SignInSheet::nameLines(const RosterRow& row, const QFontMetricsF& metrics, qreal width) {
    if (row.lastName.isEmpty() || row.firstName.isEmpty()) {
        const QString name = row.lastName.isEmpty() ? row.displayName() : row.lastName;
        if (metrics.horizontalAdvance(name) <= width)
            return {name};
        // One name only: the middle goes, so both ends stay recognisable.
        return {metrics.elidedText(name, Qt::ElideMiddle, width)};
    }
    const QString full = Tr::tr("%1, %2").arg(row.lastName, row.firstName);
    if (metrics.horizontalAdvance(full) <= width)
        return {full};
    return {metrics.elidedText(Tr::tr("%1,").arg(row.lastName), Qt::ElideRight, width),
            metrics.elidedText(row.firstName, Qt::ElideRight, width)};
}

Status SignInSheet::paint(const Session& session, QPagedPaintDevice& device, const AttendanceEvent& event,
                          const std::vector<RosterRow>& roster, int blankRows,
                          const QDateTime& printedAtUtc) {
    if (Status s = session.require(Permission::ExportRoster); !s)
        return s;
    // Cancelled people do not come; everyone else gets a line.
    std::vector<const RosterRow*> people;
    for (const RosterRow& r : roster)
        if (r.status != ParticipationStatus::Cancelled)
            people.push_back(&r);

    QPainter p;
    if (!p.begin(&device))
        return Error::io(Tr::tr("Cannot start the sign-in sheet"));
    // Points on every device (a PDF at 72 dpi, a printer at 600): the painter is scaled, and fonts are
    // sized in its units (pixel sizes), so text scales with it.
    const qreal scale = device.logicalDpiX() / 72.0;
    p.scale(scale, scale);
    const QSizeF page = device.pageLayout().paintRectPoints().size();
    const qreal tableW = page.width() - 2 * kMargin;
    qreal colW[std::size(kCols)];
    for (size_t c = 0; c < std::size(kCols); ++c)
        colW[c] = tableW * kCols[c].share;

    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPixelSize(10);
    QFont title = base;
    title.setPixelSize(17);
    title.setBold(true);
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPixelSize(8);
    const QLocale locale = LocaleFormat::displayLocale();
    const QDateTime printedLocal = printedAtUtc.toTimeZone(DisplayTime::zone());
    const QString printed = locale.toString(printedLocal, LocaleFormat::mediumDateTime(locale)) + u' ' +
                            DisplayTime::zone().abbreviation(printedLocal);

    // The header, first only measured: every page has the same one, and the table starts under it.
    const auto drawHeader = [&](bool draw) {
        qreal y = kMargin;
        const auto line = [&](const QFont& font, const QString& text) {
            p.setFont(font);
            y = drawWrapped(p, kMargin, y, tableW, text, draw);
        };
        line(title, Tr::tr("Sign-in sheet: %1").arg(event.name));
        line(bold, event.whenText(DisplayTime::zone()));
        line(base, event.location.isEmpty() ? Tr::tr("Location not set") : event.location);
        line(small,
             Tr::tr(
                 "Please print your name if it is not listed, and sign. Staff enter these marks into VMS."));
        return y + kGap;
    };
    const qreal tableTop = drawHeader(false);
    const int rowsPerPage =
        std::max(1, static_cast<int>((page.height() - kMargin - tableTop - kTableHeadH - kFooterH) / kRowH));
    int lines = static_cast<int>(people.size()) + std::max(blankRows, 0);
    // Fill the last page with blank rows too: paper is there anyway.
    const int pages = std::max(1, (lines + rowsPerPage - 1) / rowsPerPage);
    lines = pages * rowsPerPage;

    int line = 0;
    for (int pageNo = 0; pageNo < pages; ++pageNo) {
        if (pageNo > 0 && !device.newPage()) {
            p.end();
            return Error::io(Tr::tr("Cannot start page %1 of the sign-in sheet").arg(pageNo + 1));
        }
        p.setPen(Qt::black);
        drawHeader(true);
        qreal y = tableTop;

        // Table head.
        p.setFont(bold);
        p.fillRect(QRectF(kMargin, y, tableW, kTableHeadH), QColor(0xe6, 0xe6, 0xe6));
        qreal x = kMargin;
        for (size_t c = 0; c < std::size(kCols); ++c) {
            p.drawText(QRectF(x + 4, y, colW[c] - 8, kTableHeadH), Qt::AlignLeft | Qt::AlignVCenter,
                       Tr::tr(kCols[c].title));
            x += colW[c];
        }
        y += kTableHeadH;

        for (int i = 0; i < rowsPerPage; ++i, ++line) {
            const QRectF rowRect(kMargin, y, tableW, kRowH);
            p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.6));
            p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
            p.setPen(Qt::black);
            p.setFont(base);
            x = kMargin;
            p.drawText(QRectF(x + 4, y, colW[0] - 8, kRowH), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(line + 1));
            if (line < static_cast<int>(people.size())) {
                const RosterRow& r = *people[static_cast<size_t>(line)];
                x += colW[0];
                const qreal nameW = colW[1] - 8;
                QStringList name = nameLines(r, QFontMetricsF(base), nameW);
                // Two lines need the smaller type to fit the row.
                if (name.size() > 1) {
                    p.setFont(small);
                    name = nameLines(r, QFontMetricsF(small), nameW);
                }
                p.drawText(QRectF(x + 4, y, nameW, kRowH), Qt::AlignLeft | Qt::AlignVCenter,
                           name.join(u'\n'));
                x += colW[1];
                QString detail = r.detail;
                if (r.teacher) // detail: their school
                    detail = r.detail.isEmpty() ? Tr::tr("Teacher") : Tr::tr("Teacher, %1").arg(r.detail);
                else if (r.type == ParticipantType::Student)
                    detail =
                        r.detail.isEmpty() ? Tr::tr("Student") : Tr::tr("Student, grade %1").arg(r.detail);
                else if (r.type == ParticipantType::Presenter)
                    detail = Tr::tr("Presenter");
                p.setFont(small);
                p.drawText(QRectF(x + 4, y, colW[2] - 8, kRowH), Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(small).elidedText(detail, Qt::ElideRight, colW[2] - 8));
            }
            y += kRowH;
        }
        // Column rules over the whole table.
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.6));
        x = kMargin;
        const qreal top = tableTop, bottom = y;
        for (const qreal w : colW) {
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
            x += w;
        }
        p.drawLine(QPointF(x, top), QPointF(x, bottom));
        p.drawLine(QPointF(kMargin, top), QPointF(kMargin + tableW, top));

        p.setPen(Qt::black);
        p.setFont(small);
        const QRectF footer(kMargin, page.height() - kMargin - 14, tableW, 14);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("%1 on the roster · printed %2").arg(people.size()).arg(printed));
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                   Tr::tr("Page %1 of %2").arg(pageNo + 1).arg(pages));
    }
    if (!p.end())
        return Error::io(Tr::tr("Cannot finish the sign-in sheet"));
    return {};
}

Status SignInSheet::writePdf(const Session& session, const AttendanceEvent& event,
                             const std::vector<RosterRow>& roster, const QString& path,
                             QPageSize::PageSizeId paper, int blankRows, const QDateTime& printedAtUtc) {
    // Checked before the file is made, so a refused sheet leaves nothing behind.
    if (Status s = session.require(Permission::ExportRoster); !s)
        return s;
    // Written to a temporary file and renamed, so a half-written sheet never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("VMS"));
        pdf.setTitle(Tr::tr("Sign-in sheet — %1").arg(event.name));
        pdf.setResolution(72);
        pdf.setPageLayout(
            QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        if (Status s = paint(session, pdf, event, roster, blankRows, printedAtUtc); !s) {
            file.cancelWriting();
            return Error::io(Tr::tr("Cannot write %1: %2").arg(path, s.error().message));
        }
    }
    if (!file.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace vms
