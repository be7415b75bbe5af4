#include "ui/auth/SignInDialog.h"

#include "core/auth/AuthManager.h"
#include "core/auth/OAuthFlow.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace vms {

SignInDialog::SignInDialog(AuthManager& auth, QNetworkAccessManager* nam, QSettings& settings, Hooks hooks,
                           QWidget* parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_nam(nam)
    , m_settings(settings)
    , m_hooks(std::move(hooks)) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Salesforce"));
    if (!m_hooks.openBrowser)
        m_hooks.openBrowser = [](const QUrl& url) {
            return QDesktopServices::openUrl(url);
        };
    if (!m_hooks.askRunOnly)
        m_hooks.askRunOnly = [this](const QString& why) {
            return QMessageBox::question(
                       this, tr("No usable keychain"),
                       why + QStringLiteral("\n\n") +
                           tr("Stay signed in for this run only? Nothing will be saved; you "
                              "will sign in again next time.")) == QMessageBox::Yes;
        };

    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("loginHostCombo"));
    m_host->setAccessibleName(tr("Login host"));
    m_host->addItem(tr("Production (login.salesforce.com)"));
    m_host->addItem(tr("Sandbox (test.salesforce.com)"));
    m_host->addItem(tr("Custom My Domain"));
    m_customDomain = new QLineEdit(this);
    m_customDomain->setObjectName(QStringLiteral("customDomainEdit"));
    m_customDomain->setAccessibleName(tr("My Domain address"));
    m_customDomain->setPlaceholderText(tr("yourorg.my.salesforce.com"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Connected app client id"));
    m_clientId->setText(m_settings.clientId());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Open browser and sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("openBrowserButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login host:"), m_host);
    form->addRow(tr("My &Domain:"), m_customDomain);
    form->addRow(tr("&Client id:"), m_clientId);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // The list's order is LoginHostChoice's.
    const LoginHostSetting host = m_settings.loginHost();
    m_host->setCurrentIndex(static_cast<int>(host.choice));
    m_customDomain->setText(host.customDomain);
    connect(m_host, &QComboBox::currentIndexChanged, this, &SignInDialog::validate);
    connect(m_customDomain, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_clientId, &QLineEdit::textChanged, this, &SignInDialog::validate);
    validate();
}

SignInDialog::~SignInDialog() = default;

LoginHostSetting SignInDialog::hostFromForm() const {
    return {static_cast<LoginHostChoice>(m_host->currentIndex()), m_customDomain->text().trimmed()};
}

QUrl SignInDialog::loginUrl() const {
    auto url = hostFromForm().url();
    return url ? url.value() : QUrl();
}

void SignInDialog::validate() {
    const LoginHostSetting host = hostFromForm();
    m_customDomain->setEnabled(host.choice == LoginHostChoice::CustomDomain && !isWaiting());
    QString problem;
    if (auto url = host.url(); !url)
        problem = url.error().message;
    if (problem.isEmpty() && m_clientId->text().trimmed().isEmpty())
        problem = tr("Enter the connected app's client id (ask your Salesforce admin).");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_signIn->setEnabled(problem.isEmpty() && !isWaiting());
}

void SignInDialog::setWaiting(bool waiting) {
    m_host->setEnabled(!waiting);
    m_clientId->setEnabled(!waiting);
    m_status->setText(waiting ? tr("Waiting for you to finish signing in in your browser…") : QString());
    validate();
}

void SignInDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::startSignIn() {
    const QUrl url = loginUrl();
    if (url.isEmpty() || isWaiting())
        return;
    // Before the browser: a sign-in that cannot be kept is offered as "this run only", never written
    // anywhere else.
    if (Status s = m_auth.tokenStore()->probe(); !s) {
        if (!m_hooks.useRunOnlyStore || !m_hooks.askRunOnly(s.error().message)) {
            showError(s.error().message);
            return;
        }
        m_hooks.useRunOnlyStore();
    }
    // Who was signed in before this sign-in: it decides whether its host is remembered (onFlowFinished).
    m_before = m_auth.session();

    OAuthFlowOptions options;
    options.loginUrl = url;
    options.clientId = m_clientId->text().trimmed();
    options.redirectPort = m_settings.redirectPort();
    m_flow = std::make_unique<OAuthFlow>(m_nam, options);
    connect(m_flow.get(), &OAuthFlow::finished, this, &SignInDialog::onFlowFinished, Qt::QueuedConnection);
    if (Status s = m_flow->start(); !s) {
        m_flow.reset();
        showError(s.error().message);
        return;
    }
    setWaiting(true);
    if (!m_hooks.openBrowser(m_flow->authorizeUrl()))
        m_status->setText(tr("Could not open a browser. Open this address yourself:\n%1")
                              .arg(QString::fromLatin1(m_flow->authorizeUrl().toEncoded())));
}

void SignInDialog::onFlowFinished() {
    if (!m_flow)
        return;
    const Result<OAuthTokens> result = m_flow->result();
    const QUrl url = loginUrl();
    const QString clientId = m_clientId->text().trimmed();
    m_flow.release()->deleteLater(); // let its listeners close after the browser's page went out
    setWaiting(false);
    if (!result) {
        if (result.error().kind != ErrorKind::Cancelled)
            showError(result.error().message);
        return;
    }
    m_status->setText(tr("Finishing sign-in…"));
    auto session = m_auth.completeSignIn(result.value(), url, clientId);
    m_status->clear();
    if (!session) {
        showError(session.error().message);
        return;
    }
    m_session = session.value();
    // Remembered for the next sign-in only when this role may set it (or on a profile's first sign-in);
    // signing in does not depend on it.
    (void)m_settings.rememberSignIn(hostFromForm(), clientId, m_before, m_session);
    accept();
}

void SignInDialog::reject() {
    if (m_flow) {
        m_flow->cancel(); // finished -> onFlowFinished (Cancelled) re-enables the form
        return;
    }
    QDialog::reject();
}

} // namespace vms
