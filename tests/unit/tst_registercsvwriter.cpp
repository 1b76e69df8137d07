#include "services/noteregisterexport.h"
#include "services/registercsvwriter.h"
#include "tests/unit/registernotes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
namespace notes = avfall::test::registernotes;

// The register as one CSV file for Excel (issue 16), read back as a spreadsheet would read it.
class TestRegisterCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void fileIsExcelsCsv();
    void everyCellReadsBack();
    void typesShareTheUnionOfColumns();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void decimalsUseAComma();
    void writesAFileOrSaysWhyNot();

private:
    static NoteRegister november();
    // RFC 4180 with semicolons: quoted cells may hold ; " CR and LF.
    static QList<QStringList> parse(const QByteArray &csv);
    static QString at(const QList<QStringList> &rows, int row, const QString &heading);
};

NoteRegister TestRegisterCsvWriter::november()
{
    return NoteRegisterBuilder({QDate(2026, 11, 1), QDate(2026, 11, 30)}, Environment::Production, Company())
        .build(notes::inMemory(Environment::Production));
}

QList<QStringList> TestRegisterCsvWriter::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!row.isEmpty() || !cell.isEmpty())
        rows << (row << cell);
    return rows;
}

QString TestRegisterCsvWriter::at(const QList<QStringList> &rows, int row, const QString &heading)
{
    const qsizetype column = rows.first().indexOf(heading);
    return column < 0 ? QStringLiteral("<no column %1>").arg(heading) : rows.at(row).value(column);
}

void TestRegisterCsvWriter::fileIsExcelsCsv()
{
    const QByteArray csv = registercsv::toCsv(november());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const QList<QStringList> rows = parse(csv);
    QCOMPARE(rows.size(), 1 + 9); // headings and the nine notes of the register
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.first().size());
    QCOMPARE(rows.first().first(), QStringLiteral("Anteckningstyp"));
}

void TestRegisterCsvWriter::everyCellReadsBack()
{
    const NoteRegister noteRegister = november();
    const QList<QStringList> rows = parse(registercsv::toCsv(noteRegister));
    QCOMPARE(rows.first(), registercsv::headings(noteRegister));
    int line = 1;
    int compared = 0;
    for (const RegisterTable &table : noteRegister.tables) {
        for (const QVariantList &cells : table.rows) {
            QCOMPARE(rows.at(line).first(), table.name);
            for (int column = 0; column < table.headings.size(); ++column) {
                QString expected = registercsv::cellText(cells.at(column));
                if (!expected.isEmpty() && QStringLiteral("=+-@").contains(expected.front()))
                    expected.prepend(QLatin1Char('\''));
                QCOMPARE(at(rows, line, table.headings.at(column)), expected);
                ++compared;
            }
            ++line;
        }
    }
    QVERIFY(compared > 9 * 40);
    // And against the notes themselves, not only the builder's rows.
    const int handel = 1 + 1 + 1 + 1 + 1; // after the headings and one note of each earlier type
    QCOMPARE(at(rows, handel, QStringLiteral("Anteckningstyp")), QStringLiteral("Handel"));
    QCOMPARE(at(rows, handel, QStringLiteral("AvfallsId")), notes::avfallId(5));
    QCOMPARE(at(rows, handel, QStringLiteral("Avfall – Avfallskod")), QStringLiteral("160601"));
    QCOMPARE(at(rows, handel, QStringLiteral("Rättad av lokalt id")), QStringLiteral("9"));
    QCOMPARE(at(rows, handel + 1, QStringLiteral("Rättar avfallsId")), notes::avfallId(5));
    QCOMPARE(at(rows, handel + 1, QStringLiteral("Avfall – Mängd (kg)")), QStringLiteral("99,25"));
    QCOMPARE(at(rows, 2, QStringLiteral("Makuleringsorsak")), QString::fromLatin1(notes::kCancelReason));
    QCOMPARE(at(rows, 2, QStringLiteral("Egen förklaring till makuleringen")),
             QString::fromUtf8(notes::kCancelExplanation));
}

void TestRegisterCsvWriter::typesShareTheUnionOfColumns()
{
    const NoteRegister noteRegister = november();
    const QStringList headings = registercsv::headings(noteRegister);
    for (const RegisterTable &table : noteRegister.tables) {
        for (const QString &heading : table.headings)
            QVERIFY2(headings.contains(heading), qPrintable(heading));
    }
    const QList<QStringList> rows = parse(registercsv::toCsv(noteRegister));
    // A column of one type only is empty in the rows of the others.
    QCOMPARE(at(rows, 1, QStringLiteral("Anteckningstyp")), QStringLiteral("Transportplanering"));
    QCOMPARE(at(rows, 1, QStringLiteral("Behandlingar 1 – Behandlingsmetod")), QString());
    QCOMPARE(at(rows, 8, QStringLiteral("Anteckningstyp")), QStringLiteral("Behandlingsresultat"));
    QCOMPARE(at(rows, 8, QStringLiteral("Behandlingar 1 – Behandlingsmetod")), QStringLiteral("R4"));
}

void TestRegisterCsvWriter::formulasAreNeutralised_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("expected");
    QTest::newRow("=HYPERLINK in referens")
        << 7 << QStringLiteral("Egen referens")
        << QStringLiteral("'") + QString::fromUtf8(notes::kFormulaReferens);
    QTest::newRow("@SUM in the contact") << 3 << QStringLiteral("Kontaktperson")
                                         << QStringLiteral("'") + QString::fromUtf8(notes::kFormulaContact);
}

void TestRegisterCsvWriter::formulasAreNeutralised()
{
    QFETCH(int, row);
    QFETCH(QString, heading);
    QFETCH(QString, expected);
    const QList<QStringList> rows = parse(registercsv::toCsv(november()));
    QCOMPARE(at(rows, row, heading), expected);
    for (const QStringList &line : rows) {
        for (const QString &cell : line)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
    }
}

void TestRegisterCsvWriter::decimalsUseAComma()
{
    QCOMPARE(registercsv::cellText(QVariant(120.5)), QStringLiteral("120,5"));
    QCOMPARE(registercsv::cellText(QVariant(98.125)), QStringLiteral("98,125"));
    QCOMPARE(registercsv::cellText(QVariant(12000.0)), QStringLiteral("12000"));
    QCOMPARE(registercsv::cellText(QVariant(qint64(6399430))), QStringLiteral("6399430"));
    QCOMPARE(registercsv::cellText(QVariant()), QString());
}

void TestRegisterCsvWriter::writesAFileOrSaysWhyNot()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("register.csv"));
    QString error;
    QVERIFY2(registercsv::write(november(), fileName, &error), qPrintable(error));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), registercsv::toCsv(november()));
    QVERIFY(!registercsv::write(november(), dir.filePath(QStringLiteral("saknas/register.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("kunde inte skrivas")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRegisterCsvWriter)
#include "tst_registercsvwriter.moc"
