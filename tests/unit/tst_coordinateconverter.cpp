#include "models/coordinateconverter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using avfall::CoordinateConverter;

// WGS 84 -> SWEREF 99 TM through PROJ, checked against the projected corners of EPSG:3006's area
// and Sweden's outermost points (from the reference facts), and the reading of positions as
// phones and maps write them.
class TestCoordinateConverter : public QObject
{
    Q_OBJECT

private slots:
    void knownPoints_data();
    void knownPoints();
    void outsideSwedenIsRefused();
    void parsesWhatMapsGive_data();
    void parsesWhatMapsGive();
    void refusesWhatIsNoPosition_data();
    void refusesWhatIsNoPosition();
};

void TestCoordinateConverter::knownPoints_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<qint64>("north");
    QTest::addColumn<qint64>("east");
    // resources/data/sweref99tm.json, generated from the reference facts by scripts/generate_data.py.
    QFile file(QStringLiteral(AVFALL_REFERENCE_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray points =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("kontrollpunkter")).toArray();
    QVERIFY(points.size() >= 10);
    for (const QJsonValue &value : points) {
        const QJsonObject point = value.toObject();
        QTest::newRow(qPrintable(point.value(QStringLiteral("namn")).toString()))
            << point.value(QStringLiteral("lat")).toDouble() << point.value(QStringLiteral("lon")).toDouble()
            << qRound64(point.value(QStringLiteral("n")).toDouble())
            << qRound64(point.value(QStringLiteral("e")).toDouble());
    }
}

void TestCoordinateConverter::knownPoints()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(qint64, north);
    QFETCH(qint64, east);
    const CoordinateConverter converter;
    QVERIFY2(converter.isValid(), qPrintable(converter.error()));
    QString problem;
    const auto result = converter.toSweref({latitude, longitude}, &problem);
    QVERIFY2(result, qPrintable(problem));
    // The reference rounds to the metre; PROJ's answer may land on the other side of a half metre.
    QVERIFY2(std::abs(result->north - north) <= 1, qPrintable(QString::number(result->north)));
    QVERIFY2(std::abs(result->east - east) <= 1, qPrintable(QString::number(result->east)));
}

void TestCoordinateConverter::outsideSwedenIsRefused()
{
    const CoordinateConverter converter;
    QString problem;
    QVERIFY(!converter.toSweref({52.52, 13.405}, &problem)); // Berlin
    QVERIFY(problem.contains(QStringLiteral("utanför Sverige")));
    // Stockholm, Stadshuset, as a phone shows it.
    const auto stockholm = converter.toSweref({59.3275, 18.0543});
    QVERIFY(stockholm);
    QVERIFY(stockholm->north > 6579000 && stockholm->north < 6581000);
    QVERIFY(stockholm->east > 673000 && stockholm->east < 675000);
}

void TestCoordinateConverter::parsesWhatMapsGive_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::newRow("decimal point, comma") << QStringLiteral("59.3275, 18.0543") << 59.3275 << 18.0543;
    QTest::newRow("no space after comma") << QStringLiteral("59.3275,18.0543") << 59.3275 << 18.0543;
    QTest::newRow("Swedish decimal comma") << QStringLiteral("59,3275 18,0543") << 59.3275 << 18.0543;
    QTest::newRow("degrees and minutes")
        << QStringLiteral("N 59° 19.650' E 18° 3.258'") << 59.3275 << 18.0543;
    QTest::newRow("degrees, minutes, seconds")
        << QStringLiteral("59°19'39.0\"N 18°03'15.5\"E") << 59.3275 << 18.0543056;
    QTest::newRow("east first, marked") << QStringLiteral("E 18.0543 N 59.3275") << 59.3275 << 18.0543;
    QTest::newRow("turned around") << QStringLiteral("18.0543, 59.3275") << 59.3275 << 18.0543;
}

void TestCoordinateConverter::parsesWhatMapsGive()
{
    QFETCH(QString, text);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    const auto position = CoordinateConverter::parse(text);
    QVERIFY(position);
    QVERIFY2(std::abs(position->latitude - latitude) < 1e-4, qPrintable(QString::number(position->latitude)));
    QVERIFY2(std::abs(position->longitude - longitude) < 1e-4,
             qPrintable(QString::number(position->longitude)));
}

void TestCoordinateConverter::refusesWhatIsNoPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("vid verkstaden");
    QTest::newRow("one number") << QStringLiteral("59.3275");
    QTest::newRow("three numbers") << QStringLiteral("59 18 3");
    QTest::newRow("beyond the pole") << QStringLiteral("95.1, 18.0");
}

void TestCoordinateConverter::refusesWhatIsNoPosition()
{
    QFETCH(QString, text);
    QVERIFY(!CoordinateConverter::parse(text));
}

QTEST_GUILESS_MAIN(TestCoordinateConverter)
#include "tst_coordinateconverter.moc"
