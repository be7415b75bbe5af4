#pragma once

#include "ui/UiContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace vms {

// Home: a few headline numbers, the next two weeks' events, the events still needing volunteers (each
// opens its Recruit panel), and what waits to sync or needs a look.
class HomeView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeView)

public:
    explicit HomeView(const UiContext& context, QWidget* parent = nullptr);
    ~HomeView() override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    // A sign-in or sign-out: the greeting follows.
    void setSession(const Session& session);

Q_SIGNALS:
    void loaded();
    void eventRequested(qint64 localId);
    void pageRequested(const QString& name);

private:
    void showGreeting();

    UiContext m_context;
    bool m_loaded = false;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_greeting = nullptr;
    QLabel* m_volunteers = nullptr;
    QLabel* m_organizations = nullptr;
    QLabel* m_events = nullptr;
    QLabel* m_eventsNote = nullptr; // what the Events list counts that the headline does not
    QLabel* m_hours = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_problems = nullptr;
    QListWidget* m_upcoming = nullptr;
    QListWidget* m_needing = nullptr; // upcoming events with places open, soonest first
};

} // namespace vms
