#include "app/yearlysummary.h"
#include "core/settings.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"
#include "tests/support/storedriver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace avfall;
using namespace avfall::test;
using avfall::app::YearlySummary;

// Årssammanställning: one company's reported notes of one year, per waste code and note type.
class TestYearlySummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresOfTheCompanyAndYear();
    void withoutACompanyNumberEveryNoteCounts();
    void writesAPdf();

private:
    static QString text(const YearlySummary &summary);
    QTemporaryDir m_dir;
    std::unique_ptr<NoteStore> m_store;
    Company m_company;
};

QString TestYearlySummary::text(const YearlySummary &summary)
{
    QTextDocument document;
    document.setHtml(summary.html());
    return document.toPlainText();
}

void TestYearlySummary::initTestCase()
{
    m_store = NoteStore::open(m_dir.filePath(QStringLiteral("summary.sqlite")));
    QVERIFY(m_store);
    m_company.organisationNumber = QString::fromLatin1(samples::kOwnOrganisation);
    m_company.name = QStringLiteral("Testbolaget AB");
    StoreDriver driver(*m_store);
    const auto note = [](NoteKind kind, const char *tidpunkt, const char *code, double kilograms) {
        QJsonObject result =
            withValue(samples::note(kind), QStringLiteral("tidpunkt"), QString::fromLatin1(tidpunkt));
        result = withValue(result, QStringLiteral("avfall.kod"), QString::fromLatin1(code));
        return withValue(result, QStringLiteral("avfall.mangd"), kilograms);
    };
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Production,
                            note(NoteKind::Handel, "2026-02-01T10:00:00+01:00", "160601", 11)));
    QVERIFY(driver.sendNote(NoteKind::Transport, Environment::Production,
                            note(NoteKind::Transport, "2026-07-01T10:00:00+02:00", "130205", 22)));
    // The last hour of 2025 in Sweden: not this year.
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Production,
                            note(NoteKind::Handel, "2025-12-31T22:30:00Z", "160601", 300)));
    // Kept as ombud for a customer: not the company's own.
    QVERIFY(driver.sendNote(
        NoteKind::Handel, Environment::Production,
        samples::asAgent(note(NoteKind::Handel, "2026-03-01T10:00:00+01:00", "160601", 4000))));
}

void TestYearlySummary::figuresOfTheCompanyAndYear()
{
    const QString shown = text(YearlySummary(*m_store, Environment::Production, 2026, m_company));
    QVERIFY2(shown.contains(QStringLiteral("Årssammanställning 2026")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Testbolaget AB")));
    QVERIFY(shown.contains(QStringLiteral("556000-0167")));
    QVERIFY(shown.contains(QStringLiteral("Produktion")));
    QVERIFY2(shown.contains(QStringLiteral("Rapporterade anteckningar: 2")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Rapporterad mängd: ") + QLocale().toString(33.0, 'f', 3) +
                            QStringLiteral(" kg")),
             qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("16 06 01*")));
    QVERIFY(shown.contains(QStringLiteral("13 02 05*")));
    QVERIFY(shown.contains(QStringLiteral("Handel")));
    QVERIFY(shown.contains(QStringLiteral("Transport")));
    QVERIFY(!shown.contains(QLocale().toString(300.0, 'f', 3)));
    QVERIFY(!shown.contains(QLocale().toString(4000.0, 'f', 3)));
}

void TestYearlySummary::withoutACompanyNumberEveryNoteCounts()
{
    const QString shown = text(YearlySummary(*m_store, Environment::Production, 2026, Company()));
    QVERIFY2(shown.contains(QStringLiteral("Rapporterade anteckningar: 3")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("inget företagsnamn")));
}

void TestYearlySummary::writesAPdf()
{
    const QString file = m_dir.filePath(QStringLiteral("summary.pdf"));
    QVERIFY(YearlySummary(*m_store, Environment::Production, 2026, m_company).writePdf(file));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(4), QByteArray("%PDF"));
}

QTEST_MAIN(TestYearlySummary)
#include "tst_yearlysummary.moc"
