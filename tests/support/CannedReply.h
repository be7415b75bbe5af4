#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace vms::test {

// A finished reply with a canned JSON body, for a QNetworkAccessManager that answers without a network;
// status 0 is a refused connection.
class CannedReply final : public QNetworkReply {
public:
    CannedReply(QObject* parent, const QNetworkRequest& request, QNetworkAccessManager::Operation op,
                int status, QByteArray body)
        : QNetworkReply(parent)
        , m_body(std::move(body)) {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        if (status == 0)
            setError(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
        else
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setRawHeader("Content-Type", "application/json;charset=UTF-8");
        open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this, status] {
            setFinished(true);
            Q_EMIT metaDataChanged();
            if (status == 0)
                Q_EMIT errorOccurred(error());
            Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }
    void abort() override {}
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = std::min(maxSize, m_body.size() - m_pos);
        if (n <= 0)
            return -1;
        std::memcpy(data, m_body.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};

} // namespace vms::test
