#include "tests/support/testpki.h"

#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QSslKey>

namespace avfall::test {

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
}

pki::CertificateRequest clientRequest(const QString &organisationNumber)
{
    pki::CertificateRequest request;
    request.commonName = QStringLiteral("Testföretag ") + organisationNumber;
    request.organisation = request.commonName;
    request.organisationNumber = organisationNumber;
    request.clientAuth = true;
    return request;
}
} // namespace

TestPki::TestPki(const QStringList &serverNames)
{
    pki::CertificateRequest caRequest;
    caRequest.commonName = QStringLiteral("Avfallsrapport test-CA");
    caRequest.organisation = QStringLiteral("Avfallsrapport");
    caRequest.isCa = true;
    m_ca = pki::createCertificate(caRequest);

    pki::CertificateRequest serverRequest;
    serverRequest.commonName = serverNames.value(0);
    serverRequest.dnsNames = serverNames;
    if (serverNames.contains(QStringLiteral("localhost")))
        serverRequest.ipAddresses = {QStringLiteral("127.0.0.1")};
    serverRequest.serverAuth = true;
    const pki::KeyPair server = pki::createCertificate(serverRequest, &m_ca);

    const pki::KeyPair own = client(pki::sandboxOrganisationNumber());
    m_sandboxPki.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    m_sandboxPki.serverCertificateFile = m_dir.filePath(QStringLiteral("server.pem"));
    m_sandboxPki.serverKeyFile = m_dir.filePath(QStringLiteral("server.key"));
    m_sandboxPki.clientPkcs12File = m_dir.filePath(QStringLiteral("client.p12"));
    m_sandboxPki.clientPassword = QByteArrayLiteral("test-lösen");
    m_sandboxPki.organisationNumber = pki::sandboxOrganisationNumber();
    writeFile(m_sandboxPki.caFile, m_ca.certificatePem);
    writeFile(m_sandboxPki.serverCertificateFile, server.certificatePem);
    writeFile(m_sandboxPki.serverKeyFile, server.privateKeyPem);
    writeFile(m_sandboxPki.clientPkcs12File,
              pki::exportPkcs12(own, m_sandboxPki.clientPassword, QStringLiteral("test")));
}

pki::KeyPair TestPki::client(const QString &organisationNumber, const QDateTime &notAfter,
                             bool clientAuth) const
{
    pki::CertificateRequest request = clientRequest(organisationNumber);
    request.clientAuth = clientAuth;
    request.serverAuth = !clientAuth;
    if (notAfter.isValid()) {
        request.notBefore = notAfter.addDays(-30);
        request.notAfter = notAfter;
    }
    return pki::createCertificate(request, &m_ca);
}

pki::KeyPair TestPki::foreignClient(const QString &organisationNumber)
{
    pki::CertificateRequest caRequest;
    caRequest.commonName = QStringLiteral("Okänd CA");
    caRequest.isCa = true;
    const pki::KeyPair otherCa = pki::createCertificate(caRequest);
    return pki::createCertificate(clientRequest(organisationNumber), &otherCa);
}

ConnectionSettings TestPki::settings(const QUrl &baseUrl, const QUrl &tokenUrl,
                                     const pki::KeyPair &identity) const
{
    ConnectionSettings settings;
    settings.environment = Environment::Sandbox;
    settings.baseUrl = baseUrl;
    settings.tokenUrl = tokenUrl;
    if (!identity.isNull()) {
        settings.clientCertificate = QSslCertificate(identity.certificatePem);
        settings.clientKey = QSslKey(identity.privateKeyPem, QSsl::Ec);
    }
    settings.extraCaCertificates = QSslCertificate::fromData(m_ca.certificatePem);
    settings.consumerKey = SandboxServer::consumerKey();
    settings.consumerSecret = SandboxServer::consumerSecret();
    settings.timeoutMs = 10000;
    return settings;
}

} // namespace avfall::test
