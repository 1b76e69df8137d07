#include "store/writtenlog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;

// The sender's "written" marks beside the database: what one object appends, another (the next
// process, after a kill) reads back; a record cut short counts as not written.
class TestWrittenLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appendsAreReadBackByAnotherObject();
    void aRecordCutShortIsNotAMark();
    void clearForgetsAndAppendingGoesOn();
    void ownerOnlyAndNothingBeforeTheFirstMark();
    void anUnwritableFileRefusesTheMark();

private:
    QString m_file;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWrittenLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("notes.sqlite-written"));
}

void TestWrittenLog::appendsAreReadBackByAnotherObject()
{
    WrittenLog log(m_file);
    QVERIFY(log.append({1, 2}));
    QVERIFY(log.append({}));
    QVERIFY(log.append({Q_INT64_C(0x0102030405060708)}));
    QCOMPARE(QFile(m_file).size(), 24);
    const QSet<qint64> read = WrittenLog(m_file).read();
    QCOMPARE(read, (QSet<qint64>{1, 2, Q_INT64_C(0x0102030405060708)}));
}

void TestWrittenLog::aRecordCutShortIsNotAMark()
{
    QVERIFY(WrittenLog(m_file).append({7}));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\x09\x00\x00", 3); // what a failed write may leave
    file.close();
    QCOMPARE(WrittenLog(m_file).read(), QSet<qint64>{7});
}

void TestWrittenLog::clearForgetsAndAppendingGoesOn()
{
    WrittenLog log(m_file);
    QVERIFY(log.append({3, 4}));
    QVERIFY(WrittenLog(m_file).clear()); // recovery, through an object of its own
    QVERIFY(log.read().isEmpty());
    QVERIFY(log.append({5}));
    QCOMPARE(log.read(), QSet<qint64>{5});
    QCOMPARE(QFile(m_file).size(), 8);
}

void TestWrittenLog::ownerOnlyAndNothingBeforeTheFirstMark()
{
    WrittenLog log(m_file);
    QVERIFY(log.read().isEmpty());
    QVERIFY(log.clear());
    QVERIFY(!QFile::exists(m_file));
    QVERIFY(log.append({1}));
    QCOMPARE(QFile::permissions(m_file) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                           QFile::WriteOther | QFile::ExeOwner),
             QFile::Permissions());
}

void TestWrittenLog::anUnwritableFileRefusesTheMark()
{
    // A directory where the file should be: nothing can be marked, so nothing may be sent.
    QVERIFY(QDir().mkpath(m_file));
    QVERIFY(!WrittenLog(m_file).append({1}));
}

QTEST_GUILESS_MAIN(TestWrittenLog)
#include "tst_writtenlog.moc"
