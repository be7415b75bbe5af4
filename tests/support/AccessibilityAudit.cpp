#include "tests/support/AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>

namespace vms::test {

namespace {

QString roleName(QAccessible::Role role) {
    const char* key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role);
}

// The nodes a user operates: each must have something a screen reader can say.
bool isInteractiveRole(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::MenuItem:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Children of these are their own parts (cells, the editor inside a spin box, a combo box's popup list):
// the control itself is what has to be named. A line edit is walked into: the buttons Qt puts inside it
// (clear, icon actions) are buttons of their own to a screen reader.
bool isLeafRole(QAccessible::Role role) {
    switch (role) {
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ScrollBar:
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Widgets that draw and manage their own children: what is inside is not a separate control.
bool isCompositeControl(const QWidget* w) {
    return qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QTabBar*>(w);
}

bool isControlWidget(const QWidget* w) {
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w))
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTabBar*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QMenuBar*>(w);
}

bool insideComposite(const QWidget* w) {
    for (const QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (isCompositeControl(p))
            return true;
    return false;
}

// What a screen reader announces for a node. On Linux Qt reports a combo box's current text as its Name
// and its accessible name is never sent (QAccessibleComboBox::text); the label reaches AT-SPI only as a
// labelled-by relation, from a QLabel buddy or a group box title. So a combo box counts as named only
// when such a label exists: a plain text(Name) check would pass any combo box with an item.
QString spokenName(QAccessibleInterface* iface) {
    if (iface->role() == QAccessible::ComboBox) {
        QStringList labels;
        for (const auto& relation : iface->relations(QAccessible::Label))
            if (relation.first)
                labels << relation.first->text(QAccessible::Name).trimmed();
        return labels.join(u' ').trimmed();
    }
    return iface->text(QAccessible::Name).trimmed();
}

class NameWalk {
public:
    NameWalk(QWidget* window, AccessibilityFindings& findings)
        : m_window(window)
        , m_findings(findings) {}

    void run() {
        walk(QAccessible::queryAccessibleInterface(m_window));
        // Menus of buttons (the account button) hang off the button, not the tree: walk them as well.
        for (auto* button : m_window->findChildren<QAbstractButton*>()) {
            QMenu* menu = nullptr;
            if (auto* tool = qobject_cast<QToolButton*>(button))
                menu = tool->menu();
            else if (auto* push = qobject_cast<QPushButton*>(button))
                menu = push->menu();
            if (menu && button->isVisible())
                walk(QAccessible::queryAccessibleInterface(menu));
        }
        // Every visible control must be part of the tree, or assistive tools never learn it exists.
        for (auto* w : m_window->findChildren<QWidget*>()) {
            if (w->window() != m_window || !w->isVisible() || !isControlWidget(w) || insideComposite(w))
                continue;
            if (!m_seen.contains(w))
                m_findings.outsideTree << describeWidget(w);
        }
    }

private:
    void walk(QAccessibleInterface* iface) {
        if (!iface || !iface->isValid())
            return;
        const QAccessible::Id id = QAccessible::uniqueId(iface);
        if (m_visited.contains(id))
            return;
        m_visited.insert(id);
        QObject* object = iface->object();
        const QAccessible::Role role = iface->role();
        if (auto* w = qobject_cast<QWidget*>(object)) {
            // A closed menu is hidden, and still what the user will open: its items are checked.
            if (!w->isVisible() && role != QAccessible::PopupMenu)
                return;
            m_seen.insert(w);
        } else if (auto* action = qobject_cast<QAction*>(object)) {
            // Menu items report "invisible" whenever their menu is closed; the action says if it is shown.
            if (!action->isVisible() || action->isSeparator())
                return;
        } else if (iface->state().invisible) {
            return;
        }
        if (isInteractiveRole(role)) {
            ++m_findings.namedChecked;
            if (spokenName(iface).isEmpty())
                m_findings.unnamed << describeNode(iface);
        }
        if (isLeafRole(role))
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i));
    }

    QString describeNode(QAccessibleInterface* iface) const {
        const QString role = roleName(iface->role());
        QObject* object = iface->object();
        if (auto* w = qobject_cast<QWidget*>(object))
            return describeWidget(w) + QStringLiteral(" (role ") + role + u')';
        QString where;
        for (QAccessibleInterface* p = iface->parent(); p && where.isEmpty(); p = p->parent())
            if (auto* w = qobject_cast<QWidget*>(p->object()))
                where = describeWidget(w);
        const QString name =
            object && !object->objectName().isEmpty()
                ? QString::fromLatin1(object->metaObject()->className()) + u'#' + object->objectName()
                : role;
        return name + QStringLiteral(" in ") + where + QStringLiteral(" (role ") + role + u')';
    }

    QWidget* m_window;
    AccessibilityFindings& m_findings;
    QSet<QAccessible::Id> m_visited;
    QSet<const QWidget*> m_seen;
};

bool isTabStop(const QWidget* w, const QWidget* window) {
    return w->window() == window && !w->isWindow() && w->isVisible() && w->isEnabled() &&
           (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

// The stop after `from` in Qt's focus chain, the way QWidget::focusNextPrevChild looks for it.
QWidget* nextStop(QWidget* from, bool forward, const QList<QWidget*>& stops) {
    for (QWidget* w = forward ? from->nextInFocusChain() : from->previousInFocusChain(); w && w != from;
         w = forward ? w->nextInFocusChain() : w->previousInFocusChain())
        if (stops.contains(w))
            return w;
    return nullptr;
}

// How many presses a widget may keep Tab for itself: a label moves through its links before Tab leaves
// it. An edit that types the Tab, or a table that walks its cells, keeps it for much longer.
constexpr int kPressesInsideOneWidget = 8;

// VMS_A11Y_TRACE=1 prints each Tab chain as it is walked, for working out why a stop is missed.
bool tracing() {
    static const bool on = qEnvironmentVariableIntValue("VMS_A11Y_TRACE") != 0;
    return on;
}

// Presses Tab (or Shift+Tab) from stop to stop until focus comes back to where it started; returns the
// stops in the order they were reached.
QList<QWidget*> driveTab(QWidget* window, const QList<QWidget*>& stops, bool forward,
                         AccessibilityFindings& findings) {
    const QString key = forward ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab");
    QWidget* start = window->focusWidget();
    if (!start || !stops.contains(start)) {
        start = stops.first();
        start->setFocus(Qt::OtherFocusReason);
    }
    QList<QWidget*> order{start};
    QWidget* current = start;
    int pressesHere = 0;
    // Every stop once, with room for links inside labels and a trap or two before giving up.
    const qsizetype limit = stops.size() * 2 + 2 * kPressesInsideOneWidget + 8;
    for (qsizetype i = 0; i < limit; ++i) {
        QTest::keyClick(current, Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget* now = QApplication::focusWidget();
        if (tracing())
            qInfo("%s: %s", qPrintable(key), qPrintable(describeWidget(now)));
        if (!now || now->window() != window) {
            findings.chainBroken << QStringLiteral("%1 from %2 took focus out of the window (to %3)")
                                        .arg(key, describeWidget(current),
                                             now ? describeWidget(now) : QStringLiteral("nothing"));
            return order;
        }
        if (now == current) {
            if (++pressesHere < kPressesInsideOneWidget)
                continue;
            findings.stuck << QStringLiteral("%1 pressed %2 times keeps focus on %3")
                                  .arg(key)
                                  .arg(kPressesInsideOneWidget)
                                  .arg(describeWidget(current));
            // Carry on from the next stop, so one trap does not hide the rest of the chain.
            now = nextStop(current, forward, stops);
            if (!now)
                return order;
            now->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        }
        pressesHere = 0;
        if (now == start)
            return order;
        order << now;
        current = now;
    }
    findings.chainBroken << QStringLiteral("%1 never brought focus back to %2 (%3 presses)")
                                .arg(key, describeWidget(start))
                                .arg(limit);
    return order;
}

} // namespace

bool AccessibilityFindings::clean() const {
    return unnamed.isEmpty() && outsideTree.isEmpty() && unreachable.isEmpty() && stuck.isEmpty() &&
           chainBroken.isEmpty() && hiddenText.isEmpty();
}

QString AccessibilityFindings::report() const {
    QStringList lines;
    auto add = [&lines](const QString& heading, const QStringList& items) {
        if (items.isEmpty())
            return;
        lines << heading;
        for (const QString& item : items)
            lines << QStringLiteral("  - ") + item;
    };
    add(QStringLiteral("No accessible name (screen readers say nothing useful):"), unnamed);
    add(QStringLiteral("Not in the accessibility tree:"), outsideTree);
    add(QStringLiteral("Never reached with the keyboard:"), unreachable);
    add(QStringLiteral("Focus trap:"), stuck);
    add(QStringLiteral("Tab chain broken:"), chainBroken);
    add(QStringLiteral("Text hidden from screen readers by an accessible name:"), hiddenText);
    return lines.join(u'\n');
}

QString describeWidget(const QWidget* widget) {
    if (!widget)
        return QStringLiteral("(none)");
    QString leaf = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) {
        leaf += u'#' + widget->objectName();
    } else if (auto* button = qobject_cast<const QAbstractButton*>(widget);
               button && !button->text().isEmpty()) {
        leaf += QStringLiteral(" \"%1\"").arg(button->text());
    } else if (!widget->toolTip().isEmpty()) {
        leaf += QStringLiteral(" (tooltip \"%1\")").arg(widget->toolTip());
    }
    QStringList path;
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"))
            path.prepend(p->objectName());
    return path.isEmpty() ? leaf : leaf + QStringLiteral(" in ") + path.join(u'/');
}

void auditAccessibleNames(QWidget* window, AccessibilityFindings& findings) {
    NameWalk(window, findings).run();
    // A label's name is its text unless an accessible name is set, which then is all that is read. Every
    // label is looked at, shown or not: what it says changes while the program runs.
    for (auto* label : window->findChildren<QLabel*>()) {
        const QString name = label->accessibleName().simplified();
        QString text = label->text();
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        text = text.simplified();
        if (label->window() == window && !name.isEmpty() && !text.isEmpty() &&
            !name.contains(text, Qt::CaseInsensitive))
            findings.hiddenText
                << QStringLiteral("%1: read as \"%2\", shows \"%3\"").arg(describeWidget(label), name, text);
    }
}

void auditTabChain(QWidget* window, AccessibilityFindings& findings) {
    // Keys go to the focus widget of the active window, as they do for a user.
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        findings.chainBroken
            << QStringLiteral("%1 could not be made the active window").arg(describeWidget(window));
        return;
    }
    QList<QWidget*> stops;
    for (auto* w : window->findChildren<QWidget*>())
        if (isTabStop(w, window))
            stops << w;
    findings.tabStops = static_cast<int>(stops.size());
    if (stops.isEmpty())
        return;

    // Focus lands on every stop, so each is announced: it needs a name whatever kind of widget it is.
    for (QWidget* w : std::as_const(stops)) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString entry = describeWidget(w) + QStringLiteral(" (role ") +
                              (iface ? roleName(iface->role()) : QStringLiteral("none")) + u')';
        if ((!iface || spokenName(iface).isEmpty()) && !findings.unnamed.contains(entry))
            findings.unnamed << entry;
    }

    // A control that never takes Tab focus is reachable from the keyboard only through a shortcut of its
    // own (a mnemonic or key on the button, or on the action behind a tool button).
    for (auto* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || !isControlWidget(w) ||
            qobject_cast<QMenuBar*>(w) || insideComposite(w) || w->focusProxy() ||
            (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->shortcut().isEmpty())
                continue;
            if (auto* tool = qobject_cast<QToolButton*>(w);
                tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty())
                continue;
        }
        findings.unreachable << describeWidget(w) +
                                    QStringLiteral(" (takes no Tab focus and has no shortcut)");
    }

    // A table with Tab key navigation walks every cell before Tab leaves it: with thousands of rows it is
    // a trap, whatever rows this test happens to show. Arrow keys move inside a table.
    for (QWidget* w : std::as_const(stops))
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->tabKeyNavigation())
            findings.stuck << QStringLiteral("Tab moves between the cells of %1 instead of leaving it")
                                  .arg(describeWidget(w));

    if (tracing()) {
        QStringList chain;
        QWidget* w = stops.first();
        do {
            if (stops.contains(w))
                chain << describeWidget(w);
            w = w->nextInFocusChain();
        } while (w && w != stops.first() && chain.size() <= stops.size());
        qInfo("focus chain: %s", qPrintable(chain.join(QStringLiteral(" > "))));
        QObject::connect(qApp, &QApplication::focusChanged, window, [](QWidget* from, QWidget* to) {
            qInfo("focus moved: %s -> %s", qPrintable(describeWidget(from)), qPrintable(describeWidget(to)));
        });
    }
    const QList<QWidget*> forward = driveTab(window, stops, true, findings);
    const QList<QWidget*> backward = driveTab(window, stops, false, findings);
    for (QWidget* w : std::as_const(stops)) {
        QStringList keys;
        if (!forward.contains(w))
            keys << QStringLiteral("Tab");
        if (!backward.contains(w))
            keys << QStringLiteral("Shift+Tab");
        if (!keys.isEmpty())
            findings.unreachable << QStringLiteral("%1 (with %2)").arg(describeWidget(w), keys.join(u'/'));
    }
}

AccessibilityFindings auditAccessibility(QWidget* window) {
    AccessibilityFindings findings;
    auditAccessibleNames(window, findings);
    auditTabChain(window, findings);
    return findings;
}

} // namespace vms::test
