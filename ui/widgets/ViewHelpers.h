#pragma once

#include <QString>
#include <QStringList>

class QLabel;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QSettings;

namespace vms {

// Small construction helpers so every list and page in VMS looks and behaves the same.
class ViewHelpers final {
public:
    static QLabel* title(const QString& text, const QString& objectName);
    // Read-only, row-selecting, sortable list with fixed row heights (no per-row measuring at 100k rows).
    static void setupList(QTableView* table, const QString& objectName, const QString& accessibleName);
    static QTableWidget* smallTable(const QString& objectName, const QString& accessibleName,
                                    const QStringList& headers);
    static QTableWidgetItem* item(const QString& text, qint64 id = 0);
    static QLabel* emptyState(const QString& objectName);
    static void restoreHeader(QTableView* table, QSettings* settings, const QString& key);
    static void saveHeader(const QTableView* table, QSettings* settings, const QString& key);
};

} // namespace vms
