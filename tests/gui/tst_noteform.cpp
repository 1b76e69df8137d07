#include "core/fieldcatalogue.h"
#include "core/fieldformats.h"
#include "core/notejson.h"
#include "forms/datetimefield.h"
#include "forms/formwidgets.h"
#include "forms/noteform.h"
#include "forms/partyeditor.h"
#include "forms/placeeditor.h"
#include "forms/treatmentlisteditor.h"
#include "forms/wastecodepicker.h"
#include "tests/gui/formtyping.h"
#include "tests/support/samplenotes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

using namespace avfall;
using avfall::forms::DateTimeField;
using avfall::forms::NoteForm;
using avfall::forms::PlaceEditor;

Q_DECLARE_METATYPE(avfall::NoteKind)

namespace {

namespace samples = test::samples;

// The note as the register would see it, with every date as an instant in UTC: the form works
// in local time, the samples are written with +01:00.
QJsonObject canonical(NoteKind kind, const QJsonObject &note)
{
    QJsonObject result = notejson::normalized(kind, note);
    for (const Field &field : catalogue::note(kind).fields) {
        if (field.kind != FieldKind::DateTime || !result.contains(field.json))
            continue;
        const auto dateTime = formats::parseDateTime(result.value(field.json).toString());
        if (dateTime)
            result.insert(field.json, dateTime->toUTC().toString(Qt::ISODate));
    }
    return result;
}

QString localText(const QString &iso)
{
    return formats::parseDateTime(iso)->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString comboCodeOf(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

void closePopups()
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
}

// Types a value into the input of a path the way a user would: a line edit gets the text (decimals
// the Swedish way), a date field the local date and time, a closed combo box the start of the
// item's text.
bool typeInto(NoteForm &form, const QString &path, const QString &value)
{
    QWidget *input = form.inputFor(path);
    if (!input) {
        qWarning("no input for %s", qPrintable(path));
        return false;
    }
    form.scrollArea()->ensureWidgetVisible(input);
    input->setFocus(Qt::TabFocusReason);
    if (auto *dateTime = qobject_cast<DateTimeField *>(input)) {
        dateTime->selectAll();
        test::typeText(dateTime, localText(value));
    } else if (auto *line = qobject_cast<QLineEdit *>(input)) {
        line->selectAll();
        const Field *field = catalogue::fieldAt(
            form.kind(), QString(path).remove(QRegularExpression(QStringLiteral("\\[\\d+\\]"))));
        QString text = value;
        if (field && field->kind == FieldKind::Decimal)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        test::typeText(line, text);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        if (combo->isEditable()) {
            combo->lineEdit()->selectAll();
            test::typeText(combo->lineEdit(), value);
        } else {
            const int index = combo->findData(value);
            if (index < 0) {
                qWarning("%s: no item %s", qPrintable(path), qPrintable(value));
                return false;
            }
            test::typeChoice(combo, combo->itemText(index).left(6));
        }
    } else {
        qWarning("%s: cannot type into a %s", qPrintable(path), input->metaObject()->className());
        return false;
    }
    closePopups();
    return true;
}

bool isLongPart(NoteKind kind, const QString &path)
{
    const QString top = path.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0);
    const Field *field = catalogue::note(kind).field(top);
    return field && (field->isPlace() || field->kind == FieldKind::List);
}

struct ShownForm
{
    NoteForm form;
    explicit ShownForm(NoteKind kind)
        : form(kind)
    {
        form.setClock([] { return samples::now(); });
        form.resize(1100, 800);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QApplication::setActiveWindow(&form);
    }
};

const QList<NoteKind> kAllKinds = {NoteKind::Transportplanering,
                                   NoteKind::Transport,
                                   NoteKind::InsamlingsMottagning,
                                   NoteKind::InsamlingsTransport,
                                   NoteKind::Handel,
                                   NoteKind::Behandlingsmottagning,
                                   NoteKind::Behandlingsresultat,
                                   NoteKind::Behandlingsoverlamning};

} // namespace

class TestNoteForm : public QObject
{
    Q_OBJECT

private slots:
    void typedNoteEqualsSample_data();
    void typedNoteEqualsSample();
    void typingPlacesAndTreatments();
    void sectionsFollowTheCatalogue();
    void invalidFieldShowsMessageUnderIt();
    void untouchedFieldsStayQuietUntilAsked();
    void registerErrorsAppearAtTheirFields();
    void agentSectionIsFoldedAway();
    void ownCompanyFillsVerksamhetOrOmbud();
    void timestampDefaultsToNow();
    void wasteCodeDecidesWasteOilSection();
    void placesOfferOnlyTheWaysTheRegisterTakes();
    void originPlaceMayBeMunicipalityOnly();
    void everyInputIsNamedAndReachable_data();
    void everyInputIsNamedAndReachable();
    void mnemonicFocusesTheField();
    // Issue 14.
    void wheelScrollsTheFormNotAnUnfocusedList();
    void datesAreTypedAsPeopleWriteThem();
    void noteTimeIsTheTimeOfSending();
    void problemsDoNotMoveTheInputs();
    void producersPlacesFollowTheWaste();
    void cfarNumberIsExplained();
    void previousAvfallIdIsChosenFromTheHistory();
    void startNextNoteKeepsWhoAndWhere();
};

void TestNoteForm::typedNoteEqualsSample_data()
{
    QTest::addColumn<NoteKind>("kind");
    for (NoteKind kind : kAllKinds)
        QTest::newRow(qPrintable(noteType(kind).model)) << kind;
}

void TestNoteForm::typedNoteEqualsSample()
{
    QFETCH(NoteKind, kind);
    ShownForm shown(kind);
    NoteForm &form = shown.form;
    QSignalSpy changed(&form, &NoteForm::changed);
    QSignalSpy validity(&form, &NoteForm::validityChanged);
    const QJsonObject sample = samples::note(kind);
    const notejson::FlatValues flat = notejson::flatten(kind, sample);

    // The places and treatments come in through setValues, everything else is typed.
    notejson::FlatValues longParts;
    for (auto it = flat.cbegin(); it != flat.cend(); ++it) {
        if (isLongPart(kind, it.key()))
            longParts.insert(it.key(), it.value());
    }
    form.setValues(longParts);
    QVERIFY(!form.isValid());
    int typed = 0;
    for (auto it = flat.cbegin(); it != flat.cend(); ++it) {
        if (isLongPart(kind, it.key()))
            continue;
        QVERIFY2(typeInto(form, it.key(), it.value()), qPrintable(it.key()));
        ++typed;
    }
    QVERIFY(typed >= 9);
    form.validateNow();

    QCOMPARE(canonical(kind, form.note()), canonical(kind, sample));
    const QList<Problem> problems = form.problems();
    QVERIFY2(!hasErrors(problems), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
    QVERIFY(form.isValid());
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), true);
    QVERIFY(changed.count() >= typed);
    QVERIFY(!form.firstInvalidField());
}

void TestNoteForm::typingPlacesAndTreatments()
{
    {
        ShownForm shown(NoteKind::Transportplanering);
        NoteForm &form = shown.form;
        const QJsonObject sample = samples::note(NoteKind::Transportplanering);
        notejson::FlatValues rest = notejson::flatten(NoteKind::Transportplanering, sample);
        for (auto it = rest.begin(); it != rest.end();) {
            it = isLongPart(NoteKind::Transportplanering, it.key()) ? rest.erase(it) : std::next(it);
        }
        form.setValues(rest);
        // Mottagningsplats: street and postcode, the municipality follows the postcode.
        QVERIFY(typeInto(form, QStringLiteral("mottagningsplats.adress.adressrad"),
                         QStringLiteral("Hamnvägen 3")));
        QVERIFY(
            typeInto(form, QStringLiteral("mottagningsplats.adress.postnummer"), QStringLiteral("11645")));
        QCOMPARE(form.placeEditor(QStringLiteral("mottagningsplats"))->municipalityCode(),
                 QStringLiteral("0180"));
        // Uppkomstplats: a coordinate, chosen with the keyboard, and the municipality by name.
        QComboBox *variant = form.placeEditor(QStringLiteral("uppkomstplats"))->variantCombo();
        test::typeChoice(variant, QStringLiteral("Koo"));
        QVERIFY(
            typeInto(form, QStringLiteral("uppkomstplats.koordinat.nposition"), QStringLiteral("6399430")));
        QVERIFY(
            typeInto(form, QStringLiteral("uppkomstplats.koordinat.eposition"), QStringLiteral("319350")));
        QVERIFY(typeInto(form, QStringLiteral("uppkomstplats.koordinat.beskrivning"),
                         QStringLiteral("Grusplanen norr om lagerhallen")));
        QVERIFY(typeInto(form, QStringLiteral("uppkomstplats.kommunkod"), QStringLiteral("Göteborg")));
        form.validateNow();
        QCOMPARE(canonical(NoteKind::Transportplanering, form.note()),
                 canonical(NoteKind::Transportplanering, sample));
        QVERIFY(form.isValid());
    }
    {
        ShownForm shown(NoteKind::Behandlingsresultat);
        NoteForm &form = shown.form;
        const QJsonObject sample = samples::note(NoteKind::Behandlingsresultat);
        notejson::FlatValues rest = notejson::flatten(NoteKind::Behandlingsresultat, sample);
        for (auto it = rest.begin(); it != rest.end();) {
            it = isLongPart(NoteKind::Behandlingsresultat, it.key()) ? rest.erase(it) : std::next(it);
        }
        form.setValues(rest);
        forms::TreatmentListEditor *treatments = form.treatmentEditor();
        QVERIFY(typeInto(form, QStringLiteral("behandlingar[0].kod"), QStringLiteral("R4")));
        QVERIFY(typeInto(form, QStringLiteral("behandlingar[0].underkod"), QStringLiteral("A")));
        QTest::mouseClick(treatments->addButton(), Qt::LeftButton);
        QVERIFY(typeInto(form, QStringLiteral("behandlingar[1].kod"), QStringLiteral("D9")));
        QCOMPARE(treatments->subcodeCombo(1)->currentData().toString(), QStringLiteral("I")); // the only one
        form.validateNow();
        QCOMPARE(canonical(NoteKind::Behandlingsresultat, form.note()),
                 canonical(NoteKind::Behandlingsresultat, sample));
        QVERIFY(form.isValid());
    }
}

void TestNoteForm::sectionsFollowTheCatalogue()
{
    NoteForm planning(NoteKind::Transportplanering);
    QCOMPARE(planning.sectionTitles(),
             (QStringList{QStringLiteral("Verksamhet"), QStringLiteral("Ombud"), QStringLiteral("Avfall"),
                          QStringLiteral("Parter och transport"), QStringLiteral("Platser"),
                          QStringLiteral("Datum och referens")}));
    NoteForm result(NoteKind::Behandlingsresultat);
    QCOMPARE(result.sectionTitles(),
             (QStringList{QStringLiteral("Verksamhet"), QStringLiteral("Ombud"), QStringLiteral("Avfall"),
                          QStringLiteral("Behandling"), QStringLiteral("Datum och referens")}));
    NoteForm trade(NoteKind::Handel);
    QVERIFY(!trade.sectionTitles().contains(QStringLiteral("Platser")));
    // Every field of the catalogue has its input (the waste-oil fields in the treatment editor).
    for (NoteKind kind : kAllKinds) {
        NoteForm form(kind);
        for (const Field &field : catalogue::note(kind).fields) {
            if (field.kind == FieldKind::Object && field.isPlace()) {
                QVERIFY(form.placeEditor(field.json));
            } else if (field.kind == FieldKind::Object) {
                for (const Field &child : field.block->fields)
                    QVERIFY2(form.inputFor(field.json + QLatin1Char('.') + child.json),
                             qPrintable(child.json));
            } else if (field.kind == FieldKind::List) {
                QVERIFY(form.inputFor(field.json + QStringLiteral("[0].kod")));
            } else {
                QVERIFY2(form.inputFor(field.json), qPrintable(field.json));
                QVERIFY(!form.inputFor(field.json)->toolTip().isEmpty());
            }
        }
    }
}

void TestNoteForm::invalidFieldShowsMessageUnderIt()
{
    ShownForm shown(NoteKind::Transportplanering);
    NoteForm &form = shown.form;
    const QJsonObject sample = samples::note(NoteKind::Transportplanering);
    QSignalSpy validity(&form, &NoteForm::validityChanged);
    form.setValues(notejson::flatten(NoteKind::Transportplanering, sample));
    QVERIFY(form.isValid());
    QCOMPARE(validity.count(), 1);

    QVERIFY(typeInto(form, QStringLiteral("avfall.mangd"), QStringLiteral("0")));
    // The form knows at once that the note cannot be sent …
    QTRY_COMPARE(validity.count(), 2);
    // … but says nothing while the user is still in the field …
    QTest::qWait(NoteForm::kValidationDelayMs * 2);
    QVERIFY(form.problemTextAt(QStringLiteral("avfall.mangd")).isEmpty());
    // … and tells as soon as the field is left.
    QTest::keyClick(form.inputFor(QStringLiteral("avfall.mangd")), Qt::Key_Tab);
    QTRY_COMPARE(form.problemTextAt(QStringLiteral("avfall.mangd")),
                 QStringLiteral("Ska vara större än 0 kg."));
    QCOMPARE(validity.count(), 2);
    QCOMPARE(validity.last().at(0).toBool(), false);
    QVERIFY(!form.isValid());
    QCOMPARE(form.firstInvalidField(), form.inputFor(QStringLiteral("avfall.mangd")));
    QCOMPARE(form.firstProblemMessage(), QStringLiteral("Avfall – Mängd (kg): ska vara större än 0 kg."));
    // The message is a visible line right under the field.
    QLabel *message = nullptr;
    for (QLabel *label :
         form.inputFor(QStringLiteral("avfall.mangd"))->parentWidget()->findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("Ska vara större än 0 kg."))
            message = label;
    }
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QWidget *quantity = form.inputFor(QStringLiteral("avfall.mangd"));
    QVERIFY(message->mapTo(&form, QPoint(0, 0)).y() >=
            quantity->mapTo(&form, QPoint(0, quantity->height())).y());

    // An e-mail address without a domain, noticed when the field is left.
    QVERIFY(typeInto(form, QStringLiteral("verksamhetensKontaktpersonEpost"),
                     QStringLiteral("anna@testbolaget")));
    QTest::keyClick(form.inputFor(QStringLiteral("verksamhetensKontaktpersonEpost")), Qt::Key_Tab);
    QTRY_COMPARE(form.problemTextAt(QStringLiteral("verksamhetensKontaktpersonEpost")),
                 QStringLiteral("Ska vara en e-postadress, till exempel anna@foretaget.se."));
    // A wrong organisation number: the live check says it, once.
    QVERIFY(typeInto(form, QStringLiteral("transportor"), QStringLiteral("556006-5088")));
    QTest::keyClick(form.inputFor(QStringLiteral("transportor")), Qt::Key_Tab);
    QTRY_COMPARE(form.problemTextAt(QStringLiteral("transportor")),
                 QStringLiteral("Kontrollsiffran stämmer inte – kontrollera numret."));
    QCOMPARE(form.partyEditor(QStringLiteral("transportor"))->checkLabel()->text(),
             QStringLiteral("Kontrollsiffran stämmer inte – kontrollera numret."));

    // Fixing the fields makes the form valid again; a message shown follows every keystroke.
    QVERIFY(typeInto(form, QStringLiteral("avfall.mangd"), QStringLiteral("120,5")));
    QTRY_VERIFY(form.problemTextAt(QStringLiteral("avfall.mangd")).isEmpty());
    QVERIFY(typeInto(form, QStringLiteral("verksamhetensKontaktpersonEpost"),
                     QStringLiteral("anna@testbolaget.se")));
    QVERIFY(typeInto(form, QStringLiteral("transportor"), QStringLiteral("556006-5087")));
    QTRY_VERIFY(form.isValid());
    QCOMPARE(validity.last().at(0).toBool(), true);
    QVERIFY(form.problemTextAt(QStringLiteral("avfall.mangd")).isEmpty());
}

void TestNoteForm::untouchedFieldsStayQuietUntilAsked()
{
    ShownForm shown(NoteKind::Handel);
    NoteForm &form = shown.form;
    form.validateNow();
    QVERIFY(!form.isValid());
    QVERIFY(form.problemTextAt(QStringLiteral("verksamhetsutovare")).isEmpty());
    QCOMPARE(form.firstInvalidField(), form.inputFor(QStringLiteral("verksamhetsutovare")));
    form.showAllProblems();
    QCOMPARE(form.problemTextAt(QStringLiteral("verksamhetsutovare")), QStringLiteral("Måste fyllas i."));
    QCOMPARE(form.problemTextAt(QStringLiteral("avfall.kod")), QStringLiteral("Måste fyllas i."));
    QCOMPARE(form.problemTextAt(QStringLiteral("transaktionsDatum")), QStringLiteral("Måste fyllas i."));
    form.focusFirstInvalidField();
    QVERIFY(form.inputFor(QStringLiteral("verksamhetsutovare"))->hasFocus());
}

void TestNoteForm::registerErrorsAppearAtTheirFields()
{
    ShownForm shown(NoteKind::Transportplanering);
    NoteForm &form = shown.form;
    form.setValues(
        notejson::flatten(NoteKind::Transportplanering, samples::note(NoteKind::Transportplanering)));
    form.setRegisterErrors({{1023, QString()},
                            {4105, QStringLiteral("Postnummer är felaktigt")},
                            {1113, QString()},
                            {9999, QStringLiteral("Något okänt")}});
    const QString operatorText = form.problemTextAt(QStringLiteral("verksamhetsutovare"));
    QVERIFY2(operatorText.startsWith(QStringLiteral("Varken verksamhetsutövaren eller ombudet har samma "
                                                    "organisationsnummer som ert certifikat.")),
             qPrintable(operatorText));
    QVERIFY(operatorText.endsWith(QStringLiteral("(Registrets felkod 1023.)")));
    QVERIFY(form.problemTextAt(QStringLiteral("mottagningsplats.adress.postnummer"))
                .endsWith(QStringLiteral("(Registrets felkod 4105.)")));
    QVERIFY(form.problemTextAt(QStringLiteral("avfall.kod"))
                .startsWith(QStringLiteral("Avfallskoden har fel form.")));
    QVERIFY(form.generalProblemText().contains(QStringLiteral("felkod 9999")));
    QVERIFY(form.generalProblemText().contains(QStringLiteral("”Något okänt”")));
    // The label sits in the place editor, under the postcode.
    QLabel *postcode = nullptr;
    for (QLabel *label : form.placeEditor(QStringLiteral("mottagningsplats"))->findChildren<QLabel *>()) {
        if (label->text().endsWith(QStringLiteral("(Registrets felkod 4105.)")))
            postcode = label;
    }
    QVERIFY(postcode && postcode->isVisible());

    // Editing the field takes the register's complaint away.
    QVERIFY(typeInto(form, QStringLiteral("mottagningsplats.adress.postnummer"), QStringLiteral("11646")));
    QTRY_VERIFY(form.problemTextAt(QStringLiteral("mottagningsplats.adress.postnummer")).isEmpty());
    QVERIFY(!form.problemTextAt(QStringLiteral("verksamhetsutovare")).isEmpty());
}

void TestNoteForm::agentSectionIsFoldedAway()
{
    ShownForm shown(NoteKind::Transport);
    NoteForm &form = shown.form;
    QCheckBox *agent = form.agentCheckBox();
    QVERIFY(agent);
    QCOMPARE(agent->text().remove(QLatin1Char('&')),
             QStringLiteral("Jag rapporterar åt någon annan (ombud)"));
    QVERIFY(!agent->isChecked());
    QVERIFY(!form.inputFor(QStringLiteral("ombud"))->isVisibleTo(&form));
    QVERIFY(!form.inputFor(QStringLiteral("ombudetsNamn"))->isVisibleTo(&form));

    const QJsonObject asAgent = samples::asAgent(samples::note(NoteKind::Transport));
    form.setValues(notejson::flatten(NoteKind::Transport, asAgent));
    QVERIFY(agent->isChecked());
    QVERIFY(form.inputFor(QStringLiteral("ombud"))->isVisibleTo(&form));
    QCOMPARE(canonical(NoteKind::Transport, form.note()), canonical(NoteKind::Transport, asAgent));
    QVERIFY(form.isValid());

    // Folding it away again leaves the ombud fields out of the note.
    agent->setFocus();
    QTest::keyClick(agent, Qt::Key_Space);
    QVERIFY(!agent->isChecked());
    QVERIFY(!form.inputFor(QStringLiteral("ombud"))->isVisibleTo(&form));
    QVERIFY(!form.values().contains(QStringLiteral("ombud")));
    QVERIFY(!form.values().contains(QStringLiteral("ombudetsNamn")));
}

void TestNoteForm::ownCompanyFillsVerksamhetOrOmbud()
{
    ShownForm shown(NoteKind::Transportplanering);
    NoteForm &form = shown.form;
    Company own;
    own.organisationNumber = QStringLiteral("5560000167");
    own.name = QStringLiteral("Testbolaget AB");
    own.contactPerson = QStringLiteral("Anna Svensson");
    own.email = QStringLiteral("anna@testbolaget.se");
    own.phone = QStringLiteral("08-123 456 78");
    own.cfar = QStringLiteral("SAKNAS");
    form.setOwnCompany(own);
    notejson::FlatValues values = form.values();
    // Shown as the app writes numbers everywhere (issue 14); the note sends the ten digits.
    QCOMPARE(values.value(QStringLiteral("verksamhetsutovare")), QStringLiteral("556000-0167"));
    QCOMPARE(
        notejson::normalized(form.kind(), form.note()).value(QStringLiteral("verksamhetsutovare")).toString(),
        QStringLiteral("5560000167"));
    QCOMPARE(values.value(QStringLiteral("verksamhetensNamn")), QStringLiteral("Testbolaget AB"));
    QCOMPARE(values.value(QStringLiteral("verksamhetensKontaktpersonTelefonnummer")),
             QStringLiteral("08-123 456 78"));
    QCOMPARE(values.value(QStringLiteral("cfarNR")), QStringLiteral("SAKNAS"));
    QCOMPARE(form.partyEditor(QStringLiteral("verksamhetsutovare"))->checkLabel()->text(),
             QStringLiteral("✓ 556000-0167 (organisationsnummer)"));

    // Reporting for a customer: the own company becomes the ombud, Verksamhet is the customer's.
    QTest::mouseClick(form.agentCheckBox(), Qt::LeftButton, {},
                      QPoint(8, form.agentCheckBox()->height() / 2));
    QVERIFY(form.agentCheckBox()->isChecked());
    values = form.values();
    QCOMPARE(values.value(QStringLiteral("ombud")), QStringLiteral("556000-0167"));
    QCOMPARE(values.value(QStringLiteral("ombudetsNamn")), QStringLiteral("Testbolaget AB"));
    QCOMPARE(values.value(QStringLiteral("ombudetsKontaktpersonEpost")),
             QStringLiteral("anna@testbolaget.se"));
    QVERIFY(values.value(QStringLiteral("verksamhetsutovare")).isEmpty());
    QVERIFY(values.value(QStringLiteral("verksamhetensNamn")).isEmpty());
    QVERIFY(typeInto(form, QStringLiteral("verksamhetsutovare"), QStringLiteral("556006-5087")));

    // And back: an empty Verksamhet gets the own company again.
    QTest::mouseClick(form.agentCheckBox(), Qt::LeftButton, {},
                      QPoint(8, form.agentCheckBox()->height() / 2));
    QCOMPARE(form.values().value(QStringLiteral("verksamhetsutovare")), QStringLiteral("556006-5087"));
}

void TestNoteForm::timestampDefaultsToNow()
{
    NoteForm form(NoteKind::Handel);
    form.setClock([] { return samples::now(); });
    form.setValues({});
    const auto timestamp = formats::parseDateTime(form.values().value(QStringLiteral("tidpunkt")));
    QVERIFY(timestamp);
    QCOMPARE(*timestamp, samples::now());
    QCOMPARE(timestamp->offsetFromUtc(),
             samples::now().toLocalTime().offsetFromUtc()); // sent with the offset
    QVERIFY(form.values().value(QStringLiteral("tidpunkt")).contains(QLatin1Char('+')));
    // The event date is left for the user to choose.
    QVERIFY(form.dateTimeField(QStringLiteral("transaktionsDatum"))->isBlank());
    QVERIFY(!form.values().contains(QStringLiteral("transaktionsDatum")));
    QCOMPARE(form.dateTimeField(QStringLiteral("transaktionsDatum"))->placeholderText(),
             QStringLiteral("Inte ifyllt"));
}

void TestNoteForm::wasteCodeDecidesWasteOilSection()
{
    ShownForm shown(NoteKind::Behandlingsresultat);
    NoteForm &form = shown.form;
    form.setValues(
        notejson::flatten(NoteKind::Behandlingsresultat, samples::note(NoteKind::Behandlingsresultat)));
    QVERIFY(!form.treatmentEditor()->wasteOilSection()->isVisible());
    QVERIFY(typeInto(form, QStringLiteral("avfall.kod"), QStringLiteral("130205")));
    QVERIFY(form.treatmentEditor()->wasteOilSection()->isVisible());
    form.validateNow();
    // Issue 13 item 7: which codes need a recovery result is our inference until the register's
    // list is fetched, so the missing result type is a warning beside the field and the note can go.
    QVERIFY(form.isValid());
    form.showAllProblems();
    const QString warning = form.problemTextAt(QStringLiteral("atervinningsresultattypkod"));
    QVERIFY2(warning.startsWith(QStringLiteral("Obs: Måste fyllas i")), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("registrets lista är inte hämtad")));
    QLabel *line = nullptr;
    for (QLabel *label : form.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == warning)
            line = label;
    }
    QVERIFY(line);
    // Amber, not the red of an error.
    QCOMPARE(line->palette().color(QPalette::WindowText), QColor(0x8a, 0x55, 0x00));
    QVERIFY(typeInto(form, QStringLiteral("avfall.kod"), QStringLiteral("160601")));
    QVERIFY(!form.treatmentEditor()->wasteOilSection()->isVisible());
    QTRY_VERIFY(form.isValid());
}

void TestNoteForm::placesOfferOnlyTheWaysTheRegisterTakes()
{
    // Issue 13 items 4 and 8: CFAR only where the register has a CfarNr code; abroad without kommun.
    ShownForm shown(NoteKind::Transportplanering);
    NoteForm &form = shown.form;
    form.setValues(
        notejson::flatten(NoteKind::Transportplanering, samples::note(NoteKind::Transportplanering)));
    QVERIFY(!form.placeEditor(QStringLiteral("mottagningsplats"))->isCfarAllowed());
    QVERIFY(form.placeEditor(QStringLiteral("uppkomstplats"))->isCfarAllowed());
    PlaceEditor *receiving = form.placeEditor(QStringLiteral("mottagningsplats"));
    test::typeChoice(receiving->variantCombo(), QStringLiteral("Utom"));
    test::typeText(receiving->input(QStringLiteral("land")), QStringLiteral("NO"));
    QTest::keyClick(receiving->input(QStringLiteral("land")), Qt::Key_Tab);
    QTRY_VERIFY(form.isValid());
    const QJsonObject place = notejson::build(NoteKind::Transportplanering, form.values())
                                  .value(QStringLiteral("mottagningsplats"))
                                  .toObject();
    QCOMPARE(place, (QJsonObject{{QStringLiteral("land"), QStringLiteral("NO")}}));
}

void TestNoteForm::originPlaceMayBeMunicipalityOnly()
{
    ShownForm shown(NoteKind::Behandlingsmottagning);
    NoteForm &form = shown.form;
    const QJsonObject sample = samples::note(NoteKind::Behandlingsmottagning);
    form.setValues(notejson::flatten(NoteKind::Behandlingsmottagning, sample));
    QVERIFY(form.placeEditor(QStringLiteral("senasteHanteringsplats"))->isMunicipalityOnlyAllowed());
    QVERIFY(!form.placeEditor(QStringLiteral("behandlingsPlats"))->isMunicipalityOnlyAllowed());
    QVERIFY(form.isValid());
    QVERIFY(typeInto(form, QStringLiteral("tidigareInnehavare"), QStringLiteral("5560065087")));
    QVERIFY(!form.placeEditor(QStringLiteral("senasteHanteringsplats"))->isMunicipalityOnlyAllowed());
    QTest::keyClick(form.inputFor(QStringLiteral("tidigareInnehavare")), Qt::Key_Tab);
    QTRY_VERIFY(!form.isValid());
    form.showAllProblems();
    QCOMPARE(form.problemTextAt(QStringLiteral("senasteHanteringsplats")),
             QStringLiteral("Ange adress, koordinat, CFAR-nummer eller land. Bara kommun räcker när tidigare "
                            "innehavare är OKÄND eller KOMMUN."));
}

void TestNoteForm::everyInputIsNamedAndReachable_data()
{
    QTest::addColumn<NoteKind>("kind");
    for (NoteKind kind : kAllKinds)
        QTest::newRow(qPrintable(noteType(kind).model)) << kind;
}

void TestNoteForm::everyInputIsNamedAndReachable()
{
    QFETCH(NoteKind, kind);
    ShownForm shown(kind);
    NoteForm &form = shown.form;
    form.setValues(notejson::flatten(kind, samples::asAgent(samples::note(kind)))); // everything shown
    QTest::qWait(50); // the layouts settle after rows were shown and hidden

    // Every input has an accessible name; every field label points at its input.
    const QList<QWidget *> widgets = form.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!forms::fieldPath(widget).isEmpty())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(forms::fieldPath(widget)));
    }
    for (const Field &field : catalogue::note(kind).fields) {
        if (QLabel *label = form.labelFor(field.json)) {
            QCOMPARE(label->buddy(), form.inputFor(field.json));
            QCOMPARE(form.inputFor(field.json)->accessibleName(), field.displayLabel());
        }
    }

    // Mnemonics are unique, and most field labels have one.
    QSet<QChar> letters;
    int labelled = 0;
    int withMnemonic = 0;
    auto mnemonicOf = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) != QLatin1Char('&'))
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return QChar();
    };
    for (QWidget *widget : widgets) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            text = group->title();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull()) {
            QVERIFY2(!letters.contains(letter), qPrintable(text));
            letters.insert(letter);
        }
    }
    for (const Field &field : catalogue::note(kind).fields) {
        if (QLabel *label = form.labelFor(field.json)) {
            ++labelled;
            withMnemonic += mnemonicOf(label->text()).isNull() ? 0 : 1;
        }
    }
    QVERIFY2(withMnemonic * 10 >= labelled * 8,
             qPrintable(QStringLiteral("%1 of %2").arg(withMnemonic).arg(labelled)));

    // Tab goes down the form: every input of a field is reached, top to bottom.
    QWidget *start = form.inputFor(QStringLiteral("verksamhetsutovare"));
    QWidget *content = form.scrollArea()->widget();
    QList<QWidget *> chain;
    for (QWidget *widget = start;;) {
        if (widget->isVisibleTo(&form) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !forms::fieldPath(widget).isEmpty())
            chain << widget;
        widget = widget->nextInFocusChain();
        if (widget == start || chain.size() > 200)
            break;
    }
    int previousTop = -1;
    QStringList order;
    for (QWidget *widget : std::as_const(chain)) {
        const int top = widget->mapTo(content, QPoint(0, 0)).y();
        order << forms::fieldPath(widget);
        QVERIFY2(top >= previousTop, qPrintable(order.join(QStringLiteral(" → "))));
        previousTop = top;
    }
    for (const Field &field : catalogue::note(kind).fields) {
        if (form.labelFor(field.json))
            QVERIFY2(order.contains(field.json), qPrintable(field.json));
    }
}

void TestNoteForm::mnemonicFocusesTheField()
{
    ShownForm shown(NoteKind::Transport);
    NoteForm &form = shown.form;
    QLabel *label = form.labelFor(QStringLiteral("transportsatt"));
    const QString text = label->text();
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    QVERIFY2(at >= 0, qPrintable(text));
    const QChar letter = text.at(at + 1).toUpper();
    QVERIFY(letter.unicode() < 0x80);
    form.inputFor(QStringLiteral("verksamhetsutovare"))->setFocus();
    QTest::keyClick(&form, Qt::Key(letter.unicode()), Qt::AltModifier);
    QVERIFY(form.inputFor(QStringLiteral("transportsatt"))->hasFocus());
}

namespace {
// A turn of the mouse wheel (down for positive notches) with the pointer over the widget.
void turnWheelOver(QWidget *widget, int notches)
{
    const QPointF local(widget->rect().center());
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
    QCoreApplication::processEvents();
}

QPoint placeOf(const NoteForm &form, const QString &path)
{
    return form.inputFor(path)->mapTo(form.scrollArea()->widget(), QPoint(0, 0));
}
} // namespace

// Issue 14: scrolling the form over a closed list changed the treatment method from R4 to R9 unseen.
void TestNoteForm::wheelScrollsTheFormNotAnUnfocusedList()
{
    NoteForm form(NoteKind::Transport);
    form.resize(1000, 420); // short: the form scrolls
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QApplication::setActiveWindow(&form);
    auto *mode = qobject_cast<QComboBox *>(form.inputFor(QStringLiteral("transportsatt")));
    QVERIFY(mode);
    test::typeChoice(mode, QStringLiteral("Väg"));
    QCOMPARE(comboCodeOf(mode), QStringLiteral("R"));
    form.inputFor(QStringLiteral("verksamhetsutovare"))->setFocus();
    form.scrollArea()->ensureWidgetVisible(mode, 0, 200);
    QScrollBar *bar = form.scrollArea()->verticalScrollBar();
    const int before = bar->value();
    turnWheelOver(mode, 2);
    QCOMPARE(comboCodeOf(mode), QStringLiteral("R")); // unchanged
    QVERIFY2(bar->value() > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(bar->value())));
    QVERIFY(!mode->hasFocus());

    // Chosen with a click, the list has the focus: then the wheel changes it, as the user meant.
    QApplication::setActiveWindow(&form);
    mode->setFocus(Qt::MouseFocusReason);
    QVERIFY(mode->hasFocus());
    form.scrollArea()->ensureWidgetVisible(mode, 0, 200);
    turnWheelOver(mode, 1);
    QVERIFY(comboCodeOf(mode) != QStringLiteral("R"));
}

// Issue 14: after a click typed digits were ignored, an empty field jumped to "now" at the first
// key, and only one way of writing worked.
void TestNoteForm::datesAreTypedAsPeopleWriteThem()
{
    ShownForm shown(NoteKind::Handel);
    NoteForm &form = shown.form;
    DateTimeField *date = form.dateTimeField(QStringLiteral("transaktionsDatum"));
    form.scrollArea()->ensureWidgetVisible(date);
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() / 3, date->height() / 2));
    QVERIFY(date->hasFocus());
    QVERIFY(date->isBlank()); // a click does not make up a date
    test::typeText(date, QStringLiteral("20/11 13:00"));
    QCOMPARE(date->dateTime(), QDateTime(QDate(2026, 11, 20), QTime(13, 0)));
    QCOMPARE(date->interpretationLabel()->text(), QStringLiteral("fredag 20 november 2026 kl. 13:00"));
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    test::typeText(date, QStringLiteral("igår 13"));
    QCOMPARE(date->dateTime(), QDateTime(QDate(2026, 11, 26), QTime(13, 0)));
    QTest::keyClick(date, Qt::Key_Tab); // leaving writes it the form's way
    QCOMPARE(date->text(), QStringLiteral("2026-11-26 13:00"));
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() / 2, date->height() / 2));
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    test::typeText(date, QStringLiteral("2026-11-20 13.00"));
    form.validateNow();
    QCOMPARE(form.values().value(QStringLiteral("transaktionsDatum")).left(16),
             QStringLiteral("2026-11-20T13:00"));
    // Nonsense is said beside the field and stops the note.
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    test::typeText(date, QStringLiteral("efter lunch"));
    QVERIFY(date->interpretationLabel()->text().startsWith(QStringLiteral("Okänt datum")));
    form.validateNow();
    QVERIFY(!form.isValid());
}

// Issue 14: "Anteckningen gjordes" held the time the form was opened.
void TestNoteForm::noteTimeIsTheTimeOfSending()
{
    QDateTime clock = samples::now();
    NoteForm form(NoteKind::Handel);
    form.setClock([&clock] { return clock; });
    DateTimeField *made = form.dateTimeField(QStringLiteral("tidpunkt"));
    QVERIFY(made->followsClock());
    QVERIFY(made->text().isEmpty());
    QCOMPARE(*formats::parseDateTime(form.note().value(QStringLiteral("tidpunkt")).toString()), clock);
    clock = clock.addSecs(25 * 60); // the user takes their time
    QCOMPARE(*formats::parseDateTime(form.note().value(QStringLiteral("tidpunkt")).toString()), clock);
    QVERIFY(!form.draft().contains(QStringLiteral("tidpunkt"))); // a draft gets its time when sent
    // A time the user types stays.
    made->setFocus();
    test::typeText(made, QStringLiteral("idag 9"));
    clock = clock.addSecs(3600);
    QCOMPARE(formats::parseDateTime(form.note().value(QStringLiteral("tidpunkt")).toString())->toLocalTime(),
             QDateTime(clock.toLocalTime().date(), QTime(9, 0)));
}

// Issue 14: hint lines appeared and pushed the fields down while the user typed.
void TestNoteForm::problemsDoNotMoveTheInputs()
{
    ShownForm shown(NoteKind::Transportplanering);
    NoteForm &form = shown.form;
    const QStringList below = {QStringLiteral("verksamhetensNamn"), QStringLiteral("avfall.mangd"),
                               QStringLiteral("referens")};
    QList<QPoint> before;
    for (const QString &path : below)
        before << placeOf(form, path);
    // A wrong number: the live check and, once the field is left, the problem appear under it.
    QWidget *number = form.inputFor(QStringLiteral("verksamhetsutovare"));
    number->setFocus();
    test::typeText(number, QStringLiteral("556000-0168"));
    QTest::keyClick(number, Qt::Key_Tab);
    QTRY_VERIFY(!form.problemTextAt(QStringLiteral("verksamhetsutovare")).isEmpty());
    // And a waste code, whose meaning is written under it.
    QVERIFY(typeInto(form, QStringLiteral("avfall.kod"), QStringLiteral("160601")));
    QTRY_VERIFY(!form.wasteCodePicker()->infoText().isEmpty());
    QCoreApplication::processEvents();
    for (qsizetype i = 0; i < below.size(); ++i)
        QCOMPARE(placeOf(form, below.at(i)), before.at(i));
}

// Issue 14: Mottagningsplats came before Uppkomstplats in the producer's form.
void TestNoteForm::producersPlacesFollowTheWaste()
{
    ShownForm shown(NoteKind::Transportplanering);
    NoteForm &form = shown.form;
    QVERIFY(placeOf(form, QStringLiteral("uppkomstplats")).y() <
            placeOf(form, QStringLiteral("mottagningsplats")).y());
}

// Issue 14: what a CFAR number is, and where to find it, without a link to follow.
void TestNoteForm::cfarNumberIsExplained()
{
    ShownForm shown(NoteKind::Transportplanering);
    NoteForm &form = shown.form;
    QWidget *cfar = form.inputFor(QStringLiteral("cfarNR"));
    auto *button = cfar->parentWidget()->findChild<QPushButton *>(QStringLiteral("cfarExplanationButton"));
    QVERIFY(button);
    form.scrollArea()->ensureWidgetVisible(button);
    QString shownText;
    test::whenModal<QMessageBox>(this, [&shownText](QMessageBox *box) {
        shownText = box->text();
        test::userClick(box->button(QMessageBox::Ok));
    });
    test::userClick(button);
    QVERIFY2(shownText.contains(QStringLiteral("Statistiska centralbyrån")), qPrintable(shownText));
    QVERIFY(shownText.contains(QStringLiteral("SAKNAS")));
    QVERIFY(!shownText.contains(QStringLiteral("http")) && !shownText.contains(QStringLiteral("<a ")));
}

// Issue 14: "Föregående avfallsId" is chosen among the notes sent before, not typed (36 characters).
void TestNoteForm::previousAvfallIdIsChosenFromTheHistory()
{
    ShownForm shown(NoteKind::Transport);
    NoteForm &form = shown.form;
    QToolButton *button = form.previousNoteButton();
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing sent yet
    const QString id = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    form.setPreviousNotes(
        {{id, QStringLiteral("20 november 2026 kl. 10:15 · Transport · 16 06 01* Blybatterier")}});
    QVERIFY(button->isEnabled());
    form.scrollArea()->ensureWidgetVisible(button);
    QTimer::singleShot(0, this, [button] {
        QTRY_VERIFY(button->menu()->isVisible());
        QAction *first = button->menu()->actions().value(0);
        QVERIFY(first);
        QTest::mouseClick(button->menu(), Qt::LeftButton, {}, button->menu()->actionGeometry(first).center());
    });
    test::userClick(button);
    QTRY_COMPARE(form.values().value(QStringLiteral("avfall.foregaendeAvfallId")), id);
}

// Issue 14: sending emptied the whole form, the own company included.
void TestNoteForm::startNextNoteKeepsWhoAndWhere()
{
    NoteForm form(NoteKind::Transportplanering);
    form.setClock([] { return samples::now(); });
    form.setValues(
        notejson::flatten(NoteKind::Transportplanering, samples::note(NoteKind::Transportplanering)));
    form.startNextNote();
    const notejson::FlatValues after = form.values();
    for (const QString &kept :
         {QStringLiteral("verksamhetsutovare"), QStringLiteral("verksamhetensNamn"),
          QStringLiteral("transportor"), QStringLiteral("nyInnehavare"), QStringLiteral("transportsatt"),
          QStringLiteral("mottagningsplats.adress.adressrad"),
          QStringLiteral("uppkomstplats.koordinat.nposition"), QStringLiteral("cfarNR")})
        QVERIFY2(after.contains(kept), qPrintable(kept));
    for (const QString &cleared : {QStringLiteral("avfall.kod"), QStringLiteral("avfall.mangd"),
                                   QStringLiteral("borttransportDatum"), QStringLiteral("referens")})
        QVERIFY2(!after.contains(cleared), qPrintable(cleared));
    QVERIFY(form.dateTimeField(QStringLiteral("tidpunkt"))->followsClock());
}

QTEST_MAIN(TestNoteForm)
#include "tst_noteform.moc"
