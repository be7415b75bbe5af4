#pragma once

#include "core/models/ListLoaders.h"
#include "ui/UiContext.h"

#include <QWidget>

#include <vector>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace vms {

class RecordTableModel;

// The list of an area (Volunteers, Organizations, Events) with one lifecycle for the three:
// - the rows load off the GUI thread, sorted there as the header says (at 126,000 rows sorting costs as
//   much as reading), into a RecordTableModel that filters in memory;
// - a reload keeps the filters and the row the user was on; while one runs, isLoaded() is false;
// - the header's state (column order, widths, sort) is restored when the list is built and saved when
//   the view goes, under "<plural>/header", through ViewHelpers (the one rule for every list);
// - the list, its empty state ("nothing cached yet"), its loading state, and "nothing matches" under the
//   headers, with the count above.
// A subclass adds its title row and filters (addToList), its record page (addPage), and says how its
// filters narrow the rows (applyFilters, then updateCount).
class RecordListView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListView)

public:
    ~RecordListView() override;

    RecordTableModel* model() const { return m_model; }
    // Rows are in and no reload is running.
    bool isLoaded() const { return m_loaded && m_pending == 0; }
    // Re-reads the rows on a worker thread; loaded() follows.
    void reload();
    void showList();
    void saveState() const;

Q_SIGNALS:
    void loaded();

protected:
    using Loader = decltype(&ListLoaders::volunteers);
    // What differs between the lists. Texts come translated from the subclass.
    struct Spec {
        QString singular, plural; // "volunteer", "volunteers": object names ("volunteerTable") and settings
        QStringList headers;
        Loader load = nullptr;
        Qt::SortOrder firstSort = Qt::AscendingOrder; // by the first column
        std::vector<int> widths;                      // of the first columns, before the user's own
        bool loadWhenShown = false; // a coordinator who never opens the area never pays for its rows
        QString accessibleName;     // "Volunteers"
        QString loading;            // "Loading volunteers…"
        QString noMatch;            // "No volunteer matches these filters."
        QString countOne, countMany, countShowing; // "%1 volunteer", "%1 volunteers", "Showing %1 of %2"
    };
    RecordListView(const UiContext& context, Spec spec, QWidget* parent);

    // Adds a row (title, filters) above the list, in the order called.
    void addToList(QLayout* layout);
    void addToList(QWidget* widget);
    void addPage(QWidget* page);
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    // Starts the first load unless one ran or runs.
    void ensureLoaded();
    bool hasRows() const { return m_loaded; }

    // The filters changed or rows arrived: narrow the model, then updateCount().
    virtual void applyFilters() = 0;
    virtual void openRecord(qint64 localId) = 0;
    // Rows arrived: fill the filters' choices (`choices`: ListLoaders' distinct skills or types) keeping
    // what the user chose. Called before applyFilters().
    virtual void fillChoices(const QStringList& choices) { Q_UNUSED(choices) }
    // Where the list opens the first time; false: at the first row.
    virtual bool positionFirstLoad() { return false; }
    virtual QString emptyText() const = 0;
    void updateCount();

    void showEvent(QShowEvent* event) override;

    UiContext m_context;
    QLineEdit* m_filter = nullptr; // the text filter; the subclass places it (addToList) and follows it
    QLabel* m_count = nullptr;     // the subclass places it in its title row
    QTableView* m_table = nullptr;

private:
    Spec m_spec;
    RecordTableModel* m_model = nullptr;
    bool m_loaded = false;
    int m_pending = 0;                     // loads in flight
    QStackedWidget* m_stack = nullptr;     // the list, or one record's page
    QBoxLayout* m_listLayout = nullptr;    // rows added above the list
    QStackedWidget* m_listStack = nullptr; // table, empty state, or loading
    QLabel* m_empty = nullptr;
    QLabel* m_noMatch = nullptr;
    QWidget* m_loadingLabel = nullptr;
};

} // namespace vms
