#include "export/ReportDocument.h"

#include "core/reports/ReportText.h"
#include "export/BarChartPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::ReportDocument)
};

bool isNumeric(ColumnType t) {
    return t == ColumnType::Integer || t == ColumnType::Hours;
}

// Natural column widths in points, measured on a 72-dpi reference so layout does not depend on the device
// (a font's metrics without a device are the screen's, a third wider than points at 96 dpi).
std::vector<double> naturalWidths(const ReportResult& r, const QFont& font, const QFont& bold) {
    static const QImage reference = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMeter = qRound(72 / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    const QFontMetricsF fm(font, &reference);
    const QFontMetricsF bm(bold, &reference);
    std::vector<double> w(r.columns.size(), 0.0);
    for (size_t c = 0; c < r.columns.size(); ++c) {
        // Headers may wrap onto two lines, so count the longest word rather than the whole title.
        for (const QString& word : r.columns[c].exactName().split(u' '))
            w[c] = std::max(w[c], bm.horizontalAdvance(word));
        w[c] = std::max(w[c], bm.horizontalAdvance(r.columns[c].exactName()) / 2.0);
    }
    for (const ReportRow& row : r.rows)
        for (size_t c = 0; c < r.columns.size(); ++c)
            w[c] = std::max(w[c], fm.horizontalAdvance(ReportText::cell(row.cells[c], r.columns[c].type)));
    for (double& x : w)
        x += 8.0; // cell padding
    return w;
}

} // namespace

ReportDocument::ReportDocument(const ReportResult& result)
    : m_result(result) {
    m_font = QFont(QStringLiteral("DejaVu Sans"));
    m_font.setStyleHint(QFont::SansSerif);
    m_font.setPointSizeF(8.5);
    // No ligatures for scripts that do not need shaping: otherwise "confirmed" is drawn with an "ﬁ" glyph
    // and pdftotext (and PDF search) see U+FB01 instead of "fi". Scripts that need shaping still get it.
    m_font.setStyleStrategy(QFont::PreferNoShaping);
}

bool ReportDocument::prefersLandscape() const {
    QFont bold = m_font;
    bold.setBold(true);
    double total = 0;
    for (double w : naturalWidths(m_result, m_font, bold))
        total += w;
    // A4 portrait minus margins is about 523 pt wide.
    return total > 523.0 || m_result.columns.size() > 7;
}

int ReportDocument::paint(QPagedPaintDevice& device, const std::atomic_bool* cancel) const {
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    // Geometry is planned in points and converted to device units with `u`; fonts are in points, which
    // Qt already maps to the device's resolution.
    const double u = device.logicalDpiY() / 72.0;
    const QRectF page = device.pageLayout().paintRectPoints().toRectF();
    const QRectF body(0, 0, page.width() * u, page.height() * u);

    QFont font = m_font;
    QFont bold = m_font;
    bold.setBold(true);
    QFont small = m_font;
    small.setPointSizeF(7.5);
    QFont titleFont = m_font;
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    QFont sectionFont = m_font;
    sectionFont.setPointSizeF(12);
    sectionFont.setBold(true);
    const QFontMetricsF fm(font, &device);
    const QFontMetricsF sm(small, &device);
    const QFontMetricsF tm(titleFont, &device);
    const QFontMetricsF hm(sectionFont, &device);
    const QFontMetricsF bm(bold, &device);

    // Columns: natural widths, text columns stretched or shrunk to the page width (numbers keep theirs).
    std::vector<double> widths = naturalWidths(m_result, font, bold);
    double total = 0, textTotal = 0;
    for (size_t c = 0; c < widths.size(); ++c) {
        total += widths[c];
        if (!isNumeric(m_result.columns[c].type))
            textTotal += widths[c];
    }
    const double available = page.width();
    const double extra = available - total;
    if (total > 0 && textTotal > 0 && extra >= 0) {
        for (size_t c = 0; c < widths.size(); ++c)
            if (!isNumeric(m_result.columns[c].type))
                widths[c] += extra * widths[c] / textTotal;
    } else if (total > 0 && textTotal > 0) {
        // Too wide: the longest text columns give up room first (their ends are elided), so short ones
        // ("In-Person", a program's name) stay whole. Find the cap that makes the table fit.
        const double textRoom = std::max(textTotal + extra, 24.0);
        double low = 24.0, high = 0;
        for (size_t c = 0; c < widths.size(); ++c)
            if (!isNumeric(m_result.columns[c].type))
                high = std::max(high, widths[c]);
        for (int i = 0; i < 40; ++i) {
            const double cap = (low + high) / 2;
            double used = 0;
            for (size_t c = 0; c < widths.size(); ++c)
                if (!isNumeric(m_result.columns[c].type))
                    used += std::min(widths[c], cap);
            (used > textRoom ? high : low) = cap;
        }
        for (size_t c = 0; c < widths.size(); ++c)
            if (!isNumeric(m_result.columns[c].type))
                widths[c] = std::min(widths[c], low);
    } else if (total > 0) {
        for (double& w : widths)
            w = w * available / total;
    }
    for (double& w : widths)
        w *= u;

    const double rowH = fm.height() * 1.45;
    const double headerH = fm.height() * 2.6; // two lines for long titles
    const double footerH = sm.height() * 2;
    const double pad = 4 * u;
    const double tableBottom = body.height() - footerH;

    // The report's parts: its sections (each starts a page, with its heading and chart), or one part that
    // is the whole report under its chart.
    struct Part {
        QString title;
        size_t firstRow = 0;
        size_t rowCount = 0;
        const ChartData* chart = nullptr;
    };
    std::vector<Part> parts;
    if (m_result.sections.empty())
        parts.push_back({QString(), 0, m_result.rows.size(), &m_result.chart});
    for (const ReportSection& s : m_result.sections)
        parts.push_back({s.title, s.firstRow, s.rowCount, &s.chart});
    const auto chartHeight = [&](const ChartData& chart) {
        // The chart takes the room its bars need (the painter caps them at what fits in 190 pt).
        const auto bars = static_cast<double>(std::min<qsizetype>(chart.labels.size(), 16));
        return chart.isEmpty() && chart.title.isEmpty()
                   ? 0.0
                   : std::min(190 * u, fm.height() * (3.0 + 2.2 * std::max(1.0, bars)));
    };
    const double docHeaderH =
        tm.height() + 6 * u + (m_result.filterLines.size() + 1) * (fm.height() + 2 * u) + 8 * u;
    const double laterTop = sm.height() + 8 * u;

    // Plan every page first, so each can say "Page N of M".
    struct Page {
        size_t part = 0;
        size_t firstRow = 0;
        size_t rowCount = 0;
        bool partStart = false;
    };
    std::vector<Page> pages;
    for (size_t pi = 0; pi < parts.size(); ++pi) {
        const Part& part = parts[pi];
        size_t row = part.firstRow;
        const size_t end = part.firstRow + part.rowCount;
        bool first = true;
        do {
            double top = first ? (pages.empty() ? docHeaderH : 0.0) : laterTop;
            if (first) {
                top += part.title.isEmpty() ? 0.0 : hm.height() + 6 * u;
                const double ch = chartHeight(*part.chart);
                top += ch > 0 ? ch + 12 * u : 0.0;
            }
            const auto fits =
                static_cast<size_t>(std::max(1, static_cast<int>((tableBottom - top - headerH) / rowH)));
            const size_t count = std::min(fits, end - row);
            pages.push_back({pi, row, count, first});
            row += count;
            first = false;
        } while (row < end);
    }

    const auto drawHeaderRow = [&](double y) {
        painter.fillRect(QRectF(0, y, body.width(), headerH), QColor(0xe8, 0xee, 0xf4));
        painter.setFont(bold);
        painter.setPen(Qt::black);
        double x = 0;
        for (size_t c = 0; c < widths.size(); ++c) {
            const Qt::Alignment align =
                (isNumeric(m_result.columns[c].type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter.drawText(QRectF(x + pad, y, widths[c] - 2 * pad, headerH), align | Qt::TextWordWrap,
                             m_result.columns[c].exactName());
            x += widths[c];
        }
        painter.setPen(QPen(Qt::darkGray, 0.6 * u));
        painter.drawLine(QPointF(0, y + headerH), QPointF(body.width(), y + headerH));
    };

    const auto pageCount = static_cast<int>(pages.size());
    for (int p = 1; p <= pageCount; ++p) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            painter.end();
            return -1;
        }
        const Page& pg = pages[static_cast<size_t>(p - 1)];
        const Part& part = parts[pg.part];
        if (p > 1)
            device.newPage();
        double y = 0;
        if (p == 1) {
            painter.setFont(titleFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, y, body.width(), tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             m_result.title);
            y += tm.height() + 6 * u;
            painter.setFont(font);
            QStringList lines = m_result.filterLines;
            lines << Tr::tr("Data as of %1").arg(m_result.dataAsOf);
            for (const QString& line : lines) {
                painter.drawText(QRectF(0, y, body.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                 line);
                y += fm.height() + 2 * u;
            }
            y += 8 * u;
        } else if (!pg.partStart) {
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            const QString what = part.title.isEmpty()
                                     ? m_result.title
                                     : QStringLiteral("%1 · %2").arg(m_result.title, part.title);
            painter.drawText(QRectF(0, y, body.width(), sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             Tr::tr("%1 (continued)").arg(what));
            y += sm.height() + 8 * u;
        }
        if (pg.partStart) {
            if (!part.title.isEmpty()) {
                painter.setFont(sectionFont);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(0, y, body.width(), hm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                 part.title);
                y += hm.height() + 6 * u;
            }
            if (const double ch = chartHeight(*part.chart); ch > 0) {
                BarChartPainter::paint(painter, QRectF(0, y, body.width() * 0.8, ch), *part.chart, font, u);
                y += ch + 12 * u;
            }
        }

        drawHeaderRow(y);
        y += headerH;
        painter.setFont(font);
        if (m_result.rows.empty()) {
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, y, body.width(), rowH * 2), Qt::AlignCenter,
                             Tr::tr("No rows for this period and these filters."));
        }
        for (size_t i = 0; i < pg.rowCount; ++i) {
            const size_t row = pg.firstRow + i;
            const ReportRow& r = m_result.rows[row];
            if (row % 2 == 1)
                painter.fillRect(QRectF(0, y, body.width(), rowH), QColor(0xf6, 0xf8, 0xfa));
            const bool isTotal = r.kind != RowKind::Detail;
            if (isTotal) {
                painter.setPen(QPen(Qt::darkGray, 0.4 * u));
                painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
            }
            painter.setFont(isTotal ? bold : font);
            const QFontMetricsF& metrics = isTotal ? bm : fm;
            painter.setPen(Qt::black);
            double x = 0;
            for (size_t c = 0; c < widths.size(); ++c) {
                const ColumnType t = m_result.columns[c].type;
                const QRectF cell(x + pad, y, widths[c] - 2 * pad, rowH);
                painter.drawText(
                    cell, (isNumeric(t) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                    metrics.elidedText(ReportText::cell(r.cells[c], t), Qt::ElideRight, cell.width()));
                x += widths[c];
            }
            y += rowH;
        }

        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        const QRectF foot(0, body.height() - sm.height(), body.width(), sm.height());
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_result.title);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         Tr::tr("Page %1 of %2").arg(p).arg(pageCount));
    }
    painter.end();
    return pageCount;
}

} // namespace vms
