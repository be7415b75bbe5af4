// Drives the real check-in screen on a cache and reports each mark the moment the screen shows it, so
// tst_AttendanceCrash can SIGKILL it mid-stream. Usage: attendance_crash_helper DB_PATH EVENT_ID NAME...
#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "ui/attendance/AttendanceView.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: attendance_crash_helper DB_PATH EVENT_ID NAME...\n");
        return 2;
    }
    auto db = vms::Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const vms::SystemClock clock;
    vms::AttendanceView view(*db, clock);
    view.show();
    if (!view.setEvent(args.at(2).toLongLong()))
        return 1;
    QObject::connect(&view, &vms::AttendanceView::marksShown, [](const QList<qint64>& ids) {
        for (qint64 id : ids)
            std::printf("SHOWN %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    });
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("checkInSearch"));
    const QStringList names = args.mid(3);
    qsizetype next = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (next >= names.size()) {
            std::printf("DONE\n");
            std::fflush(stdout);
            timer.stop();
            return;
        }
        // What the person at the table does: type the name, press Enter.
        QTest::keyClicks(search, names.at(next++));
        QTest::keyClick(search, Qt::Key_Return);
    });
    timer.start(0);
    return QApplication::exec();
}
