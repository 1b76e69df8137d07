#include "core/settings.h"
#include "network/pki.h"
#include "secrets/connectionstore.h"
#include "secrets/secretstore.h"
#include "setup/firststartwizard.h"
#include "setup/settingspages.h"
#include "tests/gui/formtyping.h"
#include "tests/support/dialoganswers.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::forms;

// The first-start assistant driven through its widgets: the sandbox path and the whole way to
// Naturvårdsverket (explanation, environment, certificate, key and secret, own company).
class TestFirstStartWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxWorksAtOnce();
    void connectingExplainsWhatIsNeeded();
    void wholeWayToNaturvardsverket();
    void wrongCompanyNumberStops();
    void closingAlsoCountsAsDone();
    void shownOnlyOnFirstStart();

private:
    void clickButton(FirstStartWizard &wizard, QWizard::WizardButton which);

    std::unique_ptr<test::TestPki> m_pki;
    QTemporaryDir m_files;
    test::DialogAnswers m_dialogs; // every "Välj fil…" of this test's assistants
};

void TestFirstStartWizard::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
}

void TestFirstStartWizard::init()
{
    clearSessionSecrets();
}

void TestFirstStartWizard::cleanup()
{
    m_dialogs.fileToOpen.clear();
}

void TestFirstStartWizard::clickButton(FirstStartWizard &wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard.button(which);
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestFirstStartWizard::sandboxWorksAtOnce()
{
    test::TestProfile profile;
    FirstStartWizard wizard(profile.profile());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::IntroPageId));
    QVERIFY(wizard.sandboxChoice()->isChecked());
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Nästa >"));
    clickButton(wizard, QWizard::NextButton);
    // Issue 14: the own company is asked for on the sandbox path too; the number is the practice
    // certificate's, so that the sandbox accepts the notes.
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::CompanyPageId));
    QCOMPARE(wizard.companyPage()->organisationNumberEdit()->text(), QStringLiteral("556000-0167"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("sandboxCompanyNote"))->isVisible());
    test::focusAndType(wizard.companyPage()->nameEdit(), QStringLiteral("Verkstaden i Ås AB"));
    test::focusAndType(wizard.companyPage()->contactEdit(), QStringLiteral("Per Persson"));
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::SandboxDonePageId));
    auto *text = wizard.findChild<QLabel *>(QStringLiteral("sandboxText"));
    QVERIFY(text->text().contains(QStringLiteral("övning")));
    clickButton(wizard, QWizard::FinishButton);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    Settings settings(profile.profile());
    QVERIFY(settings.firstStartDone());
    QCOMPARE(settings.environment(), Environment::Sandbox);
    QCOMPARE(settings.ownCompany().organisationNumber, QStringLiteral("5560000167"));
    QCOMPARE(settings.ownCompany().name, QStringLiteral("Verkstaden i Ås AB"));
    QCOMPARE(settings.ownCompany().contactPerson, QStringLiteral("Per Persson"));
}

void TestFirstStartWizard::connectingExplainsWhatIsNeeded()
{
    test::TestProfile profile;
    FirstStartWizard wizard(profile.profile());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    test::userClick(wizard.connectChoice());
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::RequirementsPageId));
    const QString text = wizard.findChild<QLabel *>(QStringLiteral("requirementsText"))->text();
    for (const QString &needed : {QStringLiteral("avtal"), QStringLiteral("klientcertifikat"),
                                  QStringLiteral("organisationsnummer"), QStringLiteral("API-portal"),
                                  QStringLiteral("Nyckel och hemlighet"), QStringLiteral("Börja i Test")})
        QVERIFY2(text.contains(needed), qPrintable(needed));
    // Back to the sandbox is always possible.
    clickButton(wizard, QWizard::BackButton);
    test::userClick(wizard.sandboxChoice());
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::CompanyPageId));
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::SandboxDonePageId));
}

void TestFirstStartWizard::wholeWayToNaturvardsverket()
{
    test::TestProfile profile;
    ConnectionStore store(profile.profile());
    FirstStartWizard wizard(profile.profile(), &store);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    test::userClick(wizard.connectChoice());
    clickButton(wizard, QWizard::NextButton); // requirements
    clickButton(wizard, QWizard::NextButton); // environment
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::EnvironmentPageId));
    QVERIFY(wizard.testChoice()->isChecked());
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::CertificatePageId));

    // Certificate.
    CertificatePage *certificate = wizard.certificatePage();
    QVERIFY(certificate->findChild<QLabel *>(QStringLiteral("certificateHeading"))
                ->text()
                .contains(QStringLiteral("Test")));
    const QString file = m_files.filePath(QStringLiteral("org.p12"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pki::exportPkcs12(m_pki->client(pki::sandboxOrganisationNumber()), "wizard-lösen", {}));
    }
    m_dialogs.fileToOpen = file;
    test::userClick(certificate->findChild<QPushButton *>(QStringLiteral("browseCertificateButton")));
    test::focusAndType(certificate->passwordEdit(), QStringLiteral("wizard-lösen"));
    test::userClick(certificate->importButton());
    QTRY_VERIFY_WITH_TIMEOUT(certificate->message().contains(QStringLiteral("importerat")), 15000);
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::AccessPageId));

    // Key and secret: saved when going on.
    AccessPage *access = wizard.accessPage();
    test::focusAndType(access->consumerKeyEdit(), QStringLiteral("portal-nyckel"));
    test::focusAndType(access->consumerSecretEdit(), QStringLiteral("portal-hemlighet"));
    clickButton(wizard, QWizard::NextButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(FirstStartWizard::CompanyPageId), 15000);

    // The company page starts with what the certificate says.
    CompanyPage *company = wizard.companyPage();
    QCOMPARE(company->organisationNumberEdit()->text(), QStringLiteral("556000-0167"));
    QCOMPARE(company->nameEdit()->text(), QStringLiteral("Testföretag 5560000167"));
    company->nameEdit()->clear();
    test::focusAndType(company->nameEdit(), QStringLiteral("Verkstaden AB"));
    test::focusAndType(company->contactEdit(), QStringLiteral("Per Persson"));
    test::focusAndType(company->emailEdit(), QStringLiteral("per@verkstaden.se"));
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::ConnectDonePageId));
    QTRY_VERIFY2(wizard.summaryLabel()->text().contains(QStringLiteral("Nyckel och hemlighet: sparade")),
                 qPrintable(wizard.summaryLabel()->text()));
    const QString summary = wizard.summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("Test")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("556000-0167")), qPrintable(summary));
    clickButton(wizard, QWizard::FinishButton);
    QVERIFY(!wizard.isVisible());

    Settings settings(profile.profile());
    QVERIFY(settings.firstStartDone());
    QCOMPARE(settings.environment(), Environment::Test);
    QCOMPARE(settings.ownCompany().organisationNumber, QStringLiteral("5560000167"));
    QCOMPARE(settings.ownCompany().name, QStringLiteral("Verkstaden AB"));
    const ConnectionAssembly assembly = store.assembleBlocking(Environment::Test);
    QVERIFY2(assembly.ok(), qPrintable(assembly.error));
    QCOMPARE(assembly.settings.consumerKey, QStringLiteral("portal-nyckel"));
    QCOMPARE(assembly.settings.consumerSecret, QStringLiteral("portal-hemlighet"));
    QCOMPARE(assembly.settings.baseUrl, defaultBaseUrl(Environment::Test));
}

void TestFirstStartWizard::wrongCompanyNumberStops()
{
    test::TestProfile profile;
    FirstStartWizard wizard(profile.profile());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    test::userClick(wizard.connectChoice());
    // To requirements, environment, certificate (none imported), access (nothing typed), company.
    for (int step = 0; step < 5; ++step)
        clickButton(wizard, QWizard::NextButton);
    QTRY_COMPARE(wizard.currentId(), int(FirstStartWizard::CompanyPageId));
    test::focusAndType(wizard.companyPage()->organisationNumberEdit(), QStringLiteral("5560000168"));
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::CompanyPageId));
    QVERIFY(wizard.companyProblemLabel()->isVisible());
    QVERIFY(wizard.companyProblemLabel()->text().contains(QStringLiteral("Organisationsnumret")));
    QTest::keyClick(wizard.companyPage()->organisationNumberEdit(), Qt::Key_Backspace);
    test::focusAndType(wizard.companyPage()->organisationNumberEdit(), QStringLiteral("7"));
    clickButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::ConnectDonePageId));
    QTRY_VERIFY(wizard.summaryLabel()->text().contains(QStringLiteral("saknas")));
    QVERIFY(wizard.summaryLabel()->text().contains(QStringLiteral("inte importerat")));
}

void TestFirstStartWizard::closingAlsoCountsAsDone()
{
    test::TestProfile profile;
    FirstStartWizard wizard(profile.profile());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    test::userClick(wizard.connectChoice());
    clickButton(wizard, QWizard::NextButton);
    clickButton(wizard, QWizard::CancelButton);
    QVERIFY(!wizard.isVisible());
    Settings settings(profile.profile());
    QVERIFY(settings.firstStartDone());
    QCOMPARE(settings.environment(), Environment::Sandbox);
}

void TestFirstStartWizard::shownOnlyOnFirstStart()
{
    test::TestProfile profile;
    QVERIFY(shouldShowFirstStart(profile.profile()));
    Settings(profile.profile()).setFirstStartDone(true);
    QVERIFY(!shouldShowFirstStart(profile.profile()));
}

QTEST_MAIN(TestFirstStartWizard)
#include "tst_firststartwizard.moc"
