#include "ui/auth/AccountButton.h"

#include "core/auth/AuthManager.h"
#include "core/common/PlainText.h"

#include <QMenu>

namespace vms {

AccountButton::AccountButton(AuthManager& auth, QWidget* parent)
    : QToolButton(parent)
    , m_auth(auth)
    , m_menu(new QMenu(this)) {
    setObjectName(QStringLiteral("accountButton"));
    setAccessibleName(tr("Account"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menu->setObjectName(QStringLiteral("accountMenu"));
    m_user = m_menu->addAction(QString());
    m_user->setObjectName(QStringLiteral("accountUserAction"));
    m_org = m_menu->addAction(QString());
    m_org->setObjectName(QStringLiteral("accountOrgAction"));
    m_role = m_menu->addAction(QString());
    m_role->setObjectName(QStringLiteral("accountRoleAction"));
    for (QAction* info : {m_user, m_org, m_role})
        info->setEnabled(false);
    m_menu->addSeparator();
    m_signIn = m_menu->addAction(tr("Sign in…"));
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signOut = m_menu->addAction(tr("Sign out"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    setMenu(m_menu);
    connect(m_signIn, &QAction::triggered, this, &AccountButton::signInRequested);
    connect(m_signOut, &QAction::triggered, this, &AccountButton::signOut);
    connect(&m_auth, &AuthManager::signedIn, this, &AccountButton::refresh);
    connect(&m_auth, &AuthManager::signedOut, this, &AccountButton::refresh);
    connect(&m_auth, &AuthManager::roleChanged, this, &AccountButton::refresh);
    refresh();
}

void AccountButton::refresh() {
    const Session s = m_auth.session();
    if (s.signedIn) {
        setText(s.userName);
        setToolTip(PlainText::toolTip(tr("Signed in as %1 (%2)").arg(s.userName, roleDisplayName(s.role))));
        m_user->setText(tr("User: %1").arg(s.userName));
        m_org->setText(tr("Org: %1").arg(s.orgId));
        m_role->setText(tr("Role: %1").arg(roleDisplayName(s.role)));
    } else {
        setText(tr("Not signed in"));
        setToolTip(tr("Sign in to Salesforce to sync"));
    }
    for (QAction* info : {m_user, m_org, m_role})
        info->setVisible(s.signedIn);
    m_signIn->setVisible(!s.signedIn);
    m_signOut->setVisible(s.signedIn);
}

void AccountButton::signOut() {
    // Revokes at the org when it answers; signs out here in any case (local data stays).
    (void)m_auth.signOut(true);
    refresh();
    Q_EMIT signedOutByUser();
}

} // namespace vms
