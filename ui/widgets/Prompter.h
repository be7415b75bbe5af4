#pragma once

#include <QString>

class QWidget;

namespace vms {

// The thin facade in front of message boxes (architecture.md): views ask it, tests answer it.
class Prompter {
public:
    virtual ~Prompter() = default;
    // A yes/no question; true when the user chose `acceptText`.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& details,
                         const QString& acceptText) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
};

// The real one: QMessageBox, modal to the window.
class MessageBoxPrompter final : public Prompter {
public:
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& details,
                 const QString& acceptText) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace vms
