#include "app/mainwindow.h"
#include "app/notelistpage.h"
#include "app/notepage.h"
#include "forms/datetimefield.h"
#include "forms/noteform.h"
#include "forms/partyeditor.h"
#include "forms/placeeditor.h"
#include "forms/reviewdialog.h"
#include "forms/wastecodepicker.h"
#include "setup/firststartwizard.h"
#include "setup/settingspages.h"
#include "tests/gui/formtyping.h"
#include "tests/support/testprofile.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTimer>

using namespace avfall;
using avfall::app::MainWindow;
using avfall::forms::NoteForm;
using avfall::test::userActionCount;

Q_DECLARE_METATYPE(avfall::NoteKind)

namespace {

// What the new user has on paper: their own company, the waste, the parties and the places.
struct Paper
{
    QString ownNumber = QStringLiteral("556000-0167"); // the sandbox's practice certificate
    QString ownName = QStringLiteral("Verkstaden i Ås AB");
    QString contact = QStringLiteral("Per Persson");
    QString email = QStringLiteral("per@verkstaden.se");
    QString phone = QStringLiteral("070-123 45 67");
    QString cfar = QStringLiteral("SAKNAS");
    QString customer = QStringLiteral("556036-0793");
    QString carrier = QStringLiteral("556006-5087");
    QString receiver = QStringLiteral("202100-5489");
    QString wasteWords = QStringLiteral("batterier"); // what a user types first
    QString wasteCode = QStringLiteral("160601");
    QString quantity = QStringLiteral("120,5");
    QString receiverStreet = QStringLiteral("Hamnvägen 3");
    QString receiverPostcode = QStringLiteral("11645");
    QString originStreet = QStringLiteral("Industrigatan 5");
    QString originPostcode = QStringLiteral("41707");
};

// The window the user works in is the active one (the offscreen platform forgets it at times).
void activate(QWidget *widget)
{
    if (!widget->window()->isActiveWindow())
        QApplication::setActiveWindow(widget->window());
}

// The user clicks into a field, empties it when it holds something else, and types.
void fillLine(QLineEdit *edit, const QString &wanted)
{
    QVERIFY(edit);
    if (edit->text().remove(QLatin1Char(' ')).remove(QLatin1Char('-')) ==
        QString(wanted).remove(QLatin1Char(' ')).remove(QLatin1Char('-')))
        return;
    activate(edit);
    test::clickOn(edit);
    QVERIFY2(edit->hasFocus(), qPrintable(edit->objectName()));
    if (!edit->text().isEmpty())
        test::pressKey(edit, Qt::Key_A, Qt::ControlModifier);
    test::typeText(edit, wanted);
}

void closePopups()
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
}

// Opens a closed list with a click and clicks the entry that starts with `start`.
void chooseInCombo(QComboBox *combo, const QString &start)
{
    QVERIFY(combo);
    if (combo->currentText().startsWith(start))
        return;
    activate(combo);
    test::clickOn(combo);
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    const int row = combo->findText(start, Qt::MatchStartsWith);
    QVERIFY2(row >= 0, qPrintable(start));
    const QRect rect = view->visualRect(view->model()->index(row, combo->modelColumn()));
    // A list ignores a release right after it opened (press, drag, release chooses too).
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    test::clickOn(view->viewport(), rect.center());
    QTRY_VERIFY(!view->isVisible());
    QVERIFY2(combo->currentText().startsWith(start), qPrintable(combo->currentText()));
}

// A date as a user writes it; when the field did not take it, the user selects everything and
// types it again.
void fillDate(forms::DateTimeField *field, const QDateTime &wanted)
{
    QVERIFY(field);
    if (!field->isBlank() && field->dateTime() == wanted)
        return;
    const QString text = wanted.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    activate(field);
    test::clickOn(field);
    test::typeText(field, text);
    if (field->dateTime() != wanted) {
        test::pressKey(field, Qt::Key_A, Qt::ControlModifier);
        test::typeText(field, text);
    }
    QCOMPARE(field->dateTime(), wanted);
}

void fillPlace(NoteForm *form, const QString &path, const QString &street, const QString &postcode)
{
    forms::PlaceEditor *place = form->placeEditor(path);
    QVERIFY2(place, qPrintable(path));
    chooseInCombo(place->variantCombo(), QStringLiteral("Adress"));
    for (const auto &[relative, value] : {std::pair{QStringLiteral("adress.adressrad"), street},
                                          std::pair{QStringLiteral("adress.postnummer"), postcode}}) {
        QLineEdit *edit = place->input(relative);
        form->scrollArea()->ensureWidgetVisible(edit);
        fillLine(edit, value);
    }
    QVERIFY2(!place->municipalityCode().isEmpty(), qPrintable(path)); // suggested from the postcode
}

QLineEdit *lineAt(NoteForm *form, const QString &path)
{
    QWidget *input = form->inputFor(path);
    form->scrollArea()->ensureWidgetVisible(input);
    return qobject_cast<QLineEdit *>(input);
}

} // namespace

// A new user's first note, from a fresh profile: the first-start assistant, then one note typed and
// clicked in the main window, looked over in the review and sent to the built-in sandbox. Every
// keystroke and click goes through formtyping.h, which counts them; the test prints the count. The
// user only types what is not there yet, so a second note of the same kind shows what the app
// remembers.
class TestFirstNote : public QObject
{
    Q_OBJECT

private slots:
    void firstNoteByKeyboardAndMouse_data();
    void firstNoteByKeyboardAndMouse();

private:
    void goThroughWizard(const Profile &profile, const Paper &paper);
    void fillNote(MainWindow &window, NoteKind kind, const Paper &paper);
    void sendAndWait(app::NotePage *page);
};

void TestFirstNote::goThroughWizard(const Profile &profile, const Paper &paper)
{
    QVERIFY(forms::shouldShowFirstStart(profile));
    forms::FirstStartWizard wizard(profile);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    // "Prova i sandlådan" is chosen already; the user goes on until the end, filling in the own
    // company where it is asked for.
    for (int step = 0; step < 10 && wizard.isVisible(); ++step) {
        if (wizard.currentId() == forms::FirstStartWizard::CompanyPageId) {
            forms::CompanyPage *company = wizard.companyPage();
            fillLine(company->organisationNumberEdit(), paper.ownNumber);
            fillLine(company->nameEdit(), paper.ownName);
            fillLine(company->contactEdit(), paper.contact);
            fillLine(company->emailEdit(), paper.email);
            fillLine(company->phoneEdit(), paper.phone);
            // No CFAR number: a workshop without one leaves it empty here (SAKNAS goes in the note).
        }
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        test::userClick(next->isVisible() ? next : wizard.button(QWizard::FinishButton));
    }
    QVERIFY(!wizard.isVisible());
}

void TestFirstNote::fillNote(MainWindow &window, NoteKind kind, const Paper &paper)
{
    auto *page = qobject_cast<app::NotePage *>(window.currentPage());
    if (!page || page->kind() != kind) {
        const auto items = window.navigation()->findItems(noteType(kind).displayTitle(), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        test::clickOn(window.navigation()->viewport(),
                      window.navigation()->visualItemRect(items.first()).center());
        page = qobject_cast<app::NotePage *>(window.currentPage());
    }
    QVERIFY(page);
    NoteForm *form = page->form();

    // Verksamhet.
    fillLine(lineAt(form, QStringLiteral("verksamhetsutovare")), paper.ownNumber);
    fillLine(lineAt(form, QStringLiteral("verksamhetensNamn")), paper.ownName);
    fillLine(lineAt(form, QStringLiteral("verksamhetensKontaktpersonNamn")), paper.contact);
    fillLine(lineAt(form, QStringLiteral("verksamhetensKontaktpersonEpost")), paper.email);
    fillLine(lineAt(form, QStringLiteral("verksamhetensKontaktpersonTelefonnummer")), paper.phone);
    if (kind == NoteKind::Transportplanering)
        fillLine(lineAt(form, QStringLiteral("cfarNR")), paper.cfar);

    // Avfall: words first, the whole word when the first try does not offer the code.
    forms::WasteCodePicker *picker = form->wasteCodePicker();
    form->scrollArea()->ensureWidgetVisible(picker);
    if (picker->code() != paper.wasteCode) {
        activate(picker);
        test::clickOn(picker->lineEdit());
        if (!picker->lineEdit()->text().isEmpty())
            test::pressKey(picker->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        test::typeText(picker->lineEdit(), paper.wasteWords);
        if (picker->results()->index(0, 0).data(WasteCodeRoles::CodeRole).toString() != paper.wasteCode) {
            test::pressKey(picker->lineEdit(), Qt::Key_A, Qt::ControlModifier);
            test::typeText(picker->lineEdit(), QStringLiteral("bly") + paper.wasteWords);
        }
        QCOMPARE(picker->results()->index(0, 0).data(WasteCodeRoles::CodeRole).toString(), paper.wasteCode);
        test::pressKey(picker->popup()->isVisible() ? static_cast<QWidget *>(picker->popup())
                                                    : picker->lineEdit(),
                       Qt::Key_Return);
        closePopups();
    }
    QCOMPARE(picker->code(), paper.wasteCode);
    fillLine(lineAt(form, QStringLiteral("avfall.mangd")), paper.quantity);

    // Parter och transport.
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(8, 0));
    if (kind == NoteKind::Transportplanering) {
        fillLine(form->partyEditor(QStringLiteral("transportor"))->lineEdit(), paper.carrier);
    } else {
        fillLine(form->partyEditor(QStringLiteral("tidigareInnehavare"))->lineEdit(), paper.customer);
    }
    fillLine(form->partyEditor(QStringLiteral("nyInnehavare"))->lineEdit(), paper.receiver);
    auto *mode = qobject_cast<QComboBox *>(form->inputFor(QStringLiteral("transportsatt")));
    form->scrollArea()->ensureWidgetVisible(mode);
    chooseInCombo(mode, QStringLiteral("Väg"));

    // Platser, on the waste's way: where it comes from, where it goes.
    if (kind == NoteKind::Transportplanering) {
        fillPlace(form, QStringLiteral("uppkomstplats"), paper.originStreet, paper.originPostcode);
        fillPlace(form, QStringLiteral("mottagningsplats"), paper.receiverStreet, paper.receiverPostcode);
    } else {
        fillPlace(form, QStringLiteral("transportStartplats"), paper.originStreet, paper.originPostcode);
        fillPlace(form, QStringLiteral("transportSlutplats"), paper.receiverStreet, paper.receiverPostcode);
    }

    // Datum.
    const QString eventField = kind == NoteKind::Transportplanering ? QStringLiteral("borttransportDatum")
                                                                    : QStringLiteral("transportStartDatum");
    forms::DateTimeField *date = form->dateTimeField(eventField);
    form->scrollArea()->ensureWidgetVisible(date);
    fillDate(date, tomorrow);
}

void TestFirstNote::sendAndWait(app::NotePage *page)
{
    QTRY_VERIFY2(page->sendButton()->isEnabled(), qPrintable(page->form()->firstProblemMessage()));
    // The review is modal: the user reads it and clicks Skicka.
    bool reviewed = false;
    QTimer::singleShot(0, page, [&reviewed] {
        QTRY_VERIFY(qobject_cast<forms::ReviewDialog *>(QApplication::activeModalWidget()));
        auto *review = qobject_cast<forms::ReviewDialog *>(QApplication::activeModalWidget());
        QCOMPARE(review->identityMatch(), forms::ReviewDialog::IdentityMatch::Own);
        reviewed = true;
        test::userClick(review->sendButton());
    });
    test::userClick(page->sendButton());
    QVERIFY(reviewed);
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("Mottagen av registret")), 20000);
}

void TestFirstNote::firstNoteByKeyboardAndMouse_data()
{
    QTest::addColumn<NoteKind>("kind");
    QTest::newRow("Transportplanering") << NoteKind::Transportplanering; // the workshop owner's note
    QTest::newRow("Transport") << NoteKind::Transport;                   // the haulier's
}

void TestFirstNote::firstNoteByKeyboardAndMouse()
{
    QFETCH(NoteKind, kind);
    const Paper paper;
    test::TestProfile profile;
    userActionCount() = 0;
    goThroughWizard(profile.profile(), paper);
    const int wizardActions = userActionCount();

    MainWindow window(profile.profile());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    fillNote(window, kind, paper);
    auto *page = qobject_cast<app::NotePage *>(window.currentPage());
    QVERIFY(page);
    sendAndWait(page);
    const int firstNote = userActionCount();

    // The next note of the same kind: the user types only what is not there any more.
    userActionCount() = 0;
    fillNote(window, kind, paper);
    sendAndWait(page);
    const int secondNote = userActionCount();

    qInfo("%s: first note from a fresh profile %d user actions (assistant %d, note %d); the next "
          "note %d",
          qPrintable(noteType(kind).model), firstNote, wizardActions, firstNote - wizardActions, secondNote);
    QVERIFY(firstNote > 0);
}

QTEST_MAIN(TestFirstNote)
#include "tst_firstnote.moc"
