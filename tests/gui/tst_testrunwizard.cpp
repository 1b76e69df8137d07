#include "core/settings.h"
#include "sandbox/sandboxserver.h"
#include "secrets/connectionstore.h"
#include "secrets/secretstore.h"
#include "services/testrun.h"
#include "setup/settingspages.h"
#include "setup/testrunwizard.h"
#include "tests/secrets/fakesecretbackend.h"
#include "tests/support/dialoganswers.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace avfall;
using namespace avfall::forms;
using avfall::test::strings;

// "Testkörning mot testmiljön" driven like a user, against the in-process sandbox over real
// mutual TLS; and what Inställningar → Anslutning says about the last passed run and Produktion.
class TestTestRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsTheCasesAndSavesTheReport();
    void rolesPreselectTheTypes();
    void connectionPageShowsTheLastRunAndWarnsForProduction_data();
    void connectionPageShowsTheLastRunAndWarnsForProduction();

private:
    std::unique_ptr<ConnectionStore> store(const test::TestProfile &profile);

    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestTestRunWizard::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
    m_sandbox = std::make_unique<SandboxServer>(m_pki->sandboxPki(), QString());
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
}

std::unique_ptr<ConnectionStore> TestTestRunWizard::store(const test::TestProfile &profile)
{
    auto state = std::make_shared<test::FakeSecretBackend::State>();
    auto *secrets = new SecretStore(profile.profile(), std::make_unique<test::FakeSecretBackend>(state));
    auto result = std::make_unique<ConnectionStore>(profile.profile(), secrets);
    secrets->setParent(result.get());
    const pki::KeyPair identity = m_pki->client(pki::sandboxOrganisationNumber());
    result->setSandboxProvider([this, identity](ConnectionSettings *settings, QString *) {
        *settings = m_pki->settings(m_sandbox->baseUrl(), m_sandbox->tokenUrl(), identity);
        return true;
    });
    return result;
}

void TestTestRunWizard::runsTheCasesAndSavesTheReport()
{
    test::TestProfile profile;
    const auto connections = store(profile);
    TestRunWizard wizard(profile.profile(), connections.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.environmentCombo()->currentText(), QStringLiteral("Test"));
    wizard.setEnvironment(Environment::Sandbox);
    QVERIFY(wizard.environmentCombo()->currentText().startsWith(QStringLiteral("Sandlåda")));
    // Only Handel: the user unticks the other seven.
    for (QCheckBox *box : wizard.typeBoxes()) {
        if (box->objectName() != QLatin1String("testRunType_handel"))
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
    }
    QCOMPARE(std::count_if(wizard.typeBoxes().cbegin(), wizard.typeBoxes().cend(),
                           [](const QCheckBox *box) { return box->isChecked(); }),
             1);
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QCOMPARE(next->text(), QStringLiteral("&Kör testfallen"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isFinished(), 60000);

    QTableWidget *table = wizard.caseTable();
    QCOMPARE(table->rowCount(), 5 + 1 + 1 + 4 + 3);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY2(table->item(row, 2)->text() == QStringLiteral("Godkänd"),
                 qPrintable(table->item(row, 0)->text() + QLatin1Char(' ') + table->item(row, 3)->text()));
    QCOMPARE(table->item(5, 0)->text(), QStringLiteral("A-handel"));
    QCOMPARE(wizard.progressBar()->value(), table->rowCount());
    QVERIFY2(wizard.summaryLabel()->text().startsWith(QStringLiteral("Godkänd: alla 14 fall")),
             qPrintable(wizard.summaryLabel()->text()));
    QVERIFY(wizard.summaryLabel()->text().contains(QStringLiteral("Sandlåda")));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    // A run in the sandbox is practice: nothing is remembered for production.
    QVERIFY(!Settings(profile.profile()).lastPassedTestRun(pki::sandboxOrganisationNumber()).isValid());

    QString suggested;
    test::DialogAnswers answers;
    answers.saveAs = [&](const QString &name, const QString &) -> QString {
        suggested = name;
        return profile.path() + QLatin1Char('/') + name;
    };
    QVERIFY(wizard.savePdfButton()->isEnabled());
    QTest::mouseClick(wizard.savePdfButton(), Qt::LeftButton);
    QVERIFY(suggested.startsWith(QStringLiteral("testkorning-5560000167-")));
    QVERIFY(suggested.endsWith(QStringLiteral(".pdf")));
    QFile pdf(profile.path() + QLatin1Char('/') + suggested);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
    QVERIFY(wizard.summaryLabel()->text().startsWith(QStringLiteral("Rapporten sparades")));

    QTest::mouseClick(wizard.saveJsonButton(), Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral(".json")));
    QFile json(profile.path() + QLatin1Char('/') + suggested);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(report.value(QStringLiteral("godkand")).toBool());
    QCOMPARE(report.value(QStringLiteral("fall")).toArray().size(), table->rowCount());
}

void TestTestRunWizard::rolesPreselectTheTypes()
{
    test::TestProfile profile;
    Settings(profile.profile()).setReportedNoteKinds({NoteKind::Transport, NoteKind::Behandlingsresultat});
    const auto connections = store(profile);
    TestRunWizard wizard(profile.profile(), connections.get());
    QStringList checked;
    for (const QCheckBox *box : wizard.typeBoxes()) {
        if (box->isChecked())
            checked << box->objectName();
    }
    QCOMPARE(checked, (strings({"testRunType_transporter", "testRunType_behandlingsresultat"})));

    // The roles are chosen on Verksamhet.
    CompanyPage page(profile.profile());
    QStringList roles;
    for (QCheckBox *box : page.roleBoxes()) {
        if (box->isChecked())
            roles << box->objectName();
        if (box->objectName() == QLatin1String("role_handel"))
            box->setChecked(true);
    }
    QCOMPARE(roles, (strings({"role_transporter", "role_behandlingsresultat"})));
    const forms::SaveResult saved = page.save();
    QVERIFY2(saved.isSaved(), qPrintable(saved.problem));
    QCOMPARE(Settings(profile.profile()).reportedNoteKinds(),
             (QList<NoteKind>{NoteKind::Transport, NoteKind::Handel, NoteKind::Behandlingsresultat}));
}

void TestTestRunWizard::connectionPageShowsTheLastRunAndWarnsForProduction_data()
{
    QTest::addColumn<bool>("passed");
    QTest::newRow("ingen godkänd körning") << false;
    QTest::newRow("godkänd körning 2026-12-01") << true;
}

void TestTestRunWizard::connectionPageShowsTheLastRunAndWarnsForProduction()
{
    QFETCH(bool, passed);
    test::TestProfile profile;
    {
        Settings settings(profile.profile());
        Company own;
        own.organisationNumber = QStringLiteral("5560000167");
        settings.setOwnCompany(own);
        if (passed)
            settings.setLastPassedTestRun(own.organisationNumber,
                                          QDateTime(QDate(2026, 12, 1), QTime(12, 0)));
    }
    const auto connections = store(profile);
    ConnectionPage page(connections.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.testRunStatus()->text(), passed ? QStringLiteral("Senaste godkända testkörning i Test: "
                                                                   "2026-12-01 12:00 (5560000167).")
                                                  : QStringLiteral("Ingen godkänd testkörning i Test ännu."));
    QVERIFY(page.productionWarning()->isHidden());
    page.environmentCombo()->setFocus();
    // Sandlåda → Test → Produktion with the keyboard.
    QTest::keyClick(page.environmentCombo(), Qt::Key_Down);
    QTest::keyClick(page.environmentCombo(), Qt::Key_Down);
    QCOMPARE(page.environment(), Environment::Production);
    QCOMPARE(page.productionWarning()->isVisible(), !passed);
    if (!passed)
        QVERIFY(page.productionWarning()->text().contains(
            QStringLiteral("Ingen godkänd testkörning mot testmiljön för 5560000167")));
    QCOMPARE(page.testRunButton()->text(), QStringLiteral("Testkörning mot testmiljön …"));
    QTest::mouseClick(page.testRunButton(), Qt::LeftButton);
    auto *wizard = page.findChild<TestRunWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
}

QTEST_MAIN(TestTestRunWizard)
#include "tst_testrunwizard.moc"
