#include "app/mainwindow.h"
#include "core/messagelog.h"
#include "core/settings.h"
#include "secrets/connectionstore.h"
#include "services/ziparchive.h"
#include "setup/settingsdialog.h"
#include "tests/support/dialoganswers.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using app::MainWindow;

// What the main window offers for support: Hjälp → Spara supportpaket, and the countdown in the
// status bar before the certificate or a pasted token runs out.
class TestMainWindowSupport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void helpMenuSavesTheSupportBundle();
    void cancellingSavesNothing();
    void statusBarCountsDownToTheExpiry_data();
    void statusBarCountsDownToTheExpiry();

private:
    // Opens the menu in the menu bar and clicks the entry, as a user does.
    static void clickMenuEntry(MainWindow &window, const QString &menuTitle, const QString &objectName);
    static void clickSupportBundle(MainWindow &window); // Hjälp → Spara supportpaket …

    std::unique_ptr<test::TestPki> m_pki;
};

void TestMainWindowSupport::initTestCase()
{
    m_pki = std::make_unique<test::TestPki>();
}

void TestMainWindowSupport::cleanup()
{
    messagelog::uninstall();
}

void TestMainWindowSupport::clickMenuEntry(MainWindow &window, const QString &menuTitle,
                                           const QString &objectName)
{
    QMenu *menu = nullptr;
    for (QAction *action : window.menuBar()->actions())
        if (action->text().remove(QLatin1Char('&')) == menuTitle)
            menu = action->menu();
    QVERIFY(menu);
    QTest::mouseClick(window.menuBar(), Qt::LeftButton, {},
                      window.menuBar()->actionGeometry(menu->menuAction()).center());
    QTRY_VERIFY(menu->isVisible());
    QAction *entry = menu->findChild<QAction *>(objectName);
    QVERIFY(entry);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
}

void TestMainWindowSupport::clickSupportBundle(MainWindow &window)
{
    QAction *entry = window.findChild<QAction *>(QStringLiteral("supportBundleAction"));
    QVERIFY(entry);
    QCOMPARE(entry->text().remove(QLatin1Char('&')), QStringLiteral("Spara supportpaket …"));
    clickMenuEntry(window, QStringLiteral("Hjälp"), QStringLiteral("supportBundleAction"));
}

void TestMainWindowSupport::helpMenuSavesTheSupportBundle()
{
    test::TestProfile profile;
    QVERIFY(profile.profile().ensureDirectories());
    QVERIFY(messagelog::install(profile.profile(), QStringLiteral("tst_mainwindowsupport")));
    QTemporaryDir out;
    const QString chosen = out.filePath(QStringLiteral("till-supporten.zip"));
    QString suggested;
    test::DialogAnswers answers;
    answers.saveAs = [&](const QString &proposal, const QString &filter) {
        suggested = proposal;
        return filter.contains(QStringLiteral("*.zip")) ? chosen : QString();
    };
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickSupportBundle(window);

    QTRY_VERIFY(QFile::exists(chosen));
    QVERIFY2(suggested.contains(QStringLiteral("avfallsrapport-supportpaket-")) &&
                 suggested.endsWith(QStringLiteral(".zip")),
             qPrintable(suggested));
    QTRY_COMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Supportpaketet är sparat: %1").arg(QDir::toNativeSeparators(chosen)));
    QString error;
    const auto entries = readZip(chosen, &error);
    QVERIFY2(entries, qPrintable(error));
    QStringList names;
    QJsonObject summary;
    for (const ZipEntry &entry : *entries) {
        names << entry.name;
        if (entry.name == QLatin1String("sammanfattning.json"))
            summary = QJsonDocument::fromJson(entry.data).object();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("sammanfattning.txt"), QStringLiteral("sammanfattning.json"),
                                 QStringLiteral("logg/avfallsrapport.log")}));
    // The window's own store and environment: what the user has open is what support sees.
    QCOMPARE(
        summary.value(QLatin1String("profile")).toObject().value(QLatin1String("environment")).toString(),
        environmentKey(Settings(profile.profile()).environment()));
    QCOMPARE(summary.value(QLatin1String("store")).toObject().value(QLatin1String("exists")).toBool(), true);
}

void TestMainWindowSupport::cancellingSavesNothing()
{
    test::TestProfile profile;
    QTemporaryDir out;
    bool asked = false;
    test::DialogAnswers answers;
    answers.saveAs = [&](const QString &, const QString &) {
        asked = true;
        return QString();
    };
    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickSupportBundle(window);
    QTRY_VERIFY(asked);
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(QDir(out.path()).isEmpty());
}

void TestMainWindowSupport::statusBarCountsDownToTheExpiry_data()
{
    QTest::addColumn<qint64>("certificateSeconds");
    QTest::addColumn<qint64>("tokenSeconds"); // 0: key and secret instead of a token
    QTest::addColumn<QString>("expected");    // empty: no countdown shown
    // What Inställningar says: on the certificate page, and under the stored token (empty: not checked).
    QTest::addColumn<QString>("certificatePage");
    QTest::addColumn<QString>("accessPage");
    constexpr qint64 day = 24 * 3600;
    QTest::newRow("12 days") << 12 * day + 3600 << qint64(0)
                             << QStringLiteral("⚠ Certifikatet går ut om 12 dagar")
                             << QStringLiteral("Certifikatet går ut om 12 dagar") << QString();
    QTest::newRow("30 days") << 30 * day + 3600 << qint64(0)
                             << QStringLiteral("⚠ Certifikatet går ut om 30 dagar")
                             << QStringLiteral("Certifikatet går ut om 30 dagar") << QString();
    QTest::newRow("tomorrow") << day + 3600 << qint64(0) << QStringLiteral("⚠ Certifikatet går ut i morgon")
                              << QString() << QString();
    QTest::newRow("today") << qint64(3 * 3600) << qint64(0) << QStringLiteral("⚠ Certifikatet går ut i dag")
                           << QStringLiteral("Certifikatet går ut i dag") << QString();
    QTest::newRow("31 days") << 31 * day + 3600 << qint64(0) << QString() << QString() << QString();
    QTest::newRow("token in 5 days") << 200 * day << 5 * day + 3600
                                     << QStringLiteral("⚠ Åtkomsttoken går ut om 5 dagar") << QString()
                                     << QStringLiteral("5 dagar kvar");
    QTest::newRow("both") << 12 * day + 3600 << 5 * day + 3600
                          << QStringLiteral(
                                 "⚠ Certifikatet går ut om 12 dagar · Åtkomsttoken går ut om 5 dagar")
                          << QStringLiteral("Certifikatet går ut om 12 dagar")
                          << QStringLiteral("5 dagar kvar");
}

void TestMainWindowSupport::statusBarCountsDownToTheExpiry()
{
    QFETCH(qint64, certificateSeconds);
    QFETCH(qint64, tokenSeconds);
    QFETCH(QString, expected);
    QFETCH(QString, certificatePage);
    QFETCH(QString, accessPage);
    test::TestProfile profile;
    QVERIFY(profile.profile().ensureDirectories());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Valid since long ago: TestPki::client makes certificates of 30 days only.
    pki::CertificateRequest request;
    request.commonName = QStringLiteral("Verkstaden AB");
    request.organisation = QStringLiteral("Verkstaden AB");
    request.organisationNumber = pki::sandboxOrganisationNumber();
    request.clientAuth = true;
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-300);
    request.notAfter = now.addSecs(certificateSeconds);
    const pki::KeyPair pair = pki::createCertificate(request, &m_pki->ca());
    const QString p12 = profile.path() + QStringLiteral("/foretaget.p12");
    {
        QFile file(p12);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pki::exportPkcs12(pair, "losen-123", QStringLiteral("Företaget")));
    }
    {
        ConnectionStore store(profile.profile());
        const IdentityResult imported =
            store.identities()->importPkcs12Blocking(Environment::Test, p12, "losen-123");
        QVERIFY2(imported.ok(), qPrintable(imported.message));
        bool stored = false;
        auto done = [&](bool ok, const QString &error) {
            QVERIFY2(ok, qPrintable(error));
            stored = true;
        };
        if (tokenSeconds > 0) {
            const QByteArray payload =
                "{\"exp\":" + QByteArray::number(now.addSecs(tokenSeconds).toSecsSinceEpoch()) + '}';
            store.storeAccessToken(Environment::Test,
                                   QStringLiteral("eyJhbGciOiJub25lIn0.") +
                                       QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals)) +
                                       QStringLiteral(".c2ln"),
                                   done);
        } else {
            store.storeKeyAndSecret(Environment::Test, QStringLiteral("nyckel"), QStringLiteral("hemlighet"),
                                    done);
        }
        QTRY_VERIFY_WITH_TIMEOUT(stored, 15000);
        store.setEnvironment(Environment::Test);
    }

    MainWindow window(profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel *label = window.expiryLabel();
    QVERIFY(label);
    if (expected.isEmpty()) {
        QVERIFY2(!label->isVisible(), qPrintable(label->text()));
    } else {
        QTRY_COMPARE(label->text(), expected);
        QVERIFY(label->isVisible());
        QVERIFY(window.statusBar()->isAncestorOf(label));
        if (certificateSeconds < 31 * 24 * 3600) // the whole warning, with what to do, on hovering
            QVERIFY2(label->toolTip().contains(QStringLiteral("Beställ ett nytt")),
                     qPrintable(label->toolTip()));
    }
    if (certificatePage.isEmpty() && accessPage.isEmpty())
        return;

    // Inställningar → Inställningar… says the same where the certificate and the token are kept.
    clickMenuEntry(window, QStringLiteral("Inställningar"), QStringLiteral("settingsAction"));
    forms::SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<forms::SettingsDialog *>()) && dialog->isVisible());
    if (!certificatePage.isEmpty()) {
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("expiryWarning"));
        QVERIFY(warning);
        QTRY_VERIFY2(warning->text().startsWith(certificatePage), qPrintable(warning->text()));
    }
    if (!accessPage.isEmpty()) {
        auto *tokenExpiry = dialog->findChild<QLabel *>(QStringLiteral("tokenExpiryLabel"));
        QVERIFY(tokenExpiry);
        QTRY_VERIFY2(tokenExpiry->text().contains(accessPage), qPrintable(tokenExpiry->text()));
        QVERIFY(tokenExpiry->styleSheet().contains(QStringLiteral("font-weight: bold")));
    }
    dialog->reject();
}

QTEST_MAIN(TestMainWindowSupport)
#include "tst_mainwindowsupport.moc"
