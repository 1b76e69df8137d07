#include "core/fieldpath.h"

#include <QTest>

using namespace avfall;

class TestFieldPath : public QObject
{
    Q_OBJECT

private slots:
    void withoutIndex_data();
    void withoutIndex();
    void itemAndParseAreInverse_data();
    void itemAndParseAreInverse();
    void parseRefusesOtherPaths_data();
    void parseRefusesOtherPaths();
};

void TestFieldPath::withoutIndex_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("avfall.kod") << QStringLiteral("avfall.kod");
    QTest::newRow("item field") << QStringLiteral("behandlingar[2].kod")
                                << QStringLiteral("behandlingar.kod");
    QTest::newRow("item") << QStringLiteral("behandlingar[10]") << QStringLiteral("behandlingar");
    QTest::newRow("two lists") << QStringLiteral("a[1].b[0].c") << QStringLiteral("a.b.c");
    QTest::newRow("not an index") << QStringLiteral("a[x].b") << QStringLiteral("a[x].b");
}

void TestFieldPath::withoutIndex()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(fieldpath::withoutIndex(path), expected);
}

void TestFieldPath::itemAndParseAreInverse_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("path");
    QTest::newRow("method") << 0 << QStringLiteral("kod") << QStringLiteral("behandlingar[0].kod");
    QTest::newRow("subcode") << 12 << QStringLiteral("underkod")
                             << QStringLiteral("behandlingar[12].underkod");
    QTest::newRow("whole item") << 3 << QString() << QStringLiteral("behandlingar[3]");
    QTest::newRow("deeper") << 1 << QStringLiteral("adress.postnummer")
                            << QStringLiteral("behandlingar[1].adress.postnummer");
}

void TestFieldPath::itemAndParseAreInverse()
{
    QFETCH(int, index);
    QFETCH(QString, field);
    QFETCH(QString, path);
    const QString list = QStringLiteral("behandlingar");
    QCOMPARE(fieldpath::item(list, index, field), path);
    const fieldpath::ItemPath parsed = fieldpath::parseItem(path, list);
    QCOMPARE(parsed.index, index);
    QCOMPARE(parsed.field, field);
}

void TestFieldPath::parseRefusesOtherPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("the list itself") << QStringLiteral("behandlingar");
    QTest::newRow("list field without index") << QStringLiteral("behandlingar.kod");
    QTest::newRow("another list") << QStringLiteral("behandlingarna[1].kod");
    QTest::newRow("no number") << QStringLiteral("behandlingar[].kod");
    QTest::newRow("not a number") << QStringLiteral("behandlingar[a].kod");
    QTest::newRow("unclosed") << QStringLiteral("behandlingar[1");
    QTest::newRow("no dot after") << QStringLiteral("behandlingar[1]kod");
    QTest::newRow("dot and nothing") << QStringLiteral("behandlingar[1].");
    QTest::newRow("other field") << QStringLiteral("avfall.kod");
}

void TestFieldPath::parseRefusesOtherPaths()
{
    QFETCH(QString, path);
    QCOMPARE(fieldpath::parseItem(path, u"behandlingar").index, -1);
}

QTEST_GUILESS_MAIN(TestFieldPath)
#include "tst_fieldpath.moc"
