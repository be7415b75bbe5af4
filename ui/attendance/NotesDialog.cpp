#include "ui/attendance/NotesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vms {

namespace {
const QColor kWarning(0xc9, 0x45, 0x3b); // the refusal's and the over-long count's text
} // namespace

NotesDialog::NotesDialog(const QString& personName, const QString& notes, int maxLength, Save save,
                         QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_maxLength(maxLength) {
    setObjectName(QStringLiteral("notesDialog"));
    setWindowTitle(tr("Notes on %1").arg(personName));
    resize(460, 260);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Notes on %1's participation:").arg(personName), this);
    label->setTextFormat(Qt::PlainText); // a name is record data
    label->setWordWrap(true);
    layout->addWidget(label);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("notesEdit"));
    m_edit->setAccessibleName(tr("Notes"));
    m_edit->setTabChangesFocus(true); // Tab reaches the buttons; Enter is a new line
    m_edit->setPlainText(notes);
    m_edit->moveCursor(QTextCursor::End);
    label->setBuddy(m_edit);
    layout->addWidget(m_edit, 1);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("notesLength"));
    m_length->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_length->setTextFormat(Qt::PlainText);
    layout->addWidget(m_length);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NotesDialog::updateLength);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("notesError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette warn = m_error->palette();
    warn.setColor(QPalette::WindowText, kWarning);
    m_error->setPalette(warn);
    m_error->hide();
    updateLength();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("notesSaveButton"));
    // Ctrl+Enter saves from inside the text, where Enter starts a new line.
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the notes (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NotesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NotesDialog::reject);
    layout->addWidget(buttons);
    m_edit->setFocus();
}

void NotesDialog::updateLength() {
    m_length->setVisible(m_maxLength > 0);
    if (m_maxLength <= 0)
        return;
    // As the org counts: the saved text is trimmed, and its length is in UTF-16 code units (QString's).
    const qsizetype length = notes().trimmed().size();
    const bool over = length > m_maxLength;
    m_length->setText(over ? tr("%1 characters: %2 more than Salesforce takes (%3)")
                                 .arg(length)
                                 .arg(length - m_maxLength)
                                 .arg(m_maxLength)
                           : tr("%1 of %2 characters").arg(length).arg(m_maxLength));
    QPalette palette = m_length->palette();
    palette.setColor(QPalette::WindowText, over ? kWarning : this->palette().color(QPalette::WindowText));
    m_length->setPalette(palette);
}

QString NotesDialog::notes() const {
    return m_edit->toPlainText();
}

void NotesDialog::accept() {
    if (Status s = m_save(notes()); !s) {
        m_error->setText(tr("The notes were not saved: %1").arg(s.error().message));
        m_error->show();
        m_edit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace vms
