#include "core/messagelog.h"
#include "core/settings.h"
#include "models/valuelistcache.h"
#include "secrets/connectionstore.h"
#include "services/supportbundle.h"
#include "services/ziparchive.h"
#include "store/notestore.h"
#include "tests/secrets/fakesecretbackend.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;

// The support bundle: which files the zip holds, what its summary says (certificate, token expiry,
// the attempts with their ids, value lists, store) and that nothing secret or private is in it.
class TestSupportBundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void zipHoldsTheSummaryAndTheLog();
    void summaryNamesTheFacts();
    void attemptsAreTheNewestWithTheirIds();
    void nothingSecretOrPrivateIsInside();
    void aNewProfileGivesABundleToo();
    void unwritableFolderIsReported();

private:
    QJsonObject summaryFile() const;
    QByteArray entry(const QString &name) const;

    test::TestProfile m_profile;
    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionStore> m_connections;
    QTemporaryDir m_out;
    QString m_zip;
    QList<ZipEntry> m_entries;
    TlsIdentity m_identity;
    QString m_token;
    QString m_password;
    QByteArray m_keyPem;
    QStringList m_traceIds;    // newest first
    QStringList m_trackingIds; // of the same attempts
    QDateTime m_listFetchedAt;
};

namespace {
QString jwtExpiringAt(const QDateTime &expiry)
{
    const QByteArray payload =
        "{\"sub\":\"verkstaden\",\"exp\":" + QByteArray::number(expiry.toSecsSinceEpoch()) + '}';
    return QStringLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.") +
           QString::fromLatin1(
               payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
           QStringLiteral(".c2lnbmF0dXJlLXNvbS1pbnRlLWtvbnRyb2xsZXJhcw");
}
} // namespace

void TestSupportBundle::initTestCase()
{
    const Profile &profile = m_profile.profile();
    QVERIFY(profile.ensureDirectories());
    m_pki = std::make_unique<test::TestPki>();
    m_secrets = std::make_unique<SecretStore>(
        profile,
        std::make_unique<test::FakeSecretBackend>(std::make_shared<test::FakeSecretBackend::State>()));
    m_connections = std::make_unique<ConnectionStore>(profile, m_secrets.get());

    // A certificate for Test, a pasted token for Produktion, key and secret for Egen adress.
    // Valid since long ago: TestPki::client makes certificates of 30 days only.
    pki::CertificateRequest request;
    request.commonName = QStringLiteral("Verkstaden AB");
    request.organisation = QStringLiteral("Verkstaden AB");
    request.organisationNumber = pki::sandboxOrganisationNumber();
    request.clientAuth = true;
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-300);
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(200);
    const pki::KeyPair pair = pki::createCertificate(request, &m_pki->ca());
    m_keyPem = pair.privateKeyPem;
    m_password = QStringLiteral("Lösenordet-9f3Kq7");
    const QString p12 = m_out.filePath(QStringLiteral("verkstaden.p12"));
    {
        QFile file(p12);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pki::exportPkcs12(pair, m_password.toUtf8(), QStringLiteral("Verkstaden")));
    }
    const IdentityResult imported =
        m_connections->identities()->importPkcs12Blocking(Environment::Test, p12, m_password.toUtf8());
    QVERIFY2(imported.ok(), qPrintable(imported.message));
    m_identity = imported.identity;
    m_token = jwtExpiringAt(QDateTime::currentDateTimeUtc().addDays(20).addSecs(3600));
    bool stored = false;
    m_connections->storeAccessToken(Environment::Production, m_token, [&](bool ok, const QString &error) {
        QVERIFY2(ok, qPrintable(error));
        stored = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    stored = false;
    m_connections->storeKeyAndSecret(Environment::Custom, QStringLiteral("nyckel-1"),
                                     QStringLiteral("hemligheten-Xy12"), [&](bool ok, const QString &error) {
                                         QVERIFY2(ok, qPrintable(error));
                                         stored = true;
                                     });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
    {
        Settings settings(profile);
        settings.setEnvironment(Environment::Test);
        Company company;
        company.organisationNumber = QStringLiteral("5560000167");
        company.name = QStringLiteral("Verkstaden AB");
        settings.setOwnCompany(company);
        settings.sync();
    }

    // Attempts: accepted, rejected with error codes, unavailable – each with its traceId.
    std::unique_ptr<NoteStore> notes = NoteStore::open(profile.databaseFile());
    QVERIFY(notes);
    const struct
    {
        NoteState state;
        const char *outcome;
        int status;
        QJsonObject errors;
    } answers[] = {
        {NoteState::Sent, "accepted", 201, {}},
        {NoteState::Rejected, "rejected", 400,
         QJsonObject{
             {QStringLiteral("errors"),
              QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("BTFA-1042")},
                                     {QStringLiteral("message"), QStringLiteral("Order 2026-114 fel")}},
                         QJsonObject{{QStringLiteral("code"), 17}}}}}},
        {NoteState::Queued, "unavailable", 503, {}},
    };
    int i = 0;
    for (const auto &answer : answers) {
        const qint64 id = notes->enqueue(NoteKind(i), Environment::Test, test::samples::note(NoteKind(i)));
        QVERIFY(id > 0);
        const auto claim = notes->claimNext(QDateTime::currentDateTimeUtc(), Environment::Test);
        QVERIFY(claim && claim->note.id == id);
        QVERIFY(notes->markWritten(claim->attemptId));
        AttemptResult result;
        result.newState = answer.state;
        result.outcome = QString::fromLatin1(answer.outcome);
        result.httpStatus = answer.status;
        result.errors = answer.errors;
        result.traceId = QStringLiteral("00-%1-01").arg(QString::number(1000 + i).repeated(8));
        result.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        if (answer.state == NoteState::Sent)
            result.avfallId = QStringLiteral("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        QVERIFY(notes->recordResult(id, claim->attemptId, result));
        m_traceIds.prepend(result.traceId);
        m_trackingIds.prepend(claim->note.trackingId);
        ++i;
    }
    QVERIFY(notes->saveDraft(NoteKind::Handel, Environment::Test, test::samples::note(NoteKind::Handel)) > 0);

    // One value list fetched for Test.
    {
        ValueListCache cache(profile.cacheDirectory() + QStringLiteral("/test"));
        m_listFetchedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        cache.setClock([this] { return m_listFetchedAt; });
        const QByteArray bundled = cache.json(QStringLiteral("transportsatt"));
        cache.setFetcher(
            [bundled](const QString &, ValueListFetchDone done) { done(true, bundled, QString()); });
        cache.refreshLists({QStringLiteral("transportsatt")});
        QTRY_VERIFY(cache.isCached(QStringLiteral("transportsatt")));
    }

    // The log: this run's lines, and an older file from before the filter, with a token in it.
    QVERIFY(messagelog::install(profile, QStringLiteral("tst_supportbundle")));
    qCInfo(lcAvfallEvents, "environment test: connection ready");
    qWarning("a library said: Authorization: Bearer %s", qPrintable(m_token));
    messagelog::uninstall();
    {
        QFile old(messagelog::logFile(profile) + QStringLiteral(".1"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("2026-12-01T08:00:00.000Z INFO  token " + m_token.toUtf8() + "\n");
    }

    QString error;
    m_zip =
        SupportBundle(profile, m_connections.get()).writeInto(m_out.filePath(QStringLiteral("ut")), &error);
    QVERIFY2(!m_zip.isEmpty(), qPrintable(error));
    const auto entries = readZip(m_zip, &error);
    QVERIFY2(entries, qPrintable(error));
    m_entries = *entries;
}

QJsonObject TestSupportBundle::summaryFile() const
{
    return QJsonDocument::fromJson(entry(QStringLiteral("sammanfattning.json"))).object();
}

QByteArray TestSupportBundle::entry(const QString &name) const
{
    for (const ZipEntry &each : m_entries)
        if (each.name == name)
            return each.data;
    return {};
}

void TestSupportBundle::zipHoldsTheSummaryAndTheLog()
{
    QVERIFY(m_zip.startsWith(m_out.filePath(QStringLiteral("ut/avfallsrapport-supportpaket-"))));
    QVERIFY(m_zip.endsWith(QStringLiteral(".zip")));
    QStringList names;
    for (const ZipEntry &each : m_entries)
        names << each.name;
    QCOMPARE(names, (QStringList{QStringLiteral("sammanfattning.txt"), QStringLiteral("sammanfattning.json"),
                                 QStringLiteral("logg/avfallsrapport.log"),
                                 QStringLiteral("logg/avfallsrapport.log.1")}));
    QVERIFY(entry(QStringLiteral("logg/avfallsrapport.log")).contains("environment test: connection ready"));
    QVERIFY(entry(QStringLiteral("logg/avfallsrapport.log")).contains("Authorization: ***"));
    QCOMPARE(QFile::permissions(m_zip) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestSupportBundle::summaryNamesTheFacts()
{
    const QJsonObject summary = summaryFile();
    QCOMPARE(summary.value(QLatin1String("format")).toInt(), SupportBundle::kFormatVersion);
    QCOMPARE(summary.value(QLatin1String("app")).toObject().value(QLatin1String("version")).toString(),
             QStringLiteral(AVFALL_VERSION));
    QVERIFY(!summary.value(QLatin1String("os")).toObject().value(QLatin1String("name")).toString().isEmpty());
    QCOMPARE(
        summary.value(QLatin1String("profile")).toObject().value(QLatin1String("environment")).toString(),
        QStringLiteral("test"));
    QCOMPARE(
        summary.value(QLatin1String("settings")).toObject().value(QLatin1String("company/name")).toString(),
        QStringLiteral("Verkstaden AB"));

    const QJsonObject certificate =
        summary.value(QLatin1String("certificates")).toObject().value(QLatin1String("test")).toObject();
    QCOMPARE(certificate.value(QLatin1String("subject")).toString(), m_identity.subject());
    QCOMPARE(certificate.value(QLatin1String("sha256Fingerprint")).toString(),
             m_identity.sha256Fingerprint());
    QCOMPARE(certificate.value(QLatin1String("serialNumber")).toString(),
             QString::fromLatin1(m_identity.certificate.serialNumber()));
    QCOMPARE(certificate.value(QLatin1String("validTo")).toString(),
             m_identity.validTo().toUTC().toString(Qt::ISODate));
    QCOMPARE(certificate.value(QLatin1String("daysLeft")).toInt(), 199);
    QCOMPARE(certificate.value(QLatin1String("organisationNumber")).toString(),
             pki::sandboxOrganisationNumber());

    const QJsonObject tokens = summary.value(QLatin1String("accessTokens")).toObject();
    QCOMPARE(tokens.value(QLatin1String("production")).toObject().value(QLatin1String("mode")).toString(),
             QStringLiteral("token"));
    QCOMPARE(tokens.value(QLatin1String("production")).toObject().value(QLatin1String("daysLeft")).toInt(),
             20);
    QCOMPARE(tokens.value(QLatin1String("custom")).toObject().value(QLatin1String("mode")).toString(),
             QStringLiteral("keySecret"));

    const QJsonObject store = summary.value(QLatin1String("store")).toObject();
    QCOMPARE(store.value(QLatin1String("schemaVersion")).toInt(), NoteStore::kSchemaVersion);
    const QJsonObject counts = store.value(QLatin1String("notesPerState")).toObject();
    QCOMPARE(counts.value(QLatin1String("sent")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("rejected")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("queued")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("draft")).toInt(), 1);

    const QJsonObject lists =
        summary.value(QLatin1String("valueLists")).toObject().value(QLatin1String("test")).toObject();
    QCOMPARE(lists.value(QLatin1String("transportsatt")).toString(), QStringLiteral("2026-12-01T09:30:00Z"));
    QVERIFY(lists.value(QLatin1String("avfallstyper")).isNull());

    QCOMPARE(
        summary.value(QLatin1String("logFiles")).toArray(),
        (QJsonArray{QStringLiteral("logg/avfallsrapport.log"), QStringLiteral("logg/avfallsrapport.log.1")}));

    // The Swedish text says the same for a person.
    const QString text = QString::fromUtf8(entry(QStringLiteral("sammanfattning.txt")));
    QVERIFY(text.contains(QStringLiteral("Version: " AVFALL_VERSION)));
    QVERIFY(text.contains(QStringLiteral("SHA-256: ") + m_identity.sha256Fingerprint()));
    QVERIFY(text.contains(QStringLiteral("Schemaversion: %1").arg(NoteStore::kSchemaVersion)));
    QVERIFY(text.contains(QStringLiteral("transportsatt: 2026-12-01T09:30:00Z")));
    for (const QString &traceId : std::as_const(m_traceIds))
        QVERIFY2(text.contains(traceId), qPrintable(traceId));
}

void TestSupportBundle::attemptsAreTheNewestWithTheirIds()
{
    const QJsonArray attempts = summaryFile().value(QLatin1String("attempts")).toArray();
    QCOMPARE(attempts.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject attempt = attempts.at(i).toObject();
        QCOMPARE(attempt.value(QLatin1String("traceId")).toString(), m_traceIds.at(i));
        QCOMPARE(attempt.value(QLatin1String("trackingId")).toString(), m_trackingIds.at(i));
        QCOMPARE(attempt.value(QLatin1String("environment")).toString(), QStringLiteral("test"));
    }
    const QJsonObject rejected = attempts.at(1).toObject();
    QCOMPARE(rejected.value(QLatin1String("httpStatus")).toInt(), 400);
    QCOMPARE(rejected.value(QLatin1String("outcome")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.value(QLatin1String("errorCodes")).toArray(),
             (QJsonArray{QStringLiteral("BTFA-1042"), QStringLiteral("17")}));
    QCOMPARE(attempts.at(2).toObject().value(QLatin1String("httpStatus")).toInt(), 201);
    QCOMPARE(attempts.at(2).toObject().value(QLatin1String("noteType")).toString(),
             noteType(NoteKind(0)).resource);
}

void TestSupportBundle::nothingSecretOrPrivateIsInside()
{
    QStringList needles{m_token, m_password, QStringLiteral("hemligheten-Xy12"),
                        // the payloads and the register's message texts stay out too
                        QStringLiteral("Order 2026-114")};
    for (const QByteArray &line : m_keyPem.split('\n'))
        if (!line.isEmpty() && !line.startsWith("-----"))
            needles << QString::fromLatin1(line);
    QVERIFY(needles.size() > 5);
    for (const ZipEntry &each : std::as_const(m_entries))
        for (const QString &needle : std::as_const(needles))
            QVERIFY2(!each.data.contains(needle.toUtf8()),
                     qPrintable(QString(each.name + QStringLiteral(": ") + needle.left(12))));
}

void TestSupportBundle::aNewProfileGivesABundleToo()
{
    test::TestProfile fresh;
    QString error;
    const QString zip =
        SupportBundle(fresh.profile(), nullptr).writeInto(m_out.filePath(QStringLiteral("ny")), &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    const auto entries = readZip(zip, &error);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2); // no log yet
    const QJsonObject summary = QJsonDocument::fromJson(entries->at(1).data).object();
    QCOMPARE(summary.value(QLatin1String("store")).toObject().value(QLatin1String("exists")).toBool(), false);
    QVERIFY(summary.value(QLatin1String("attempts")).toArray().isEmpty());
    QVERIFY(!QFile::exists(fresh.profile().databaseFile())); // looked at, not created
}

void TestSupportBundle::unwritableFolderIsReported()
{
    const QString blocker = m_out.filePath(QStringLiteral("en-fil"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString error;
    QVERIFY(SupportBundle(m_profile.profile(), nullptr)
                .writeInto(blocker + QStringLiteral("/under"), &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("Kan inte skapa")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
