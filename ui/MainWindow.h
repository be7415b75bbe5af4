#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QSettings;

namespace vms {

// The main window: a navigation sidebar and one page per area. It remembers its size, position and
// layout in the profile's settings.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    enum class Page { Home, Volunteers, Organizations, Events, Calendar, Attendance, Reports };
    void showPage(Page page);
    // By the page's lower-case name ("volunteers"); false when there is no such page.
    bool showPageNamed(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void saveState();
    QWidget* makeEmptyPage(const QString& objectName, const QString& title, const QString& hint);

    QSettings& m_settings;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace vms
