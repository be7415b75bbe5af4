#include "ui/about/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

// Set by packaging/CMakeLists.txt from its cache variables, so the dialog, AppStream and the packages say
// the same; the fallbacks keep vms_ui buildable on its own.
#ifndef VMS_LICENSE
#define VMS_LICENSE "LicenseRef-proprietary"
#endif
#ifndef VMS_HOMEPAGE
#define VMS_HOMEPAGE "https://example.org/vms"
#endif

namespace vms {

namespace {
// A label of links that Shift+Tab can leave. Qt 6.4's QLabel moves Shift+Tab from link to link but, when
// its text starts with a link, stays on that first link for ever: the dialog's Close button could not be
// reached backwards. From the first link (a selection starting at 0), Shift+Tab goes on to the previous
// widget instead.
class LinksLabel final : public QLabel {
public:
    using QLabel::QLabel;

protected:
    bool focusNextPrevChild(bool next) override {
        if (!next && hasSelectedText() && selectionStart() == 0)
            return QWidget::focusNextPrevChild(false);
        return QLabel::focusNextPrevChild(next);
    }
};
} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About VMS"));

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    // Decorative: a screen reader has the title label right after it.
    icon->setAccessibleName(tr("VMS logo"));

    auto* title = new QLabel(tr("<h2>VMS</h2><p>Volunteer Management System</p>"), this);
    title->setObjectName(QStringLiteral("aboutTitle"));

    m_version = new QLabel(versionText(), this);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse); // so it can be pasted into a bug report

    auto* qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    qt->setObjectName(QStringLiteral("aboutQtVersion"));

    auto* licence = new QLabel(licenceText(), this);
    licence->setObjectName(QStringLiteral("aboutLicence"));

    const QString home = QStringLiteral(VMS_HOMEPAGE);
    QLabel* links = new LinksLabel(
        tr("<a href=\"%1\">Home page</a> · <a href=\"https://www.qt.io/\">Qt</a>").arg(home.toHtmlEscaped()),
        this);
    links->setObjectName(QStringLiteral("aboutLinks"));
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction); // links reachable with Tab

    auto* text = new QVBoxLayout;
    for (QLabel* l : {title, m_version, qt, licence, links}) {
        l->setWordWrap(true);
        text->addWidget(l);
    }
    text->addStretch();

    auto* body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString AboutDialog::licenceText() {
    // No licence has been chosen for VMS (packaging/CMakeLists.txt): say what that means, in words,
    // rather than the SPDX placeholder.
    const QString spdx = QStringLiteral(VMS_LICENSE);
    if (spdx.startsWith(QLatin1String("LicenseRef-proprietary")))
        return tr("Licence: proprietary. All rights reserved.");
    return tr("Licence: %1").arg(spdx);
}

QString AboutDialog::versionText() {
    return tr("Version %1").arg(QCoreApplication::applicationVersion());
}

} // namespace vms
