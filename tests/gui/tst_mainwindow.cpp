#include "appbackend.h"
#include "environmentbadge.h"
#include "mainwindow.h"
#include "navigationdelegate.h"
#include "noteform.h"
#include "notejson.h"
#include "notelistpage.h"
#include "notepage.h"
#include "notetablemodel.h"
#include "samplenotes.h"
#include "settings.h"
#include "testprofile.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace avfall;
using avfall::app::MainWindow;

Q_DECLARE_METATYPE(avfall::NoteKind)

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigationListsTheEightNoteTypesAndMyNotes();
    void choosingANoteTypeShowsItsForm();
    void keyboardNavigationReachesHistory();
    void emptyListsSayWhatToDo();
    void statusBarShowsTheEnvironment();
    void environmentMenuChangesAndRemembers();
    void menusExist();
    void sendToTheSandboxAndFindItInTheHistory_data();
    void sendToTheSandboxAndFindItInTheHistory();
    void csvExportNeutralisesFormulas();
    void damagedDatabaseIsShownPlainly();

private:
    static void clickEntry(MainWindow &window, const QString &title);
};

void TestMainWindow::initTestCase()
{
    qputenv("AVFALL_SKIP_FIRST_START", "1");
}

namespace {
QStringList navigationTitles(QListWidget *list)
{
    QStringList titles;
    for (int row = 0; row < list->count(); ++row)
        titles << list->item(row)->text();
    return titles;
}
} // namespace

void TestMainWindow::clickEntry(MainWindow &window, const QString &title)
{
    const auto items = window.navigation()->findItems(title, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = window.navigation()->visualItemRect(items.first());
    QTest::mouseClick(window.navigation()->viewport(), Qt::LeftButton, {}, rect.center());
}

void TestMainWindow::navigationListsTheEightNoteTypesAndMyNotes()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    const QStringList titles = navigationTitles(window.navigation());
    QCOMPARE(titles.first(), QStringLiteral("Ny anteckning"));
    for (const NoteType &type : noteTypes())
        QVERIFY2(titles.contains(type.displayTitle()), qPrintable(type.displayTitle()));
    QVERIFY(titles.contains(QStringLiteral("Jag transporterar farligt avfall")));
    for (const QString &title : {QStringLiteral("Utkast"), QStringLiteral("Kö"), QStringLiteral("Historik")})
        QVERIFY2(titles.contains(title), qPrintable(title));
    const auto items =
        window.navigation()->findItems(QStringLiteral("Jag transporterar farligt avfall"), Qt::MatchExactly);
    QVERIFY(items.first()
                ->data(app::NavigationDelegate::SubtitleRole)
                .toString()
                .contains(QStringLiteral("6 kap. 2 §")));
}

void TestMainWindow::choosingANoteTypeShowsItsForm()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickEntry(window, QStringLiteral("Jag tar emot farligt avfall till insamling"));
    auto *page = qobject_cast<app::NotePage *>(window.currentPage());
    QVERIFY(page);
    QCOMPARE(page->kind(), NoteKind::InsamlingsMottagning);
    QVERIFY(!page->sendButton()->isEnabled());
    QVERIFY(page->form()->sectionTitles().contains(QStringLiteral("Platser")));
}

void TestMainWindow::keyboardNavigationReachesHistory()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.navigation()->setFocus();
    QTest::keyClick(window.navigation(), Qt::Key_End);
    auto *page = qobject_cast<app::NoteListPage *>(window.currentPage());
    QVERIFY(page);
    QCOMPARE(page->kind(), app::NoteListPage::Kind::History);
    QTest::keyClick(window.navigation(), Qt::Key_Home);
    QCOMPARE(window.navigation()->currentItem()->text(), noteTypes().first().displayTitle());
}

void TestMainWindow::emptyListsSayWhatToDo()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    window.show();
    for (auto page : {MainWindow::Page::Drafts, MainWindow::Page::Queue, MainWindow::Page::History}) {
        window.showPage(page);
        auto *list = qobject_cast<app::NoteListPage *>(window.currentPage());
        QVERIFY(list);
        QVERIFY2(list->emptyText().size() > 30, qPrintable(list->emptyText()));
    }
}

void TestMainWindow::statusBarShowsTheEnvironment()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    QCOMPARE(window.environmentBadge()->environment(), Environment::Sandbox);
    QVERIFY(window.environmentBadge()->text().contains(QStringLiteral("Sandlåda")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sandlåda")));

    Settings(profile.profile()).setEnvironment(Environment::Production);
    MainWindow production(profile.profile());
    QVERIFY(production.environmentBadge()->text().contains(QStringLiteral("Produktion")));
    QVERIFY(app::EnvironmentBadge::colorFor(Environment::Production) !=
            app::EnvironmentBadge::colorFor(Environment::Test));
}

void TestMainWindow::environmentMenuChangesAndRemembers()
{
    test::TestProfile profile;
    {
        MainWindow window(profile.profile());
        QAction *testAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->data().toString() == QStringLiteral("test"))
                testAction = action;
        }
        QVERIFY(testAction);
        testAction->trigger();
        QVERIFY(window.environmentBadge()->text().contains(QStringLiteral("Test")));
    }
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Test);
}

void TestMainWindow::menusExist()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("Arkiv"), QStringLiteral("Inställningar"),
                                 QStringLiteral("Hjälp")}));
}

void TestMainWindow::sendToTheSandboxAndFindItInTheHistory_data()
{
    QTest::addColumn<NoteKind>("kind");
    for (const NoteType &type : noteTypes())
        QTest::newRow(qPrintable(type.model)) << type.kind;
}

// Each of the eight types, chosen in the navigation, sent through the review to the sandbox and
// found in the history with its CSV row and receipt. (Typing every field of each type into the
// form is tst_noteform's typedNoteEqualsSample.)
void TestMainWindow::sendToTheSandboxAndFindItInTheHistory()
{
    QFETCH(NoteKind, kind);
    test::TestProfile profile;
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickEntry(window, noteType(kind).displayTitle());
    auto *page = qobject_cast<app::NotePage *>(window.currentPage());
    QVERIFY(page);
    // The long part from a sample, the reference typed like a user would.
    notejson::FlatValues values = notejson::flatten(kind, test::samples::note(kind));
    values.remove(QStringLiteral("referens"));
    values.insert(QStringLiteral("tidpunkt"),
                  QDateTime::currentDateTime().addSecs(-60).toString(Qt::ISODate));
    if (kind == NoteKind::Handel)
        values.insert(QStringLiteral("transaktionsDatum"),
                      QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    page->form()->setValues(values);
    QWidget *reference = page->form()->inputFor(QStringLiteral("referens"));
    QVERIFY(reference);
    reference->setFocus();
    QTest::keyClicks(reference, QStringLiteral("Order 77"));
    QTRY_VERIFY(page->sendButton()->isEnabled());

    app::NotePage::setReviewAnswerForTests(QDialog::Accepted);
    QTest::mouseClick(page->sendButton(), Qt::LeftButton);
    app::NotePage::setReviewAnswerForTests(-1);
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("Mottagen av registret")), 20000);

    window.showPage(MainWindow::Page::History);
    auto *history = qobject_cast<app::NoteListPage *>(window.currentPage());
    QVERIFY(history);
    QTRY_COMPARE(history->model()->rowCount(), 1);
    const StoredNote *note = history->model()->noteAt(0);
    QCOMPARE(note->state, NoteState::Sent);
    QCOMPARE(note->referens, QStringLiteral("Order 77"));
    history->table()->selectRow(0);
    QVERIFY2(history->detailsText().contains(note->avfallId), qPrintable(history->detailsText()));

    QTemporaryDir dir;
    QVERIFY(history->exportCsv(dir.filePath(QStringLiteral("ut.csv"))));
    QFile csv(dir.filePath(QStringLiteral("ut.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    QVERIFY(content.contains(';'));
    QVERIFY(content.contains(note->avfallId.toUtf8()));
    QVERIFY(window.queueLabel()->text().contains(QStringLiteral("Kön är tom")));

    // The receipt as PDF.
    const QString receipt = dir.filePath(QStringLiteral("kvitto.pdf"));
    QVERIFY(history->writeReceipt(note->id, receipt));
    QFile pdf(receipt);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestMainWindow::csvExportNeutralisesFormulas()
{
    // References typed by a user or a counterparty end up in the export: Excel must show them as
    // text, never run them.
    test::TestProfile profile;
    QString error;
    QVERIFY(profile.profile().ensureDirectories(&error));
    {
        auto store = NoteStore::open(profile.profile().databaseFile());
        QVERIFY(store);
        for (const QString &referens : {QStringLiteral("=HYPERLINK(\"http://x.test\";\"Öppna\")"),
                                        QStringLiteral("@SUM(1+1)"), QStringLiteral("rad ett\rrad två")}) {
            QVERIFY(store->enqueue(NoteKind::Handel, Environment::Production,
                                   test::withValue(test::samples::note(NoteKind::Handel),
                                                   QStringLiteral("referens"), referens)));
        }
    }
    MainWindow window(profile.profile());
    window.show();
    window.showPage(MainWindow::Page::History);
    auto *history = qobject_cast<app::NoteListPage *>(window.currentPage());
    QVERIFY(history);
    QTRY_COMPARE(history->model()->rowCount(), 3);
    QTemporaryDir dir;
    QVERIFY(history->exportCsv(dir.filePath(QStringLiteral("ut.csv"))));
    QFile csv(dir.filePath(QStringLiteral("ut.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(csv.readAll());
    QVERIFY2(content.contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://x.test\"\";\"\"Öppna\"\")\"")),
             qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral(";'@SUM(1+1)")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral(";\"rad ett\rrad två\"")), qPrintable(content));
    for (const QString &line : content.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        for (const QString &cell : line.split(QLatin1Char(';')))
            QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('@')),
                     qPrintable(line));
    }
}

void TestMainWindow::damagedDatabaseIsShownPlainly()
{
    test::TestProfile profile;
    QVERIFY(profile.damageDatabase());
    // The message box the window shows, read and closed like a user would.
    QString shown;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    watcher.start(20);
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QVERIFY2(shown.startsWith(QStringLiteral("Databasen är skadad")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("file is not a database")), qPrintable(shown));
    auto *label = window.findChild<QLabel *>(QStringLiteral("startError"));
    QVERIFY(label);
    QCOMPARE(label->text(), shown);
    QVERIFY(label->isVisible());
    // The window stays usable for what does not need the database: it can be closed.
    window.showPage(MainWindow::Page::History);
    QVERIFY(window.close());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
