#include "ui/auth/LocalDataPrompt.h"

#include "ui/widgets/Prompter.h"

#include <algorithm>
#include <climits>

namespace vms {

QString LocalDataPrompt::unpushedText(qint64 unpushed) {
    if (unpushed < 0)
        return tr("VMS could not count the changes that have not reached Salesforce yet; any there are will "
                  "be lost.");
    if (unpushed == 0)
        return tr("Every change made on this computer has reached Salesforce.");
    return tr("%n change(s) made on this computer and not yet in Salesforce will be lost.", nullptr,
              static_cast<int>(std::min<qint64>(unpushed, INT_MAX)));
}

bool LocalDataPrompt::confirmRemoval(Prompter& prompter, QWidget* parent, qint64 unpushed) {
    return prompter.confirm(
        parent, tr("Remove this computer's data"),
        tr("Sign out and delete everything VMS keeps about your org on this computer: the "
           "local copy of the records, the logs, the backups and the sign-in. VMS closes "
           "when it is done.\n\n%1")
            .arg(unpushedText(unpushed)),
        tr("Use this before the computer changes hands. Your settings stay."), tr("Remove data and close"));
}

bool LocalDataPrompt::offerAtSignOut(Prompter& prompter, QWidget* parent, qint64 unpushed) {
    return prompter.confirm(parent, tr("Signed out"),
                            tr("You are signed out. Also delete what VMS keeps about your org on this "
                               "computer (the local copy of the records, the logs and the backups)? VMS "
                               "closes when it is done.\n\n%1")
                                .arg(unpushedText(unpushed)),
                            tr("Keep the data if you or a colleague will sign in on this computer again."),
                            tr("Remove data and close"));
}

} // namespace vms
