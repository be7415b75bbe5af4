#include "ui/help/HelpDialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace vms {

namespace {
// Pictures in the guide are screenshots of the whole window: shown no wider than this, so a page reads
// without scrolling sideways (the file keeps its full size for a closer look).
constexpr int kImageWidth = 640;
} // namespace

HelpDialog::HelpDialog(Topic topic, QWidget* parent)
    : QDialog(parent) {
    setObjectName(topic == Topic::UserGuide ? QStringLiteral("userGuideDialog")
                                            : QStringLiteral("workingOfflineDialog"));
    setWindowTitle(topic == Topic::UserGuide ? tr("VMS user guide") : tr("Working offline"));
    resize(760, 600);
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(windowTitle());
    // Links between the guide's pages open here; web links are not followed (the guide is all local).
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    layout->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (topic == Topic::UserGuide) {
        auto* back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
        back->setObjectName(QStringLiteral("helpBackButton"));
        back->setEnabled(false);
        connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
        connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
        auto* home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
        home->setObjectName(QStringLiteral("helpHomeButton"));
        connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpDialog::fitImages);
    if (topic == Topic::UserGuide)
        m_browser->setSource(userGuideUrl(), QTextDocument::MarkdownResource);
    else
        m_browser->setHtml(workingOfflineHtml());
}

HelpDialog::~HelpDialog() = default;

QUrl HelpDialog::userGuideUrl() {
    return QUrl(QStringLiteral("qrc:/help/user-guide/README.md"));
}

void HelpDialog::fitImages() {
    QTextDocument* doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (image.width() > 0)
                continue;
            image.setWidth(kImageWidth); // the height follows the picture's proportions
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QString HelpDialog::workingOfflineHtml() {
    const auto list = [](const QStringList& items) {
        QString out = QStringLiteral("<ul>");
        for (const QString& item : items)
            out += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
        return out + QStringLiteral("</ul>");
    };
    return QStringLiteral("<h2>%1</h2><p>%2</p><h3>%3</h3>%4<h3>%5</h3>%6<h3>%7</h3><p>%8</p><p>%9</p>")
        .arg(tr("Working offline").toHtmlEscaped(),
             tr("VMS keeps a copy of your org's volunteers, organizations, events and attendance on this "
                "computer. Most of your work needs no network.")
                 .toHtmlEscaped(),
             tr("Works without a network").toHtmlEscaped(),
             list({tr("Finding and reading volunteers, organizations and events, the calendar and Home."),
                   tr("Taking attendance: marks, walk-ins, students, hours and CSV imports. Each is saved on "
                      "this computer at once and sent to Salesforce at the next sync, exactly once."),
                   tr("Editing and adding volunteers (Coordinators and Admins)."),
                   tr("Reports, their exports and printing, and the sign-in sheet."),
                   tr("Undo and redo of your own changes.")}),
             tr("Needs a network").toHtmlEscaped(),
             list({tr("Signing in (the first time, or after signing out)."),
                   tr("Syncing: sending your waiting changes and bringing what changed in Salesforce."),
                   tr("\"Download what is missing\" in Get ready for offline.")}),
             tr("Before you go offline").toHtmlEscaped(),
             tr("Open Attendance, press \"Get ready for offline…\" (Ctrl+Shift+O), tick the events you will "
                "run "
                "and press Check until every one says Ready.")
                 .toHtmlEscaped(),
             tr("The status bar always says whether VMS is online, when it last synced and how many of your "
                "changes are waiting to be sent.")
                 .toHtmlEscaped());
}

} // namespace vms
