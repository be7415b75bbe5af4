#include "export/PaperSize.h"

#include <algorithm>

namespace vms {

QPageSize::PageSizeId PaperSize::forLocale(const QLocale& locale) {
    // CLDR supplementalData.xml, <paperSize type="US-Letter" territories="BZ CA CL CO CR GT MX NI PA PH PR
    // SV US VE"/>. A language alone (no country) says nothing about paper: A4, the world's default.
    static constexpr QLocale::Territory kLetter[] = {
        QLocale::Belize,       QLocale::Canada,      QLocale::Chile,      QLocale::Colombia,
        QLocale::CostaRica,    QLocale::Guatemala,   QLocale::Mexico,     QLocale::Nicaragua,
        QLocale::Panama,       QLocale::Philippines, QLocale::PuertoRico, QLocale::ElSalvador,
        QLocale::UnitedStates, QLocale::Venezuela};
    const QLocale::Territory territory = locale.territory();
    return std::find(std::begin(kLetter), std::end(kLetter), territory) != std::end(kLetter)
               ? QPageSize::Letter
               : QPageSize::A4;
}

} // namespace vms
