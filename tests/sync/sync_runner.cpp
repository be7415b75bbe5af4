// A process that syncs a profile against a fake org and nothing else: tst_SyncCrash kills it with
// SIGKILL at random moments. Usage: sync_runner BASE_URL ACCESS_TOKEN DB_PATH [RECORDS_PER_RANGE
// [TWO_ENDED_FROM_RECORDS]]
#include "core/db/Database.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace {
class FixedToken final : public vms::AccessTokenSource {
public:
    explicit FixedToken(QByteArray t)
        : m_token(std::move(t)) {}
    QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(const QByteArray&, QObject* context, RefreshCallback done) override {
        QTimer::singleShot(0, context, [done] {
            done(vms::Error{vms::ErrorKind::Auth, QStringLiteral("no"), {}});
        });
    }

private:
    QByteArray m_token;
};
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 4 || argc > 6)
        return 2;
    FixedToken tokens{QByteArray(argv[2])};
    QNetworkAccessManager nam;
    vms::SalesforceClientOptions options;
    options.queryBatchSize = 200; // many pages: many moments to be killed in
    vms::SalesforceClient client(&nam, QUrl(QString::fromLocal8Bit(argv[1])), &tokens, options);
    auto db = vms::Database::open(QString::fromLocal8Bit(argv[3]));
    auto mapping = vms::OrgMapping::loadDefault();
    if (!db || !mapping)
        return 1;
    vms::Session session;
    session.signedIn = true;
    session.role = vms::Role::Coordinator;
    vms::SystemClock clock;
    vms::SyncEngine engine((*db)->connection(), client, *mapping, clock, session);
    vms::SyncOptions syncOptions;
    if (argc >= 5)
        syncOptions.recordsPerRange = QByteArray(argv[4]).toLongLong();
    if (argc >= 6)
        syncOptions.twoEndedFromRecords = QByteArray(argv[5]).toLongLong();
    auto r = engine.run(syncOptions);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("done\n");
    return 0;
}
