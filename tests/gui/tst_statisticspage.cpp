#include "app/statisticspage.h"
#include "core/settings.h"
#include "store/notestore.h"
#include "tests/support/dialoganswers.h"
#include "tests/support/samplenotes.h"
#include "tests/support/storedriver.h"
#include "tests/support/testprofile.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace avfall;
using namespace avfall::test;
using avfall::app::StatisticsPage;

// The Statistik page as the user sees it: a period typed into the month fields, the bars and the
// figures beside them, the value of a hovered bar, the chart saved as PNG, the empty state.
class TestStatisticsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedPeriodShowsItsMonths();
    void otherChartsAndTheirFigures_data();
    void otherChartsAndTheirFigures();
    void hoverShowsTheValue();
    void savesTheChartAsPngAndPdf_data();
    void savesTheChartAsPngAndPdf();
    void emptyEnvironmentSaysWhatToDo();
    void yearlySummaryIsReachable();

private:
    void typeMonth(QDateEdit *edit, const QString &month);
    QString figure(int row, int column) const;
    TestProfile m_profile;
    std::unique_ptr<NoteStore> m_store;
    std::unique_ptr<StatisticsPage> m_page;
    QString m_savedTo;
    test::DialogAnswers m_answers; // every "Spara som …" of the page ends here
};

void TestStatisticsPage::initTestCase()
{
    QVERIFY(m_profile.profile().ensureDirectories());
    Settings settings(m_profile.profile());
    settings.setOwnCompany({QString::fromLatin1(samples::kOwnOrganisation), QStringLiteral("Testbolaget AB"),
                            QStringLiteral("Anna Svensson"), QStringLiteral("anna@testbolaget.se"),
                            QStringLiteral("08-123 456 78"), QString()});
    settings.sync();
    m_store = NoteStore::open(m_profile.profile().databaseFile());
    QVERIFY(m_store);
    StoreDriver driver(*m_store);
    const auto note = [](NoteKind kind, const char *tidpunkt, const char *code, double kilograms) {
        QJsonObject result =
            withValue(samples::note(kind), QStringLiteral("tidpunkt"), QString::fromLatin1(tidpunkt));
        result = withValue(result, QStringLiteral("avfall.kod"), QString::fromLatin1(code));
        return withValue(result, QStringLiteral("avfall.mangd"), kilograms);
    };
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Production,
                            note(NoteKind::Handel, "2026-01-15T10:00:00+01:00", "160601", 10)));
    // 31 January 23:30 UTC is February in Sweden.
    QVERIFY(driver.sendNote(NoteKind::Transportplanering, Environment::Production,
                            note(NoteKind::Transportplanering, "2026-01-31T23:30:00Z", "130205", 2.5)));
    const qint64 corrected =
        driver.sendNote(NoteKind::Handel, Environment::Production,
                        note(NoteKind::Handel, "2026-03-02T08:00:00+01:00", "160601", 7));
    QVERIFY(m_store->enqueueCorrection(corrected,
                                       note(NoteKind::Handel, "2026-03-02T08:00:00+01:00", "160601", 70)));
    QVERIFY(driver.answer(Environment::Production, NoteState::Sent));
    QVERIFY(driver.sendNote(NoteKind::Handel, Environment::Sandbox,
                            note(NoteKind::Handel, "2026-02-12T08:00:00+01:00", "160601", 5000)));
    m_answers.saveAs = [this](const QString &suggested, const QString &) {
        return m_savedTo.isEmpty() ? suggested : m_savedTo;
    };
}

void TestStatisticsPage::init()
{
    m_page = std::make_unique<StatisticsPage>(*m_store, m_profile.profile());
    m_page->resize(1000, 650);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    typeMonth(m_page->findChild<QDateEdit *>(QStringLiteral("fromMonth")), QStringLiteral("2026-01"));
    typeMonth(m_page->findChild<QDateEdit *>(QStringLiteral("toMonth")), QStringLiteral("2026-03"));
}

void TestStatisticsPage::cleanup()
{
    m_page.reset();
}

void TestStatisticsPage::typeMonth(QDateEdit *edit, const QString &month)
{
    QVERIFY(edit);
    edit->setFocus();
    // The year section first, then the hyphen moves on to the month, as a user types "2026-03".
    QTest::keyClick(edit, Qt::Key_Home);
    QTest::keyClicks(edit, month);
    QCOMPARE(edit->date().toString(QStringLiteral("yyyy-MM")), month);
}

QString TestStatisticsPage::figure(int row, int column) const
{
    const QTableWidgetItem *item = m_page->figures()->item(row, column);
    return item ? item->text() : QString();
}

void TestStatisticsPage::typedPeriodShowsItsMonths()
{
    QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("periodPreset"))->currentText(),
             QStringLiteral("Eget urval"));
    // Produktion by default: the sandbox's 5,000 kg are not mixed in; the accepted correction's 70 kg
    // count, not the 7 kg it replaced.
    QVERIFY2(m_page->totalText().contains(QLocale().toString(82.5) + QStringLiteral(" kg i 3 anteckningar")),
             qPrintable(m_page->totalText()));
    QVERIFY(m_page->totalText().contains(QStringLiteral("Produktion")));
    QBarSet *bars = m_page->bars(StatisticsPage::Months);
    QCOMPARE(bars->count(), 3);
    QCOMPARE(bars->at(0), 10.0);
    QCOMPARE(bars->at(1), 2.5);
    QCOMPARE(bars->at(2), 70.0);
    QCOMPARE(m_page->figures()->rowCount(), 3);
    QCOMPARE(figure(1, 1), QStringLiteral("1"));
    QCOMPARE(figure(1, 2), QLocale().toString(2.5));
    QCOMPARE(figure(2, 2), QStringLiteral("70"));
    QVERIFY(m_page->emptyText().isEmpty());
}

void TestStatisticsPage::otherChartsAndTheirFigures_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("firstKilograms");
    QTest::addColumn<int>("rows");
    QTest::newRow("waste codes") << int(StatisticsPage::WasteCodes) << QStringLiteral("16 06 01*")
                                 << QStringLiteral("80") << 2;
    QTest::newRow("note types") << int(StatisticsPage::NoteTypes) << QStringLiteral("Transportplanering")
                                << QLocale().toString(2.5) << 2;
    QTest::newRow("parties") << int(StatisticsPage::Parties) << QStringLiteral("556006-5087")
                             << QStringLiteral("80") << 2;
}

void TestStatisticsPage::otherChartsAndTheirFigures()
{
    QFETCH(int, tab);
    QFETCH(QString, firstLabel);
    QFETCH(QString, firstKilograms);
    QFETCH(int, rows);
    QTabBar *tabs = m_page->charts()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
    QCOMPARE(m_page->charts()->currentIndex(), tab);
    QCOMPARE(m_page->figures()->rowCount(), rows);
    QVERIFY2(figure(0, 0).startsWith(firstLabel), qPrintable(figure(0, 0)));
    QCOMPARE(figure(0, 2), firstKilograms);
    // The bars of the chart hold the same figures; the first row is the top bar, drawn last.
    QBarSet *bars = m_page->bars(StatisticsPage::Chart(tab));
    QCOMPARE(bars->count(), rows);
    QCOMPARE(QLocale().toString(bars->at(rows - 1)), firstKilograms);
}

void TestStatisticsPage::hoverShowsTheValue()
{
    QChartView *view = m_page->chartView(StatisticsPage::Months);
    QChart *chart = view->chart();
    QAbstractSeries *series = chart->series().constFirst();
    // The middle of March's bar, where the mouse would rest.
    const QPointF inChart = chart->mapToPosition(QPointF(2, 35), series);
    const QPoint onScreen = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseMove(view->viewport(), onScreen);
    QTRY_VERIFY2(m_page->hoverText().contains(QStringLiteral("70 kg")), qPrintable(m_page->hoverText()));
    QVERIFY2(m_page->hoverText().contains(QStringLiteral("1 anteckning")), qPrintable(m_page->hoverText()));
}

void TestStatisticsPage::savesTheChartAsPngAndPdf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("PNG") << QStringLiteral("diagram.png") << QByteArray("\x89PNG");
    QTest::newRow("PDF") << QStringLiteral("diagram.pdf") << QByteArray("%PDF");
}

void TestStatisticsPage::savesTheChartAsPngAndPdf()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    QTemporaryDir directory;
    m_savedTo = directory.filePath(name);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("saveChartButton")), Qt::LeftButton);
    m_savedTo.clear();
    QFile file(directory.filePath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4).startsWith(start));
    if (name.endsWith(QLatin1String(".png"))) {
        const QImage image(directory.filePath(name));
        QCOMPARE(image.size(), m_page->chartView(StatisticsPage::Months)->size());
    }
}

void TestStatisticsPage::emptyEnvironmentSaysWhatToDo()
{
    auto *environment = m_page->findChild<QComboBox *>(QStringLiteral("environmentChooser"));
    environment->setFocus();
    QTest::keyClick(environment, Qt::Key_Down); // Produktion → Test
    QCOMPARE(environment->currentText(), QStringLiteral("Test"));
    QVERIFY2(m_page->emptyText().contains(QStringLiteral("Inga rapporterade anteckningar i Test")),
             qPrintable(m_page->emptyText()));
    QVERIFY(m_page->emptyText().contains(QStringLiteral("Ny anteckning")));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("saveChartButton"))->isEnabled());
    QTest::keyClick(environment, Qt::Key_Down); // Sandlåda: its own notes only
    QCOMPARE(m_page->bars(StatisticsPage::Months)->at(1), 5000.0);
    QCOMPARE(m_page->bars(StatisticsPage::Months)->at(0), 0.0);
}

void TestStatisticsPage::yearlySummaryIsReachable()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("yearlySummaryButton"));
    QVERIFY(button->text().contains(QStringLiteral("2026")));
    QTemporaryDir directory;
    m_savedTo = directory.filePath(QStringLiteral("sammanstallning.pdf"));
    QTest::mouseClick(button, Qt::LeftButton);
    QFile file(m_savedTo);
    m_savedTo.clear();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
}

QTEST_MAIN(TestStatisticsPage)
#include "tst_statisticspage.moc"
