#include "core/domain/Status.h"

#include <QCoreApplication>

namespace vms {

namespace {

// Lower-case, trimmed, and with '-', '_' and runs of spaces folded to one space, so "No-Show",
// "no show " and "NO_SHOW" all compare equal.
QString canonical(QStringView raw) {
    QString out;
    out.reserve(raw.size());
    bool pendingSpace = false;
    for (QChar c : raw.trimmed()) {
        if (c.isSpace() || c == u'-' || c == u'_') {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
        out += c.toLower();
    }
    return out;
}

} // namespace

ParticipationStatus normaliseParticipationStatus(QStringView raw) {
    const QString s = canonical(raw);
    if (s == u"attended" || s == u"completed" || s == u"successfully completed")
        return ParticipationStatus::Attended;
    if (s == u"no show" || s == u"noshow")
        return ParticipationStatus::NoShow;
    if (s == u"cancelled" || s == u"canceled")
        return ParticipationStatus::Cancelled;
    if (s == u"registered" || s == u"scheduled" || s == u"confirmed")
        return ParticipationStatus::Registered;
    return ParticipationStatus::Unknown;
}

EventStatus normaliseEventStatus(QStringView raw) {
    const QString s = canonical(raw);
    if (s == u"draft")
        return EventStatus::Draft;
    if (s == u"cancelled" || s == u"canceled")
        return EventStatus::Cancelled;
    if (s == u"completed" || s == u"successfully completed")
        return EventStatus::Completed;
    if (s == u"confirmed" || s == u"scheduled" || s == u"published")
        return EventStatus::Confirmed;
    if (s == u"requested" || s == u"pending")
        return EventStatus::Requested;
    return EventStatus::Unknown;
}

ParticipantType normaliseParticipantType(QStringView raw) {
    const QString s = canonical(raw);
    if (s == u"volunteer")
        return ParticipantType::Volunteer;
    if (s == u"student")
        return ParticipantType::Student;
    if (s == u"presenter")
        return ParticipantType::Presenter;
    return ParticipantType::Other;
}

bool eventIsCancelled(QStringView rawStatus) {
    return normaliseEventStatus(rawStatus) == EventStatus::Cancelled;
}

bool eventIsDraft(QStringView rawStatus) {
    return normaliseEventStatus(rawStatus) == EventStatus::Draft;
}

bool eventIsExcludedFromCounts(QStringView rawStatus) {
    const EventStatus s = normaliseEventStatus(rawStatus);
    return s == EventStatus::Cancelled || s == EventStatus::Draft;
}

QString eventStatusDisplayName(EventStatus s) {
    switch (s) {
    case EventStatus::Draft:
        return QCoreApplication::translate("vms::EventStatus", "Draft");
    case EventStatus::Requested:
        return QCoreApplication::translate("vms::EventStatus", "Requested");
    case EventStatus::Confirmed:
        return QCoreApplication::translate("vms::EventStatus", "Confirmed");
    case EventStatus::Completed:
        return QCoreApplication::translate("vms::EventStatus", "Completed");
    case EventStatus::Cancelled:
        return QCoreApplication::translate("vms::EventStatus", "Cancelled");
    case EventStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("vms::EventStatus", "Other");
}

QString participationStatusToSalesforce(ParticipationStatus s) {
    switch (s) {
    case ParticipationStatus::Registered:
        return QStringLiteral("Registered");
    case ParticipationStatus::Attended:
        return QStringLiteral("Attended");
    case ParticipationStatus::NoShow:
        return QStringLiteral("No-Show");
    case ParticipationStatus::Cancelled:
        return QStringLiteral("Cancelled");
    case ParticipationStatus::Unknown:
        break;
    }
    return {};
}

ParticipationStatus parseParticipationStatus(QStringView userText) {
    return normaliseParticipationStatus(userText);
}

} // namespace vms
