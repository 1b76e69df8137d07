#include "core/notejson.h"
#include "forms/placeeditor.h"
#include "tests/gui/formtyping.h"
#include "tests/support/samplenotes.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace avfall;
using avfall::forms::PlaceEditor;
using Variant = PlaceEditor::Variant;

Q_DECLARE_METATYPE(avfall::forms::PlaceEditor::Variant)

namespace {

const QStringList kSubFields = {QStringLiteral("adress.adressrad"),
                                QStringLiteral("adress.postnummer"),
                                QStringLiteral("koordinat.nposition"),
                                QStringLiteral("koordinat.eposition"),
                                QStringLiteral("koordinat.beskrivning"),
                                QStringLiteral("cfarNR"),
                                QStringLiteral("land")};

QStringList visibleFields(const PlaceEditor &editor)
{
    QStringList visible;
    for (const QString &field : kSubFields) {
        if (editor.input(field)->isVisibleTo(&editor))
            visible << field;
    }
    return visible;
}

// The place's values without the "mottagningsplats." prefix.
notejson::FlatValues relative(const notejson::FlatValues &values)
{
    notejson::FlatValues result;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        result.insert(it.key().section(QLatin1Char('.'), 1), it.value());
    return result;
}

notejson::FlatValues flatPlace(const QJsonObject &place)
{
    QJsonObject note;
    note.insert(QStringLiteral("mottagningsplats"), place);
    return notejson::flatten(NoteKind::Transportplanering, note);
}

} // namespace

class TestPlaceEditor : public QObject
{
    Q_OBJECT

private slots:
    void variantsShowOnlyTheirFields_data();
    void variantsShowOnlyTheirFields();
    void variantIsChosenWithTheKeyboard();
    void postcodeSuggestsMunicipality();
    void postcodeDoesNotOverrideAChosenMunicipality();
    void municipalityByNameShowsCode();
    void municipalityOnlyNeedsPermission();
    void onlyTheChosenVariantIsWritten();
    void roundTrip_data();
    void roundTrip();
    void problemsAppearAtTheirFields();
    void accessibleNamesNameThePlace();
    void abroadIsTheCountryAlone();
    void cfarOnlyWhereTheRegisterTakesIt();
};

void TestPlaceEditor::variantsShowOnlyTheirFields_data()
{
    QTest::addColumn<Variant>("variant");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("adress") << Variant::Address
                            << QStringList{QStringLiteral("adress.adressrad"),
                                           QStringLiteral("adress.postnummer")};
    QTest::newRow("koordinat") << Variant::Coordinate
                               << QStringList{QStringLiteral("koordinat.nposition"),
                                              QStringLiteral("koordinat.eposition"),
                                              QStringLiteral("koordinat.beskrivning")};
    QTest::newRow("cfar") << Variant::Cfar << QStringList{QStringLiteral("cfarNR")};
    QTest::newRow("utomlands") << Variant::Abroad << QStringList{QStringLiteral("land")};
    QTest::newRow("bara kommun") << Variant::MunicipalityOnly << QStringList{};
}

void TestPlaceEditor::variantsShowOnlyTheirFields()
{
    QFETCH(Variant, variant);
    QFETCH(QStringList, fields);
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.setMunicipalityOnlyAllowed(true);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setVariant(variant);
    QCOMPARE(visibleFields(editor), fields);
    // Every Swedish variant has a municipality; a place abroad is its country alone.
    QCOMPARE(editor.municipalityCombo()->isVisibleTo(&editor), variant != Variant::Abroad);
}

void TestPlaceEditor::variantIsChosenWithTheKeyboard()
{
    PlaceEditor editor(QStringLiteral("uppkomstplats"), QStringLiteral("Uppkomstplats"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.variant(), Variant::Address);
    QSignalSpy edited(&editor, &PlaceEditor::edited);
    test::typeChoice(editor.variantCombo(), QStringLiteral("Koo"));
    QCOMPARE(editor.variant(), Variant::Coordinate);
    QVERIFY(!edited.isEmpty());
    QCOMPARE(visibleFields(editor),
             (QStringList{QStringLiteral("koordinat.nposition"), QStringLiteral("koordinat.eposition"),
                          QStringLiteral("koordinat.beskrivning")}));
    test::typeText(editor.input(QStringLiteral("koordinat.nposition")), QStringLiteral("6399430"));
    test::typeText(editor.input(QStringLiteral("koordinat.eposition")), QStringLiteral("319350"));
    QCOMPARE(relative(editor.values()).value(QStringLiteral("koordinat.nposition")),
             QStringLiteral("6399430"));
}

void TestPlaceEditor::postcodeSuggestsMunicipality()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    test::typeText(editor.input(QStringLiteral("adress.adressrad")), QStringLiteral("Hamnvägen 3"));
    test::typeText(editor.input(QStringLiteral("adress.postnummer")), QStringLiteral("116 45"));
    QCOMPARE(editor.municipalityCode(), QStringLiteral("0180"));
    QCOMPARE(editor.municipalityCombo()->currentText(), QStringLiteral("Stockholm (0180)"));
    QCOMPARE(editor.municipalityCodeLabel()->text(), QStringLiteral("Kod 0180"));
    QVERIFY(editor.suggestionLabel()->isVisible());
    QCOMPARE(editor.suggestionLabel()->text(),
             QStringLiteral("Föreslagen utifrån postnummer 116 45: Stockholm (0180)."));
    const notejson::FlatValues values = relative(editor.values());
    QCOMPARE(values.value(QStringLiteral("kommunkod")), QStringLiteral("0180"));
    QCOMPARE(values.value(QStringLiteral("adress.postnummer")), QStringLiteral("116 45"));
}

void TestPlaceEditor::postcodeDoesNotOverrideAChosenMunicipality()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    test::typeText(editor.municipalityCombo()->lineEdit(), QStringLiteral("Göteborg"));
    QCOMPARE(editor.municipalityCode(), QStringLiteral("1480"));
    test::typeText(editor.input(QStringLiteral("adress.postnummer")), QStringLiteral("11645"));
    QCOMPARE(editor.municipalityCode(), QStringLiteral("1480"));
    QCOMPARE(editor.suggestionLabel()->text(),
             QStringLiteral("Postnummer 116 45 hör till Stockholm (0180). Stämmer kommunen?"));
}

void TestPlaceEditor::municipalityByNameShowsCode()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QLineEdit *line = editor.municipalityCombo()->lineEdit();
    line->setFocus();
    test::typeText(line, QStringLiteral("upplands vasby"));
    QCOMPARE(editor.municipalityCode(), QStringLiteral("0114"));
    QCOMPARE(editor.municipalityCodeLabel()->text(), QStringLiteral("Kod 0114"));
    // Tab (the suggestions have the keyboard while they are open) moves on and writes the name as
    // the list spells it.
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : static_cast<QWidget *>(line), Qt::Key_Tab);
    if (popup)
        QTest::keyClick(line, Qt::Key_Tab);
    QVERIFY(!line->hasFocus());
    QCOMPARE(editor.municipalityCombo()->currentText(), QStringLiteral("Upplands Väsby (0114)"));
    line->selectAll();
    test::typeText(line, QStringLiteral("Ingenstans"));
    QVERIFY(editor.municipalityCode().isEmpty());
    QCOMPARE(editor.municipalityCodeLabel()->text(), QString());
}

void TestPlaceEditor::municipalityOnlyNeedsPermission()
{
    PlaceEditor editor(QStringLiteral("senasteHanteringsplats"), QStringLiteral("Senaste hanteringsplats"));
    auto *model = qobject_cast<QStandardItemModel *>(editor.variantCombo()->model());
    QVERIFY(model);
    const int row = editor.variantCombo()->findText(QStringLiteral("Bara kommun"));
    QVERIFY(row >= 0);
    QVERIFY(!model->item(row)->isEnabled());
    editor.setMunicipalityOnlyAllowed(true);
    QVERIFY(model->item(row)->isEnabled());
    editor.setMunicipalityOnlyAllowed(false);
    QVERIFY(!model->item(row)->isEnabled());
}

void TestPlaceEditor::onlyTheChosenVariantIsWritten()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    test::typeText(editor.input(QStringLiteral("adress.adressrad")), QStringLiteral("Hamnvägen 3"));
    test::typeText(editor.input(QStringLiteral("adress.postnummer")), QStringLiteral("11645"));
    test::typeChoice(editor.variantCombo(), QStringLiteral("CF"));
    QCOMPARE(editor.variant(), Variant::Cfar);
    test::typeText(editor.input(QStringLiteral("cfarNR")), QStringLiteral("12345678"));
    const notejson::FlatValues expected{{QStringLiteral("kommunkod"), QStringLiteral("0180")},
                                        {QStringLiteral("cfarNR"), QStringLiteral("12345678")}};
    QCOMPARE(relative(editor.values()), expected);
}

void TestPlaceEditor::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("place");
    QTest::addColumn<Variant>("variant");
    QTest::newRow("adress") << test::samples::addressPlace() << Variant::Address;
    QTest::newRow("koordinat") << test::samples::coordinatePlace() << Variant::Coordinate;
    QTest::newRow("cfar") << test::samples::cfarPlace() << Variant::Cfar;
    QTest::newRow("utomlands") << test::samples::foreignPlace() << Variant::Abroad;
    QTest::newRow("bara kommun") << test::samples::municipalityOnlyPlace() << Variant::MunicipalityOnly;
}

void TestPlaceEditor::roundTrip()
{
    QFETCH(QJsonObject, place);
    QFETCH(Variant, variant);
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    const notejson::FlatValues values = flatPlace(place);
    editor.setValues(values);
    QCOMPARE(editor.variant(), variant);
    QCOMPARE(editor.values(), values);
}

void TestPlaceEditor::problemsAppearAtTheirFields()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QLabel *label = editor.showProblem(QStringLiteral("mottagningsplats.adress.postnummer"),
                                       QStringLiteral("Ska vara fem siffror."), false);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Ska vara fem siffror."));
    // In the field's row, on the line under the input that the help text had.
    QVERIFY(label->parentWidget()->parentWidget()->isAncestorOf(
        editor.input(QStringLiteral("adress.postnummer"))));
    QVERIFY(!editor.showProblem(QStringLiteral("uppkomstplats.kommunkod"), QStringLiteral("x"), false));
    QCOMPARE(editor.widgetFor(QStringLiteral("mottagningsplats.kommunkod")), editor.municipalityCombo());
    editor.clearProblems();
    QVERIFY(!label->isVisible());
}

void TestPlaceEditor::accessibleNamesNameThePlace()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    QCOMPARE(editor.input(QStringLiteral("adress.postnummer"))->accessibleName(),
             QStringLiteral("Mottagningsplats – Postnummer"));
    QCOMPARE(editor.municipalityCombo()->accessibleName(), QStringLiteral("Mottagningsplats – Kommun"));
    QVERIFY(!editor.input(QStringLiteral("adress.postnummer"))->toolTip().isEmpty());
}

// Issue 13 item 8: a Norwegian address is asked no Swedish municipality, and none is sent.
void TestPlaceEditor::abroadIsTheCountryAlone()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // A municipality chosen first (for a Swedish address) is not sent once the place is abroad.
    test::typeText(editor.input(QStringLiteral("adress.postnummer")), QStringLiteral("11645"));
    QCOMPARE(editor.municipalityCode(), QStringLiteral("0180"));
    test::typeChoice(editor.variantCombo(), QStringLiteral("Utom"));
    QCOMPARE(editor.variant(), Variant::Abroad);
    QVERIFY(!editor.municipalityCombo()->isVisible());
    QVERIFY(!editor.isFieldShown(QStringLiteral("kommunkod")));
    test::typeText(editor.input(QStringLiteral("land")), QStringLiteral("no"));
    QCOMPARE(editor.input(QStringLiteral("land"))->text(), QStringLiteral("NO"));
    QCOMPARE(editor.countryNameLabel()->text(), QStringLiteral("Norge"));
    QCOMPARE(relative(editor.values()),
             (notejson::FlatValues{{QStringLiteral("land"), QStringLiteral("NO")}}));
    // A code that is not ISO 3166-1 is named as such beside the field.
    editor.input(QStringLiteral("land"))->clear();
    test::typeText(editor.input(QStringLiteral("land")), QStringLiteral("EU"));
    QCOMPARE(editor.countryNameLabel()->text(), QStringLiteral("ingen landskod enligt ISO 3166-1"));
}

// Issue 13 item 4: the CFAR way only for a place the register takes a CFAR number for.
void TestPlaceEditor::cfarOnlyWhereTheRegisterTakesIt()
{
    PlaceEditor editor(QStringLiteral("mottagningsplats"), QStringLiteral("Mottagningsplats"));
    editor.setCfarAllowed(false);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *model = qobject_cast<QStandardItemModel *>(editor.variantCombo()->model());
    QVERIFY(model);
    QStandardItem *cfar = model->item(editor.variantCombo()->findData(int(Variant::Cfar)));
    QVERIFY(!cfar->isEnabled());
    QVERIFY(cfar->toolTip().contains(QStringLiteral("uppkomstplats, slutplats och senaste hanteringsplats")));
    test::typeChoice(editor.variantCombo(), QStringLiteral("CF"));
    QVERIFY(editor.variant() != Variant::Cfar);
    editor.setCfarAllowed(true);
    QVERIFY(cfar->isEnabled());
}

QTEST_MAIN(TestPlaceEditor)
#include "tst_placeeditor.moc"
