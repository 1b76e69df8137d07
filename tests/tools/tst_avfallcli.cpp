#include "core/settings.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testprofile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The avfall command line is a public interface: its options, output and exit codes are tested
// by running the real executable.
class TestAvfallCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp_data();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void guiVersion();
    void validate_data();
    void validate();
    void validateJsonOutput();
    void followsTheLanguageOfTheApp();
    void oversizedNoteFileIsRefusedUnread_data();
    void oversizedNoteFileIsRefusedUnread();
    void damagedDatabaseIsNamedPlainly();
    void validateTakesWhatTheRegisterBinds();
    void validateUsesTheRegistersFetchedList();
    void commandHelpSpeaksTheAppsLanguage_data();
    void commandHelpSpeaksTheAppsLanguage();
    void globalOptionsStandBeforeTheCommand();
    void shippedExamplesAreValid();
    void manPagesDescribeEveryCommandAndOption();

private:
    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QString &program, const QStringList &arguments);
};

TestAvfallCli::Result TestAvfallCli::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(avfall::test::binaryDirectory() + QLatin1Char('/') + program, arguments);
    if (!process.waitForFinished(30000))
        return {-1, QString(), process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestAvfallCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("avfall " AVFALL_VERSION);
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")}
                        << QStringLiteral("Avfallsrapport-" AVFALL_VERSION);
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Användning: avfall");
    QTest::newRow("--help lists exit codes") << QStringList{QStringLiteral("--help")} << QStringLiteral("64");
}

void TestAvfallCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result result = run(QStringLiteral("avfall"), arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(expected), qPrintable(result.out));
}

void TestAvfallCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("okänt kommando 'frobnicate'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("Användning: avfall");
    QTest::newRow("profile without folder")
        << QStringList{QStringLiteral("--profile")} << QStringLiteral("profile");
    QTest::newRow("unknown sandbox fault")
        << QStringList{QStringLiteral("sandbox"), QStringLiteral("--faults"),
                       QStringLiteral("ok,store-then-418")}
        << QStringLiteral("okänt fel 'store-then-418'. Kända: ok, store-then-502");
    QTest::newRow("sandbox fault parameter zero")
        << QStringList{QStringLiteral("sandbox"), QStringLiteral("--faults"), QStringLiteral("429:0")}
        << QStringLiteral("okänt fel '429:0'");
}

void TestAvfallCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(QStringLiteral("avfall"), arguments);
    QCOMPARE(result.exitCode, 64);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestAvfallCli::guiVersion()
{
    const Result result = run(QStringLiteral("avfallsrapport"), {QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral(AVFALL_VERSION)), qPrintable(result.out));
}

namespace {
QString writeNote(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return file.fileName();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}
} // namespace

void TestAvfallCli::validate_data()
{
    using namespace avfall;
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    // Dates of the samples lie in November 2026; they are valid on any later day too.
    QTest::newRow("giltig transportplanering")
        << QStringLiteral("transportplaneringar") << json(test::samples::note(NoteKind::Transportplanering))
        << 0 << QString();
    QTest::newRow("giltig handel som ombud")
        << QStringLiteral("handel") << json(test::samples::asAgent(test::samples::note(NoteKind::Handel)))
        << 0 << QString();
    QTest::newRow("mängd noll")
        << QStringLiteral("transporter")
        << json(test::withValue(test::samples::note(NoteKind::Transport), QStringLiteral("avfall.mangd"), 0))
        << 2 << QStringLiteral("avfall.mangd: Avfall – Mängd (kg): ska vara större än 0 kg.");
    QTest::newRow("postnummer fel")
        << QStringLiteral("transportplaneringar")
        << json(test::withValue(test::samples::note(NoteKind::Transportplanering),
                                QStringLiteral("mottagningsplats.adress.postnummer"), QStringLiteral("1234")))
        << 2 << QStringLiteral("mottagningsplats.adress.postnummer: ");
    QTest::newRow("inte JSON") << QStringLiteral("handel") << QByteArray("{ inte json") << 1 << QString();
    QTest::newRow("JSON-lista") << QStringLiteral("handel") << QByteArray("[1, 2]") << 1 << QString();
    QTest::newRow("okänd typ") << QStringLiteral("kvitton") << QByteArray("{}") << 64 << QString();
}

void TestAvfallCli::validate()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QTemporaryDir dir;
    const QString file = writeNote(dir, QStringLiteral("note.json"), content);
    const Result result = run(QStringLiteral("avfall"), {QStringLiteral("validate"), type, file});
    QCOMPARE(result.exitCode, exitCode);
    if (!output.isEmpty())
        QVERIFY2(result.out.contains(output), qPrintable(result.out));
    if (exitCode == 0)
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
    if (exitCode == 1 || exitCode == 64)
        QVERIFY(!result.err.isEmpty());
}

void TestAvfallCli::validateJsonOutput()
{
    QTemporaryDir dir;
    const QJsonObject note = avfall::test::without(avfall::test::samples::note(avfall::NoteKind::Handel),
                                                   QStringLiteral("verksamhetensNamn"));
    const Result result = run(QStringLiteral("avfall"),
                              {QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("handel"),
                               writeNote(dir, QStringLiteral("n.json"), json(note))});
    QCOMPARE(result.exitCode, 2);
    const QJsonArray problems = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.first().toObject();
    QCOMPARE(problem.value(QStringLiteral("path")).toString(), QStringLiteral("verksamhetensNamn"));
    QCOMPARE(problem.value(QStringLiteral("code")).toInt(), 4027);
    QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
}

// Språk → English in the app applies to the command line of the same profile; the --json output
// stays the same (scripts depend on it), only the text for people changes.
void TestAvfallCli::followsTheLanguageOfTheApp()
{
    avfall::test::TestProfile profile;
    avfall::Settings(profile.profile()).setLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString file =
        writeNote(dir, QStringLiteral("note.json"),
                  json(avfall::test::withValue(avfall::test::samples::note(avfall::NoteKind::Transport),
                                               QStringLiteral("avfall.mangd"), 0)));
    const QStringList profileOption{QStringLiteral("--profile"), profile.path()};
    const Result english =
        run(QStringLiteral("avfall"),
            profileOption + QStringList{QStringLiteral("validate"), QStringLiteral("transporter"), file});
    QCOMPARE(english.exitCode, 2);
    QVERIFY2(english.out.contains(
                 QStringLiteral("avfall.mangd: Waste – Quantity (kg): should be more than 0 kg.")),
             qPrintable(english.out));
    const Result help = run(QStringLiteral("avfall"), profileOption + QStringList{QStringLiteral("--help")});
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: avfall")), qPrintable(help.out));

    const Result json = run(QStringLiteral("avfall"),
                            profileOption + QStringList{QStringLiteral("validate"), QStringLiteral("--json"),
                                                        QStringLiteral("transporter"), file});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject problem = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(problem.value(QStringLiteral("path")).toString(), QStringLiteral("avfall.mangd"));
    QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));

    // Swedish stays the language of a profile that has none set.
    avfall::test::TestProfile fresh;
    const Result swedish =
        run(QStringLiteral("avfall"), {QStringLiteral("--profile"), fresh.path(), QStringLiteral("validate"),
                                       QStringLiteral("transporter"), file});
    QVERIFY2(swedish.out.contains(QStringLiteral("ska vara större än 0 kg")), qPrintable(swedish.out));
}

void TestAvfallCli::oversizedNoteFileIsRefusedUnread_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("standardInput");
    QTest::newRow("validate FILE") << QStringList{QStringLiteral("validate"), QStringLiteral("handel")}
                                   << false;
    QTest::newRow("validate -") << QStringList{QStringLiteral("validate"), QStringLiteral("handel")} << true;
    QTest::newRow("submit FILE") << QStringList{QStringLiteral("submit"), QStringLiteral("handel")} << false;
}

void TestAvfallCli::oversizedNoteFileIsRefusedUnread()
{
    // A disk image (a sparse 16 GB file) or a stream without end, given where a note belongs.
    QFETCH(QStringList, command);
    QFETCH(bool, standardInput);
    avfall::test::TestProfile profile;
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("stor.json"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(16) * 1024 * 1024 * 1024));
    }
    QProcess process;
    process.start(avfall::test::binaryDirectory() + QStringLiteral("/avfall"),
                  QStringList{QStringLiteral("--profile"), profile.path()} + command
                      << (standardInput ? QStringLiteral("-") : big));
    QVERIFY(process.waitForStarted());
    if (standardInput) {
        const QByteArray chunk(1024 * 1024, ' ');
        for (int i = 0; i < 3 && process.state() == QProcess::Running; ++i) {
            process.write(chunk);
            process.waitForBytesWritten(10000);
        }
        process.closeWriteChannel();
    }
    QVERIFY(process.waitForFinished(30000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(errors.contains(QStringLiteral("för stor för att vara en anteckning")), qPrintable(errors));
}

void TestAvfallCli::damagedDatabaseIsNamedPlainly()
{
    avfall::test::TestProfile profile;
    QVERIFY(profile.damageDatabase());
    const Result result = run(QStringLiteral("avfall"),
                              {QStringLiteral("--profile"), profile.path(), QStringLiteral("history")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("Databasen är skadad")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("file is not a database")));
}

// Issue 13 item 12: a hand-written note in PascalCase, with a comment and numbers as text, is what
// the register's model binding accepts. `validate` says what it took the liberty of reading (exit 0,
// "(varning)" lines, severity "warning" in --json) and --print-payload shows only the contract's names.
void TestAvfallCli::validateTakesWhatTheRegisterBinds()
{
    const QJsonObject canonical = avfall::test::samples::note(avfall::NoteKind::Transportplanering);
    QJsonObject written;
    for (auto it = canonical.constBegin(); it != canonical.constEnd(); ++it)
        written.insert(it.key().left(1).toUpper() + it.key().mid(1), it.value());
    written.insert(QStringLiteral("Kommentar"), QStringLiteral("internt"));
    written = avfall::test::withValue(written, QStringLiteral("Avfall"),
                                      QJsonObject{{QStringLiteral("kod"), QStringLiteral("160601")},
                                                  {QStringLiteral("mangd"), QStringLiteral("120.5")}});
    QTemporaryDir dir;
    avfall::test::TestProfile profile;
    const QStringList base{QStringLiteral("--profile"), profile.path(), QStringLiteral("validate")};
    const QString file = writeNote(dir, QStringLiteral("note.json"), json(written));

    const Result text =
        run(QStringLiteral("avfall"), base + QStringList{QStringLiteral("transportplaneringar"), file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(
                 QStringLiteral("mottagningsplats: (varning) Mottagningsplats: heter \"mottagningsplats\"")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(
                 QStringLiteral("Kommentar: (varning) Fältet \"Kommentar\" finns inte i Transportplanering")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("avfall.mangd: (varning)")), qPrintable(text.out));

    const Result jsonOut =
        run(QStringLiteral("avfall"),
            base + QStringList{QStringLiteral("--json"), QStringLiteral("transportplaneringar"), file});
    QCOMPARE(jsonOut.exitCode, 0);
    const QJsonArray problems = QJsonDocument::fromJson(jsonOut.out.toUtf8()).array();
    QVERIFY(problems.size() >= 10);
    for (const QJsonValue &problem : problems) {
        QCOMPARE(problem.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(problem.toObject().keys(),
                 (QStringList{QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("path"),
                              QStringLiteral("severity")}));
    }

    const Result payload =
        run(QStringLiteral("avfall"), base + QStringList{QStringLiteral("--print-payload"),
                                                         QStringLiteral("transportplaneringar"), file});
    QCOMPARE(payload.exitCode, 0);
    const QString printed = payload.out.mid(payload.out.indexOf(QLatin1Char('{')));
    const QJsonObject sent = QJsonDocument::fromJson(printed.toUtf8()).object();
    QVERIFY2(!sent.isEmpty(), qPrintable(payload.out));
    QCOMPARE(sent.keys(), canonical.keys());
    QCOMPARE(sent.value(QStringLiteral("avfall")).toObject().value(QStringLiteral("mangd")).toDouble(),
             120.5);
}

// Issue 13 item 15: once the register's list is fetched (`avfall values --refresh`), `validate` judges
// by it. The profile holds a list fetched now in which the register has no 16 06 01 (the list in force
// today, less that code): the sample, valid by the bundled lists, is refused; a fresh profile takes it.
void TestAvfallCli::validateUsesTheRegistersFetchedList()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QFile bundled(now.date() < QDate(2026, 12, 9) ? QStringLiteral(":/data/avfallstyper_2020.json")
                                                  : QStringLiteral(":/data/avfallstyper_2026-12-09.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray list = QJsonDocument(QJsonDocument::fromJson(bundled.readAll())
                                        .object()
                                        .value(QStringLiteral("avfallstyper"))
                                        .toArray())
                          .toJson(QJsonDocument::Compact);
    const QByteArray entry = "\"kod\":\"160601\"";
    QVERIFY(list.contains(entry));
    list.replace(entry, "\"kod\":\"169999\"");

    avfall::test::TestProfile profile;
    const QString directory = profile.profile().cacheDirectory() + QStringLiteral("/sandbox/varden");
    QVERIFY(QDir().mkpath(directory));
    QFile listFile(directory + QStringLiteral("/avfallstyper.json"));
    QVERIFY(listFile.open(QIODevice::WriteOnly));
    listFile.write(list);
    listFile.close();
    QFile meta(directory + QStringLiteral("/avfallstyper.meta.json"));
    QVERIFY(meta.open(QIODevice::WriteOnly));
    meta.write(
        QJsonDocument(QJsonObject{{QStringLiteral("hamtad"), now.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("sha256"),
                                   QString::fromLatin1(
                                       QCryptographicHash::hash(list, QCryptographicHash::Sha256).toHex())}})
            .toJson());
    meta.close();

    QTemporaryDir dir;
    const QString file = writeNote(dir, QStringLiteral("note.json"),
                                   json(avfall::test::samples::note(avfall::NoteKind::Transportplanering)));
    const Result result = run(QStringLiteral("avfall"),
                              {QStringLiteral("--profile"), profile.path(), QStringLiteral("validate"),
                               QStringLiteral("transportplaneringar"), file});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.startsWith(QStringLiteral("avfall.kod: Avfall – Avfallskod: ")),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("16")), qPrintable(result.out));
    // Without the fetched list (another profile) the code is valid on its day.
    avfall::test::TestProfile fresh;
    const Result bundledOnly =
        run(QStringLiteral("avfall"), {QStringLiteral("--profile"), fresh.path(), QStringLiteral("validate"),
                                       QStringLiteral("transportplaneringar"), file});
    QCOMPARE(bundledOnly.exitCode, 0);
}

void TestAvfallCli::commandHelpSpeaksTheAppsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("forbidden");
    QTest::newRow("Swedish") << QStringLiteral("sv")
                             << QStringList{QStringLiteral("Användning: avfall submit [flaggor] TYP FIL\n"),
                                            QStringLiteral("\nFlaggor:\n"), QStringLiteral("\nArgument:\n"),
                                            QStringLiteral("Visar hjälp om flaggorna."),
                                            QStringLiteral("anteckningen som JSON")}
                             << QStringList{QStringLiteral("Usage"), QStringLiteral("Options:"),
                                            QStringLiteral("Arguments:"), QStringLiteral("Displays"),
                                            QStringLiteral("/avfall")};
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList{QStringLiteral("Usage: avfall submit [options] TYPE FILE\n"),
                                            QStringLiteral("\nOptions:\n"), QStringLiteral("\nArguments:\n"),
                                            QStringLiteral("Displays help on commandline options."),
                                            QStringLiteral("the note as JSON")}
                             << QStringList{QStringLiteral("Användning"), QStringLiteral("Flaggor"),
                                            QStringLiteral("anteckning"), QStringLiteral("/avfall")};
}

// `avfall COMMAND --help` reads as one language, Qt's frame included, and names the program as
// the user types it rather than by the path of the binary.
void TestAvfallCli::commandHelpSpeaksTheAppsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, forbidden);
    avfall::test::TestProfile profile;
    avfall::Settings(profile.profile()).setLanguage(language);
    const Result result = run(QStringLiteral("avfall"), {QStringLiteral("--profile"), profile.path(),
                                                         QStringLiteral("submit"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const QString &text : expected)
        QVERIFY2(result.out.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + result.out));
    for (const QString &text : forbidden)
        QVERIFY2(!result.out.contains(text), qPrintable(text + QStringLiteral(" in:\n") + result.out));
}

// Global options may stand before the command; they reach the command as if given after it, and
// a command that has no such option says so.
void TestAvfallCli::globalOptionsStandBeforeTheCommand()
{
    avfall::test::TestProfile profile;
    QTemporaryDir dir;
    const QString file = writeNote(dir, QStringLiteral("note.json"),
                                   json(avfall::test::samples::note(avfall::NoteKind::Transport)));
    const QStringList profileOption{QStringLiteral("--profile"), profile.path()};
    const QStringList environment{QStringLiteral("--env"), QStringLiteral("månen")};
    const QStringList submit{QStringLiteral("submit"), QStringLiteral("transporter"), file};
    const Result before = run(QStringLiteral("avfall"), profileOption + environment + submit);
    QVERIFY2(before.err.contains(QStringLiteral("Okänd miljö 'månen'")), qPrintable(before.err));
    const Result after = run(QStringLiteral("avfall"), profileOption + submit + environment);
    QCOMPARE(before.exitCode, after.exitCode);

    const Result notForValidate =
        run(QStringLiteral("avfall"),
            {QStringLiteral("--profile"), profile.path(), QStringLiteral("--env"), QStringLiteral("test"),
             QStringLiteral("validate"), QStringLiteral("transporter"), file});
    QCOMPARE(notForValidate.exitCode, 64);
    QVERIFY2(notForValidate.err.contains(QStringLiteral("Okänd flagga 'env'.")),
             qPrintable(notForValidate.err));
    QVERIFY2(notForValidate.err.contains(QStringLiteral("Se 'avfall validate --help'.")),
             qPrintable(notForValidate.err));
}

// The example notes installed with the package stay valid.
void TestAvfallCli::shippedExamplesAreValid()
{
    const QDir examples(avfall::test::sourceDirectory() + QStringLiteral("/resources/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.json")});
    QVERIFY(!files.isEmpty());
    avfall::test::TestProfile profile;
    for (const QString &file : files) {
        const Result result = run(QStringLiteral("avfall"),
                                  {QStringLiteral("--profile"), profile.path(), QStringLiteral("validate"),
                                   QStringLiteral("transporter"), examples.filePath(file)});
        QVERIFY2(result.exitCode == 0, qPrintable(file + QLatin1Char('\n') + result.out + result.err));
    }
}

// Both manual pages of avfall (English and Swedish) describe every command and every option the
// program lists in its help, so that they cannot fall behind the program.
void TestAvfallCli::manPagesDescribeEveryCommandAndOption()
{
    avfall::test::TestProfile profile;
    const QStringList profileOption{QStringLiteral("--profile"), profile.path()};
    const Result help = run(QStringLiteral("avfall"), profileOption + QStringList{QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QStringList commands;
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+)  "),
                                         QRegularExpression::MultilineOption);
    for (auto it = commandLine.globalMatch(help.out); it.hasNext();)
        commands << it.next().captured(1);
    QVERIFY2(commands.size() >= 8, qPrintable(help.out));

    QSet<QString> options;
    const QRegularExpression optionName(QStringLiteral("(--[a-z][a-z-]+)"));
    QString everyHelp = help.out;
    for (const QString &command : std::as_const(commands))
        everyHelp +=
            run(QStringLiteral("avfall"), profileOption + QStringList{command, QStringLiteral("--help")}).out;
    for (auto it = optionName.globalMatch(everyHelp); it.hasNext();)
        options.insert(it.next().captured(1));
    options.remove(QStringLiteral("--help-all")); // Qt's, about Qt's own options

    for (const QString &page : {QStringLiteral("man/avfall.1"), QStringLiteral("man/sv/avfall.1")}) {
        QFile file(avfall::test::sourceDirectory() + QStringLiteral("/resources/") + page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // roff writes a minus sign in an option as "\-".
        const QString text =
            QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
        for (const QString &command : std::as_const(commands))
            QVERIFY2(text.contains(QStringLiteral(".BI \"") + command) ||
                         text.contains(QStringLiteral(".B ") + command) ||
                         text.contains(QStringLiteral(".BR ") + command),
                     qPrintable(page + QStringLiteral(" lacks the command ") + command));
        for (const QString &option : std::as_const(options))
            QVERIFY2(text.contains(option), qPrintable(page + QStringLiteral(" lacks the option ") + option));
    }
}

QTEST_GUILESS_MAIN(TestAvfallCli)
#include "tst_avfallcli.moc"
