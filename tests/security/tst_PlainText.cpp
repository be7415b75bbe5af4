// Record data is text, never markup. Names, titles and places come from the org, where anyone with an
// account (or an import, or a web form) can type `Ann <img src="/dev/zero">`; a label or tooltip that
// took that as rich text would read the file (forever, for /dev/zero), draw a picture or hide the name. This
// test fills the cache with HTML-looking values, walks every page, record page and dialog that shows them,
// and checks every label, tooltip and item tooltip that carries one: each is either plain text or escaped.

#include "core/attendance/AttendanceImport.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/attendance/ImportDialog.h"
#include "ui/attendance/OfflineReadyDialog.h"
#include "ui/attendance/StudentPickerDialog.h"
#include "ui/attendance/WalkInDialog.h"
#include "ui/auth/LocalDataPrompt.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
#include "ui/views/VolunteersView.h"
#include "ui/widgets/GlobalSearch.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QTimer>

using namespace vms;
using namespace vms::test;

namespace {

// The markers: if any of these reaches a widget as markup, it is interpreted. The picture is a missing
// file: with `/dev/zero`, as in the report, a label that takes it as markup reads forever and the window
// hangs (which is the bug); a missing file makes the test fail instead.
const QString kImg = QStringLiteral("<img src=\"/nonexistent/vms-plain-text.png\">");
const QString kBold = QStringLiteral("<b>Bold</b>");
const QString kItalic = QStringLiteral("<i>Acme</i>");
const QString kLink = QStringLiteral("<a href=\"https://evil.example\">click</a>");

bool carriesMarker(const QString& text) {
    return text.contains(kImg) || text.contains(kBold) || text.contains(kItalic) || text.contains(kLink) ||
           text.contains(QStringLiteral("<u>")) || text.contains(QStringLiteral("<h1>"));
}

// Text shown as Qt decides for a tooltip or an AutoText label: markup when Qt::mightBeRichText says so.
// A marker that reaches such text raw is interpreted.
bool interpreted(const QString& text, Qt::TextFormat format) {
    if (!carriesMarker(text))
        return false;
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

} // namespace

class TestPlainText final : public QObject {
    Q_OBJECT

    std::unique_ptr<UiFixture> m_f;
    QStringList m_problems;

    void makeNamesLookLikeHtml() {
        QSqlDatabase c = m_f->db->connection();
        exec(c,
             QStringLiteral("UPDATE volunteers SET first_name = ?, last_name = ?, title = ?, skills = ?, "
                            "email = ? WHERE id = 1"),
             {QStringLiteral("Ann ") + kImg, kBold, QStringLiteral("<h1>Chief</h1>"),
              QStringLiteral("<u>Engineering</u>;Mentoring"), QStringLiteral("ann<b>@acme.test")});
        exec(c, QStringLiteral("UPDATE organizations SET name = ?, billing_city = ? WHERE id = 1"),
             {kItalic + QStringLiteral(" Corp ") + kImg, kLink});
        exec(c, QStringLiteral("UPDATE events SET name = ?, location = ? WHERE id IN (1, 3)"),
             {kBold + QStringLiteral(" Day ") + kImg, QStringLiteral("Room ") + kLink});
        exec(c, QStringLiteral("UPDATE schools SET name = ?"), {QStringLiteral("<i>Central</i> High")});
        exec(c, QStringLiteral("UPDATE districts SET name = ?"), {kBold + QStringLiteral(" District")});
        exec(c,
             QStringLiteral("INSERT INTO students(id, sf_id, first_name, last_name, school_sf_id) VALUES "
                            "(1, '003S', ?, ?, '001S')"),
             {QStringLiteral("Sam ") + kImg, kBold});
    }

    // Every label, tooltip and item tooltip under `root` that carries a marker must not be interpreted.
    void audit(QWidget* root, const QString& where) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : std::as_const(widgets)) {
            if (!w->isVisibleTo(root) && w != root)
                continue;
            const QString name =
                where + u'/' +
                (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                           : w->objectName());
            if (auto* label = qobject_cast<QLabel*>(w);
                label && interpreted(label->text(), label->textFormat()))
                m_problems << name + QStringLiteral(" label: ") + label->text();
            if (interpreted(w->toolTip(), Qt::AutoText))
                m_problems << name + QStringLiteral(" tooltip: ") + w->toolTip();
            if (interpreted(w->accessibleDescription(), Qt::AutoText))
                m_problems << name + QStringLiteral(" description: ") + w->accessibleDescription();
            for (QAction* a : w->actions())
                if (interpreted(a->toolTip(), Qt::AutoText))
                    m_problems << name + QStringLiteral(" action tooltip: ") + a->toolTip();
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                const QAbstractItemModel* m = view->model();
                for (int r = 0; r < std::min(m->rowCount(), 200); ++r)
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QModelIndex i = m->index(r, c);
                        const QString tip = m->data(i, Qt::ToolTipRole).toString();
                        if (interpreted(tip, Qt::AutoText))
                            m_problems << name + QStringLiteral(" item tooltip: ") + tip;
                        if (interpreted(m->data(i, Qt::WhatsThisRole).toString(), Qt::AutoText))
                            m_problems << name + QStringLiteral(" item what's this");
                    }
            }
        }
    }

    void expectNoProblems() {
        const QStringList problems = m_problems;
        m_problems.clear();
        for (const QString& p : problems)
            qWarning().noquote() << "interpreted as markup:" << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 place(s), listed above").arg(problems.size())));
    }

private Q_SLOTS:
    void init() {
        m_f = std::make_unique<UiFixture>(Role::Admin);
        m_f->context.session.userName = QStringLiteral("Alex ") + kBold;
        makeNamesLookLikeHtml();
    }
    void cleanup() { m_f.reset(); }

    void everyPageAndRecordPage() {
        MainWindow window(m_f->context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Lists load when first shown.
        QVERIFY(window.showPageNamed(QStringLiteral("home")));
        QTRY_VERIFY(window.homeView()->isLoaded());
        QVERIFY(window.showPageNamed(QStringLiteral("volunteers")));
        QTRY_VERIFY(window.volunteersView()->isLoaded());
        QVERIFY(window.showPageNamed(QStringLiteral("organizations")));
        QTRY_VERIFY(window.organizationsView()->isLoaded());
        QVERIFY(window.showPageNamed(QStringLiteral("events")));
        QTRY_VERIFY(window.eventsView()->isLoaded());
        for (const char* page :
             {"home", "volunteers", "organizations", "events", "calendar", "attendance", "reports"}) {
            QVERIFY(window.showPageNamed(QString::fromLatin1(page)));
            QApplication::processEvents();
            audit(&window, QString::fromLatin1(page));
        }
        for (const char* record : {"volunteer:1", "organization:1", "event:1", "event:3"}) {
            QVERIFY(window.showPageNamed(QString::fromLatin1(record)));
            QApplication::processEvents();
            audit(&window, QString::fromLatin1(record));
        }
        // The attendance page on the event with the HTML-looking name and people.
        auto* attendance = window.findChild<AttendanceView*>();
        QVERIFY(attendance);
        QVERIFY(window.showPageNamed(QStringLiteral("attendance")));
        QVERIFY(attendance->setEvent(3));
        QApplication::processEvents();
        audit(&window, QStringLiteral("attendance:3"));
        // The global search's suggestions.
        auto* search = window.globalSearch();
        QTest::keyClicks(search, QStringLiteral("Ann"));
        QTest::qWait(0);
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top->isVisible() && top != &window)
                audit(top, QStringLiteral("search popup"));
        audit(&window, QStringLiteral("search"));
        expectNoProblems();
    }

    void attendanceDialogs() {
        // The walk-in dialog lists likely duplicates by name; its messages quote what was typed.
        DuplicateCandidate twin;
        twin.localId = 1;
        twin.name = QStringLiteral("Ann ") + kImg;
        twin.email = QStringLiteral("ann<b>@acme.test");
        twin.reason = QStringLiteral("same email");
        WalkInDialog walkIn([twin](const NewVolunteer&) { return std::vector<DuplicateCandidate>{twin}; },
                            [](const NewVolunteer&) { return std::vector<FieldProblem>{}; }, {kItalic},
                            nullptr);
        walkIn.show();
        QTest::keyClicks(walkIn.findChild<QLineEdit*>(QStringLiteral("walkInFirstName")),
                         QStringLiteral("Ann"));
        QTest::keyClicks(walkIn.findChild<QLineEdit*>(QStringLiteral("walkInLastName")), kBold);
        QTest::keyClicks(walkIn.findChild<QLineEdit*>(QStringLiteral("walkInEmail")), kBold);
        QTest::mouseClick(walkIn.findChild<QPushButton*>(QStringLiteral("walkInAddButton")), Qt::LeftButton);
        audit(&walkIn, QStringLiteral("walk-in, bad email"));
        walkIn.findChild<QLineEdit*>(QStringLiteral("walkInEmail"))->clear();
        QTest::mouseClick(walkIn.findChild<QPushButton*>(QStringLiteral("walkInAddButton")), Qt::LeftButton);
        audit(&walkIn, QStringLiteral("walk-in, duplicates"));

        StudentPickerDialog students(m_f->db, QStringLiteral("001S"), nullptr);
        students.show();
        QApplication::processEvents();
        audit(&students, QStringLiteral("student picker"));

        OfflineReadyDialog offline(m_f->db, m_f->clock.nowUtc(), OrgMapping::builtIn(), nullptr);
        offline.show();
        QApplication::processEvents();
        audit(&offline, QStringLiteral("offline ready"));
        expectNoProblems();
    }

    void importPreviewShowsNamesAsText() {
        const QString csv = QStringLiteral("first_name,last_name,status\n\"Ann %1\",\"%2\",Attended\n"
                                           "<b>Nobody</b>,%3,Attended\n")
                                .arg(QString(kImg).replace(u'"', QStringLiteral("\"\"")), kBold, kItalic);
        const ImportPreview preview = AttendanceImport::preview(m_f->db->connection(), 3, csv);
        ImportDialog dialog(QStringLiteral("<b>import</b>.csv"), preview, nullptr);
        dialog.show();
        QApplication::processEvents();
        audit(&dialog, QStringLiteral("import"));
        expectNoProblems();
    }

    // Every message box goes through the Prompter facade; the real one shows its texts as plain text.
    void messageBoxesShowPlainText() {
        MessageBoxPrompter prompter;
        QString seen;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QLabel* label : box->findChildren<QLabel*>())
                if (interpreted(label->text(), label->textFormat()))
                    seen += label->text() + u'\n';
            box->reject();
        });
        prompter.confirm(nullptr, QStringLiteral("Likely duplicate"),
                         QStringLiteral("Ann %1 %2 may already be a volunteer.").arg(kImg, kBold), kItalic,
                         QStringLiteral("Add anyway"));
        QVERIFY2(seen.isEmpty(), qPrintable(seen));
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QLabel* label : box->findChildren<QLabel*>())
                if (interpreted(label->text(), label->textFormat()))
                    seen += label->text() + u'\n';
            box->accept();
        });
        prompter.error(nullptr, QStringLiteral("Export failed"), QStringLiteral("Cannot write %1").arg(kImg));
        QVERIFY2(seen.isEmpty(), qPrintable(seen));
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_PlainText.moc"
