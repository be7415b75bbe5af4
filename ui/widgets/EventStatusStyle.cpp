#include "ui/widgets/EventStatusStyle.h"

#include "core/domain/Status.h"
#include "core/models/ListLoaders.h"

namespace vms {

namespace {
constexpr int kLegend[] = {static_cast<int>(EventStatus::Draft), static_cast<int>(EventStatus::Requested),
                           static_cast<int>(EventStatus::Confirmed), static_cast<int>(EventStatus::Completed),
                           static_cast<int>(EventStatus::Cancelled)};
} // namespace

QColor EventStatusStyle::color(int statusCode) {
    switch (static_cast<EventStatus>(statusCode)) {
    case EventStatus::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case EventStatus::Requested:
        return QColor(0xd0, 0x8c, 0x00);
    case EventStatus::Confirmed:
        return QColor(0x2f, 0x6f, 0xde);
    case EventStatus::Completed:
        return QColor(0x2e, 0x9d, 0x57);
    case EventStatus::Cancelled:
        return QColor(0xc9, 0x45, 0x3b);
    case EventStatus::Unknown:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QString EventStatusStyle::glyph(int statusCode) {
    switch (static_cast<EventStatus>(statusCode)) {
    case EventStatus::Draft:
        return QStringLiteral("✎");
    case EventStatus::Requested:
        return QStringLiteral("?");
    case EventStatus::Confirmed:
        return QStringLiteral("●");
    case EventStatus::Completed:
        return QStringLiteral("✔");
    case EventStatus::Cancelled:
        return QStringLiteral("✕");
    case EventStatus::Unknown:
        break;
    }
    return QStringLiteral("•");
}

QString EventStatusStyle::name(int statusCode) {
    return ListLoaders::eventStatusName(statusCode);
}

QString EventStatusStyle::label(int statusCode) {
    return glyph(statusCode) + QLatin1Char(' ') + name(statusCode);
}

const int* EventStatusStyle::begin() {
    return std::begin(kLegend);
}
const int* EventStatusStyle::end() {
    return std::end(kLegend);
}

} // namespace vms
