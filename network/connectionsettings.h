#pragma once

#include "core/environment.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

namespace avfall {

// Everything the client needs to reach one environment as one identity. Secrets (token, key,
// secret) live here only in memory; they come from the keychain or from files the user names.
struct ConnectionSettings
{
    Environment environment = Environment::Sandbox;
    QUrl baseUrl;  // e.g. https://apimtest.naturvardsverket.se/btfa/anteckning/v1
    QUrl tokenUrl; // e.g. https://apimtest.naturvardsverket.se/oauth2/token
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QList<QSslCertificate> clientChain;
    QList<QSslCertificate> extraCaCertificates; // trusted besides the system's CAs
    QString accessToken;                        // used as is when not empty
    QString consumerKey;                        // otherwise: client_credentials with key and secret
    QString consumerSecret;
    int timeoutMs = 30000;

    // TLS 1.2 or newer, the client identity, system CAs plus the extra ones, peer always verified.
    QSslConfiguration sslConfiguration() const;
    // Whether the identity (what the register sees) differs: certificate, key, environment, URLs,
    // credentials.
    bool sameIdentityAs(const ConnectionSettings &other) const;
};

} // namespace avfall
