#include "ui/views/DeleteRecord.h"

#include "core/changes/LocalChanges.h"
#include "ui/views/RecordChangeCommand.h"
#include "ui/widgets/Prompter.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace vms::DeleteRecord {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::DeleteRecord)
};

LocalChanges changesOf(const UiContext& context) {
    return LocalChanges(*context.database, context.session, *context.clock,
                        context.mapping ? *context.mapping : OrgMapping::builtIn());
}

} // namespace

bool allowed(const UiContext& context) {
    return context.database && context.session.allows(Permission::Administer);
}

bool confirmAndDelete(const UiContext& context, QUndoStack* undoStack, QWidget* parent, const QString& entity,
                      qint64 localId, const std::function<void()>& changed) {
    const QString title = Tr::tr("Delete");
    auto preview = changesOf(context).previewDelete(entity, localId);
    if (!preview) {
        context.prompter->error(parent, title, preview.error().message);
        return false;
    }
    const QString details =
        preview->inOrg
            ? Tr::tr("%1 will be deleted here now and in Salesforce at the next sync. Until then, Undo "
                     "(Ctrl+Z) brings it back.")
                  .arg(preview->summary())
            : Tr::tr("%1 will be deleted. It has not reached Salesforce, so Salesforce never hears of it. "
                     "Undo (Ctrl+Z) brings it back.")
                  .arg(preview->summary());
    if (!context.prompter->confirm(parent, title, Tr::tr("Delete “%1”?").arg(preview->name), details,
                                   Tr::tr("Delete")))
        return false;
    auto deleted = changesOf(context).deleteRecord(entity, localId);
    if (!deleted) {
        context.prompter->error(parent, title, deleted.error().message);
        return false;
    }
    changed();
    if (!undoStack)
        return true;
    // Redo deletes again, which takes a new picture of the rows: the steps share it.
    auto last = std::make_shared<DeletedRecord>(std::move(deleted).value());
    auto undo = [context, last, changed]() -> Status {
        Status s = changesOf(context).undoDelete(*last);
        changed();
        return s;
    };
    auto redo = [context, last, changed]() -> Status {
        auto again = changesOf(context).deleteRecord(last->entity, last->localId);
        changed();
        if (!again)
            return again.error();
        *last = std::move(again).value();
        return {};
    };
    undoStack->push(new RecordChangeCommand(Tr::tr("Delete %1").arg(preview->name), undo, redo,
                                            [context, window = QPointer<QWidget>(parent)](const Error& e) {
                                                context.prompter->error(window, Tr::tr("Cannot undo"),
                                                                        e.message);
                                            }));
    return true;
}

} // namespace vms::DeleteRecord
