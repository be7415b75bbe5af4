#pragma once

#include "ui/views/RecordListView.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QUndoStack;

namespace vms {

// One organization: details, its volunteers (by affiliation or primary affiliation), the events they
// took part in, and the hours they gave.
class OrganizationPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationPage)

public:
    explicit OrganizationPage(const UiContext& context, QWidget* parent = nullptr);
    ~OrganizationPage() override;
    bool open(qint64 localId);
    qint64 organizationId() const { return m_id; }

Q_SIGNALS:
    void backRequested();
    void volunteerRequested(qint64 localId);
    void eventRequested(qint64 localId);
    // Edit (or, for a User, see the details of) this organization in its form.
    void editRequested(qint64 localId);
    // An Admin's "Delete…" of this organization.
    void deleteRequested(qint64 localId);

private:
    UiContext m_context;
    qint64 m_id = 0;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_headline = nullptr;
    QTableWidget* m_volunteers = nullptr;
    QTableWidget* m_events = nullptr;
};

class OrganizationsView final : public RecordListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationsView)

public:
    // `undoStack`: the window's, where a saved form goes (Ctrl+Z); may be null.
    explicit OrganizationsView(const UiContext& context, QUndoStack* undoStack = nullptr,
                               QWidget* parent = nullptr);
    ~OrganizationsView() override;

    // The cache changed: the list (once loaded) and the organization on screen show it, keeping the
    // filters and the row the user was on.
    void refresh();
    void openOrganization(qint64 localId);
    // Opens the organization form (localId 0: a new organization); returns its local id once saved, 0
    // when closed without saving. The form is modal.
    qint64 openForm(qint64 localId);
    // An Admin's delete, once confirmed (DeleteRecord): undoable until it is pushed.
    bool removeOrganization(qint64 localId);

Q_SIGNALS:
    void volunteerRequested(qint64 localId);
    void eventRequested(qint64 localId);

protected:
    void applyFilters() override;
    void openRecord(qint64 localId) override { openOrganization(localId); }
    void fillChoices(const QStringList& types) override;
    QString emptyText() const override;

private:
    QUndoStack* m_undoStack;
    QComboBox* m_type = nullptr;
    OrganizationPage* m_page = nullptr;
};

} // namespace vms
