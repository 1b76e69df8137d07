#include "core/messagelog.h"
#include "tests/support/testprofile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace avfall;

// The message handler both programs install: timestamped, redacted lines in the profile's log file;
// events only there, other messages also where they went before.
class TestMessageLog : public QObject
{
    Q_OBJECT

private slots:
    void writesTimestampedRedactedLines();
    void formatsOneLinePerMessage();
};

namespace {
QStringList g_forwarded;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_forwarded << message;
}

QStringList logLines(const Profile &profile)
{
    QFile file(messagelog::logFile(profile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

void TestMessageLog::writesTimestampedRedactedLines()
{
    test::TestProfile profile;
    QVERIFY(profile.profile().ensureDirectories());
    g_forwarded.clear();
    const QtMessageHandler original = qInstallMessageHandler(capture);
    // Without the log, events stay quiet: the terminal (the command line's stderr) never sees them.
    QVERIFY(!lcAvfallEvents().isInfoEnabled());
    qCInfo(lcAvfallEvents, "before the log");
    QVERIFY(messagelog::install(profile.profile(), QStringLiteral("testprogram")));
    QVERIFY(lcAvfallEvents().isInfoEnabled());
    qCInfo(lcAvfallEvents,
           "attempt: note 7: accepted, HTTP 201, trackingId 1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    qWarning("connection problem: Authorization: Bearer abcDEF123456ghiJKL");
    qDebug("only for the terminal");
    messagelog::uninstall();
    QVERIFY(!lcAvfallEvents().isInfoEnabled());
    qInstallMessageHandler(original);

    const QStringList lines = logLines(profile.profile());
    QCOMPARE(lines.size(), 3); // the start line, the event and the warning
    const QRegularExpression stamp(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (INFO |WARN ) "));
    for (const QString &line : lines)
        QVERIFY2(stamp.match(line).hasMatch(), qPrintable(line));
    QVERIFY(lines.at(0).contains(QStringLiteral("testprogram")));
    QVERIFY(lines.at(0).contains(QStringLiteral(" starts ")));
    QVERIFY(
        lines.at(1).contains(QStringLiteral("avfall.events: attempt: note 7: accepted, HTTP 201, trackingId "
                                            "1b4e28ba-2fa1-11d2-883f-0016d3cca427")));
    QVERIFY(lines.at(2).contains(QStringLiteral("WARN  connection problem: Authorization: ***")));
    QVERIFY(
        !logLines(profile.profile()).join(QLatin1Char('\n')).contains(QStringLiteral("abcDEF123456ghiJKL")));
    // The event stayed in the file; the warning and the debug message went on as before.
    QCOMPARE(g_forwarded,
             (QStringList{QStringLiteral("connection problem: Authorization: Bearer abcDEF123456ghiJKL"),
                          QStringLiteral("only for the terminal")}));
}

void TestMessageLog::formatsOneLinePerMessage()
{
    const QDateTime at(QDate(2026, 12, 6), QTime(8, 15, 2, 123), Qt::UTC);
    QCOMPARE(messagelog::formatLine(QtCriticalMsg, "default", QStringLiteral("två\nrader"), at),
             QStringLiteral("2026-12-06T08:15:02.123Z ERROR två | rader"));
    QCOMPARE(messagelog::formatLine(QtInfoMsg, "avfall.events", QStringLiteral("lösenord=Hemligt123"), at),
             QStringLiteral("2026-12-06T08:15:02.123Z INFO  avfall.events: lösenord=***"));
}

QTEST_GUILESS_MAIN(TestMessageLog)
#include "tst_messagelog.moc"
