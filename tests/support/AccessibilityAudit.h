#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace vms::test {

// What an accessibility audit of one window found. Each entry names the widget by its class, objectName
// and the objectNames of its ancestors, so a failure message says where to look.
struct AccessibilityFindings {
    // Visible interactive nodes of the accessibility tree (buttons, edits, combo and spin boxes, check and
    // radio boxes, item views, tabs, sliders, menu-bar and menu items) and every Tab stop, whose
    // QAccessibleInterface::text(QAccessible::Name) is empty: a screen reader has nothing to say for them.
    QStringList unnamed;
    // Visible controls that the accessibility tree, walked from the window, never reaches.
    QStringList outsideTree;
    // Visible, enabled widgets whose focus policy includes Tab that Tab (or Shift+Tab) never focuses.
    QStringList unreachable;
    // Where Tab or Shift+Tab left focus where it was (a trap: the key went into the widget instead).
    QStringList stuck;
    // Tab or Shift+Tab took focus out of the window, or never came back round to where it started.
    QStringList chainBroken;
    // Labels whose accessible name replaces their text, so a screen reader never reads what they show.
    QStringList hiddenText;

    int namedChecked = 0; // interactive nodes whose name was checked
    int tabStops = 0;     // widgets the Tab chain had to reach

    bool clean() const;
    // A readable list of everything found, one line per problem; empty when clean().
    QString report() const;
};

// Audits `window` (a top-level widget, already shown): names through the accessibility tree, then the
// Tab and Shift+Tab chains driven with real key presses. Focus is moved by the audit.
AccessibilityFindings auditAccessibility(QWidget* window);

// The two halves, for tests that want only one.
void auditAccessibleNames(QWidget* window, AccessibilityFindings& findings);
void auditTabChain(QWidget* window, AccessibilityFindings& findings);

// "QLineEdit#volunteerFilter in mainWindow/volunteersPage/volunteerListPage"
QString describeWidget(const QWidget* widget);

} // namespace vms::test
