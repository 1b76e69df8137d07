#include "core/inputfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace avfall;

Q_DECLARE_METATYPE(avfall::inputfile::Kind)

// Files the user hands over are read whole only when they are of a believable size; larger ones
// are refused before they are read (by their size, or for a pipe after the limit).
class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void sizes();
    void aHugeFileIsRefusedUnread();
    void aPipeIsCutAtTheLimit();
    void missingFileAndFolder();

private:
    QTemporaryDir m_dir;
};

void TestInputFile::sizes_data()
{
    QTest::addColumn<inputfile::Kind>("kind");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("accepted");
    const qint64 note = inputfile::maxBytes(inputfile::Kind::Note);
    const qint64 certificate = inputfile::maxBytes(inputfile::Kind::Certificate);
    QTest::newRow("note, small") << inputfile::Kind::Note << qint64(3000) << true;
    QTest::newRow("note, at the limit") << inputfile::Kind::Note << note << true;
    QTest::newRow("note, one byte over") << inputfile::Kind::Note << note + 1 << false;
    QTest::newRow("certificate, small") << inputfile::Kind::Certificate << qint64(4000) << true;
    QTest::newRow("certificate, at the limit") << inputfile::Kind::Certificate << certificate << true;
    QTest::newRow("certificate, one byte over") << inputfile::Kind::Certificate << certificate + 1 << false;
    QTest::newRow("certificate, as large as a note may be") << inputfile::Kind::Certificate << note << false;
    QTest::newRow("empty") << inputfile::Kind::Note << qint64(0) << true;
}

void TestInputFile::sizes()
{
    QFETCH(inputfile::Kind, kind);
    QFETCH(qint64, size);
    QFETCH(bool, accepted);
    const QString path = m_dir.filePath(QStringLiteral("fil-%1").arg(size));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(QByteArray(size, 'x')), size);
    }
    const inputfile::Read read = inputfile::read(path, kind);
    QCOMPARE(read.ok(), accepted);
    if (accepted) {
        QCOMPARE(read.data.size(), size);
    } else {
        QVERIFY(read.data.isEmpty());
        QVERIFY2(read.error.contains(QStringLiteral("för stor")), qPrintable(read.error));
        QVERIFY2(read.error.contains(kind == inputfile::Kind::Note ? QStringLiteral("anteckning")
                                                                   : QStringLiteral("certifikatfil")),
                 qPrintable(read.error));
    }
}

void TestInputFile::aHugeFileIsRefusedUnread()
{
    // 64 GB without a byte on the disk: reading it would take minutes and all the memory.
    const QString path = m_dir.filePath(QStringLiteral("diskavbild.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(64) * 1024 * 1024 * 1024));
    file.close();
    for (const inputfile::Kind kind : {inputfile::Kind::Note, inputfile::Kind::Certificate}) {
        const inputfile::Read read = inputfile::read(path, kind);
        QVERIFY(!read.ok());
        QVERIFY(read.data.isEmpty());
        QVERIFY2(read.error.contains(QStringLiteral("diskavbild.json")), qPrintable(read.error));
    }
}

void TestInputFile::aPipeIsCutAtTheLimit()
{
    // A named pipe fed without end (yes(1)): no size to look at, so it is read up to the limit.
    const QString fifo = m_dir.filePath(QStringLiteral("rör"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess writer;
    // The shell opens the pipe (QProcess would open it here, and wait for a reader).
    writer.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"), QStringLiteral("exec yes '{}' > \"$0\""), fifo});
    QVERIFY(writer.waitForStarted());
    const inputfile::Read read = inputfile::read(fifo, inputfile::Kind::Note);
    writer.kill();
    writer.waitForFinished();
    QVERIFY(!read.ok());
    QVERIFY(read.data.isEmpty());
    QVERIFY2(read.error.contains(QStringLiteral("för stor")), qPrintable(read.error));
}

void TestInputFile::missingFileAndFolder()
{
    const inputfile::Read missing =
        inputfile::read(m_dir.filePath(QStringLiteral("finns-inte.p12")), inputfile::Kind::Certificate);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(QStringLiteral("kunde inte läsas")), qPrintable(missing.error));
    const inputfile::Read folder = inputfile::read(m_dir.path(), inputfile::Kind::Note);
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error.contains(QStringLiteral("mapp")), qPrintable(folder.error));
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
