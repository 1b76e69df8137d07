#include "forms/wastecodepicker.h"
#include "models/wastecodemodel.h"
#include "tests/gui/formtyping.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace avfall;
using avfall::forms::WasteCodeBrowser;
using avfall::forms::WasteCodePicker;

namespace {

QStringList shownCodes(const WasteCodePicker &picker)
{
    QStringList codes;
    const QAbstractItemModel *model = picker.results();
    for (int row = 0; row < model->rowCount(); ++row)
        codes << model->index(row, 0).data(WasteCodeRoles::CodeRole).toString();
    return codes;
}

// The picker in a window of its own, typed into like a user would.
struct Shown
{
    WasteCodePicker picker;
    Shown()
    {
        picker.resize(600, 80);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        picker.lineEdit()->setFocus();
    }
};

} // namespace

class TestWasteCodePicker : public QObject
{
    Q_OBJECT

private slots:
    void wordsFindBlybatterierFirst();
    void partOfACompoundFindsIt_data();
    void partOfACompoundFindsIt();
    void codesTheBusinessUsesComeFirst();
    void enterTakesTheFirstHit();
    void synonymFindsWasteOil();
    void digitsListTheSubchapter();
    void onlySixDigitCodesAreOffered();
    void chapterCannotBeChosenInTheTree();
    void browseButtonChoosesFromTheTree();
    void codeValidOnlyFromDecemberIsNotOfferedBefore();
    void typedCodeIsExplained();
};

void TestWasteCodePicker::wordsFindBlybatterierFirst()
{
    Shown shown;
    test::typeText(shown.picker.lineEdit(), QStringLiteral("blybatt"));
    QVERIFY(shown.picker.popup()->isVisible());
    QCOMPARE(shownCodes(shown.picker).value(0), QStringLiteral("160601"));
    const QString firstLine = shown.picker.popup()->model()->index(0, 0).data().toString();
    QVERIFY2(firstLine.contains(QStringLiteral("16 06 01*")), qPrintable(firstLine));
    QVERIFY2(firstLine.contains(QStringLiteral("Blybatterier")), qPrintable(firstLine));
    QVERIFY2(firstLine.contains(QStringLiteral("⚠ farligt")), qPrintable(firstLine));
}

// Issue 14: "batterier" offers 16 06 01* Blybatterier, as "blybatterier" does: the end or the
// middle of a Swedish compound is found too.
void TestWasteCodePicker::partOfACompoundFindsIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("batterier") << QStringLiteral("batterier") << QStringLiteral("160601");
    QTest::newRow("batteri") << QStringLiteral("batteri") << QStringLiteral("160601");
    QTest::newRow("kadmium inside nickel-kadmiumbatterier")
        << QStringLiteral("kadmiumbatt") << QStringLiteral("160602");
    QTest::newRow("filter inside oljefilter") << QStringLiteral("filter") << QStringLiteral("160107");
}

void TestWasteCodePicker::partOfACompoundFindsIt()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    Shown shown;
    test::typeText(shown.picker.lineEdit(), typed);
    QVERIFY(shown.picker.popup()->isVisible());
    const QStringList codes = shownCodes(shown.picker);
    QVERIFY2(codes.contains(code), qPrintable(codes.join(u' ')));
    // Hazardous waste first: the notes are about it.
    QVERIFY(shown.picker.results()->index(0, 0).data(WasteCodeRoles::HazardousRole).toBool());
    if (typed.startsWith(QLatin1String("batteri"))) {
        QCOMPARE(codes.value(0), code);
        QTest::keyClick(shown.picker.popup(), Qt::Key_Return);
        QCOMPARE(shown.picker.code(), code);
        QVERIFY(shown.picker.infoText().contains(QStringLiteral("Blybatterier")));
    }
}

void TestWasteCodePicker::codesTheBusinessUsesComeFirst()
{
    Shown shown;
    test::typeText(shown.picker.lineEdit(), QStringLiteral("olja"));
    QTRY_VERIFY(shown.picker.popup()->isVisible());
    const QStringList before = shownCodes(shown.picker);
    QVERIFY(before.contains(QStringLiteral("130208")));
    QVERIFY(before.value(0) != QStringLiteral("130208"));
    // The workshop has reported 13 02 08* twice and 16 01 07* once.
    shown.picker.setPreferredCodes({QStringLiteral("130208"), QStringLiteral("160107")});
    shown.picker.lineEdit()->clear();
    test::typeText(shown.picker.lineEdit(), QStringLiteral("olja"));
    QCOMPARE(shownCodes(shown.picker).value(0), QStringLiteral("130208"));
}

void TestWasteCodePicker::enterTakesTheFirstHit()
{
    Shown shown;
    QSignalSpy chosen(&shown.picker, &WasteCodePicker::codeChosen);
    test::typeText(shown.picker.lineEdit(), QStringLiteral("blybatterier"));
    QVERIFY(shown.picker.popup()->isVisible());
    // The popup has the keyboard while it is open.
    QTest::keyClick(shown.picker.popup(), Qt::Key_Return);
    QVERIFY(!shown.picker.popup()->isVisible());
    QCOMPARE(shown.picker.lineEdit()->text(), QStringLiteral("160601"));
    QCOMPARE(shown.picker.code(), QStringLiteral("160601"));
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(chosen.last().at(0).toString(), QStringLiteral("160601"));
    QCOMPARE(shown.picker.infoText(), QStringLiteral("16 06 01* Blybatterier – ⚠ farligt avfall"));
}

void TestWasteCodePicker::synonymFindsWasteOil()
{
    Shown shown;
    test::typeText(shown.picker.lineEdit(), QStringLiteral("spillolja"));
    const QStringList codes = shownCodes(shown.picker);
    QVERIFY(!codes.isEmpty());
    QCOMPARE(codes.first(), QStringLiteral("130205"));
    // Down to the second hit, Enter takes that one.
    QTest::keyClick(shown.picker.popup(), Qt::Key_Down);
    QTest::keyClick(shown.picker.popup(), Qt::Key_Return);
    QCOMPARE(shown.picker.code(), codes.at(1));
}

void TestWasteCodePicker::digitsListTheSubchapter()
{
    Shown shown;
    shown.picker.setDate(QDate(2026, 6, 1)); // the 2020 wording
    test::typeText(shown.picker.lineEdit(), QStringLiteral("1606"));
    const QStringList codes = shownCodes(shown.picker);
    QCOMPARE(codes,
             (QStringList{QStringLiteral("160601"), QStringLiteral("160602"), QStringLiteral("160603"),
                          QStringLiteral("160604"), QStringLiteral("160605"), QStringLiteral("160606")}));
    // Until a whole code is chosen the line under the field says what to do.
    QCOMPARE(shown.picker.code(), QStringLiteral("1606"));
    QVERIFY(!shown.picker.entry());
    QVERIFY2(shown.picker.infoText().contains(QStringLiteral("är ett kapitel")),
             qPrintable(shown.picker.infoText()));
}

void TestWasteCodePicker::onlySixDigitCodesAreOffered()
{
    Shown shown;
    test::typeText(shown.picker.lineEdit(), QStringLiteral("16"));
    const QStringList codes = shownCodes(shown.picker);
    QVERIFY(codes.size() > 10);
    for (const QString &code : codes) {
        QCOMPARE(code.size(), 6);
        QVERIFY(code.startsWith(QStringLiteral("16")));
    }
    for (int row = 0; row < shown.picker.results()->rowCount(); ++row)
        QVERIFY(shown.picker.results()->index(row, 0).data(WasteCodeRoles::ReportableRole).toBool());
}

void TestWasteCodePicker::chapterCannotBeChosenInTheTree()
{
    WasteCodeBrowser browser(ValueLists::bundled().wasteCodesOn(QDate(2026, 11, 27)));
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTreeView *tree = browser.tree();
    const QModelIndex chapter = browser.model()->indexOfCode(u"16");
    const QModelIndex subchapter = browser.model()->indexOfCode(u"1606");
    QVERIFY(chapter.isValid() && subchapter.isValid());

    tree->setFocus();
    tree->setCurrentIndex(chapter);
    QVERIFY(!browser.chooseButton()->isEnabled());
    QVERIFY(browser.chosenCode().isEmpty());
    // Clicking a chapter selects nothing; Enter does not close the dialog with it.
    tree->expand(chapter);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(chapter).center());
    QVERIFY(tree->selectionModel()->selectedIndexes().isEmpty());
    QTest::keyClick(&browser, Qt::Key_Return);
    QVERIFY(browser.isVisible());
    QCOMPARE(browser.result(), int(QDialog::Rejected));

    tree->expand(subchapter);
    tree->setCurrentIndex(subchapter);
    QVERIFY(!browser.chooseButton()->isEnabled());

    const QModelIndex entry = browser.model()->indexOfCode(u"160601");
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(entry).center());
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), entry);
    QVERIFY(browser.chooseButton()->isEnabled());
    QCOMPARE(browser.chosenCode(), QStringLiteral("160601"));
}

void TestWasteCodePicker::browseButtonChoosesFromTheTree()
{
    Shown shown;
    QSignalSpy chosen(&shown.picker, &WasteCodePicker::codeChosen);
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *browser = qobject_cast<WasteCodeBrowser *>(QApplication::activeModalWidget());
        QVERIFY(browser);
        sawDialog = true;
        const QModelIndex entry = browser->model()->indexOfCode(u"130205");
        browser->tree()->setCurrentIndex(entry);
        QTest::mouseClick(browser->chooseButton(), Qt::LeftButton);
    });
    QTest::mouseClick(shown.picker.browseButton(), Qt::LeftButton);
    QVERIFY(sawDialog);
    QCOMPARE(shown.picker.code(), QStringLiteral("130205"));
    QCOMPARE(chosen.count(), 1);
}

void TestWasteCodePicker::codeValidOnlyFromDecemberIsNotOfferedBefore()
{
    // 16 06 07* comes with the new wording of 2026-12-09.
    Shown shown;
    shown.picker.setDate(QDate(2026, 12, 1));
    test::typeText(shown.picker.lineEdit(), QStringLiteral("160607"));
    QVERIFY(shownCodes(shown.picker).isEmpty());
    QVERIFY(!shown.picker.entry());
    QVERIFY2(shown.picker.infoText().contains(
                 QStringLiteral("finns inte i förteckningen som gäller den 1 december 2026")),
             qPrintable(shown.picker.infoText()));
    test::typeText(shown.picker.lineEdit(), QString()); // nothing more typed

    shown.picker.setDate(QDate(2026, 12, 9));
    QCOMPARE(shownCodes(shown.picker), QStringList{QStringLiteral("160607")});
    QVERIFY(shown.picker.entry());
    QVERIFY(!shown.picker.infoText().contains(QStringLiteral("finns inte")));

    // Both ways round: 16 06 05 exists only in the old wording.
    shown.picker.lineEdit()->clear();
    test::typeText(shown.picker.lineEdit(), QStringLiteral("1606"));
    QVERIFY(!shownCodes(shown.picker).contains(QStringLiteral("160605")));
    shown.picker.setDate(QDate(2026, 12, 1));
    QVERIFY(shownCodes(shown.picker).contains(QStringLiteral("160605")));
    QVERIFY(!shownCodes(shown.picker).contains(QStringLiteral("160607")));
}

void TestWasteCodePicker::typedCodeIsExplained()
{
    Shown shown;
    QSignalSpy chosen(&shown.picker, &WasteCodePicker::codeChosen);
    test::typeText(shown.picker.lineEdit(), QStringLiteral("130205"));
    QCOMPARE(chosen.count(), 1); // a complete valid code counts as chosen
    QVERIFY2(shown.picker.infoText().startsWith(QStringLiteral("13 02 05* ")),
             qPrintable(shown.picker.infoText()));
    QVERIFY(shown.picker.infoText().endsWith(QStringLiteral("⚠ farligt avfall")));
    shown.picker.lineEdit()->clear();
    test::typeText(shown.picker.lineEdit(), QStringLiteral("999999"));
    QCOMPARE(shown.picker.infoText(),
             QStringLiteral("999999 finns inte i avfallsförordningens förteckning."));
    shown.picker.lineEdit()->clear();
    test::typeText(shown.picker.lineEdit(), QStringLiteral("xyzzy"));
    QCOMPARE(shown.picker.infoText(),
             QStringLiteral("Ingen avfallskod passar. Prova ett annat ord eller Bläddra…"));
}

QTEST_MAIN(TestWasteCodePicker)
#include "tst_wastecodepicker.moc"
