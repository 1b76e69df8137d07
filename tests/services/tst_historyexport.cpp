#include "services/historyexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::services;

// The history as others read it: the JSON of `avfall history --json` (a public shape) and the CSV
// the app exports for Excel.
class TestHistoryExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasEveryKeyAndNullForWhatIsMissing();
    void csvIsExcelsUtf8WithSemicolons();
    void csvCellsAreNeutralised_data();
    void csvCellsAreNeutralised();
    void unwritableCsvIsSaidInWords();
};

void TestHistoryExport::jsonHasEveryKeyAndNullForWhatIsMissing()
{
    StoredNote note;
    note.id = 7;
    note.kind = NoteKind::Handel;
    note.environment = Environment::Sandbox;
    note.state = NoteState::Queued;
    note.trackingId = QStringLiteral("t-1");
    note.wasteCode = QStringLiteral("160601");
    note.quantity = 120.5;
    note.correctsId = 3;
    note.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    const QJsonArray list = QJsonDocument::fromJson(historyexport::toJsonDocument({note})).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject json = list.first().toObject();
    QCOMPARE(json.keys().size(), 15);
    QCOMPARE(json.value(QStringLiteral("id")).toInteger(), 7);
    QCOMPARE(json.value(QStringLiteral("type")).toString(), noteType(NoteKind::Handel).resource);
    QCOMPARE(json.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QVERIFY(json.value(QStringLiteral("avfallId")).isNull());
    QVERIFY(json.value(QStringLiteral("referens")).isNull());
    QVERIFY(json.value(QStringLiteral("deadline")).isNull());
    QVERIFY(json.value(QStringLiteral("correctedBy")).isNull());
    QCOMPARE(json.value(QStringLiteral("corrects")).toInteger(), 3);
    QCOMPARE(json.value(QStringLiteral("quantity")).toDouble(), 120.5);
    QCOMPARE(json.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-03-01T10:00:00Z"));
}

void TestHistoryExport::csvIsExcelsUtf8WithSemicolons()
{
    const QByteArray csv = historyexport::toCsv({QStringLiteral("Skapad"), QStringLiteral("Mängd (kg)")},
                                                {{QStringLiteral("2026-03-01"), QStringLiteral("120,5")}});
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBFSkapad;M\xC3\xA4ngd (kg)\r\n2026-03-01;120,5\r\n"));
}

void TestHistoryExport::csvCellsAreNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QByteArray("'=SUM(A1)\r\n");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("\"a;b\"\r\n");
    QTest::newRow("quote") << QStringLiteral("sa \"hej\"") << QByteArray("\"sa \"\"hej\"\"\"\r\n");
    QTest::newRow("plain") << QStringLiteral("Testbolaget AB") << QByteArray("Testbolaget AB\r\n");
}

void TestHistoryExport::csvCellsAreNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, line);
    const QByteArray csv = historyexport::toCsv({QStringLiteral("Referens")}, {{cell}});
    QCOMPARE(csv, QByteArray("\xEF\xBB\xBFReferens\r\n") + line);
}

void TestHistoryExport::unwritableCsvIsSaidInWords()
{
    QTemporaryDir dir;
    const Result<void> written = historyexport::writeCsv(dir.path(), {QStringLiteral("Skapad")}, {});
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(dir.path()), qPrintable(written.error()));
    const QString file = dir.filePath(QStringLiteral("anteckningar.csv"));
    QVERIFY(historyexport::writeCsv(file, {QStringLiteral("Skapad")}, {{QStringLiteral("1")}}).ok());
    QFile read(file);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QCOMPARE(read.readAll(), QByteArray("\xEF\xBB\xBFSkapad\r\n1\r\n"));
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
