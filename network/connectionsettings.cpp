#include "network/connectionsettings.h"

namespace avfall {

QSslConfiguration ConnectionSettings::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty())
        configuration.addCaCertificates(extraCaCertificates);
    if (!clientCertificate.isNull()) {
        configuration.setLocalCertificate(clientCertificate);
        configuration.setPrivateKey(clientKey);
        if (!clientChain.isEmpty())
            configuration.setLocalCertificateChain(QList<QSslCertificate>{clientCertificate} + clientChain);
    }
    return configuration;
}

bool ConnectionSettings::sameIdentityAs(const ConnectionSettings &other) const
{
    return environment == other.environment && baseUrl == other.baseUrl && tokenUrl == other.tokenUrl &&
           clientCertificate == other.clientCertificate && clientKey == other.clientKey &&
           extraCaCertificates == other.extraCaCertificates && accessToken == other.accessToken &&
           consumerKey == other.consumerKey && consumerSecret == other.consumerSecret;
}

} // namespace avfall
