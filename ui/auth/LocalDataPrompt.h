#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace vms {

class Prompter;

// The questions before "Remove this computer's data" (core/profile/LocalData): what goes, and how many
// changes made on this computer have not reached Salesforce and are lost with it (`unpushed`; negative
// when the cache could not say).
class LocalDataPrompt final {
    Q_DECLARE_TR_FUNCTIONS(vms::LocalDataPrompt)

public:
    // File ▸ Remove This Computer's Data… (Admins): it also signs out.
    static bool confirmRemoval(Prompter& prompter, QWidget* parent, qint64 unpushed);
    // Right after Sign out (anyone): remove the rest too?
    static bool offerAtSignOut(Prompter& prompter, QWidget* parent, qint64 unpushed);
    // The sentence about unsent changes, shared by both.
    static QString unpushedText(qint64 unpushed);
};

} // namespace vms
