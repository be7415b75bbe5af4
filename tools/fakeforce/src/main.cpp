// fakeforce: the fake Salesforce org on loopback, for the demo, benchmarks and end-to-end tests.

#include "FakeHttpServer.h"
#include "Generator.h"
#include "Org.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fakeforce"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake Salesforce org on 127.0.0.1 (see tools/fakeforce/README.md)"));
    parser.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
                                      QStringLiteral("Data scale: empty, tiny, demo, seed or x10."),
                                      QStringLiteral("S"), QStringLiteral("tiny"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                     QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption clientOpt(QStringLiteral("client-id"),
                                       QStringLiteral("Accept only this OAuth client_id (default: any)."),
                                       QStringLiteral("ID"));
    const QCommandLineOption rotateOpt(
        QStringLiteral("rotate-refresh-tokens"),
        QStringLiteral("Refresh token rotation: each refresh voids the old token."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"),
                                      QStringLiteral("Do not log each request to stderr."));
    const QCommandLineOption latencyOpt(
        QStringLiteral("latency-ms"),
        QStringLiteral("Every API call waits N ms before it is served, as over a real network (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({portOpt, scaleOpt, seedOpt, clientOpt, rotateOpt, quietOpt, latencyOpt});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "fakeforce: --port must be 0..65535\n");
        return 2;
    }
    const quint64 seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "fakeforce: --seed must be a non-negative integer\n");
        return 2;
    }
    const int latencyMs = parser.value(latencyOpt).toInt(&ok);
    if (!ok || latencyMs < 0 || latencyMs > 600000) {
        std::fprintf(stderr, "fakeforce: --latency-ms must be 0..600000\n");
        return 2;
    }
    fakeforce::Org::Options options;
    options.scale = parser.value(scaleOpt);
    options.seed = seed;
    options.clientId = parser.value(clientOpt);
    options.rotateRefreshTokens = parser.isSet(rotateOpt);
    if (!fakeforce::Generator::isKnownScale(options.scale)) {
        std::fprintf(stderr, "fakeforce: unknown --scale '%s' (one of %s)\n", qPrintable(options.scale),
                     qPrintable(fakeforce::Generator::scales().join(QStringLiteral(", "))));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    fakeforce::Org org(options);
    org.setLatencyMs(latencyMs);
    std::fprintf(stderr, "fakeforce: generated scale '%s' (seed %llu) in %lld ms\n",
                 qPrintable(options.scale), static_cast<unsigned long long>(seed),
                 static_cast<long long>(timer.elapsed()));

    fakeforce::FakeHttpServer server(&org);
    server.setLogRequests(!parser.isSet(quietOpt));
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "fakeforce: cannot listen on 127.0.0.1:%u: %s\n", port,
                     qPrintable(server.errorString()));
        return 1;
    }
    std::fprintf(stdout, "fakeforce listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
