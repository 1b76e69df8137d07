#pragma once

#include "network/connectionsettings.h"
#include "network/pki.h"

#include <QTemporaryDir>

namespace avfall::test {

// A throwaway PKI for network tests: a CA whose key stays in memory (so tests can issue more
// certificates from it: another organisation, expired, server-only), the server certificate for
// 127.0.0.1, and files in the SandboxPki layout for SandboxServer.
class TestPki
{
public:
    explicit TestPki(const QStringList &serverNames = {QStringLiteral("localhost")});

    const pki::SandboxPki &sandboxPki() const { return m_sandboxPki; }
    const pki::KeyPair &ca() const { return m_ca; }

    // A client certificate from this CA.
    pki::KeyPair client(const QString &organisationNumber, const QDateTime &notAfter = QDateTime(),
                        bool clientAuth = true) const;
    // A client certificate from a different, unknown CA.
    static pki::KeyPair foreignClient(const QString &organisationNumber);

    // Connection settings for a SandboxServer running on this PKI, as `identity`.
    ConnectionSettings settings(const QUrl &baseUrl, const QUrl &tokenUrl,
                                const pki::KeyPair &identity) const;

private:
    QTemporaryDir m_dir;
    pki::KeyPair m_ca;
    pki::SandboxPki m_sandboxPki;
};

} // namespace avfall::test
