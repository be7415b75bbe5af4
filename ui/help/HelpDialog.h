#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace vms {

// Help that needs no network: the user guide shipped inside the program (docs/user-guide, embedded as
// :/help/user-guide/), read page by page with its pictures, and the "Working offline" page. Links between
// guide pages stay in the dialog; nothing is fetched from the web.
class HelpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum class Topic { UserGuide, WorkingOffline };
    explicit HelpDialog(Topic topic, QWidget* parent = nullptr);
    ~HelpDialog() override;

    // The guide's first page, inside the program's resources.
    static QUrl userGuideUrl();
    QTextBrowser* browser() const { return m_browser; }
    // What works offline and what needs the network, in the user's language.
    static QString workingOfflineHtml();

private:
    void fitImages();

    QTextBrowser* m_browser = nullptr;
};

} // namespace vms
