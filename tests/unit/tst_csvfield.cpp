#include "core/csvfield.h"

#include <QTest>

// One cell of the history export: quoted where CSV needs it, and never run as a formula by Excel
// or LibreOffice.
class TestCsvField : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
};

void TestCsvField::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("Order 77") << QStringLiteral("Order 77");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("date") << QStringLiteral("2026-11-27") << QStringLiteral("2026-11-27");
    QTest::newRow("code with star") << QStringLiteral("16 06 01*") << QStringLiteral("16 06 01*");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("quote") << QStringLiteral("15\" rör") << QStringLiteral("\"15\"\" rör\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    // Formula injection: an apostrophe in front makes it text.
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\",\"klicka\")")
                       << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"klicka\"\")\"");
    QTest::newRow("+") << QStringLiteral("+46 8 123") << QStringLiteral("'+46 8 123");
    QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                       << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("@") << QStringLiteral("@SUM(1+1)") << QStringLiteral("'@SUM(1+1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("= with semicolon") << QStringLiteral("=1;2") << QStringLiteral("\"'=1;2\"");
    QTest::newRow("= later is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestCsvField::field()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(avfall::csv::field(text), cell);
}

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
