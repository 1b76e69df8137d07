#include "services/noteregisterexport.h"
#include "services/registerxlsxwriter.h"
#include "tests/support/samplenotes.h"
#include "tests/unit/registernotes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace avfall;
namespace notes = avfall::test::registernotes;

Q_DECLARE_METATYPE(avfall::NoteKind)

// The register as an XLSX workbook (issue 16), read back by unzipping it (python3's zipfile) and
// reading the sheets' XML: sheet names, headings, cells, and no formula anywhere.
class TestRegisterXlsxWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sheetsAreOverviewAndTheEightTypes();
    void overviewSaysWhatAndHowMany();
    void sheetsHoldHeadingsAndCells_data();
    void sheetsHoldHeadingsAndCells();
    void formulasStayText();
    void failureKeepsTheOldFile();

private:
    // The cells of a sheet by reference ("B2"): shared strings resolved, numbers as written.
    QHash<QString, QString> sheet(int number) const;
    QByteArray member(const QString &name) const;
    static QHash<QString, QByteArray> unzip(const QString &file);
    static QString columnName(int column);

    QTemporaryDir m_dir;
    QString m_file;
    NoteRegister m_register;
    QStringList m_strings;
    QHash<QString, QByteArray> m_members;
};

QByteArray TestRegisterXlsxWriter::member(const QString &name) const
{
    return m_members.value(name);
}

// Every member of the zip at once, as JSON from python3's zipfile.
QHash<QString, QByteArray> TestRegisterXlsxWriter::unzip(const QString &file)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                 "print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist()}))"),
                  file});
    QHash<QString, QByteArray> members;
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("python3 could not unzip %s: %s", qPrintable(file),
                 python.readAllStandardError().constData());
        return members;
    }
    const QJsonObject all = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        members.insert(it.key(), it.value().toString().toUtf8());
    return members;
}

QString TestRegisterXlsxWriter::columnName(int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

void TestRegisterXlsxWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("register.xlsx"));
    Company company;
    company.name = QStringLiteral("Testbolaget AB");
    company.organisationNumber = QString::fromLatin1(test::samples::kOwnOrganisation);
    m_register =
        NoteRegisterBuilder({QDate(2026, 11, 1), QDate(2026, 11, 30)}, Environment::Production, company)
            .build(notes::inMemory(Environment::Production));
    QString error;
    QVERIFY2(registerxlsx::write(m_register, m_file, &error), qPrintable(error));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("PK\x03\x04"));
    m_members = unzip(m_file);
    QVERIFY(m_members.contains(QStringLiteral("xl/workbook.xml")));

    QXmlStreamReader xml(member(QStringLiteral("xl/sharedStrings.xml")));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            m_strings << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(m_strings.size() > 100);
}

QHash<QString, QString> TestRegisterXlsxWriter::sheet(int number) const
{
    QHash<QString, QString> cells;
    QXmlStreamReader xml(member(QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
    QString reference;
    QString type;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("c")) {
            reference = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
        } else if (xml.name() == QLatin1String("f")) {
            cells.insert(QStringLiteral("formula"), reference); // must never happen
        } else if (xml.name() == QLatin1String("v")) {
            const QString value = xml.readElementText();
            cells.insert(reference, type == QLatin1String("s") ? m_strings.value(value.toInt()) : value);
        }
    }
    return cells;
}

void TestRegisterXlsxWriter::sheetsAreOverviewAndTheEightTypes()
{
    const QByteArray workbook = member(QStringLiteral("xl/workbook.xml"));
    QStringList names;
    const QRegularExpression sheetName(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheetName.globalMatch(QString::fromUtf8(workbook)); it.hasNext();)
        names << it.next().captured(1);
    QStringList expected{QStringLiteral("Översikt")};
    for (const NoteType &type : noteTypes())
        expected << type.model;
    QCOMPARE(names, expected);
}

void TestRegisterXlsxWriter::overviewSaysWhatAndHowMany()
{
    const QHash<QString, QString> overview = sheet(1);
    const QStringList texts = overview.values();
    QVERIFY(texts.contains(QStringLiteral("Testbolaget AB")));
    QVERIFY(texts.contains(QString::fromLatin1(test::samples::kOwnOrganisation)));
    QVERIFY(texts.contains(QStringLiteral("2026-11-01 – 2026-11-30")));
    QVERIFY(texts.contains(environmentDisplayName(Environment::Production)));
    const auto explained = std::find_if(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.startsWith(QStringLiteral("anteckningens tidpunkt"));
    });
    QVERIFY(explained != texts.cend());
    // The counts: one row per type (Handel 2: the note and its correction), then the total.
    QString handelRow;
    QString totalRow;
    for (auto it = overview.cbegin(); it != overview.cend(); ++it) {
        if (it.value() == QLatin1String("Handel"))
            handelRow = it.key().mid(1);
        if (it.value() == QLatin1String("Totalt"))
            totalRow = it.key().mid(1);
    }
    QVERIFY(!handelRow.isEmpty() && !totalRow.isEmpty());
    QCOMPARE(overview.value(QStringLiteral("C") + handelRow), QStringLiteral("2"));
    QCOMPARE(overview.value(QStringLiteral("C") + totalRow), QStringLiteral("9"));
}

void TestRegisterXlsxWriter::sheetsHoldHeadingsAndCells_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("value");
    QTest::newRow("avfallId") << NoteKind::Transportplanering << 2 << QStringLiteral("AvfallsId")
                              << notes::avfallId(1);
    QTest::newRow("waste code") << NoteKind::Handel << 2 << QStringLiteral("Avfall – Avfallskod")
                                << QStringLiteral("160601");
    QTest::newRow("quantity is a number")
        << NoteKind::Handel << 3 << QStringLiteral("Avfall – Mängd (kg)") << QStringLiteral("99.25");
    QTest::newRow("corrects") << NoteKind::Handel << 3 << QStringLiteral("Rättar avfallsId")
                              << notes::avfallId(5);
    QTest::newRow("cancelled") << NoteKind::Transport << 2 << QStringLiteral("Makuleringsorsak")
                               << QString::fromLatin1(notes::kCancelReason);
    QTest::newRow("a place") << NoteKind::Transport << 2 << QStringLiteral("Startplats – Kommun")
                             << test::samples::note(NoteKind::Transport)
                                    .value(QStringLiteral("transportStartplats"))
                                    .toObject()
                                    .value(QStringLiteral("kommunkod"))
                                    .toString();
    QTest::newRow("second treatment")
        << NoteKind::Behandlingsresultat << 2 << QStringLiteral("Behandlingar 2 – Behandlingsmetod")
        << QStringLiteral("D9");
}

void TestRegisterXlsxWriter::sheetsHoldHeadingsAndCells()
{
    QFETCH(NoteKind, kind);
    QFETCH(int, row);
    QFETCH(QString, heading);
    QFETCH(QString, value);
    const QHash<QString, QString> cells = sheet(int(kind) + 2); // after Översikt
    const RegisterTable &table = m_register.tables.at(int(kind));
    for (int column = 0; column < table.headings.size(); ++column)
        QCOMPARE(cells.value(columnName(column) + QLatin1Char('1')), table.headings.at(column));
    const qsizetype column = table.headings.indexOf(heading);
    QVERIFY2(column >= 0, qPrintable(heading));
    QCOMPARE(cells.value(columnName(int(column)) + QString::number(row)), value);
}

void TestRegisterXlsxWriter::formulasStayText()
{
    const QHash<QString, QString> cells = sheet(int(NoteKind::Behandlingsmottagning) + 2);
    QVERIFY(!cells.contains(QStringLiteral("formula")));
    QVERIFY(cells.values().contains(QString::fromUtf8(notes::kFormulaReferens)));
    QVERIFY(sheet(int(NoteKind::InsamlingsMottagning) + 2)
                .values()
                .contains(QString::fromUtf8(notes::kFormulaContact)));
    for (int number = 1; number <= 9; ++number)
        QVERIFY2(!member(QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)).contains("<f>"),
                 qPrintable(QString::number(number)));
}

void TestRegisterXlsxWriter::failureKeepsTheOldFile()
{
    QString error;
    QVERIFY(!registerxlsx::write(m_register, m_dir.filePath(QStringLiteral("saknas/register.xlsx")), &error));
    QVERIFY2(error.contains(QStringLiteral("kunde inte skrivas")), qPrintable(error));
    // Over an existing file: replaced whole.
    const QString again = m_dir.filePath(QStringLiteral("igen.xlsx"));
    QFile old(again);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("gammal");
    old.close();
    QVERIFY2(registerxlsx::write(m_register, again, &error), qPrintable(error));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.read(2), QByteArray("PK"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // nothing half-written left
}

QTEST_GUILESS_MAIN(TestRegisterXlsxWriter)
#include "tst_registerxlsxwriter.moc"
