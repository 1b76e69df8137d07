#include "emptystatepage.h"
#include "environmentbadge.h"
#include "mainwindow.h"
#include "navigationdelegate.h"
#include "settings.h"
#include "testprofile.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>

using namespace avfall;
using avfall::app::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void navigationListsTheEightNoteTypesAndMyNotes();
    void choosingANoteTypeShowsItsPage();
    void keyboardNavigationReachesHistory();
    void statusBarShowsTheEnvironment();
    void environmentMenuChangesAndRemembers();
    void menusExist();
};

namespace {
QStringList navigationTitles(QListWidget *list)
{
    QStringList titles;
    for (int row = 0; row < list->count(); ++row)
        titles << list->item(row)->text();
    return titles;
}
} // namespace

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
    // The law paragraph is the second line of each note type.
    const auto items =
        window.navigation()->findItems(QStringLiteral("Jag transporterar farligt avfall"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first()
                ->data(app::NavigationDelegate::SubtitleRole)
                .toString()
                .contains(QStringLiteral("6 kap. 2 §")));
}

void TestMainWindow::choosingANoteTypeShowsItsPage()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto items = window.navigation()->findItems(
        QStringLiteral("Jag tar emot farligt avfall till insamling"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = window.navigation()->visualItemRect(items.first());
    QTest::mouseClick(window.navigation()->viewport(), Qt::LeftButton, {}, rect.center());
    auto *page = qobject_cast<app::EmptyStatePage *>(window.currentPage());
    QVERIFY(page);
    QCOMPARE(page->heading(), QStringLiteral("Jag tar emot farligt avfall till insamling"));
    QVERIFY(page->explanation().contains(QStringLiteral("avfall validate insamlingar")));
}

void TestMainWindow::keyboardNavigationReachesHistory()
{
    test::TestProfile profile;
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.navigation()->setFocus();
    QTest::keyClick(window.navigation(), Qt::Key_End);
    auto *page = qobject_cast<app::EmptyStatePage *>(window.currentPage());
    QVERIFY(page);
    QCOMPARE(page->heading(), QStringLiteral("Ingen historik ännu"));
    // Section headers cannot be selected: Home lands on the first note type.
    QTest::keyClick(window.navigation(), Qt::Key_Home);
    QCOMPARE(window.navigation()->currentItem()->text(), noteTypes().first().displayTitle());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
