#include "models/valuelistmodels.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace avfall;

namespace {

QStringList displayed(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data().toString();
    return rows;
}

} // namespace

class TestValueListModels : public QObject
{
    Q_OBJECT

private slots:
    void transportModes();
    void treatmentMethods();
    void subcodesFollowTheMethod_data();
    void subcodesFollowTheMethod();
    void recoveryResultTypes();
    void municipalities();
    void municipalitySearch_data();
    void municipalitySearch();
};

void TestValueListModels::transportModes()
{
    TransportModeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Vägtransport (R)"));
    QCOMPARE(model.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("R"));
    QCOMPARE(model.index(0, 0).data(ValueListModel::DescriptionRole).toString(),
             QStringLiteral("Vägtransport"));
    QCOMPARE(model.rowOfCode(u"P"), 5);
    QCOMPARE(model.rowOfCode(u"X"), -1);
    QCOMPARE(model.codeAt(1), QStringLiteral("T"));
    QCOMPARE(model.codeAt(6), QString());

    ValueLists fewer = ValueLists::bundled();
    fewer.setTransportModes({{QStringLiteral("R"), QStringLiteral("Vägtransport")}});
    model.setValueLists(fewer);
    QCOMPARE(displayed(model), QStringList{QStringLiteral("Vägtransport (R)")});
}

void TestValueListModels::treatmentMethods()
{
    TreatmentMethodModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 28);
    const int r3 = model.rowOfCode(u"R3");
    QVERIFY(r3 >= 0);
    QVERIFY(model.index(r3, 0).data().toString().startsWith(QStringLiteral("R3 – Materialåtervinning")));
    QCOMPARE(model.index(r3, 0).data(Qt::UserRole).toString(), QStringLiteral("R3"));
    QCOMPARE(model.codeAt(0), QStringLiteral("R1"));
    QCOMPARE(model.codeAt(27), QStringLiteral("D15"));
}

void TestValueListModels::subcodesFollowTheMethod_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("R3") << QStringLiteral("R3")
                        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                       QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G")};
    QTest::newRow("R1") << QStringLiteral("R1") << QStringList{QStringLiteral("D")};
    QTest::newRow("D11 has none") << QStringLiteral("D11") << QStringList{};
    QTest::newRow("unknown") << QStringLiteral("R99") << QStringList{};
    QTest::newRow("none chosen") << QString() << QStringList{};
}

void TestValueListModels::subcodesFollowTheMethod()
{
    QFETCH(QString, method);
    QFETCH(QStringList, codes);
    TreatmentSubcodeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setMethod(method);
    QCOMPARE(model.method(), method);
    QStringList actual;
    for (int row = 0; row < model.rowCount(); ++row)
        actual << model.index(row, 0).data(Qt::UserRole).toString();
    QCOMPARE(actual, codes);
    if (method == QLatin1String("R3"))
        QCOMPARE(model.index(0, 0).data().toString(),
                 QStringLiteral("A – Konventionell materialåtervinning"));
}

void TestValueListModels::recoveryResultTypes()
{
    RecoveryResultTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 12);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Regenererad basolja – grupp I (ej bekräftad)"));
    QCOMPARE(first.data(Qt::UserRole).toString(), QStringLiteral("01"));
    QCOMPARE(first.data(ValueListModel::ConfirmedRole).toBool(), false);
    QCOMPARE(first.data(ValueListModel::DescriptionRole).toString(),
             QStringLiteral("Regenererad basolja – grupp I"));

    ValueLists confirmed = ValueLists::bundled();
    QList<RecoveryResultType> types = confirmed.recoveryResultTypes();
    for (RecoveryResultType &type : types)
        type.confirmed = true;
    confirmed.setRecoveryResultTypes(types);
    model.setValueLists(confirmed);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Regenererad basolja – grupp I"));
    QCOMPARE(model.index(0, 0).data(ValueListModel::ConfirmedRole).toBool(), true);
    for (const QString &text : displayed(model))
        QVERIFY(!text.contains(QStringLiteral("ej bekräftad")));
}

void TestValueListModels::municipalities()
{
    MunicipalityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 290);
    const int stockholm = model.rowOfCode(u"0180");
    QVERIFY(stockholm >= 0);
    QCOMPARE(model.index(stockholm, 0).data().toString(), QStringLiteral("Stockholm (0180)"));
    QCOMPARE(model.index(stockholm, 0).data(Qt::UserRole).toString(), QStringLiteral("0180"));
    QCOMPARE(model.index(stockholm, 0).data(ValueListModel::DescriptionRole).toString(),
             QStringLiteral("Stockholm"));
    // Swedish order: Å, Ä and Ö after Z.
    const QStringList rows = displayed(model);
    QCOMPARE(rows.first(), QStringLiteral("Ale (1440)"));
    QVERIFY(rows.last().startsWith(u'Ö'));
    QVERIFY(rows.indexOf(QStringLiteral("Åre (2321)")) > rows.indexOf(QStringLiteral("Vännäs (2460)")));
    QVERIFY(rows.indexOf(QStringLiteral("Ängelholm (1292)")) > rows.indexOf(QStringLiteral("Åre (2321)")));
}

void TestValueListModels::municipalitySearch_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected"); // the whole list, or its first rows with "…"
    QTest::newRow("name") << QStringLiteral("stockholm") << QStringList{QStringLiteral("Stockholm (0180)")};
    QTest::newRow("second word, no diacritics")
        << QStringLiteral("vasby") << QStringList{QStringLiteral("Upplands Väsby (0114)")};
    QTest::newRow("shared first word")
        << QStringLiteral("Upplands")
        << QStringList{QStringLiteral("Upplands Väsby (0114)"), QStringLiteral("Upplands-Bro (0139)")};
    QTest::newRow("two words") << QStringLiteral("upplands b")
                               << QStringList{QStringLiteral("Upplands-Bro (0139)")};
    QTest::newRow("after hyphen") << QStringLiteral("SÄLEN")
                                  << QStringList{QStringLiteral("Malung-Sälen (2023)")};
    QTest::newRow("code") << QStringLiteral("0180") << QStringList{QStringLiteral("Stockholm (0180)")};
    QTest::newRow("prefix of many") << QStringLiteral("öster")
                                    << QStringList{QStringLiteral("Östersund (2380)"),
                                                   QStringLiteral("Österåker (0117)")};
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList{};
}

void TestValueListModels::municipalitySearch()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    MunicipalityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterText(filter);
    QCOMPARE(model.filterText(), filter);
    QCOMPARE(displayed(model), expected);
    model.setFilterText(QString());
    QCOMPARE(model.rowCount(), 290);
}

QTEST_GUILESS_MAIN(TestValueListModels)
#include "tst_valuelistmodels.moc"
