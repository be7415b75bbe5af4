#pragma once

#include "ui/UiContext.h"

#include <functional>

class QUndoStack;
class QWidget;

namespace vms {

// An Admin's delete of an event, an organization or a participation (issue #17), the same from every
// page that offers it: a confirmation that names what goes with it ("This event and its 12
// participations"), the delete through LocalChanges, and a step on the window's undo stack, so Ctrl+Z
// brings the record back until the delete has been pushed.
namespace DeleteRecord {

// Whether the signed-in role may delete records (Admins): a page shows its "Delete…" only then.
bool allowed(const UiContext& context);

// Asks (Prompter), then deletes. `changed` runs after the delete and after each undo and redo, to show
// the cache as it is now; it must outlive the undo stack's commands (the window's stack is destroyed
// before its pages). True when the record was deleted. A refusal is shown to the user.
bool confirmAndDelete(const UiContext& context, QUndoStack* undoStack, QWidget* parent, const QString& entity,
                      qint64 localId, const std::function<void()>& changed);

} // namespace DeleteRecord

} // namespace vms
