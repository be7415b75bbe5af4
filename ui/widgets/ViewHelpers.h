#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTableView;
class QWidget;
class QTableWidget;
class QTableWidgetItem;
class QSettings;

namespace vms {

class RecordTableModel;

// Small construction helpers so every list and page in VMS looks and behaves the same.
class ViewHelpers final {
    Q_DECLARE_TR_FUNCTIONS(ViewHelpers)

public:
    // A page's fixed heading ("Volunteers"): one line, not selectable. A list's heading sits beside its
    // count, which changes on every keystroke of the filter and lays the row out again; a selectable or
    // wrapping label lays out a whole text document each time (about 1.5 ms a keystroke at seed).
    static QLabel* heading(const QString& text, const QString& objectName);
    // A record's name as a heading (a volunteer, an event): selectable, and wrapped when long.
    static QLabel* title(const QString& text, const QString& objectName);
    // Read-only, row-selecting, sortable list with fixed row heights (no per-row measuring at 100k rows).
    static void setupList(QTableView* table, const QString& objectName, const QString& accessibleName);
    static QTableWidget* smallTable(const QString& objectName, const QString& accessibleName,
                                    const QStringList& headers);
    static QTableWidgetItem* item(const QString& text, qint64 id = 0);
    static QLabel* emptyState(const QString& objectName);
    // "Nothing matches" inside a list, under its column headers: a filter that hides every row keeps the
    // headers in sight (what the columns are, how it is sorted), and the message sits where the rows
    // were. Hidden until shown; it follows the list's size.
    static QLabel* noMatchOverlay(QTableView* table, const QString& objectName);
    // The local id of a list's current row (0: none), and back after the rows were reloaded: a list that
    // re-reads the cache (after a sync) keeps the row the user was on.
    static qint64 currentId(const QTableView* table, const RecordTableModel* model);
    static void setCurrentId(QTableView* table, const RecordTableModel* model, qint64 id);
    // Keeps every column of a list in sight: when the columns add up to more than the list is wide (a
    // 1024-pixel screen, a narrow window), they shrink in proportion, so nothing hides behind a
    // horizontal scroll bar. Widths the user chose (dragged, or remembered by restoreHeader) stay.
    static void fitColumnsToWidth(QTableView* table);
    static void restoreHeader(QTableView* table, QSettings* settings, const QString& key);
    static void saveHeader(const QTableView* table, QSettings* settings, const QString& key);
    // Turns on the edit's clear button and names it: screen readers list the buttons inside a line edit
    // as buttons of their own, and Qt leaves the clear button without a name.
    static void enableClearButton(QLineEdit* edit);
    // The magnifier at the start of a filter or search field; named, since it is a button to screen readers.
    static void addSearchIcon(QLineEdit* edit);
    // A label for a field that shows none, which only assistive tools see: a QLabel buddy of no size,
    // saying the field's accessible name. On Linux, Qt tells AT-SPI a combo box's current text as its
    // name and takes its label from a QLabel buddy (labelled-by); the accessible name never gets there.
    // Call it once the field has its parent widget (its layout is installed).
    static void addScreenReaderLabel(QWidget* field);
};

} // namespace vms
