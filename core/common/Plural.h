#pragma once

#include <QLocale>
#include <QString>

namespace vms {

// "1 volunteer" / "12,600 volunteers". Qt's %n plural forms need a translation file even for English
// (without one the user reads "volunteer(s)"); until VMS ships .qm files both forms are tr() strings.
class Plural final {
public:
    static QString of(qint64 n, const QString& one, const QString& many) {
        return (n == 1 ? one : many).arg(QLocale().toString(n));
    }
};

} // namespace vms
