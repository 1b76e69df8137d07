#include "core/rotatinglogfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;

// The log file rotates at its size limit and keeps a fixed number of files, oldest dropped first.
class TestRotatingLogFile : public QObject
{
    Q_OBJECT

private slots:
    void staysWithinItsSizeLimit();
    void keepsTheNewestFilesOnly_data();
    void keepsTheNewestFilesOnly();
    void fileIsOwnerOnly();
    void aLineLargerThanTheLimitStillGoesIn();
};

namespace {
QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestRotatingLogFile::staysWithinItsSizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logg/avfallsrapport.log"));
    RotatingLogFile log(path, 1000, 5);
    const QString line = QString(99, QLatin1Char('x')); // 100 bytes with its newline
    for (int i = 0; i < 25; ++i)
        QVERIFY(log.append(line));
    // 25 lines of 100 bytes: 10 per file, so the current file holds the last 5.
    QCOMPARE(log.files(), (QStringList{path, path + QStringLiteral(".1"), path + QStringLiteral(".2")}));
    for (const QString &file : log.files())
        QVERIFY2(QFile(file).size() <= 1000, qPrintable(file));
    QCOMPARE(QFile(path).size(), 500);
    QCOMPARE(QFile(path + QStringLiteral(".1")).size(), 1000);
}

void TestRotatingLogFile::keepsTheNewestFilesOnly_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<int>("lines");
    QTest::newRow("keep 5, 9 files' worth") << 5 << 90;
    QTest::newRow("keep 2, 4 files' worth") << 2 << 40;
    QTest::newRow("keep 1") << 1 << 25;
}

void TestRotatingLogFile::keepsTheNewestFilesOnly()
{
    QFETCH(int, keep);
    QFETCH(int, lines);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("avfallsrapport.log"));
    RotatingLogFile log(path, 1000, keep);
    for (int i = 0; i < lines; ++i)
        QVERIFY(log.append(QStringLiteral("rad %1 ").arg(i, 4, 10, QLatin1Char('0')) +
                           QString(90, QLatin1Char('.'))));
    const QStringList files = log.files();
    QCOMPARE(files.size(), keep);
    QVERIFY(!QFile::exists(path + QLatin1Char('.') + QString::number(keep)));
    // The newest line is in the current file, and the oldest kept file is the oldest of the kept.
    QVERIFY(read(path).contains(QStringLiteral("rad %1 ").arg(lines - 1, 4, 10, QLatin1Char('0')).toUtf8()));
    QVERIFY(!read(files.last()).contains("rad 0000 ") || lines <= 10 * keep);
    // Lines go in order: every file's first line is newer than the next file's last.
    for (qsizetype i = 0; i + 1 < files.size(); ++i) {
        const QList<QByteArray> newer = read(files.at(i)).split('\n');
        const QList<QByteArray> older = read(files.at(i + 1)).trimmed().split('\n');
        QVERIFY(newer.first().mid(4, 4).toInt() == older.last().mid(4, 4).toInt() + 1);
    }
}

void TestRotatingLogFile::fileIsOwnerOnly()
{
    QTemporaryDir dir;
    RotatingLogFile log(dir.filePath(QStringLiteral("a.log")));
    QVERIFY(log.append(QStringLiteral("start")));
    QCOMPARE(QFile::permissions(log.path()) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestRotatingLogFile::aLineLargerThanTheLimitStillGoesIn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.log"));
    RotatingLogFile log(path, 100, 3);
    QVERIFY(log.append(QStringLiteral("kort")));
    QVERIFY(log.append(QString(300, QLatin1Char('y'))));
    QCOMPARE(read(path), QByteArray(300, 'y') + '\n');
    QCOMPARE(read(path + QStringLiteral(".1")), QByteArray("kort\n"));
}

QTEST_GUILESS_MAIN(TestRotatingLogFile)
#include "tst_rotatinglogfile.moc"
