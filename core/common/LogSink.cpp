#include "core/common/LogSink.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <memory>
#include <nlohmann/json.hpp>

namespace vms {

namespace {

struct SinkState {
    QString directory;
    bool alsoStderr = false;
    QtMessageHandler previous = nullptr;
    QMutex mutex;
    QHash<QString, std::shared_ptr<QFile>> files;
};

SinkState* g_state = nullptr;

const char* levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void rotate(const QString& path) {
    for (int i = LogSink::kKeep - 1; i >= 1; --i) {
        const QString from = path + QLatin1Char('.') + QString::number(i);
        const QString to = path + QLatin1Char('.') + QString::number(i + 1);
        QFile::remove(to);
        QFile::rename(from, to);
    }
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
}

QFile* fileFor(const QString& category) {
    auto it = g_state->files.find(category);
    if (it != g_state->files.end() && (*it)->size() < LogSink::kMaxBytes)
        return it->get();
    const QString path = g_state->directory + QLatin1Char('/') + category + QStringLiteral(".log");
    if (it != g_state->files.end()) {
        (*it)->close();
        rotate(path);
    }
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::Append | QIODevice::WriteOnly))
        return nullptr;
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    g_state->files.insert(category, file);
    return file.get();
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (!g_state)
        return;
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    const QString safe = LogSink::redact(message);
    if (category.startsWith(QStringLiteral("vms"))) {
        nlohmann::ordered_json line;
        line["ts"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
        line["level"] = levelName(type);
        line["category"] = category.toStdString();
        line["msg"] = safe.toStdString();
        QMutexLocker lock(&g_state->mutex);
        if (QFile* f = fileFor(category)) {
            f->write(QByteArray::fromStdString(line.dump()));
            f->write("\n");
            f->flush();
        }
    }
    if (g_state->alsoStderr && g_state->previous)
        g_state->previous(type, context, safe);
}

} // namespace

QString LogSink::redact(const QString& message) {
    // Salesforce access tokens look like "00D...!AQ..." (org id, '!', opaque); refresh tokens are long
    // opaque strings. Mask both shapes, and any "Bearer ..." value.
    static const QRegularExpression accessToken(QStringLiteral("00D[A-Za-z0-9]{12,15}![A-Za-z0-9._-]{20,}"));
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)\\S+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenParam(QStringLiteral(
        "((?:access_token|refresh_token|code_verifier|code|token)[\"']?\\s*[=:]\\s*[\"']?)[^&\"'\\s,}]+"));
    QString out = message;
    out.replace(accessToken, QStringLiteral("[redacted]"));
    out.replace(bearer, QStringLiteral("\\1[redacted]"));
    out.replace(tokenParam, QStringLiteral("\\1[redacted]"));
    return out;
}

void LogSink::install(const QString& logDirectory, bool alsoStderr) {
    if (g_state)
        return;
    QDir().mkpath(logDirectory);
    g_state = new SinkState;
    g_state->directory = logDirectory;
    g_state->alsoStderr = alsoStderr;
    g_state->previous = qInstallMessageHandler(handler);
}

void LogSink::uninstall() {
    if (!g_state)
        return;
    qInstallMessageHandler(g_state->previous);
    SinkState* s = g_state;
    g_state = nullptr;
    delete s;
}

} // namespace vms
