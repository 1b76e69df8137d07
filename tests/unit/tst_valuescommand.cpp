#include "models/valuelistcache.h"
#include "tests/support/testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// `avfall values` run as a process against a throwaway profile: output and exit codes.
class TestValuesCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void overviewOfBundledLists();
    void overviewAfterFetch();
    void entries_data();
    void entries();
    void json();
    void usageErrors_data();
    void usageErrors();
    void refreshFailsClearly();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    void fetchTransportModes(const QDateTime &at) const;

    std::unique_ptr<avfall::test::TestProfile> m_profile;
};

void TestValuesCommand::init()
{
    m_profile = std::make_unique<avfall::test::TestProfile>();
}

TestValuesCommand::Result TestValuesCommand::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(avfall::test::binaryDirectory() + QStringLiteral("/avfall"),
                  QStringList{QStringLiteral("--profile"), m_profile->path(), QStringLiteral("values")} +
                      arguments);
    if (!process.waitForFinished(30000))
        return {-1, QString(), process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestValuesCommand::fetchTransportModes(const QDateTime &at) const
{
    // The profile's cache for the default environment, the sandbox.
    avfall::ValueListCache cache(m_profile->profile().cacheDirectory() + QStringLiteral("/sandbox"));
    cache.setClock([at] { return at; });
    cache.setFetcher([](const QString &, avfall::ValueListFetchDone done) {
        // Three of the bundled six: told apart from the bundled list, not so short that it is refused.
        done(true,
             QByteArray(R"([{"transportsatt":"R","beskrivning":"Vägtransport"},)"
                        R"({"transportsatt":"T","beskrivning":"Järnvägstransport"},)"
                        R"({"transportsatt":"S","beskrivning":"Sjötransport"}])"),
             QString());
    });
    cache.refreshLists({QStringLiteral("transportsatt")});
    QVERIFY(cache.isCached(QStringLiteral("transportsatt")));
}

void TestValuesCommand::overviewOfBundledLists()
{
    const Result result = run({});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(lines.at(i).startsWith(avfall::ValueListCache::listNames().at(i) + u' '));
        QVERIFY(lines.at(i).endsWith(QStringLiteral("inbyggd lista")));
    }
}

void TestValuesCommand::overviewAfterFetch()
{
    const QDateTime fetched = QDateTime::currentDateTime().addSecs(-3600);
    fetchTransportModes(fetched);
    Result result = run({});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("transportsatt               hämtad ") +
                                 fetched.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u'\n'),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("avfallstyper                inbyggd lista")));
    result = run({QStringLiteral("transportsatt")});
    QCOMPARE(result.out, QStringLiteral("R  Vägtransport\nT  Järnvägstransport\nS  Sjötransport\n"));

    fetchTransportModes(QDateTime::currentDateTime().addDays(-2));
    QVERIFY(run({}).out.contains(QStringLiteral("(äldre än ett dygn)")));
}

void TestValuesCommand::entries_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("absent");
    QTest::newRow("waste codes 2020")
        << QStringList{QStringLiteral("avfallstyper"), QStringLiteral("--date"), QStringLiteral("2026-06-01")}
        << QStringLiteral("16 06 01*  Blybatterier\n")
        << QStringLiteral("Batterier och ackumulatorer\n"); // a subchapter
    QTest::newRow("waste codes 2027")
        << QStringList{QStringLiteral("avfallstyper"), QStringLiteral("--date"), QStringLiteral("2027-01-01")}
        << QStringLiteral("16 06 04*  Förbrukade alkaliska") << QStringLiteral("16 06 05 ");
    QTest::newRow("harmless without star")
        << QStringList{QStringLiteral("avfallstyper"), QStringLiteral("--date"), QStringLiteral("2026-06-01")}
        << QStringLiteral("16 06 04   Alkaliska batterier") << QString();
    QTest::newRow("methods") << QStringList{QStringLiteral("behandlingsmetoder")}
                             << QStringLiteral("R3   Materialåtervinning") << QString();
    QTest::newRow("subcodes") << QStringList{QStringLiteral("behandlingsmetoder")}
                              << QStringLiteral("     A  Konventionell materialåtervinning\n") << QString();
    QTest::newRow("result types") << QStringList{QStringLiteral("atervinningsresultattyper")}
                                  << QStringLiteral("01  Regenererad basolja – grupp I (ej bekräftad)\n")
                                  << QString();
    QTest::newRow("transport") << QStringList{QStringLiteral("transportsatt")}
                               << QStringLiteral("P  Rörledning\n") << QString();
    QTest::newRow("note types") << QStringList{QStringLiteral("anteckningstyper")}
                                << QStringLiteral("8  Behandlingsöverlämning\n") << QString();
}

void TestValuesCommand::entries()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, line);
    QFETCH(QString, absent);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(line), qPrintable(result.out.left(2000)));
    if (!absent.isEmpty())
        QVERIFY(!result.out.contains(absent));
}

void TestValuesCommand::json()
{
    Result result = run({QStringLiteral("transportsatt"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 6);

    result = run({QStringLiteral("avfallstyper"), QStringLiteral("--json"), QStringLiteral("--date"),
                  QStringLiteral("2026-01-01")});
    QCOMPARE(
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QLatin1String("giltigTill")).toString(),
        QStringLiteral("2026-12-08"));

    fetchTransportModes(QDateTime::currentDateTime());
    result = run({QStringLiteral("transportsatt"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 3); // as cached

    result = run({QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray overview = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(overview.size(), 5);
    QCOMPARE(overview.at(0).toObject().value(QLatin1String("kalla")).toString(), QStringLiteral("inbyggd"));
    QCOMPARE(overview.at(3).toObject().value(QLatin1String("lista")).toString(),
             QStringLiteral("transportsatt"));
    QCOMPARE(overview.at(3).toObject().value(QLatin1String("kalla")).toString(), QStringLiteral("registret"));
}

void TestValuesCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown list") << QStringList{QStringLiteral("kommuner")}
                                  << QStringLiteral("okänd lista 'kommuner'");
    QTest::newRow("two lists") << QStringList{QStringLiteral("avfallstyper"), QStringLiteral("transportsatt")}
                               << QStringLiteral("högst en lista");
    QTest::newRow("bad date") << QStringList{QStringLiteral("avfallstyper"), QStringLiteral("--date"),
                                             QStringLiteral("2026-02-30")}
                              << QStringLiteral("ogiltigt datum");
}

void TestValuesCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestValuesCommand::refreshFailsClearly()
{
    // Test without a certificate: nothing to fetch with, a clear Swedish message and exit code 1.
    Result result = run({QStringLiteral("--refresh"), QStringLiteral("--env"), QStringLiteral("test")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("klientcertifikat")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // The built-in sandbox needs nothing: the lists are fetched over mutual TLS.
    result = run({QStringLiteral("--refresh"), QStringLiteral("transportsatt")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("hämtades")), qPrintable(result.out));
    result = run({});
    QVERIFY2(result.out.contains(QStringLiteral("transportsatt")) &&
                 result.out.contains(QStringLiteral("hämtad")),
             qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestValuesCommand)
#include "tst_valuescommand.moc"
