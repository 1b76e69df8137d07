#include "services/ziparchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;

// The libzip wrapper: what is written reads back byte for byte, also with another zip reader.
class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void anotherReaderAgrees();
    void replacesAnOldFile();
    void failuresAreSaid_data();
    void failuresAreSaid();

private:
    static QList<ZipEntry> sample();
};

QList<ZipEntry> TestZipArchive::sample()
{
    QByteArray random(70000, Qt::Uninitialized);
    QRandomGenerator generator(16);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    return {
        {QStringLiteral("sammanfattning.txt"), QStringLiteral("Åtkomst: nyckel och hemlighet\n").toUtf8()},
        {QStringLiteral("logg/avfallsrapport.log"), QByteArray(200000, 'x')},
        {QStringLiteral("logg/tom.log"), QByteArray()},
        {QStringLiteral("binär/data.bin"), random}};
}

void TestZipArchive::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paket.zip"));
    QString error;
    QVERIFY2(writeZip(path, sample(), &error), qPrintable(error));
    // Deflated: the repetitive log takes far less room than its 200 kB.
    QVERIFY(QFile(path).size() < 100000);
    const auto read = readZip(path, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), sample().size());
    for (qsizetype i = 0; i < read->size(); ++i) {
        QCOMPARE(read->at(i).name, sample().at(i).name);
        QCOMPARE(read->at(i).data, sample().at(i).data);
    }
}

void TestZipArchive::anotherReaderAgrees()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (scripts/deps.sh test installs it).");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paket.zip"));
    QString error;
    QVERIFY2(writeZip(path, sample(), &error), qPrintable(error));
    QProcess process;
    process.start(
        python,
        {QStringLiteral("-c"),
         QStringLiteral("import sys, zipfile, hashlib\n"
                        "z = zipfile.ZipFile(sys.argv[1])\n"
                        "assert z.testzip() is None\n"
                        "for i in z.infolist():\n"
                        "    print(i.filename, len(z.read(i)), hashlib.sha256(z.read(i)).hexdigest())\n"),
         path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QStringList expected;
    for (const ZipEntry &entry : sample())
        expected << QStringLiteral("%1 %2 %3")
                        .arg(entry.name)
                        .arg(entry.data.size())
                        .arg(QString::fromLatin1(
                            QCryptographicHash::hash(entry.data, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             expected);
}

void TestZipArchive::replacesAnOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paket.zip"));
    QString error;
    QVERIFY(writeZip(path, sample(), &error));
    QVERIFY(writeZip(path, {{QStringLiteral("ny.txt"), "ny"}}, &error));
    const auto read = readZip(path, &error);
    QVERIFY(read);
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().name, QStringLiteral("ny.txt"));
}

void TestZipArchive::failuresAreSaid_data()
{
    QTest::addColumn<bool>("writing");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("write into a missing folder")
        << true << QStringLiteral("saknas/paket.zip") << QStringLiteral("saknas/paket.zip");
    QTest::newRow("read a missing file")
        << false << QStringLiteral("saknas.zip") << QStringLiteral("Kan inte läsa");
    QTest::newRow("read a text file")
        << false << QStringLiteral("text.zip") << QStringLiteral("Kan inte läsa");
}

void TestZipArchive::failuresAreSaid()
{
    QFETCH(bool, writing);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("text.zip")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("inte en zip\n");
    text.close();
    QString error;
    if (writing)
        QVERIFY(!writeZip(dir.filePath(file), sample(), &error));
    else
        QVERIFY(!readZip(dir.filePath(file), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
