#include "forms/partyeditor.h"
#include "tests/gui/formtyping.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace avfall;
using avfall::forms::PartyEditor;

namespace {
constexpr IdentityAllowances kCompanyOrPerson =
    IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat;
constexpr IdentityAllowances kPreviousHolder =
    kCompanyOrPerson | IdentityAllowance::UnknownHolder | IdentityAllowance::MunicipalityHolder;
} // namespace

Q_DECLARE_METATYPE(avfall::IdentityAllowances)

class TestPartyEditor : public QObject
{
    Q_OBJECT

private slots:
    void liveCheck_data();
    void liveCheck();
    void checkFollowsEveryKeystroke();
    void savedPartiesFillTheNumber();
    void placeholderWordsOnlyWhereAllowed();
};

void TestPartyEditor::liveCheck_data()
{
    QTest::addColumn<IdentityAllowances>("allowed");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("valid");

    QTest::newRow("organisationsnummer") << kCompanyOrPerson << QStringLiteral("5560000167")
                                         << QStringLiteral("✓ 556000-0167 (organisationsnummer)") << true;
    QTest::newRow("with hyphen") << kCompanyOrPerson << QStringLiteral("556000-0167")
                                 << QStringLiteral("✓ 556000-0167 (organisationsnummer)") << true;
    QTest::newRow("personnummer") << kCompanyOrPerson << QStringLiteral("19121212-1212")
                                  << QStringLiteral("✓ 121212-1212 (personnummer)") << true;
    QTest::newRow("vat") << kCompanyOrPerson << QStringLiteral("dk 12345678")
                         << QStringLiteral("✓ DK12345678 (momsnummer)") << true;
    QTest::newRow("check digit") << kCompanyOrPerson << QStringLiteral("556000-0168")
                                 << QStringLiteral("Kontrollsiffran stämmer inte – kontrollera numret.")
                                 << false;
    QTest::newRow("too short") << kCompanyOrPerson << QStringLiteral("556000")
                               << QStringLiteral("Numret ska ha 10 siffror, men har 6.") << false;
    QTest::newRow("swedish vat") << kCompanyOrPerson << QStringLiteral("SE556000016701")
                                 << QStringLiteral("Svenska företag anges med organisationsnummer, inte med "
                                                   "VAT-nummer – skriv 5560000167.")
                                 << false;
    QTest::newRow("okänd allowed") << kPreviousHolder << QStringLiteral("okänd")
                                   << QStringLiteral("✓ OKÄND (tidigare innehavare okänd)") << true;
    QTest::newRow("kommun allowed") << kPreviousHolder << QStringLiteral("KOMMUN")
                                    << QStringLiteral("✓ KOMMUN (hushåll i kommunen)") << true;
    QTest::newRow("okänd not allowed") << kCompanyOrPerson << QStringLiteral("OKÄND")
                                       << QStringLiteral("OKÄND kan inte anges här.") << false;
    QTest::newRow("okand spelling") << kPreviousHolder << QStringLiteral("OKAND")
                                    << QStringLiteral("Skriv OKÄND med Ä.") << false;
}

void TestPartyEditor::liveCheck()
{
    QFETCH(IdentityAllowances, allowed);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(bool, valid);
    PartyEditor editor(allowed);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.checkLabel()->isVisible()); // nothing typed, nothing said
    test::typeText(editor.lineEdit(), typed);
    QVERIFY(editor.checkLabel()->isVisible());
    QCOMPARE(editor.checkLabel()->text(), shown);
    QCOMPARE(editor.check().isValid(), valid);
    QCOMPARE(editor.checkShowsProblem(), !valid);
    const QColor colour = editor.checkLabel()->palette().color(QPalette::WindowText);
    QVERIFY(valid ? colour.green() > colour.red() : colour.red() > colour.green());
}

void TestPartyEditor::checkFollowsEveryKeystroke()
{
    PartyEditor editor(kCompanyOrPerson);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edited(&editor, &PartyEditor::edited);
    test::typeText(editor.lineEdit(), QStringLiteral("556000016"));
    QCOMPARE(editor.checkLabel()->text(), QStringLiteral("Numret ska ha 10 siffror, men har 9."));
    test::typeText(editor.lineEdit(), QStringLiteral("7"));
    QCOMPARE(editor.checkLabel()->text(), QStringLiteral("✓ 556000-0167 (organisationsnummer)"));
    QTest::keyClick(editor.lineEdit(), Qt::Key_Backspace);
    QCOMPARE(editor.checkLabel()->text(), QStringLiteral("Numret ska ha 10 siffror, men har 9."));
    editor.lineEdit()->selectAll();
    QTest::keyClick(editor.lineEdit(), Qt::Key_Delete);
    QVERIFY(!editor.checkLabel()->isVisible());
    QCOMPARE(edited.count(), 12);
}

void TestPartyEditor::savedPartiesFillTheNumber()
{
    PartyEditor editor(kCompanyOrPerson);
    editor.setSavedParties({{QStringLiteral("556006-5087"), QStringLiteral("Kundföretaget i Ås AB")},
                            {QStringLiteral("2021005489"), QStringLiteral("Mottagaren AB")},
                            {QStringLiteral("OKÄND"), QStringLiteral("Inte en part här")}});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QComboBox *saved = editor.savedCombo();
    QVERIFY(saved->isVisible());
    QStringList items;
    for (int row = 0; row < saved->count(); ++row)
        items << saved->itemText(row);
    QCOMPARE(items,
             (QStringList{QStringLiteral("Sparade …"), QStringLiteral("556006-5087 Kundföretaget i Ås AB"),
                          QStringLiteral("202100-5489 Mottagaren AB")}));
    QSignalSpy edited(&editor, &PartyEditor::edited);
    saved->setFocus();
    QTest::keyClick(saved, Qt::Key_Down); // the keyboard picks the first saved party
    QCOMPARE(editor.text(), QStringLiteral("556006-5087"));
    QCOMPARE(saved->currentIndex(), 0); // ready for the next pick
    QCOMPARE(edited.count(), 1);
    QCOMPARE(editor.checkLabel()->text(),
             QStringLiteral("✓ 556006-5087 Kundföretaget i Ås AB (organisationsnummer)"));
    QCOMPARE(editor.savedName(), QStringLiteral("Kundföretaget i Ås AB"));
}

void TestPartyEditor::placeholderWordsOnlyWhereAllowed()
{
    PartyEditor company(kCompanyOrPerson);
    QCOMPARE(company.lineEdit()->placeholderText(),
             QStringLiteral("Organisationsnummer, personnummer eller momsnummer"));
    QVERIFY(!company.savedCombo()->isVisibleTo(&company)); // nothing to pick from
    PartyEditor holder(kPreviousHolder);
    QCOMPARE(holder.lineEdit()->placeholderText(),
             QStringLiteral("Organisationsnummer, personnummer, momsnummer, OKÄND eller KOMMUN"));
    QVERIFY(holder.savedCombo()->isVisibleTo(&holder));
    QVERIFY(holder.savedCombo()->findData(QStringLiteral("OKÄND")) > 0);
    QVERIFY(holder.savedCombo()->findData(QStringLiteral("KOMMUN")) > 0);
}

QTEST_MAIN(TestPartyEditor)
#include "tst_partyeditor.moc"
