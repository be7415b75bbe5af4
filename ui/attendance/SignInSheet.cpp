#include "ui/attendance/SignInSheet.h"

#include "core/common/LocaleFormat.h"
#include "core/common/PrivateFiles.h"
#include "core/models/DisplayTime.h"
#include "ui/attendance/RosterTableModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
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

// Geometry in points (1/72 inch): the writer's resolution is set to 72 so the painter speaks points.
constexpr double kPageW = 612, kPageH = 792, kMargin = 36;
constexpr double kRowH = 26, kHeaderH = 92, kTableHeadH = 20, kFooterH = 24;
struct Col {
    double width;
    const char* title;
};
const Col kCols[] = {{26, QT_TRANSLATE_NOOP("vms::SignInSheet", "#")},
                     {178, QT_TRANSLATE_NOOP("vms::SignInSheet", "Name")},
                     {132, QT_TRANSLATE_NOOP("vms::SignInSheet", "Organization / grade")},
                     {150, QT_TRANSLATE_NOOP("vms::SignInSheet", "Signature")},
                     {54, QT_TRANSLATE_NOOP("vms::SignInSheet", "Time in")}};

} // namespace

Status SignInSheet::writePdf(const Session& session, const AttendanceEvent& event,
                             const std::vector<RosterRow>& roster, const QString& path, int blankRows,
                             const QDateTime& printedAtUtc) {
    if (Status s = session.require(Permission::ExportRoster); !s)
        return s;
    // Cancelled people do not come; everyone else gets a line.
    std::vector<const RosterRow*> people;
    for (const RosterRow& r : roster)
        if (r.status != ParticipationStatus::Cancelled)
            people.push_back(&r);

    const int rowsPerPage =
        static_cast<int>((kPageH - 2 * kMargin - kHeaderH - kTableHeadH - kFooterH) / kRowH);
    int lines = static_cast<int>(people.size()) + std::max(blankRows, 0);
    // Fill the last page with blank rows too: paper is there anyway.
    const int pages = std::max(1, (lines + rowsPerPage - 1) / rowsPerPage);
    lines = pages * rowsPerPage;

    // Written to a temporary file and renamed, so a half-written sheet never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("VMS"));
        pdf.setTitle(Tr::tr("Sign-in sheet — %1").arg(event.name));
        pdf.setResolution(72);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        QPainter p;
        if (!p.begin(&pdf))
            return Error::io(Tr::tr("Cannot start the PDF %1").arg(path));
        const QFont base(QStringLiteral("DejaVu Sans"), 10);
        QFont title = base;
        title.setPointSizeF(17);
        title.setBold(true);
        QFont bold = base;
        bold.setBold(true);
        QFont small = base;
        small.setPointSizeF(8);
        const QLocale locale = LocaleFormat::displayLocale();
        const QString printed = locale.toString(printedAtUtc.toTimeZone(DisplayTime::zone()),
                                                LocaleFormat::mediumDateTime(locale));
        const double tableW = kPageW - 2 * kMargin;

        int line = 0;
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                pdf.newPage();
            double y = kMargin;
            p.setPen(Qt::black);
            p.setFont(title);
            p.drawText(QRectF(kMargin, y, tableW, 26), Qt::AlignLeft | Qt::AlignVCenter,
                       Tr::tr("Sign-in sheet: %1").arg(event.name));
            y += 30;
            p.setFont(bold);
            p.drawText(QRectF(kMargin, y, tableW, 16), Qt::AlignLeft | Qt::AlignVCenter,
                       event.whenText(DisplayTime::zone()));
            y += 18;
            p.setFont(base);
            p.drawText(QRectF(kMargin, y, tableW, 16), Qt::AlignLeft | Qt::AlignVCenter,
                       event.location.isEmpty() ? Tr::tr("Location not set") : event.location);
            y += 18;
            p.setFont(small);
            p.drawText(QRectF(kMargin, y, tableW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                       Tr::tr("Please print your name if it is not listed, and sign. Staff enter these marks "
                              "into VMS."));
            y = kMargin + kHeaderH;

            // Table head.
            p.setFont(bold);
            p.fillRect(QRectF(kMargin, y, tableW, kTableHeadH), QColor(0xe6, 0xe6, 0xe6));
            double x = kMargin;
            for (const Col& c : kCols) {
                p.drawText(QRectF(x + 4, y, c.width - 8, kTableHeadH), Qt::AlignLeft | Qt::AlignVCenter,
                           Tr::tr(c.title));
                x += c.width;
            }
            y += kTableHeadH;

            p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.6));
            for (int i = 0; i < rowsPerPage; ++i, ++line) {
                const QRectF rowRect(kMargin, y, tableW, kRowH);
                p.drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
                x = kMargin;
                p.setPen(Qt::black);
                p.setFont(base);
                p.drawText(QRectF(x + 4, y, kCols[0].width - 8, kRowH), Qt::AlignRight | Qt::AlignVCenter,
                           QString::number(line + 1));
                if (line < static_cast<int>(people.size())) {
                    const RosterRow& r = *people[static_cast<size_t>(line)];
                    x += kCols[0].width;
                    const QString name = r.lastName.isEmpty() ? r.displayName()
                                         : r.firstName.isEmpty()
                                             ? r.lastName
                                             : Tr::tr("%1, %2").arg(r.lastName, r.firstName);
                    p.drawText(QRectF(x + 4, y, kCols[1].width - 8, kRowH), Qt::AlignLeft | Qt::AlignVCenter,
                               p.fontMetrics().elidedText(name, Qt::ElideRight,
                                                          static_cast<int>(kCols[1].width - 8)));
                    x += kCols[1].width;
                    QString detail = r.detail;
                    if (r.type == ParticipantType::Student)
                        detail = r.detail.isEmpty() ? Tr::tr("Student")
                                                    : Tr::tr("Student, grade %1").arg(r.detail);
                    else if (r.type == ParticipantType::Presenter)
                        detail = Tr::tr("Presenter");
                    p.setFont(small);
                    p.drawText(QRectF(x + 4, y, kCols[2].width - 8, kRowH), Qt::AlignLeft | Qt::AlignVCenter,
                               p.fontMetrics().elidedText(detail, Qt::ElideRight,
                                                          static_cast<int>(kCols[2].width - 8)));
                }
                p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.6));
                y += kRowH;
            }
            // Column rules over the whole table.
            x = kMargin;
            const double top = kMargin + kHeaderH, bottom = y;
            for (const Col& c : kCols) {
                p.drawLine(QPointF(x, top), QPointF(x, bottom));
                x += c.width;
            }
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
            p.drawLine(QPointF(kMargin, top), QPointF(kMargin + tableW, top));

            p.setPen(Qt::black);
            p.setFont(small);
            p.drawText(
                QRectF(kMargin, kPageH - kMargin - 14, tableW, 14), Qt::AlignLeft | Qt::AlignVCenter,
                Tr::tr("%1 on the roster · printed %2 (Central time)").arg(people.size()).arg(printed));
            p.drawText(QRectF(kMargin, kPageH - kMargin - 14, tableW, 14), Qt::AlignRight | Qt::AlignVCenter,
                       Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        if (!p.end())
            return Error::io(Tr::tr("Cannot finish the PDF %1").arg(path));
    }
    if (!file.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace vms
