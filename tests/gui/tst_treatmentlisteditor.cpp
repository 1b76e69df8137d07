#include "core/notejson.h"
#include "forms/formwidgets.h"
#include "forms/treatmentlisteditor.h"
#include "models/valuelistmodels.h"
#include "tests/gui/formtyping.h"
#include "tests/support/samplenotes.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace avfall;
using avfall::forms::TreatmentListEditor;

namespace {

QStringList codesIn(const QComboBox *combo)
{
    QStringList codes;
    for (int row = 0; row < combo->count(); ++row)
        codes << combo->itemData(row).toString();
    return codes;
}

const QDate kDate(2026, 11, 27);

} // namespace

class TestTreatmentListEditor : public QObject
{
    Q_OBJECT

private slots:
    void onlyValidSubcodesAreOffered();
    void aSingleSubcodeIsChosenForTheUser();
    void methodWithoutSubcodes();
    void rowsAreAddedAndRemoved();
    void wasteOilSectionOnlyForWasteOil();
    void quantitiesFollowTheResultType();
    void roundTrip();
    void problemsAtTheirRows();
};

void TestTreatmentListEditor::onlyValidSubcodesAreOffered()
{
    TreatmentListEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QComboBox *subcode = editor.subcodeCombo(0);
    QVERIFY(!subcode->isEnabled()); // nothing to choose before the method
    test::typeChoice(editor.methodCombo(0), QStringLiteral("R4"));
    QCOMPARE(editor.methodCombo(0)->currentData().toString(), QStringLiteral("R4"));
    QVERIFY(subcode->isEnabled());
    QCOMPARE(codesIn(subcode), (QStringList{QStringLiteral("A"), QStringLiteral("F")}));
    QCOMPARE(subcode->currentIndex(), -1); // two choices: the user decides
    test::typeChoice(subcode, QStringLiteral("F"));
    QCOMPARE(subcode->currentData().toString(), QStringLiteral("F"));

    // Another method: the list changes with it, a choice it does not allow is gone.
    test::typeChoice(editor.methodCombo(0), QStringLiteral("R3"));
    QCOMPARE(codesIn(subcode), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                            QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G")}));
    QCOMPARE(subcode->currentData().toString(), QStringLiteral("F")); // still valid for R3: kept
    test::typeChoice(editor.methodCombo(0), QStringLiteral("R2"));
    QCOMPARE(codesIn(subcode), QStringList{QStringLiteral("A")});

    // Every method offers exactly the subcodes of the value list.
    for (const TreatmentMethod &method : ValueLists::bundled().treatmentMethods()) {
        editor.methodCombo(0)->setCurrentIndex(editor.methodCombo(0)->findData(method.code));
        QStringList expected;
        for (const TreatmentSubcode &entry : method.subcodes)
            expected << entry.code;
        QCOMPARE(codesIn(subcode), expected);
    }
}

void TestTreatmentListEditor::aSingleSubcodeIsChosenForTheUser()
{
    TreatmentListEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    test::typeChoice(editor.methodCombo(0), QStringLiteral("D10"));
    QCOMPARE(editor.methodCombo(0)->currentData().toString(), QStringLiteral("D10"));
    QCOMPARE(editor.subcodeCombo(0)->currentData().toString(), QStringLiteral("M"));
    notejson::FlatValues values;
    editor.writeValues(values);
    QCOMPARE(values,
             (notejson::FlatValues{{QStringLiteral("behandlingar[0].kod"), QStringLiteral("D10")},
                                   {QStringLiteral("behandlingar[0].underkod"), QStringLiteral("M")}}));
}

void TestTreatmentListEditor::methodWithoutSubcodes()
{
    TreatmentListEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    test::typeChoice(editor.methodCombo(0), QStringLiteral("D11"));
    QCOMPARE(editor.methodCombo(0)->currentData().toString(), QStringLiteral("D11"));
    QVERIFY(!editor.subcodeCombo(0)->isEnabled());
    QCOMPARE(editor.subcodeCombo(0)->count(), 0);
    QCOMPARE(editor.subcodeCombo(0)->placeholderText(), QStringLiteral("Ingen underkod"));
}

void TestTreatmentListEditor::rowsAreAddedAndRemoved()
{
    TreatmentListEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy edited(&editor, &TreatmentListEditor::edited);
    QCOMPARE(editor.rowCount(), 1);
    QVERIFY(!editor.removeButton(0)->isEnabled()); // one row always stays
    test::typeChoice(editor.methodCombo(0), QStringLiteral("R4"));
    test::typeChoice(editor.subcodeCombo(0), QStringLiteral("A"));

    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    QCOMPARE(editor.rowCount(), 2);
    QVERIFY(editor.methodCombo(1)->hasFocus());
    QCOMPARE(editor.methodCombo(1)->objectName(), QStringLiteral("behandlingar[1].kod"));
    QCOMPARE(editor.methodCombo(1)->accessibleName(), QStringLiteral("Behandling 2 – Behandlingsmetod"));
    test::typeChoice(editor.methodCombo(1), QStringLiteral("D9"));
    QCOMPARE(editor.subcodeCombo(1)->currentData().toString(), QStringLiteral("I"));
    QTest::mouseClick(editor.addButton(), Qt::LeftButton);
    test::typeChoice(editor.methodCombo(2), QStringLiteral("R13"));
    QCOMPARE(editor.rowCount(), 3);

    // Tab goes row by row: method, subcode, remove, the next row's method.
    editor.methodCombo(0)->setFocus();
    QTest::keyClick(editor.methodCombo(0), Qt::Key_Tab);
    QVERIFY(editor.subcodeCombo(0)->hasFocus());
    QTest::keyClick(editor.subcodeCombo(0), Qt::Key_Tab);
    QVERIFY(editor.removeButton(0)->hasFocus());
    QTest::keyClick(editor.removeButton(0), Qt::Key_Tab);
    QVERIFY(editor.methodCombo(1)->hasFocus());

    QTest::mouseClick(editor.removeButton(1), Qt::LeftButton);
    QCOMPARE(editor.rowCount(), 2);
    QCOMPARE(editor.methodCombo(1)->currentData().toString(), QStringLiteral("R13"));
    QCOMPARE(editor.methodCombo(1)->objectName(), QStringLiteral("behandlingar[1].kod"));
    notejson::FlatValues values;
    editor.writeValues(values);
    QCOMPARE(values,
             (notejson::FlatValues{{QStringLiteral("behandlingar[0].kod"), QStringLiteral("R4")},
                                   {QStringLiteral("behandlingar[0].underkod"), QStringLiteral("A")},
                                   {QStringLiteral("behandlingar[1].kod"), QStringLiteral("R13")},
                                   {QStringLiteral("behandlingar[1].underkod"), QStringLiteral("J")}}));
    QVERIFY(!edited.isEmpty());
}

void TestTreatmentListEditor::wasteOilSectionOnlyForWasteOil()
{
    TreatmentListEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.wasteOilSection()->isVisible());
    editor.setWasteCode(QStringLiteral("160601"), kDate);
    QVERIFY(!editor.wasteOilSection()->isVisible());
    QVERIFY(!editor.isWasteOilShown());
    editor.setWasteCode(QStringLiteral("130205"), kDate);
    QVERIFY(editor.isWasteOilShown());
    QVERIFY(editor.wasteOilSection()->isVisible());
    QVERIFY(editor.resultTypeCombo()->isVisible());
    editor.setWasteCode(QStringLiteral("16 06 01*"), kDate);
    QVERIFY(!editor.wasteOilSection()->isVisible());
    QVERIFY(TreatmentListEditor::isWasteOilField(u"mangdRegenerering"));
    QVERIFY(!TreatmentListEditor::isWasteOilField(u"mangdIckeFarligtAvfall"));
}

void TestTreatmentListEditor::quantitiesFollowTheResultType()
{
    TreatmentListEditor editor;
    editor.setWasteCode(QStringLiteral("130205"), kDate);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QStringList quantities = {
        QStringLiteral("mangdRegenerering"), QStringLiteral("mangdAnnanMaterialatervinning"),
        QStringLiteral("mangdEnergiatervinning"), QStringLiteral("mangdBortskaffande"),
        QStringLiteral("specifikationAnnan")};
    for (const QString &json : quantities)
        QVERIFY2(!editor.wasteOilInput(json)->isEnabled(), qPrintable(json)); // no type yet

    // Every type enables exactly the quantities it expects; unconfirmed types say so.
    for (const RecoveryResultType &type : ValueLists::bundled().recoveryResultTypes()) {
        editor.resultTypeCombo()->setCurrentIndex(editor.resultTypeCombo()->findData(type.code));
        QCOMPARE(editor.wasteOilInput(QStringLiteral("mangdRegenerering"))->isEnabled(), type.regeneration);
        QCOMPARE(editor.wasteOilInput(QStringLiteral("mangdAnnanMaterialatervinning"))->isEnabled(),
                 type.otherMaterialRecovery);
        QCOMPARE(editor.wasteOilInput(QStringLiteral("mangdEnergiatervinning"))->isEnabled(),
                 type.energyRecovery);
        QCOMPARE(editor.wasteOilInput(QStringLiteral("mangdBortskaffande"))->isEnabled(), type.disposal);
        QCOMPARE(editor.wasteOilInput(QStringLiteral("specifikationAnnan"))->isEnabled(),
                 type.otherSpecification);
        QCOMPARE(editor.unconfirmedNote()->isVisible(), !type.confirmed);
        if (!type.confirmed)
            QVERIFY(editor.resultTypeCombo()->currentText().endsWith(QStringLiteral("(ej bekräftad)")));
    }

    // Regenerated base oil: only the regenerated quantity is sent.
    test::typeChoice(editor.resultTypeCombo(), QStringLiteral("Regenererad basolja – grupp I"));
    const RecoveryResultType *type =
        ValueLists::bundled().recoveryResultType(forms::comboCode(editor.resultTypeCombo()));
    QVERIFY(type && type->regeneration);
    test::typeText(editor.wasteOilInput(QStringLiteral("mangdRegenerering")), QStringLiteral("80,5"));
    notejson::FlatValues values;
    editor.writeValues(values);
    QCOMPARE(values.value(QStringLiteral("atervinningsresultattypkod")), type->code);
    QCOMPARE(values.value(QStringLiteral("mangdRegenerering")), QStringLiteral("80,5"));
    QVERIFY(!values.contains(QStringLiteral("mangdEnergiatervinning")));

    // Another waste code: nothing of the section is sent.
    editor.setWasteCode(QStringLiteral("160601"), kDate);
    values.clear();
    editor.writeValues(values);
    QVERIFY(!values.contains(QStringLiteral("atervinningsresultattypkod")));
    QVERIFY(!values.contains(QStringLiteral("mangdRegenerering")));
}

void TestTreatmentListEditor::roundTrip()
{
    const QJsonObject sample = test::samples::note(NoteKind::Behandlingsresultat);
    notejson::FlatValues values = notejson::flatten(NoteKind::Behandlingsresultat, sample);
    values.insert(QStringLiteral("atervinningsresultattypkod"), QStringLiteral("01"));
    values.insert(QStringLiteral("mangdRegenerering"), QStringLiteral("12.5"));
    TreatmentListEditor editor;
    editor.setWasteCode(QStringLiteral("130205"), kDate);
    editor.setValues(values);
    QCOMPARE(editor.rowCount(), 2);
    QCOMPARE(editor.wasteOilInput(QStringLiteral("mangdRegenerering"))->text(), QStringLiteral("12,5"));
    notejson::FlatValues written;
    editor.writeValues(written);
    QCOMPARE(written,
             (notejson::FlatValues{{QStringLiteral("behandlingar[0].kod"), QStringLiteral("R4")},
                                   {QStringLiteral("behandlingar[0].underkod"), QStringLiteral("A")},
                                   {QStringLiteral("behandlingar[1].kod"), QStringLiteral("D9")},
                                   {QStringLiteral("behandlingar[1].underkod"), QStringLiteral("I")},
                                   {QStringLiteral("atervinningsresultattypkod"), QStringLiteral("01")},
                                   {QStringLiteral("mangdRegenerering"), QStringLiteral("12,5")}}));
}

void TestTreatmentListEditor::problemsAtTheirRows()
{
    TreatmentListEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.addRow();
    // The first row is left empty, so the second row is the first item of the JSON list.
    test::typeChoice(editor.methodCombo(1), QStringLiteral("R4"));
    QLabel *label = editor.showProblem(QStringLiteral("behandlingar[0].underkod"),
                                       QStringLiteral("Välj vilken sorts R4-behandling det var."), false);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(label->parentWidget()->isAncestorOf(editor.methodCombo(1)));
    QCOMPARE(editor.widgetFor(QStringLiteral("behandlingar[0].underkod")), editor.subcodeCombo(1));
    QLabel *list =
        editor.showProblem(QStringLiteral("behandlingar"), QStringLiteral("Ange minst en."), false);
    QVERIFY(list && list != label);
    QVERIFY(!editor.showProblem(QStringLiteral("avfall.kod"), QStringLiteral("x"), false));
}

QTEST_MAIN(TestTreatmentListEditor)
#include "tst_treatmentlisteditor.moc"
