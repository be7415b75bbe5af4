// Fills a profile folder's cache with deterministic demo-like data for screenshots and manual checks.
// Usage: bench_fill_profile --profile DIR [--scale demo] [--role Coordinator] [--user NAME]
#include "core/db/Database.h"
#include "core/profile/Profile.h"
#include "support/UiCacheFiller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace vms;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Profile folder."),
                                           QStringLiteral("dir"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("tiny, demo, seed or x10."),
                                         QStringLiteral("scale"), QStringLiteral("demo"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("User, Coordinator or Admin."),
                                        QStringLiteral("role"), QStringLiteral("Coordinator"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Signed-in user name."),
                                        QStringLiteral("name"), QStringLiteral("Dana Coordinator"));
    parser.addOptions({profileOption, scaleOption, roleOption, userOption});
    parser.addHelpOption();
    parser.process(app);
    const auto scale = bench::FillScale::named(parser.value(scaleOption));
    const auto role = roleFromName(parser.value(roleOption));
    if (!parser.isSet(profileOption) || !scale || !role) {
        std::fprintf(stderr, "bench_fill_profile: need --profile DIR, a known --scale and --role\n");
        return 2;
    }
    auto profile = Profile::openOrCreate(parser.value(profileOption));
    if (!profile) {
        std::fprintf(stderr, "bench_fill_profile: %s\n", qPrintable(profile.error().message));
        return 1;
    }
    auto db = Database::open(profile->databasePath());
    if (!db) {
        std::fprintf(stderr, "bench_fill_profile: %s\n", qPrintable(db.error().message));
        return 1;
    }
    if (Status s = bench::UiCacheFiller::fill((*db)->connection(), *scale, QDateTime::currentDateTimeUtc());
        !s) {
        std::fprintf(stderr, "bench_fill_profile: %s\n", qPrintable(s.error().message));
        return 1;
    }
    if (Status s = bench::UiCacheFiller::signIn((*db)->connection(), *role, parser.value(userOption)); !s) {
        std::fprintf(stderr, "bench_fill_profile: %s\n", qPrintable(s.error().message));
        return 1;
    }
    std::printf("filled %s at scale %s\n", qPrintable(profile->path()), qPrintable(scale->name));
    return 0;
}
