#include "core/models/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace vms;

class TestRecordTableModel final : public QObject {
    Q_OBJECT

    static std::vector<RecordRow> rows() {
        std::vector<RecordRow> out;
        const char* names[] = {"Smith, Jane", "Smithers, John", "Jones, Alice", "Brown, Bob", "White, Carol"};
        for (int i = 0; i < 5; ++i) {
            RecordRow r;
            r.id = i + 1;
            r.cells = {QString::fromLatin1(names[i]), i == 3 ? QString() : QStringLiteral("x%1").arg(i)};
            r.setKey(r.cells.join(u' '));
            r.code = i % 2;
            out.push_back(r);
        }
        return out;
    }

private Q_SLOTS:
    void passesModelTesterThroughFilterAndSort() {
        RecordTableModel model({QStringLiteral("Name"), QStringLiteral("Other")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows());
        QCOMPARE(model.rowCount(), 5);
        model.setFilter(QStringLiteral("smi"));
        QCOMPARE(model.rowCount(), 2);
        model.setFilter(QStringLiteral("smith"), {}, true);
        QCOMPARE(model.rowCount(), 2);
        model.setFilter(QStringLiteral("smithe"), {}, true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), 2);
        model.setFilter(QString(), [](const RecordRow& r) { return r.code == 0; });
        QCOMPARE(model.rowCount(), 3);
        model.setFilter(QStringLiteral("  j  SMITH "));
        QCOMPARE(model.rowCount(), 2); // every term must match, case-insensitively
        // Text-only changes keep the other filter and remember recent results.
        model.setFilter(QString(), [](const RecordRow& r) { return r.code == 0; });
        model.setFilterText(QStringLiteral("smi"), false);
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(QString(), false);
        QCOMPARE(model.rowCount(), 3);
        model.setFilterText(QStringLiteral("smi"), false);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QString());
        QPersistentModelIndex jones = model.index(2, 0);
        QCOMPARE(jones.data().toString(), QStringLiteral("Jones, Alice"));
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Brown, Bob"));
        QCOMPARE(jones.row(), 1); // persistent indexes follow their rows
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("White, Carol"));
        model.sort(1, Qt::DescendingOrder);
        // Empty cells sort last in both directions.
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Brown, Bob"));
        model.sort(1, Qt::AscendingOrder);
        QCOMPARE(model.index(4, 0).data().toString(), QStringLiteral("Brown, Bob"));
        // Filtering keeps the sort order.
        model.setFilter(QStringLiteral("smith"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Smith, Jane"));
        QCOMPARE(model.data(model.index(0, 0), RecordTableModel::IdRole).toLongLong(), 1);
        RecordRow changed = rows()[0];
        changed.cells[1] = QStringLiteral("changed");
        model.updateRow(changed);
        QCOMPARE(model.index(model.rowOfId(1), 1).data().toString(), QStringLiteral("changed"));
        // The full scan sees the new key; terms never match across two rows' keys.
        changed.setKey(QStringLiteral("Smith, Jane changed"));
        model.updateRow(changed);
        model.setFilter(QStringLiteral("changed"));
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(QStringLiteral("x0smithers"));
        QCOMPARE(model.rowCount(), 0);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRecordTableModel)
#include "tst_RecordTableModel.moc"
