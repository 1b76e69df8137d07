#pragma once

#include "core/environment.h"
#include "core/notetype.h"
#include "core/profile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSettings>
#include <QVariant>

#include <memory>

namespace avfall {

// A company as the user keeps it: the own company, or one the user reports for as ombud.
struct Company
{
    QString organisationNumber; // 10 digits, as sent to the register
    QString name;
    QString contactPerson;
    QString email;
    QString phone;
    QString cfar; // CFAR number of the site (8 digits), may be empty

    bool isEmpty() const { return organisationNumber.isEmpty() && name.isEmpty(); }
    QJsonObject toJson() const;
    static Company fromJson(const QJsonObject &object);
    bool operator==(const Company &other) const = default;
};

// How the app gets its bearer token in an environment: a token the user pasted, or a consumer key
// and secret with which it fetches (and renews) tokens itself.
enum class AccessMode
{
    KeyAndSecret,
    Token,
};

// The one typed access to the profile's settings. Keys and defaults live in one table
// (settings.cpp); a schema version is migrated on open. No secret ever goes in here: tokens,
// keys and passwords live in the OS keychain (secrets/secretstore.h).
class Settings
{
public:
    enum class Key
    {
        SchemaVersion,
        Environment,
        CustomBaseUrl,
        CustomTokenUrl,
        CustomCaFile, // PEM file with CA certificates trusted for Egen adress, besides the system's
        Language,
        MainWindowGeometry,
        MainWindowState,
        FirstStartDone,
        // The imported certificate of each environment: a file name in Profile::certificateDirectory().
        // Sandlåda uses its own practice certificate and has none.
        CertificateFileTest,
        CertificateFileProduction,
        CertificateFileCustom,
        AccessModeTest, // "keySecret" or "token"
        AccessModeProduction,
        AccessModeCustom,
        // The own company (verksamhetsutövare) filled into new notes.
        CompanyOrganisationNumber,
        CompanyName,
        CompanyContactPerson,
        CompanyEmail,
        CompanyPhone,
        CompanyCfar,
        AgentCompanies,    // JSON array of Company: the companies the user reports for as ombud
        SavedParties,      // JSON array of {"namn", "identitet"}: parties the user picks often
        SavedPlaces,       // JSON array of {"namn", "plats": {a place as the register expects it}}
        ReportedNoteTypes, // JSON array of resources ("transporter"): the note types the business reports
        PassedTestRuns,    // JSON array of {"organisationsnummer", "datum"}: the last passed run in Test
    };

    // 1: the first release. 2: per-environment keys under "environments/<key>/…" (the custom URLs
    // moved there from "connection/"), language as "sv"/"en" only.
    static constexpr int kCurrentSchemaVersion = 2;

    explicit Settings(const Profile &profile);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void remove(Key key);
    bool contains(Key key) const;
    void sync();

    // The name of the key in the file ("connection/environment"), for tests and diagnostics.
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    avfall::Environment environment() const;
    void setEnvironment(avfall::Environment environment);
    QString language() const; // "sv" or "en"
    void setLanguage(const QString &language);
    bool firstStartDone() const;
    void setFirstStartDone(bool done);

    // Egen adress.
    QUrl customBaseUrl() const;
    QUrl customTokenUrl() const;
    void setCustomUrls(const QUrl &baseUrl, const QUrl &tokenUrl);

    // The file name of the environment's imported certificate (empty: none; always for Sandlåda).
    QString certificateFile(avfall::Environment environment) const;
    void setCertificateFile(avfall::Environment environment, const QString &fileName);
    AccessMode accessMode(avfall::Environment environment) const;
    void setAccessMode(avfall::Environment environment, AccessMode mode);

    Company ownCompany() const;
    void setOwnCompany(const Company &company);
    QList<Company> agentCompanies() const;
    void setAgentCompanies(const QList<Company> &companies);
    QJsonArray savedParties() const;
    void setSavedParties(const QJsonArray &parties);
    QJsonArray savedPlaces() const;
    void setSavedPlaces(const QJsonArray &places);

    // The note types of the business's roles (Verksamhet); empty: not chosen yet.
    QList<NoteKind> reportedNoteKinds() const;
    void setReportedNoteKinds(const QList<NoteKind> &kinds);
    // When the test run against Naturvårdsverket's Test last passed for an organisation number
    // (invalid: never). Only runs in Test count; the sandbox proves nothing to the register.
    QDateTime lastPassedTestRun(const QString &organisationNumber) const;
    void setLastPassedTestRun(const QString &organisationNumber, const QDateTime &when);

    QString fileName() const;

private:
    void migrate();
    QJsonArray jsonArray(Key key) const;
    void setJsonArray(Key key, const QJsonArray &array);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace avfall
