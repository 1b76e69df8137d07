#pragma once

#include "core/profile.h"
#include "services/ziparchive.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace avfall {

class ConnectionStore;

// "Spara supportpaket": one zip that lets support see what happened without asking the user for
// anything secret. It holds sammanfattning.txt (Swedish, to read), sammanfattning.json (the same
// for tools) and the profile's log under logg/. The summary: app version, OS, the environment of
// the process, the settings, each imported certificate's subject, serial, validity and SHA-256
// fingerprint, each pasted token's expiry, the last attempts with trackingId, traceId, HTTP status,
// outcome and error codes, the value lists' fetch dates, the store's schema version and notes per
// state. Never a payload, a token, a key, a secret or a password: everything taken from the
// keychain is reduced to dates and fingerprints here, and every text goes through redactSecrets.
class SupportBundle
{
public:
    static constexpr int kAttempts = 50;
    static constexpr int kFormatVersion = 1;

    // connections gives the certificates and the keychain; nullptr leaves both out.
    SupportBundle(const Profile &profile, ConnectionStore *connections);

    // Collects the summary (reads the keychain, blocking) at `now`.
    QJsonObject collect(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The files of the bundle for a collected summary.
    QList<ZipEntry> entries(const QJsonObject &summary) const;
    // Writes the bundle to file (replacing it). False with a Swedish message on failure.
    bool writeFile(const QString &file, QString *error) const;
    // Writes the bundle into directory under defaultFileName(); the path written, empty on failure.
    QString writeInto(const QString &directory, QString *error) const;

    // "avfallsrapport-supportpaket-20261206-081502.zip"
    static QString defaultFileName(const QDateTime &at = QDateTime::currentDateTime());
    // sammanfattning.txt from a collected summary.
    static QString summaryText(const QJsonObject &summary);

private:
    QJsonObject certificates(const QDateTime &now) const;
    QJsonObject accessTokens(const QDateTime &now) const;
    QJsonObject store() const;
    QJsonObject valueLists() const;

    Profile m_profile;
    ConnectionStore *m_connections;
};

} // namespace avfall
