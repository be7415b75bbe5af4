#include "core/auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace vms {

QByteArray Pkce::challengeFor(const QByteArray& verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate() {
    QByteArray random(64, Qt::Uninitialized);
    // QRandomGenerator::system() is the OS CSPRNG (getrandom), never a seeded PRNG.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    Pkce p;
    p.verifier = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    p.challenge = challengeFor(p.verifier);
    return p;
}

} // namespace vms
