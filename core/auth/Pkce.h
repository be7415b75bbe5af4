#pragma once

#include <QByteArray>

namespace vms {

// Proof Key for Code Exchange (RFC 7636) with the S256 method, which Salesforce's web-server flow accepts
// for public clients such as a desktop app ("OAuth 2.0 Web Server Flow for Web App Integration": a
// desktop app cannot keep a consumer secret, so the verifier proves the token request comes from the
// program that started the flow).
struct Pkce {
    QByteArray verifier;  // 43–128 characters of [A-Za-z0-9-._~]
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding

    // A fresh verifier from 64 bytes of the system CSPRNG (86 characters).
    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
};

} // namespace vms
