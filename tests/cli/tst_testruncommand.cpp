#include "core/settings.h"
#include "tests/cli/clirunner.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace avfall;
using namespace avfall::test;

// `avfall testrun` as a process: the whole run against the sandbox over real mutual TLS, its JSON,
// its PDF and its exit codes.
class TestTestRunCommand : public QObject
{
    Q_OBJECT

private slots:
    void passesAgainstTheBuiltInSandbox_data();
    void passesAgainstTheBuiltInSandbox();
    void textOutputNamesEveryCase();
    void writesThePdf();
    void failingGatewayGivesExitCodeSix();
    void usageErrors_data();
    void usageErrors();
};

namespace {
CliResult runAvfall(const QStringList &arguments)
{
    return CliRunner().timeout(150000).run(arguments);
}
} // namespace

void TestTestRunCommand::passesAgainstTheBuiltInSandbox_data()
{
    QTest::addColumn<QString>("types");
    QTest::addColumn<QStringList>("noteCases");
    QTest::newRow("handel") << QStringLiteral("handel") << QStringList{QStringLiteral("A-handel")};
    QTest::newRow("transport och behandlingsresultat")
        << QStringLiteral("Transport,behandlingsresultat")
        << QStringList{QStringLiteral("A-transporter"), QStringLiteral("A-behandlingsresultat")};
}

void TestTestRunCommand::passesAgainstTheBuiltInSandbox()
{
    QFETCH(QString, types);
    QFETCH(QStringList, noteCases);
    TestProfile profile;
    const CliResult result = runAvfall(
        {QStringLiteral("--profile"), profile.path(), QStringLiteral("testrun"), QStringLiteral("--env"),
         QStringLiteral("sandbox"), QStringLiteral("--json"), QStringLiteral("--types"), types});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("miljo")).toString(), QStringLiteral("sandbox"));
    QVERIFY(report.value(QStringLiteral("miljoText")).toString().startsWith(QStringLiteral("Sandlåda")));
    QVERIFY(report.value(QStringLiteral("godkand")).toBool());
    QCOMPARE(report.value(QStringLiteral("organisationsnummer")).toString(), QStringLiteral("5560000167"));
    QStringList ids;
    for (const QJsonValue &value : report.value(QStringLiteral("fall")).toArray()) {
        ids << value.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(value.toObject().value(QStringLiteral("resultat")).toString(), QStringLiteral("godkant"));
    }
    for (const QString &id : noteCases)
        QVERIFY2(ids.contains(id), qPrintable(ids.join(u' ')));
    QVERIFY(ids.contains(QStringLiteral("N-1111")));
    QVERIFY(ids.contains(QStringLiteral("C-1")));
    QCOMPARE(ids.size(), 5 + noteCases.size() + 1 + 4 + 3);
    QVERIFY(!result.out.contains(QStringLiteral("sandlada-hemlighet")));
    // A run in the sandbox proves nothing to the register: nothing is remembered for production.
    QVERIFY(!Settings(profile.profile()).lastPassedTestRun(QStringLiteral("5560000167")).isValid());
}

void TestTestRunCommand::textOutputNamesEveryCase()
{
    TestProfile profile;
    const CliResult result = runAvfall({QStringLiteral("--profile"), profile.path(), QStringLiteral("--env"),
                                        QStringLiteral("sandbox"), QStringLiteral("testrun"),
                                        QStringLiteral("--types"), QStringLiteral("insamlingar")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5 + 1 + 1 + 4 + 3 + 1);
    QVERIFY2(lines.at(5).startsWith(QStringLiteral("A-insamlingar")), qPrintable(lines.at(5)));
    QVERIFY(lines.at(5).contains(QStringLiteral("Godkänd")));
    QVERIFY2(lines.last().startsWith(QStringLiteral("Godkänd: 14 fall mot Sandlåda")),
             qPrintable(lines.last()));
}

void TestTestRunCommand::writesThePdf()
{
    TestProfile profile;
    const QString pdf = profile.path() + QStringLiteral("/testkorning.pdf");
    const CliResult result =
        runAvfall({QStringLiteral("--profile"), profile.path(), QStringLiteral("testrun"),
                   QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--types"),
                   QStringLiteral("handel"), QStringLiteral("--pdf"), pdf});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
}

void TestTestRunCommand::failingGatewayGivesExitCodeSix()
{
    // A register whose gateway answers every write with 503: value lists pass, notes fail.
    TestProfile profile;
    SandboxProcess sandbox;
    QVERIFY(sandbox.start(
        profile.path() + QStringLiteral("/sandbox-profile"),
        {QStringLiteral("--faults"), QStringLiteral("503-maintenance"), QStringLiteral("--faults-repeat")}));
    const auto writeFile = [&](const QString &name, const QString &text) {
        QFile file(profile.path() + QLatin1Char('/') + name);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return file.fileName();
    };
    const CliResult result = runAvfall({QStringLiteral("--profile"),
                                        profile.path(),
                                        QStringLiteral("testrun"),
                                        QStringLiteral("--json"),
                                        QStringLiteral("--types"),
                                        QStringLiteral("handel"),
                                        QStringLiteral("--env"),
                                        QStringLiteral("custom"),
                                        QStringLiteral("--base-url"),
                                        sandbox.baseUrl,
                                        QStringLiteral("--token-url"),
                                        sandbox.tokenUrl,
                                        QStringLiteral("--ca-file"),
                                        sandbox.caFile,
                                        QStringLiteral("--client-cert"),
                                        sandbox.clientFile,
                                        QStringLiteral("--client-cert-password-file"),
                                        writeFile(QStringLiteral("password"), sandbox.password),
                                        QStringLiteral("--key-secret-file"),
                                        writeFile(QStringLiteral("keysecret"), sandbox.keySecret)});
    QCOMPARE(result.exitCode, 6);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY2(!report.isEmpty(), qPrintable(result.err));
    QVERIFY(!report.value(QStringLiteral("godkand")).toBool());
    QCOMPARE(report.value(QStringLiteral("miljo")).toString(), QStringLiteral("custom"));
    QHash<QString, QString> verdicts;
    for (const QJsonValue &value : report.value(QStringLiteral("fall")).toArray())
        verdicts.insert(value.toObject().value(QStringLiteral("id")).toString(),
                        value.toObject().value(QStringLiteral("resultat")).toString());
    QCOMPARE(verdicts.value(QStringLiteral("V-transportsatt")), QStringLiteral("godkant"));
    QCOMPARE(verdicts.value(QStringLiteral("A-handel")), QStringLiteral("underkant"));
    QCOMPARE(verdicts.value(QStringLiteral("M-FelVU")), QStringLiteral("underkant"));
    QCOMPARE(verdicts.value(QStringLiteral("C-1")), QStringLiteral("godkant"));
    QCOMPARE(report.value(QStringLiteral("antal")).toObject().value(QStringLiteral("underkanda")).toInt(),
             1 + 1 + 4 + 1); // the note, the correction, four cancellations and the refused note
}

void TestTestRunCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("okänd typ") << QStringList{QStringLiteral("--types"), QStringLiteral("handel,flyg")}
                               << QStringLiteral("flyg");
    QTest::newRow("produktion") << QStringList{QStringLiteral("--env"), QStringLiteral("production")}
                                << QStringLiteral("aldrig mot Produktion");
}

void TestTestRunCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    TestProfile profile;
    const CliResult result = runAvfall(
        QStringList{QStringLiteral("--profile"), profile.path(), QStringLiteral("testrun")} + arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_MAIN(TestTestRunCommand)
#include "tst_testruncommand.moc"
