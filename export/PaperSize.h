#pragma once

#include <QLocale>
#include <QPageSize>

namespace vms {

// The paper people load in their printers where a locale's country is: US Letter in the United States,
// Canada, Mexico and the other countries that use it (the Unicode CLDR's paper-size data), A4 everywhere
// else. Every page VMS draws (reports, the sign-in sheet) takes its size from here.
class PaperSize final {
public:
    static QPageSize::PageSizeId forLocale(const QLocale& locale);
};

} // namespace vms
