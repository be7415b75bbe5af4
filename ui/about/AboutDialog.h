#pragma once

#include <QDialog>

class QLabel;

namespace vms {

// Help ▸ About VMS: the program's version (QCoreApplication::applicationVersion(), set from the CMake
// project version in main), the Qt it runs on, its licence and links. Widgets carry objectNames so tests
// and accessibility tools can find them.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // "Version 0.1.0": what the version label shows, so callers and tests need not parse rich text.
    static QString versionText();
    // "Licence: proprietary. All rights reserved." while the project has chosen no licence, else the
    // SPDX id the packages carry.
    static QString licenceText();

private:
    QLabel* m_version = nullptr;
};

} // namespace vms
