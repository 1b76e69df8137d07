#include "core/notejson.h"
#include "forms/reviewdialog.h"
#include "tests/support/samplenotes.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace avfall;
using avfall::forms::ReviewDialog;

namespace samples = avfall::test::samples;

class TestReviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void ownAccount();
    void asAgent();
    void mismatchWarns();
    void unknownCertificate();
    void summaryInPlainSwedish();
    void summaryOfEveryKind();
    void environmentIsProminent();
    void buttonsSendOrGoBack();
    void exactDataOnRequest();
};

void TestReviewDialog::ownAccount()
{
    ReviewDialog dialog(NoteKind::Transportplanering, samples::note(NoteKind::Transportplanering),
                        QStringLiteral("5560000167"), QStringLiteral("Testbolaget AB"), Environment::Sandbox);
    QCOMPARE(dialog.identityMatch(), ReviewDialog::IdentityMatch::Own);
    QCOMPARE(dialog.identityText(),
             QStringLiteral("Certifikatet tillhör 556000-0167 Testbolaget AB. "
                            "Verksamhetsutövare 556000-0167: du rapporterar för egen räkning."));
    QVERIFY(dialog.sendButton()->isDefault());
}

void TestReviewDialog::asAgent()
{
    ReviewDialog dialog(NoteKind::Transport, samples::asAgent(samples::note(NoteKind::Transport)),
                        QStringLiteral("556000-0167"), QStringLiteral("Testbolaget AB"), Environment::Test);
    QCOMPARE(dialog.identityMatch(), ReviewDialog::IdentityMatch::Agent);
    QCOMPARE(
        dialog.identityText(),
        QStringLiteral("Certifikatet tillhör 556000-0167 Testbolaget AB. Ombud 556000-0167: du rapporterar "
                       "som ombud för 556006-5087 Kundföretaget i Ås AB."));
}

void TestReviewDialog::mismatchWarns()
{
    // The certificate belongs to another company than both the operator and the (missing) ombud.
    ReviewDialog dialog(NoteKind::Handel, samples::note(NoteKind::Handel), QStringLiteral("2021005489"),
                        QStringLiteral("Annat Företag AB"), Environment::Production);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.identityMatch(), ReviewDialog::IdentityMatch::Mismatch);
    const QString text = dialog.identityText();
    QVERIFY2(text.startsWith(QStringLiteral("Certifikatet tillhör 202100-5489 Annat Företag AB. Varken "
                                            "verksamhetsutövaren (556000-0167) eller ombudet (saknas)")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("registret kommer att svara med fel 1023")));
    QVERIFY(text.contains(QStringLiteral("fyll i er själva som ombud")));
    // A warning looks like one, and Enter goes back instead of sending.
    auto *identity = dialog.findChild<QLabel *>(QStringLiteral("reviewIdentity"));
    QVERIFY(identity && identity->isVisible());
    QVERIFY(identity->styleSheet().contains(QStringLiteral("#fdecea")));
    QVERIFY(dialog.backButton()->isDefault());
    QVERIFY(!dialog.sendButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestReviewDialog::unknownCertificate()
{
    ReviewDialog dialog(NoteKind::Handel, samples::note(NoteKind::Handel), QString(), QString(),
                        Environment::Sandbox);
    QCOMPARE(dialog.identityMatch(), ReviewDialog::IdentityMatch::Unknown);
    QVERIFY(dialog.identityText().contains(QStringLiteral("går inte att kontrollera")));
}

void TestReviewDialog::summaryInPlainSwedish()
{
    ReviewDialog dialog(NoteKind::Transportplanering, samples::note(NoteKind::Transportplanering),
                        QStringLiteral("5560000167"), QStringLiteral("Testbolaget AB"), Environment::Sandbox);
    const QString summary = dialog.summaryText();
    for (const QString &expected : {
             QStringLiteral("Farligt avfall lämnas till transport – producent"),
             QStringLiteral("Verksamhet"),
             QStringLiteral("Organisationsnummer\n556000-0167 (organisationsnummer)"),
             QStringLiteral("Verksamhetens namn\nTestbolaget AB"),
             QStringLiteral("Avfallskod\n16 06 01* Blybatterier (farligt avfall)"),
             QStringLiteral("Mängd (kg)\n120,5 kg"),
             QStringLiteral("Parter och transport"),
             QStringLiteral("Transportör\n556006-5087 (organisationsnummer)"),
             QStringLiteral("Transportsätt\nVägtransport (R)"),
             QStringLiteral("Platser"),
             QStringLiteral("Mottagningsplats\nHamnvägen 3, 116 45 – Stockholm (kommunkod 0180)"),
             QStringLiteral("Uppkomstplats\nKoordinat N 6399430, E 319350 (SWEREF 99 TM), Grusplanen norr om "
                            "lagerhallen – Göteborg (kommunkod 1480)"),
             QStringLiteral("Verksamhetens CFAR-nummer\nSAKNAS"),
             QStringLiteral("Datum och referens"),
             QStringLiteral("Egen referens\nOrder 2026-114"),
         })
        QVERIFY2(summary.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + summary));
    // When, in local time and in words.
    const QString when =
        QLocale(QLocale::Swedish, QLocale::Sweden)
            .toString(QDateTime(QDate(2026, 11, 26), QTime(10, 15), QTimeZone(3600)).toLocalTime(),
                      QStringLiteral("d MMMM yyyy 'kl.' HH:mm"));
    QVERIFY2(summary.contains(QStringLiteral("Anteckningen gjordes\n") + when), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("Ombud\n"))); // nothing about an ombud when there is none
}

void TestReviewDialog::summaryOfEveryKind()
{
    const QJsonObject result = samples::note(NoteKind::Behandlingsresultat);
    ReviewDialog treatment(NoteKind::Behandlingsresultat, result, QStringLiteral("5560000167"),
                           QStringLiteral("Testbolaget AB"), Environment::Sandbox);
    QVERIFY(treatment.summaryText().contains(QStringLiteral("Kvartal\n3 (juli–september)")));
    QVERIFY(treatment.summaryText().contains(QStringLiteral("Behandlingar 1\nR4 – ")));
    QVERIFY(treatment.summaryText().contains(QStringLiteral("Behandlingar 2\nD9 – ")));
    QVERIFY(treatment.summaryText().contains(QStringLiteral("Material eller produkt (kg)\n98,125 kg")));

    ReviewDialog handover(NoteKind::Behandlingsoverlamning, samples::note(NoteKind::Behandlingsoverlamning),
                          QStringLiteral("5560000167"), QStringLiteral("Testbolaget AB"),
                          Environment::Sandbox);
    QVERIFY(
        handover.summaryText().contains(QStringLiteral("Mottagningsplats\nUtomlands: Norge (landskod NO)")));
    QVERIFY(!handover.summaryText().contains(QStringLiteral("kommunkod"))); // abroad: no Swedish municipality
    QVERIFY(handover.summaryText().contains(QStringLiteral("NO987654321 (momsnummer)")));

    ReviewDialog reception(NoteKind::Behandlingsmottagning, samples::note(NoteKind::Behandlingsmottagning),
                           QStringLiteral("5560000167"), QStringLiteral("Testbolaget AB"),
                           Environment::Sandbox);
    QVERIFY(reception.summaryText().contains(QStringLiteral("Bara kommunen: Stockholm (kommunkod 0180)")));
    QVERIFY(reception.summaryText().contains(QStringLiteral("OKÄND (tidigare innehavare okänd)")));
}

void TestReviewDialog::environmentIsProminent()
{
    ReviewDialog sandbox(NoteKind::Handel, samples::note(NoteKind::Handel), QStringLiteral("5560000167"),
                         QStringLiteral("Testbolaget AB"), Environment::Sandbox);
    QVERIFY(sandbox.environmentText().startsWith(QStringLiteral("Sandlåda = övning.")));
    ReviewDialog production(NoteKind::Handel, samples::note(NoteKind::Handel), QStringLiteral("5560000167"),
                            QStringLiteral("Testbolaget AB"), Environment::Production);
    QVERIFY(production.environmentText().startsWith(QStringLiteral("Produktion: ")));
    QVERIFY(production.environmentText().contains(QStringLiteral("på riktigt")));
    auto *sandboxLabel = sandbox.findChild<QLabel *>(QStringLiteral("reviewEnvironment"));
    auto *productionLabel = production.findChild<QLabel *>(QStringLiteral("reviewEnvironment"));
    QVERIFY(sandboxLabel->styleSheet() != productionLabel->styleSheet()); // each its own colour
    QVERIFY(sandboxLabel->font().bold() || sandboxLabel->styleSheet().contains(QStringLiteral("bold")));
}

void TestReviewDialog::buttonsSendOrGoBack()
{
    ReviewDialog send(NoteKind::Handel, samples::note(NoteKind::Handel), QStringLiteral("5560000167"),
                      QStringLiteral("Testbolaget AB"), Environment::Sandbox);
    send.show();
    QVERIFY(QTest::qWaitForWindowExposed(&send));
    QCOMPARE(send.sendButton()->text().remove(QLatin1Char('&')), QStringLiteral("Skicka"));
    QTest::mouseClick(send.sendButton(), Qt::LeftButton);
    QCOMPARE(send.result(), int(QDialog::Accepted));

    ReviewDialog back(NoteKind::Handel, samples::note(NoteKind::Handel), QStringLiteral("5560000167"),
                      QStringLiteral("Testbolaget AB"), Environment::Sandbox);
    back.show();
    QVERIFY(QTest::qWaitForWindowExposed(&back));
    QCOMPARE(back.backButton()->text().remove(QLatin1Char('&')), QStringLiteral("Tillbaka"));
    QTest::mouseClick(back.backButton(), Qt::LeftButton);
    QCOMPARE(back.result(), int(QDialog::Rejected));
}

void TestReviewDialog::exactDataOnRequest()
{
    ReviewDialog dialog(NoteKind::Handel, samples::note(NoteKind::Handel), QStringLiteral("5560000167"),
                        QStringLiteral("Testbolaget AB"), Environment::Sandbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *json = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(json && !json->isVisible());
    QPushButton *details = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Visa exakt data"))
            details = button;
    }
    QVERIFY(details);
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(json->isVisible());
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"verksamhetsutovare\": \"5560000167\"")));
    QCOMPARE(dialog.sentNote(), notejson::normalized(NoteKind::Handel, samples::note(NoteKind::Handel)));
}

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
