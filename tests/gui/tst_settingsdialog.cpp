#include "app/appbackend.h"
#include "app/environmentbadge.h"
#include "app/mainwindow.h"
#include "core/settings.h"
#include "core/translations.h"
#include "forms/filedialogseam.h"
#include "forms/firststartwizard.h"
#include "forms/settingsdialog.h"
#include "forms/settingspages.h"
#include "network/pki.h"
#include "network/registerclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/connectionstore.h"
#include "secrets/connectiontest.h"
#include "secrets/secretstore.h"
#include "tests/gui/formtyping.h"
#include "tests/secrets/fakesecretbackend.h"
#include "tests/support/childtest.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace avfall;
using namespace avfall::forms;

Q_DECLARE_METATYPE(avfall::IdentityError)

// The settings dialog driven like a user: clicks, typing and a file dialog answered by the test.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesAndSystemId();
    void environmentIsSavedWithOk();
    void cancelKeepsTheEnvironment();
    void customAddressMustBeHttps();
    void importCertificateShowsItsDetails();
    void eachRefusalHasItsOwnMessage_data();
    void eachRefusalHasItsOwnMessage();
    void expiringCertificateIsWarnedAbout();
    void pemCertificateAndKey();
    void sandboxNeedsNoCertificate();
    void pastedTokenShowsItsExpiry();
    void keyAndSecretGoToTheKeychainOnOk();
    void withoutKeychainTheDialogSaysSo();
    void companyNumberIsCheckedWhileTyping();
    void ombudPartiesAndPlaces();
    void ownCompanyByTheCatalogueRules_data();
    void ownCompanyByTheCatalogueRules();
    void savedPlaceByTheCatalogueRules_data();
    void savedPlaceByTheCatalogueRules();
    void languageAppliesAfterRestart();
    void testConnectionReportsEachStep();
    void testConnectionNamesTheFailedStep_data();
    void testConnectionNamesTheFailedStep();
    void mainWindowOpensTheDialog();
    void withoutKeychainTheMainWindowAsksOncePerSession();
    void sessionPromptChild();
    void englishAfterRestart();
    // Issue 14.
    void importShowsProgressWhileTheWindowGoesOn();
    void labelsAndHeadersReadInFull();

private:
    void showTab(SettingsDialog &dialog, SettingsDialog::Page page);
    CompanyPage *openCompanyPage(SettingsDialog &dialog); // shown on Verksamhet; nullptr if it did not show
    void chooseEnvironment(SettingsDialog &dialog, Environment environment);
    void clickOk(SettingsDialog &dialog);
    struct ConnectionTestRun
    {
        bool finished = false;
        bool ok = false;
        QString report;
        bool buttonEnabledAfterwards = false;
    };
    // "Testa anslutningen" clicked on the Anslutning page of a dialog over store.
    ConnectionTestRun runConnectionTest(const Profile &profile, ConnectionStore &store, int refusalGraceMs);
    QString writeFile(const QByteArray &data, const QString &suffix = QStringLiteral(".p12"));
    void answerFileDialogWith(const QString &path);
    void importThroughWidgets(SettingsDialog &dialog, const QString &file, const QString &password);

    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_files;
    const QString m_password = QStringLiteral("Cert-lösen-7");
};

void TestSettingsDialog::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
}

void TestSettingsDialog::init()
{
    clearSessionSecrets();
}

void TestSettingsDialog::cleanup()
{
    setOpenFileFunction({});
}

void TestSettingsDialog::showTab(SettingsDialog &dialog, SettingsDialog::Page page)
{
    QTabBar *bar = dialog.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(page)).center());
    QCOMPARE(dialog.currentPage(), page);
}

CompanyPage *TestSettingsDialog::openCompanyPage(SettingsDialog &dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return nullptr;
    showTab(dialog, SettingsDialog::Page::Company);
    return dialog.companyPage();
}

void TestSettingsDialog::chooseEnvironment(SettingsDialog &dialog, Environment environment)
{
    showTab(dialog, SettingsDialog::Page::Connection);
    QComboBox *combo = dialog.connectionPage()->environmentCombo();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && dialog.connectionPage()->environment() != environment; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dialog.connectionPage()->environment(), environment);
}

TestSettingsDialog::ConnectionTestRun
TestSettingsDialog::runConnectionTest(const Profile &profile, ConnectionStore &store, int refusalGraceMs)
{
    ConnectionTestRun run;
    SettingsDialog dialog(profile, &store);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return run;
    ConnectionPage *page = dialog.connectionPage();
    page->connectionTest()->setRefusalGraceMs(refusalGraceMs);
    QSignalSpy finished(page, &ConnectionPage::testFinished);
    test::userClick(page->testButton());
    run.finished = finished.wait(30000) || finished.count() == 1;
    if (run.finished)
        run.ok = finished.first().first().toBool();
    run.report = page->testReport()->text();
    run.buttonEnabledAfterwards = page->testButton()->isEnabled();
    return run;
}

void TestSettingsDialog::clickOk(SettingsDialog &dialog)
{
    test::userClick(dialog.buttons()->button(QDialogButtonBox::Ok));
}

QString TestSettingsDialog::writeFile(const QByteArray &data, const QString &suffix)
{
    const QString path = m_files.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + suffix);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

void TestSettingsDialog::answerFileDialogWith(const QString &path)
{
    setOpenFileFunction([path](QWidget *, const QString &, const QString &) { return path; });
}

void TestSettingsDialog::importThroughWidgets(SettingsDialog &dialog, const QString &file,
                                              const QString &password)
{
    showTab(dialog, SettingsDialog::Page::Certificate);
    CertificatePage *page = dialog.certificatePage();
    answerFileDialogWith(file);
    test::userClick(page->findChild<QPushButton *>(QStringLiteral("browseCertificateButton")));
    QCOMPARE(page->fileEdit()->text(), QDir::toNativeSeparators(file));
    test::focusAndType(page->passwordEdit(), password);
    const QString before = page->message();
    test::userClick(page->importButton());
    QTRY_VERIFY_WITH_TIMEOUT(page->importButton()->isEnabled() && page->message() != before &&
                                 !page->message().contains(QStringLiteral("Kontrollerar")),
                             15000);
}

void TestSettingsDialog::pagesAndSystemId()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList titles;
    for (int i = 0; i < dialog.tabs()->count(); ++i)
        titles << dialog.tabs()->tabText(i).remove(QLatin1Char('&'));
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Anslutning"), QStringLiteral("Certifikat"),
                          QStringLiteral("Åtkomst"), QStringLiteral("Verksamhet"), QStringLiteral("Språk")}));
    auto *systemId = dialog.findChild<QLabel *>(QStringLiteral("systemIdLabel"));
    QVERIFY(systemId);
    QCOMPARE(systemId->text(), QStringLiteral("Avfallsrapport-") + QStringLiteral(AVFALL_VERSION));
    QCOMPARE(systemId->text(), RegisterClient::systemId());
    QCOMPARE(dialog.connectionPage()->environment(), Environment::Sandbox);
}

void TestSettingsDialog::environmentIsSavedWithOk()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(dialog.connectionStore(), &ConnectionStore::changed);
    chooseEnvironment(dialog, Environment::Test);
    auto *heading = dialog.findChild<QLabel *>(QStringLiteral("certificateHeading"));
    QVERIFY(heading->text().contains(QStringLiteral("Test")));
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Sandbox); // not before OK
    clickOk(dialog);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Test);
    QCOMPARE(changed.count(), 1);
}

void TestSettingsDialog::cancelKeepsTheEnvironment()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Production);
    test::userClick(dialog.buttons()->button(QDialogButtonBox::Cancel));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Sandbox);
}

void TestSettingsDialog::customAddressMustBeHttps()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Custom);
    auto *base = dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenUrlEdit"));
    QVERIFY(base->isVisible());
    test::focusAndType(base, QStringLiteral("http://register.example/api"));
    test::focusAndType(token, QStringLiteral("https://register.example/token"));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("https://")));
    QCOMPARE(Settings(profile.profile()).environment(), Environment::Sandbox);

    base->clear();
    test::focusAndType(base, QStringLiteral("https://register.example/api"));
    clickOk(dialog);
    QVERIFY(!dialog.isVisible());
    Settings settings(profile.profile());
    QCOMPARE(settings.environment(), Environment::Custom);
    QCOMPARE(settings.customBaseUrl(), QUrl(QStringLiteral("https://register.example/api")));
    QCOMPARE(settings.customTokenUrl(), QUrl(QStringLiteral("https://register.example/token")));
}

void TestSettingsDialog::importCertificateShowsItsDetails()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Test);
    const pki::KeyPair pair = m_pki->client(pki::sandboxOrganisationNumber());
    const QString file = writeFile(pki::exportPkcs12(pair, m_password.toUtf8(), QStringLiteral("företaget")));
    importThroughWidgets(dialog, file, m_password);

    CertificatePage *page = dialog.certificatePage();
    QVERIFY2(page->message().contains(QStringLiteral("importerat")), qPrintable(page->message()));
    QVERIFY(page->passwordEdit()->text().isEmpty()); // not kept in the window
    const auto detail = [&](const char *name) {
        auto *label = page->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    };
    const QSslCertificate certificate(pair.certificatePem);
    QVERIFY(detail("detailSubject").contains(QStringLiteral("Testföretag 5560000167")));
    QCOMPARE(detail("detailOrganisation"), QStringLiteral("Testföretag 5560000167"));
    QCOMPARE(detail("detailOrganisationNumber"), QStringLiteral("556000-0167"));
    QVERIFY(detail("detailIssuer").contains(QStringLiteral("Avfallsrapport test-CA")));
    QVERIFY(detail("detailValidTo").contains(QStringLiteral("dagar kvar")));
    QVERIFY(!detail("detailValidFrom").isEmpty());
    QCOMPARE(detail("detailFingerprint"), page->identity().sha256Fingerprint());
    QCOMPARE(detail("detailFingerprint").size(), 32 * 3 - 1);
    QCOMPARE(detail("detailClientAuth"), QStringLiteral("Ja"));
    QVERIFY(!page->warningLabel()->isVisible());

    ConnectionStore store(profile.profile());
    QVERIFY(store.identities()->hasIdentity(Environment::Test));
    QCOMPARE(store.identities()->loadBlocking(Environment::Test).identity.certificate, certificate);
    // The company page offers what the certificate says.
    QCOMPARE(dialog.companyPage()->organisationNumberEdit()->text(), QStringLiteral("556000-0167"));
}

void TestSettingsDialog::eachRefusalHasItsOwnMessage_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("password");
    QTest::addColumn<IdentityError>("error");

    const QDateTime now = QDateTime::currentDateTime();
    const QByteArray password = m_password.toUtf8();
    pki::KeyPair good = m_pki->client(pki::sandboxOrganisationNumber());
    pki::KeyPair keyless = good;
    keyless.privateKeyPem.clear();
    pki::CertificateRequest future;
    future.commonName = QStringLiteral("Framtid AB");
    future.clientAuth = true;
    future.notBefore = now.addDays(3);
    future.notAfter = now.addYears(1);
    QTest::newRow("wrong password") << pki::exportPkcs12(good, password, {}) << QStringLiteral("fel")
                                    << IdentityError::WrongPassword;
    QTest::newRow("no private key") << pki::exportPkcs12(keyless, password, {}) << m_password
                                    << IdentityError::NoPrivateKey;
    QTest::newRow("expired") << pki::exportPkcs12(
                                    m_pki->client(QStringLiteral("5560000167"), now.addDays(-1)), password,
                                    {})
                             << m_password << IdentityError::Expired;
    QTest::newRow("not yet valid") << pki::exportPkcs12(pki::createCertificate(future, &m_pki->ca()),
                                                        password, {})
                                   << m_password << IdentityError::NotYetValid;
    QTest::newRow("no client authentication")
        << pki::exportPkcs12(m_pki->client(QStringLiteral("5560000167"), QDateTime(), false), password, {})
        << m_password << IdentityError::NoClientAuthentication;
}

void TestSettingsDialog::eachRefusalHasItsOwnMessage()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, password);
    QFETCH(IdentityError, error);

    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Production);
    importThroughWidgets(dialog, writeFile(file), password);
    CertificatePage *page = dialog.certificatePage();
    const QString message = page->message();
    QVERIFY2(page->messageLabel()->styleSheet().contains(QStringLiteral("b00020")), qPrintable(message));
    // The message is the one for exactly this error …
    const IdentityLoad load = loadPkcs12(file, password.toUtf8(), QDateTime::currentDateTime());
    QCOMPARE(load.error, error);
    QCOMPARE(message, load.message);
    // … and it differs from every other one.
    for (IdentityError other :
         {IdentityError::WrongPassword, IdentityError::NoPrivateKey, IdentityError::Expired,
          IdentityError::NotYetValid, IdentityError::NoClientAuthentication}) {
        if (other != error)
            QVERIFY(message != identityErrorMessage(other, load.identity.certificate));
    }
    QVERIFY(QDir(profile.profile().certificateDirectory()).entryList(QDir::Files).isEmpty());
    QCOMPARE(Settings(profile.profile()).certificateFile(Environment::Production), QString());
}

void TestSettingsDialog::expiringCertificateIsWarnedAbout()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Test);
    const pki::KeyPair soon = m_pki->client(pki::sandboxOrganisationNumber(),
                                            QDateTime::currentDateTime().addDays(12).addSecs(120));
    importThroughWidgets(dialog, writeFile(pki::exportPkcs12(soon, m_password.toUtf8(), {})), m_password);
    QLabel *warning = dialog.certificatePage()->warningLabel();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("12 dagar")), qPrintable(warning->text()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("detailValidTo"))
                ->text()
                .contains(QStringLiteral("12 dagar kvar")));
}

void TestSettingsDialog::pemCertificateAndKey()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Test);
    showTab(dialog, SettingsDialog::Page::Certificate);
    CertificatePage *page = dialog.certificatePage();
    QVERIFY(!page->keyFileEdit()->isVisible());
    test::userClick(page->findChild<QRadioButton *>(QStringLiteral("pemRadio")));
    QVERIFY(page->keyFileEdit()->isVisible());
    const pki::KeyPair pair = m_pki->client(pki::sandboxOrganisationNumber());
    answerFileDialogWith(writeFile(pair.certificatePem, QStringLiteral(".pem")));
    test::userClick(page->findChild<QPushButton *>(QStringLiteral("browseCertificateButton")));
    answerFileDialogWith(writeFile(pair.privateKeyPem, QStringLiteral(".key")));
    test::userClick(page->findChild<QPushButton *>(QStringLiteral("browseKeyButton")));
    test::userClick(page->importButton());
    QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(QStringLiteral("importerat")), 15000);
    QCOMPARE(page->identity().certificate, QSslCertificate(pair.certificatePem));
}

void TestSettingsDialog::sandboxNeedsNoCertificate()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showTab(dialog, SettingsDialog::Page::Certificate);
    QVERIFY(!dialog.certificatePage()->importButton()->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("certificateHeading"))
                ->text()
                .contains(QStringLiteral("övningscertifikat")));
    showTab(dialog, SettingsDialog::Page::Access);
    QVERIFY(!dialog.accessPage()->saveButton()->isVisible());
}

void TestSettingsDialog::pastedTokenShowsItsExpiry()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Test);
    showTab(dialog, SettingsDialog::Page::Access);
    AccessPage *page = dialog.accessPage();
    test::userClick(page->tokenRadio());
    QVERIFY(page->tokenEdit()->isVisible());
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3 * 3600).addSecs(-5);
    const QByteArray payload = QByteArrayLiteral("{\"sub\":\"avfall\",\"exp\":") +
                               QByteArray::number(expiry.toSecsSinceEpoch()) + '}';
    const QString token = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.") +
                          QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals)) +
                          QStringLiteral(".c2lnbmF0dXI");
    test::focusAndType(page->tokenEdit(), token);
    QVERIFY2(page->tokenExpiryLabel()->text().contains(QStringLiteral("Token gäller till")),
             qPrintable(page->tokenExpiryLabel()->text()));
    QVERIFY(page->tokenExpiryLabel()->text().contains(QStringLiteral("2 timmar kvar")));

    page->tokenEdit()->clear();
    test::focusAndType(page->tokenEdit(), QStringLiteral("inte-en-jwt"));
    QVERIFY(page->tokenExpiryLabel()->text().contains(QStringLiteral("ingen JWT")));
    page->tokenEdit()->clear();
    test::focusAndType(page->tokenEdit(), token);

    test::userClick(page->saveButton());
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->statusLabel()->text().isEmpty() && page->tokenEdit()->toPlainText().isEmpty(), 15000);
    ConnectionStore store(profile.profile());
    QCOMPARE(store.secrets()->readBlocking(Environment::Test, SecretKind::AccessToken).data, token.toUtf8());
    QCOMPARE(Settings(profile.profile()).accessMode(Environment::Test), AccessMode::Token);
    QFile settingsFile(profile.profile().settingsFile());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(token.toUtf8().left(40)));
    // The stored token's expiry stays visible.
    QTRY_VERIFY(page->tokenExpiryLabel()->text().contains(QStringLiteral("Den sparade token")));
}

void TestSettingsDialog::keyAndSecretGoToTheKeychainOnOk()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Production);
    showTab(dialog, SettingsDialog::Page::Access);
    AccessPage *page = dialog.accessPage();
    QVERIFY(page->keySecretRadio()->isChecked());
    QCOMPARE(page->consumerSecretEdit()->echoMode(), QLineEdit::Password);
    test::focusAndType(page->consumerKeyEdit(), QStringLiteral("nyckel-123"));
    test::focusAndType(page->consumerSecretEdit(), QStringLiteral("hemlighet-456"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    ConnectionStore store(profile.profile());
    QCOMPARE(store.secrets()->readBlocking(Environment::Production, SecretKind::ConsumerKey).data,
             QByteArray("nyckel-123"));
    QCOMPARE(store.secrets()->readBlocking(Environment::Production, SecretKind::ConsumerSecret).data,
             QByteArray("hemlighet-456"));
    QFile settingsFile(profile.profile().settingsFile());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("hemlighet-456"));

    // Opened again: the key is shown, the secret is not.
    SettingsDialog again(profile.profile());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_COMPARE(again.accessPage()->consumerKeyEdit()->text(), QStringLiteral("nyckel-123"));
    QVERIFY(again.accessPage()->consumerSecretEdit()->text().isEmpty());
    QVERIFY(again.accessPage()->consumerSecretEdit()->placeholderText().contains(QStringLiteral("sparad")));
}

void TestSettingsDialog::withoutKeychainTheDialogSaysSo()
{
    test::TestProfile profile;
    auto state = std::make_shared<test::FakeSecretBackend::State>();
    state->behaviour = test::FakeSecretBackend::Behaviour::NoKeychain;
    auto *secrets = new SecretStore(profile.profile(), std::make_unique<test::FakeSecretBackend>(state));
    ConnectionStore store(profile.profile(), secrets);
    secrets->setParent(&store);
    SettingsDialog dialog(profile.profile(), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Test);
    showTab(dialog, SettingsDialog::Page::Access);
    AccessPage *page = dialog.accessPage();
    QTRY_VERIFY(page->keychainLabel()->text().contains(QStringLiteral("Ingen nyckelring")));
    QVERIFY(page->keychainLabel()->text().contains(QStringLiteral("aldrig")));
    QVERIFY(page->saveButton()->text().contains(QStringLiteral("sessionen")));
    test::focusAndType(page->consumerKeyEdit(), QStringLiteral("k"));
    test::focusAndType(page->consumerSecretEdit(), QStringLiteral("sessionshemlighet"));
    test::userClick(page->saveButton());
    QTRY_VERIFY(page->statusLabel()->text().contains(QStringLiteral("sessionen")));
    QVERIFY(state->entries.isEmpty());
    QCOMPARE(store.secrets()->readBlocking(Environment::Test, SecretKind::ConsumerSecret).data,
             QByteArray("sessionshemlighet"));
}

void TestSettingsDialog::companyNumberIsCheckedWhileTyping()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    CompanyPage *page = openCompanyPage(dialog);
    QVERIFY(page);
    test::focusAndType(page->organisationNumberEdit(), QStringLiteral("556000-016"));
    QVERIFY(page->organisationNumberCheck()->styleSheet().contains(QStringLiteral("b00020")));
    test::focusAndType(page->organisationNumberEdit(), QStringLiteral("8"));
    QVERIFY(!page->organisationNumberCheck()->text().startsWith(QStringLiteral("✓")));
    QTest::keyClick(page->organisationNumberEdit(), Qt::Key_Backspace);
    test::focusAndType(page->organisationNumberEdit(), QStringLiteral("7"));
    QCOMPARE(page->organisationNumberCheck()->text(), QStringLiteral("✓ 556000-0167 (organisationsnummer)"));

    test::focusAndType(page->nameEdit(), QStringLiteral("Verkstaden i Åre AB"));
    test::focusAndType(page->contactEdit(), QStringLiteral("Åsa Öberg"));
    test::focusAndType(page->emailEdit(), QStringLiteral("asa.verkstaden.se"));
    test::focusAndType(page->phoneEdit(), QStringLiteral("0647-123 45"));
    test::focusAndType(page->cfarEdit(), QStringLiteral("12345678"));
    showTab(dialog, SettingsDialog::Page::Language);
    clickOk(dialog);
    QVERIFY(dialog.isVisible()); // the e-mail address is wrong
    QCOMPARE(dialog.currentPage(), SettingsDialog::Page::Company);
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("E-post: ska vara en e-postadress")));
    page->emailEdit()->clear();
    test::focusAndType(page->emailEdit(), QStringLiteral("asa@verkstaden.se"));
    clickOk(dialog);
    QVERIFY(!dialog.isVisible());
    const Company own = Settings(profile.profile()).ownCompany();
    QCOMPARE(own.organisationNumber, QStringLiteral("5560000167"));
    QCOMPARE(own.name, QStringLiteral("Verkstaden i Åre AB"));
    QCOMPARE(own.contactPerson, QStringLiteral("Åsa Öberg"));
    QCOMPARE(own.email, QStringLiteral("asa@verkstaden.se"));
    QCOMPARE(own.phone, QStringLiteral("0647-123 45"));
    QCOMPARE(own.cfar, QStringLiteral("12345678"));
}

void TestSettingsDialog::ombudPartiesAndPlaces()
{
    test::TestProfile profile;
    {
        SettingsDialog dialog(profile.profile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        showTab(dialog, SettingsDialog::Page::Company);
        CompanyPage *page = dialog.companyPage();
        const auto edit = [&](const char *name) { return page->findChild<QLineEdit *>(QLatin1String(name)); };
        const auto push = [&](const char *name) {
            return page->findChild<QPushButton *>(QLatin1String(name));
        };
        const auto scrollTo = [&](QWidget *widget) {
            if (auto *area = page->findChild<QScrollArea *>())
                area->ensureWidgetVisible(widget);
        };

        scrollTo(edit("agentNumberEdit"));
        test::focusAndType(edit("agentNumberEdit"), QStringLiteral("5560065087"));
        test::userClick(push("addAgentButton")); // no name yet
        QCOMPARE(page->agentTable()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("agentProblem"))
                    ->text()
                    .contains(QStringLiteral("namn")));
        test::focusAndType(edit("agentNameEdit"), QStringLiteral("Kunden AB"));
        test::userClick(push("addAgentButton"));
        QCOMPARE(page->agentTable()->rowCount(), 1);
        QCOMPARE(page->agentTable()->item(0, 0)->text(), QStringLiteral("556006-5087"));

        scrollTo(edit("partyNumberEdit"));
        test::focusAndType(edit("partyNumberEdit"), QStringLiteral("DK12345678"));
        test::focusAndType(edit("partyNameEdit"), QStringLiteral("Dansk Affald A/S"));
        test::userClick(push("addPartyButton"));
        test::focusAndType(edit("partyNumberEdit"), QStringLiteral("202100-5489"));
        test::focusAndType(edit("partyNameEdit"), QStringLiteral("Åkeriet"));
        test::userClick(push("addPartyButton"));
        QCOMPARE(page->partyTable()->rowCount(), 2);
        page->partyTable()->selectRow(0);
        test::userClick(push("removePartyButton"));
        QCOMPARE(page->partyTable()->rowCount(), 1);

        scrollTo(edit("placeNameEdit"));
        test::focusAndType(edit("placeNameEdit"), QStringLiteral("Lagret"));
        test::focusAndType(edit("placeMunicipalityEdit"), QStringLiteral("180"));
        test::userClick(push("addPlaceButton"));
        QCOMPARE(page->placeTable()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("placeProblem"))
                    ->text()
                    .contains(QStringLiteral("fyra siffror")));
        edit("placeMunicipalityEdit")->clear();
        test::focusAndType(edit("placeMunicipalityEdit"), QStringLiteral("0180"));
        test::focusAndType(edit("placeAddressEdit"), QStringLiteral("Hamnvägen 3"));
        test::focusAndType(edit("placePostcodeEdit"), QStringLiteral("116 45"));
        test::userClick(push("addPlaceButton"));
        QCOMPARE(page->placeTable()->rowCount(), 1);
        clickOk(dialog);
        QVERIFY(!dialog.isVisible());
    }
    Settings settings(profile.profile());
    QCOMPARE(settings.agentCompanies().size(), 1);
    QCOMPARE(settings.agentCompanies().first().organisationNumber, QStringLiteral("5560065087"));
    QCOMPARE(settings.agentCompanies().first().name, QStringLiteral("Kunden AB"));
    QCOMPARE(settings.savedParties().size(), 1);
    QCOMPARE(settings.savedParties().first().toObject().value(QLatin1String("identitet")).toString(),
             QStringLiteral("2021005489"));
    const QJsonObject place = settings.savedPlaces().first().toObject();
    QCOMPARE(place.value(QLatin1String("namn")).toString(), QStringLiteral("Lagret"));
    QCOMPARE(place.value(QLatin1String("plats")).toObject(),
             (QJsonObject{{QStringLiteral("kommunkod"), QStringLiteral("0180")},
                          {QStringLiteral("adress"),
                           QJsonObject{{QStringLiteral("adressrad"), QStringLiteral("Hamnvägen 3")},
                                       {QStringLiteral("postnummer"), QStringLiteral("11645")}}}}));

    // Shown again next time.
    SettingsDialog again(profile.profile());
    QCOMPARE(again.companyPage()->agentTable()->rowCount(), 1);
    QCOMPARE(again.companyPage()->partyTable()->item(0, 1)->text(), QStringLiteral("Åkeriet"));
    QCOMPARE(again.companyPage()->placeTable()->item(0, 2)->text(), QStringLiteral("Hamnvägen 3"));
}

// Issue 13 item 18: the own company is judged by the rules every note will apply to it (the field
// catalogue through NoteValidator), so nothing saved here is refused later in each note, and
// nothing a note takes is refused here.
void TestSettingsDialog::ownCompanyByTheCatalogueRules_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("message");
    QTest::newRow("e-post utan toppdomän")
        << QStringLiteral("companyEmailEdit") << QStringLiteral("anna@firma.s") << false
        << QStringLiteral("E-post: ska vara en e-postadress");
    QTest::newRow("telefon med parentes")
        << QStringLiteral("companyPhoneEdit") << QStringLiteral("(08) 123 45") << false
        << QStringLiteral("Telefon: ska vara ett telefonnummer");
    QTest::newRow("namn med utropstecken") << QStringLiteral("companyNameEdit") << QStringLiteral("Firma!")
                                           << false << QStringLiteral("godtar: !");
    QTest::newRow("kontaktperson med siffra")
        << QStringLiteral("companyContactEdit") << QStringLiteral("Anna 2") << false
        << QStringLiteral("utan siffror");
    QTest::newRow("CFAR SAKNAS") << QStringLiteral("companyCfarEdit") << QStringLiteral("SAKNAS") << true
                                 << QString();
    QTest::newRow("telefon 08 sparas med varning")
        << QStringLiteral("companyPhoneEdit") << QStringLiteral("08") << true
        << QStringLiteral("har bara 2 siffror");
}

void TestSettingsDialog::ownCompanyByTheCatalogueRules()
{
    QFETCH(QString, input);
    QFETCH(QString, value);
    QFETCH(bool, saved);
    QFETCH(QString, message);
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    CompanyPage *page = openCompanyPage(dialog);
    QVERIFY(page);
    test::focusAndType(page->nameEdit(), QStringLiteral("Verkstaden i Åre AB"));
    test::focusAndType(page->contactEdit(), QStringLiteral("Åsa Öberg"));
    test::focusAndType(page->emailEdit(), QStringLiteral("asa@verkstaden.se"));
    test::focusAndType(page->phoneEdit(), QStringLiteral("0647-123 45"));
    auto *edit = page->findChild<QLineEdit *>(input);
    QVERIFY(edit);
    edit->clear();
    test::focusAndType(edit, value);
    clickOk(dialog);
    QCOMPARE(!dialog.isVisible(), saved);
    if (!saved) {
        QVERIFY2(dialog.problemLabel()->text().contains(message), qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(QApplication::focusWidget(), edit);
        return;
    }
    if (!message.isEmpty())
        QVERIFY2(page->ownCompanyWarnings()->text().contains(message),
                 qPrintable(page->ownCompanyWarnings()->text()));
    const Company own = Settings(profile.profile()).ownCompany();
    QCOMPARE(input == QLatin1String("companyCfarEdit") ? own.cfar : own.phone, value);
}

void TestSettingsDialog::savedPlaceByTheCatalogueRules_data()
{
    QTest::addColumn<QString>("municipality");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("cfar");
    QTest::addColumn<bool>("added");
    QTest::addColumn<QString>("message");
    QTest::newRow("kommunkod som inte finns")
        << QStringLiteral("0100") << QStringLiteral("116 45") << QString() << false
        << QStringLiteral("0100 är inte en svensk kommunkod");
    QTest::newRow("postnummer 01234 med varning")
        << QStringLiteral("0180") << QStringLiteral("01234") << QString() << true
        << QStringLiteral("ser inte ut som ett svenskt postnummer");
    QTest::newRow("postnummer fyra siffror") << QStringLiteral("0180") << QStringLiteral("1164") << QString()
                                             << false << QStringLiteral("fem siffror");
    QTest::newRow("CFAR fyra siffror") << QStringLiteral("0180") << QStringLiteral("116 45")
                                       << QStringLiteral("1234") << false << QStringLiteral("åtta siffror");
}

void TestSettingsDialog::savedPlaceByTheCatalogueRules()
{
    QFETCH(QString, municipality);
    QFETCH(QString, postcode);
    QFETCH(QString, cfar);
    QFETCH(bool, added);
    QFETCH(QString, message);
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    CompanyPage *page = openCompanyPage(dialog);
    QVERIFY(page);
    const auto edit = [&](const char *name) { return page->findChild<QLineEdit *>(QLatin1String(name)); };
    if (auto *area = page->findChild<QScrollArea *>())
        area->ensureWidgetVisible(edit("placeNameEdit"));
    test::focusAndType(edit("placeNameEdit"), QStringLiteral("Lagret"));
    test::focusAndType(edit("placeMunicipalityEdit"), municipality);
    test::focusAndType(edit("placeAddressEdit"), QStringLiteral("Hamnvägen 3"));
    test::focusAndType(edit("placePostcodeEdit"), postcode);
    if (!cfar.isEmpty())
        test::focusAndType(edit("placeCfarEdit"), cfar);
    test::userClick(page->findChild<QPushButton *>(QStringLiteral("addPlaceButton")));
    QCOMPARE(page->placeTable()->rowCount(), added ? 1 : 0);
    QVERIFY2(page->placeProblem()->isVisible(), "a problem or a warning is shown");
    QVERIFY2(page->placeProblem()->text().contains(message), qPrintable(page->placeProblem()->text()));
}

void TestSettingsDialog::languageAppliesAfterRestart()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showTab(dialog, SettingsDialog::Page::Language);
    LanguagePage *page = dialog.languagePage();
    QVERIFY(page->swedishRadio()->isChecked());
    QVERIFY(!page->restartNote()->isVisible());
    test::userClick(page->englishRadio());
    QVERIFY(page->restartNote()->isVisible());
    QVERIFY(page->restartNote()->text().contains(QStringLiteral("startar om")));
    clickOk(dialog);
    QCOMPARE(Settings(profile.profile()).language(), QStringLiteral("en"));
}

void TestSettingsDialog::testConnectionReportsEachStep()
{
    test::TestProfile profile;
    ConnectionStore store(profile.profile());
    const pki::KeyPair identity = m_pki->client(pki::sandboxOrganisationNumber());
    store.setSandboxProvider([this, identity](ConnectionSettings *settings, QString *) {
        *settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), identity);
        return true;
    });
    const ConnectionTestRun run = runConnectionTest(profile.profile(), store, 300);
    QVERIFY(run.finished);
    QCOMPARE(run.ok, true);
    const QString &report = run.report;
    QCOMPARE(report.count(QStringLiteral("✓")), 3);
    QVERIFY2(report.contains(QStringLiteral("Säker förbindelse")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("tokentjänsten lämnade ut")));
    QVERIFY(report.contains(QStringLiteral("transportsätt")));
    QVERIFY(report.contains(QStringLiteral("Anslutningen fungerar.")));
    QVERIFY(run.buttonEnabledAfterwards);
}

void TestSettingsDialog::testConnectionNamesTheFailedStep_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("expected");
    QTest::newRow("certificate of another CA") << 0 << QStringLiteral("godtog inte ert klientcertifikat");
    QTest::newRow("wrong secret") << 1 << QStringLiteral("Kontrollera nyckel och hemlighet");
    QTest::newRow("nothing listening") << 2 << QStringLiteral("svarade inte");
}

void TestSettingsDialog::testConnectionNamesTheFailedStep()
{
    QFETCH(int, failure);
    QFETCH(QString, expected);
    test::TestProfile profile;
    ConnectionStore store(profile.profile());
    store.setSandboxProvider([this, failure](ConnectionSettings *settings, QString *) {
        const pki::KeyPair identity = failure == 0
                                          ? test::TestPki::foreignClient(pki::sandboxOrganisationNumber())
                                          : m_pki->client(pki::sandboxOrganisationNumber());
        QUrl base = m_sandbox->baseUrl();
        QUrl token = m_sandbox->tokenUrl();
        if (failure == 2) {
            base.setPort(1);
            token.setPort(1);
        }
        *settings = m_pki->settings(base, token, identity);
        if (failure == 1)
            settings->consumerSecret = QStringLiteral("fel-hemlighet");
        return true;
    });
    const ConnectionTestRun run = runConnectionTest(profile.profile(), store, 500);
    QVERIFY(run.finished);
    QCOMPARE(run.ok, false);
    const QString &report = run.report;
    QVERIFY2(report.contains(expected), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("✗")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("inte prövat")));
    if (failure == 1)
        QVERIFY2(report.startsWith(QStringLiteral("✓")), qPrintable(report)); // the handshake worked
}

void TestSettingsDialog::mainWindowOpensTheDialog()
{
    test::TestProfile profile;
    // Without a keychain, choosing Produktion makes the window ask for this session's secrets at
    // once, so the dialog would not close: this needs a real Secret Service.
    AVFALL_REQUIRE_KEYCHAIN(profile.profile());
    app::MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Inställningar…"));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    chooseEnvironment(*dialog, Environment::Production);
    clickOk(*dialog);
    // The window follows the environment chosen in the dialog.
    QTRY_VERIFY(window.environmentBadge()->text().contains(QStringLiteral("Produktion")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Produktion")));
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());
}

// A machine without a keychain, after a restart: the certificate is in the profile but its
// password was kept for the last session only. The main window opens Inställningar → Certifikat by
// itself, once; after unlocking, the certificate problem is gone and no second dialog comes.
// Runs in a child whose D-Bus address leads nowhere (QtKeychain fails; session-only secrets).
void TestSettingsDialog::withoutKeychainTheMainWindowAsksOncePerSession()
{
    test::TestProfile profile;
    const QString p12 = writeFile(
        pki::exportPkcs12(m_pki->client(pki::sandboxOrganisationNumber()), m_password.toUtf8(), {}));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       test::sessionBusThatIsNotThere(profile.path()));
    environment.insert(QStringLiteral("AVFALL_SESSION_PROMPT_CHILD"), profile.path());
    environment.insert(QStringLiteral("AVFALL_SESSION_PROMPT_P12"), p12);
    const test::ChildRun child =
        test::runTestFunctionInChild(QStringLiteral("sessionPromptChild"), environment, 120000);
    QVERIFY2(child.passed, qPrintable(child.output));
}

void TestSettingsDialog::sessionPromptChild()
{
    const QString directory = qEnvironmentVariable("AVFALL_SESSION_PROMPT_CHILD");
    if (directory.isEmpty())
        QSKIP("Runs only as the child of withoutKeychainTheMainWindowAsksOncePerSession.");
    const Profile profile = Profile::inDirectory(directory);
    {
        ConnectionStore store(profile);
        QVERIFY(store.secrets()->openBlocking());
        QCOMPARE(store.secrets()->mode(), SecretStore::Mode::SessionOnly);
        QVERIFY(store.identities()
                    ->importPkcs12Blocking(Environment::Test,
                                           qEnvironmentVariable("AVFALL_SESSION_PROMPT_P12"),
                                           m_password.toUtf8())
                    .ok());
        store.setEnvironment(Environment::Test);
    }
    clearSessionSecrets(); // what a restart does to them

    app::MainWindow window(profile);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible(), 20000);
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Certificate);
    auto *unlockButton = dialog->findChild<QPushButton *>(QStringLiteral("unlockCertificateButton"));
    QTRY_VERIFY(unlockButton->isVisible());
    QVERIFY(dialog->certificatePage()->messageLabel()->text().contains(QStringLiteral("ingen nyckelring")));
    test::focusAndType(dialog->findChild<QLineEdit *>(QStringLiteral("certificatePasswordEdit")), m_password);
    test::userClick(unlockButton);
    QTRY_VERIFY(dialog->certificatePage()->messageLabel()->text().contains(
        QStringLiteral("under den här sessionen")));
    clickOk(*dialog);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());

    // The access (key and secret) is still missing: the status bar says so, no second dialog opens.
    auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
    QTRY_VERIFY(connection->text().contains(QStringLiteral("Nyckel och hemlighet")));
    QVERIFY2(!connection->text().contains(QStringLiteral("lösenordet")), qPrintable(connection->text()));
    window.backend().reconnect();
    QTest::qWait(300);
    QVERIFY(!window.findChild<SettingsDialog *>());
}

void TestSettingsDialog::englishAfterRestart()
{
    // What the next start does after Språk → English: the app's catalogue and Qt's own.
    const QStringList missing = installTranslations(*qApp, QStringLiteral("en"));
    QVERIFY2(!missing.contains(QStringLiteral("avfallsrapport_en")),
             qPrintable(missing.join(QLatin1Char(','))));
    {
        test::TestProfile profile;
        SettingsDialog dialog(profile.profile());
        QStringList titles;
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            titles << dialog.tabs()->tabText(i).remove(QLatin1Char('&'));
        QCOMPARE(titles, (QStringList{QStringLiteral("Connection"), QStringLiteral("Certificate"),
                                      QStringLiteral("Access"), QStringLiteral("Business"),
                                      QStringLiteral("Language")}));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(dialog.connectionPage()->testButton()->text(), QStringLiteral("&Test the connection"));
        QCOMPARE(dialog.connectionPage()->environmentCombo()->itemText(0), QStringLiteral("Sandbox"));
        FirstStartWizard wizard(profile.profile());
        QCOMPARE(wizard.sandboxChoice()->text(), QStringLiteral("&Try the sandbox"));
    }
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Issue 14: the import sat on "Kontrollerar certifikatet …" for seconds with a frozen window.
void TestSettingsDialog::importShowsProgressWhileTheWindowGoesOn()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Test);
    const QString file = writeFile(
        pki::exportPkcs12(m_pki->client(pki::sandboxOrganisationNumber()), m_password.toUtf8(), {}));
    showTab(dialog, SettingsDialog::Page::Certificate);
    CertificatePage *page = dialog.certificatePage();
    answerFileDialogWith(file);
    test::userClick(page->findChild<QPushButton *>(QStringLiteral("browseCertificateButton")));
    test::focusAndType(page->passwordEdit(), m_password);
    test::userClick(page->importButton());
    // The click returns at once: the file is read beside the window, which shows that it works.
    QVERIFY2(page->message().contains(QStringLiteral("Kontrollerar")), qPrintable(page->message()));
    QVERIFY(page->progressBar()->isVisible());
    QVERIFY(!page->importButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(page->message().contains(QStringLiteral("importerat")), 15000);
    QVERIFY(!page->progressBar()->isVisible());
    QVERIFY(page->importButton()->isEnabled());
}

// Issue 14: a literal "&CA-certifikat:" and a header cut to "ganisationsnumr".
void TestSettingsDialog::labelsAndHeadersReadInFull()
{
    test::TestProfile profile;
    SettingsDialog dialog(profile.profile());
    dialog.resize(720, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseEnvironment(dialog, Environment::Custom);
    auto *caFile = dialog.connectionPage()->findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
    QLabel *caLabel = nullptr;
    for (QLabel *label : dialog.connectionPage()->findChildren<QLabel *>()) {
        if (label->buddy() == caFile)
            caLabel = label;
    }
    QVERIFY2(caLabel, "the CA file has a label with a mnemonic");
    QCOMPARE(caLabel->text(), QStringLiteral("&CA-certifikat:")); // drawn as an underlined C
    showTab(dialog, SettingsDialog::Page::Company);
    for (QTableWidget *table : {dialog.companyPage()->agentTable(), dialog.companyPage()->partyTable(),
                                dialog.companyPage()->placeTable()}) {
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString title = table->horizontalHeaderItem(column)->text();
            QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                     qPrintable(title));
        }
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
