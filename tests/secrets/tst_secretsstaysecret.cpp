#include "core/settings.h"
#include "forms/filedialogseam.h"
#include "forms/settingsdialog.h"
#include "forms/settingspages.h"
#include "network/pki.h"
#include "network/registerclient.h"
#include "network/tokenprovider.h"
#include "queue/sender.h"
#include "sandbox/sandboxserver.h"
#include "secrets/connectionstore.h"
#include "store/notestore.h"
#include "tests/secrets/fakesecretbackend.h"
#include "tests/support/childtest.h"
#include "tests/support/samplenotes.h"
#include "tests/support/testpki.h"
#include "tests/support/testprofile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace avfall;
using namespace avfall::forms;

// "Secrets stay secret": a whole session in a child process imports a certificate with a password
// through the settings dialog, stores a pasted token and later a key and secret, sends notes to
// the in-process sandbox with each, and quits. Afterwards every file under the profile and under
// the child's home, config, data and cache folders is searched – as bytes, as UTF-8 and as UTF-16 –
// for the token, the secret, the certificate password and the private key (PEM body and DER).
// None may be found. The session runs once with the real keychain and once without any.
class TestSecretsStaySecret : public QObject
{
    Q_OBJECT

private slots:
    void secretsAreInNoFile_data();
    void secretsAreInNoFile();
    void session();

private:
    // The child's steps.
    void showTab(SettingsDialog &dialog, SettingsDialog::Page page);
    void click(QAbstractButton *button);
    void sendNotes(ConnectionStore &store, NoteStore &notes, int count, int *sent);
};

namespace {

const QString kSessionVariable = QStringLiteral("AVFALL_SECRETS_SESSION");

struct Needle
{
    QString what;
    QByteArray bytes;
};

QList<Needle> needlesFor(const QString &what, const QByteArray &utf8)
{
    QList<Needle> needles{{what + QStringLiteral(" (UTF-8)"), utf8}};
    const QString text = QString::fromUtf8(utf8);
    QByteArray little;
    QByteArray big;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        little.append(char(unit & 0xff)).append(char(unit >> 8));
        big.append(char(unit >> 8)).append(char(unit & 0xff));
    }
    needles << Needle{what + QStringLiteral(" (UTF-16LE)"), little}
            << Needle{what + QStringLiteral(" (UTF-16BE)"), big};
    needles << Needle{what + QStringLiteral(" (base64)"), utf8.toBase64()};
    return needles;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

void TestSecretsStaySecret::secretsAreInNoFile_data()
{
    QTest::addColumn<bool>("withKeychain");
    QTest::newRow("keychain") << true;
    QTest::newRow("no keychain") << false;
}

void TestSecretsStaySecret::secretsAreInNoFile()
{
    QFETCH(bool, withKeychain);
    QTemporaryDir root;
    const QString profile = root.filePath(QStringLiteral("profil"));
    const QString manifest = root.filePath(QStringLiteral("utanfor"));
    const QString home = root.filePath(QStringLiteral("hem"));
    QVERIFY(QDir().mkpath(manifest) && QDir().mkpath(home));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(kSessionVariable, profile);
    environment.insert(QStringLiteral("AVFALL_SECRETS_MANIFEST"), manifest);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("TMPDIR"), manifest); // the test PKI's own files stay outside
    if (!withKeychain)
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           test::sessionBusThatIsNotThere(root.path()));
    const test::ChildRun child = test::runTestFunctionInChild(QStringLiteral("session"), environment, 180000);
    QVERIFY2(child.passed, qPrintable(child.output));
    if (withKeychain && !child.output.contains(QStringLiteral("mode: keychain")) &&
        !test::insideKeyringSession())
        qInfo(
            "No Secret Service here: the session kept its secrets in memory (run through with-keyring.sh).");

    // What the session used, written outside every searched folder.
    QFile manifestFile(manifest + QStringLiteral("/secrets.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject secrets = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QList<Needle> needles;
    needles << needlesFor(QStringLiteral("token"), secrets.value(QLatin1String("token")).toString().toUtf8());
    needles << needlesFor(QStringLiteral("consumer secret"),
                          secrets.value(QLatin1String("secret")).toString().toUtf8());
    needles << needlesFor(QStringLiteral("certificate password"),
                          secrets.value(QLatin1String("password")).toString().toUtf8());
    const QByteArray keyPem = secrets.value(QLatin1String("keyPem")).toString().toLatin1();
    const QByteArray keyDer =
        QByteArray::fromBase64(secrets.value(QLatin1String("keyDer")).toString().toLatin1());
    QVERIFY(keyDer.size() > 60);
    needles << Needle{QStringLiteral("private key (DER)"), keyDer};
    // Every line of the PEM body, so that no piece of the key can hide.
    const QList<QByteArray> lines = keyPem.split('\n');
    int bodyLines = 0;
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith("-----"))
            continue;
        needles << Needle{QStringLiteral("private key (PEM line)"), line.trimmed()};
        ++bodyLines;
    }
    QVERIFY(bodyLines >= 2);
    for (const Needle &needle : std::as_const(needles))
        QVERIFY2(needle.bytes.size() >= 12, qPrintable(needle.what));

    // The searched folders, and a check that the search sees what is there.
    QStringList files;
    for (const QString &folder : {profile, home})
        files << filesUnder(folder);
    QVERIFY(files.contains(profile + QStringLiteral("/avfallsrapport.ini")));
    QVERIFY(!QDir(profile + QStringLiteral("/data/certifikat")).entryList(QDir::Files).isEmpty());
    bool sawNoteText = false;
    qsizetype bytesSearched = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        bytesSearched += bytes.size();
        sawNoteText |= bytes.contains("Order 2026-114"); // the notes' referens: in the database
        for (const Needle &needle : std::as_const(needles))
            QVERIFY2(!bytes.contains(needle.bytes),
                     qPrintable(QStringLiteral("%1 found in %2").arg(needle.what, path)));
    }
    QVERIFY2(sawNoteText, "the search did not see the notes in the database");
    qInfo("%lld files, %lld bytes searched for %lld needles", qlonglong(files.size()),
          qlonglong(bytesSearched), qlonglong(needles.size()));
}

void TestSecretsStaySecret::showTab(SettingsDialog &dialog, SettingsDialog::Page page)
{
    QTabBar *bar = dialog.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(page)).center());
    QCOMPARE(dialog.currentPage(), page);
}

void TestSecretsStaySecret::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    const bool indicator = qobject_cast<QRadioButton *>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(8, button->height() / 2) : button->rect().center());
}

void TestSecretsStaySecret::sendNotes(ConnectionStore &store, NoteStore &notes, int count, int *sent)
{
    RegisterClient client;
    std::optional<ConnectionAssembly> assembly;
    store.applyTo(&client, Environment::Custom, [&](const ConnectionAssembly &answer) { assembly = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(assembly.has_value(), 15000);
    QVERIFY2(assembly->ok(), qPrintable(assembly->error));
    for (int i = 0; i < count; ++i)
        QVERIFY(notes.enqueue(NoteKind(i % 8), Environment::Custom, test::samples::note(NoteKind(i % 8))) >
                0);
    Sender sender(notes, client, Environment::Custom);
    QSignalSpy finished(&sender, &Sender::finished);
    sender.run();
    QVERIFY(finished.wait(60000));
    *sent = sender.summary().sent;
}

// The child: one session of the app, as a user would have it.
void TestSecretsStaySecret::session()
{
    const QString profileDirectory = qEnvironmentVariable("AVFALL_SECRETS_SESSION");
    if (profileDirectory.isEmpty())
        QSKIP("Runs only as the child of secretsAreInNoFile.");
    const QString outside = qEnvironmentVariable("AVFALL_SECRETS_MANIFEST");
    const Profile profile = Profile::inDirectory(profileDirectory);
    QVERIFY(profile.ensureDirectories());

    test::TestPki pki;
    SandboxServer sandbox(pki.sandboxPki(), profile.dataDirectory() + QStringLiteral("/sandbox"));
    QString error;
    QVERIFY2(sandbox.listen(0, &error), qPrintable(error));

    // The organisation certificate (RSA, as Swedish CAs hand out), in a file outside the profile.
    pki::CertificateRequest request;
    request.commonName = QStringLiteral("Verkstaden AB");
    request.organisation = QStringLiteral("Verkstaden AB");
    request.organisationNumber = pki::sandboxOrganisationNumber();
    request.clientAuth = true;
    request.keyType = pki::KeyType::Rsa2048;
    const pki::KeyPair identity = pki::createCertificate(request, &pki.ca());
    QVERIFY(!identity.isNull());
    const QString password =
        QStringLiteral("Lösen-") + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString certificateFile = outside + QStringLiteral("/verkstaden.p12");
    {
        QFile file(certificateFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pki::exportPkcs12(identity, password.toUtf8(), QStringLiteral("Verkstaden AB")));
    }

    // A real token from the sandbox's token service, to be pasted.
    QString token;
    {
        ConnectionSettings settings = pki.settings(sandbox.baseUrl(), sandbox.tokenUrl(), identity);
        settings.clientKey = QSslKey(identity.privateKeyPem, QSsl::Rsa);
        TokenProvider tokens;
        tokens.setSettings(settings, settings.sslConfiguration());
        tokens.token([&token](const QString &answer, const CallResult &) { token = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(!token.isEmpty(), 15000);
    }

    ConnectionStore store(profile);
    QVERIFY(store.secrets()->openBlocking());
    qInfo("mode: %s", store.secrets()->isPersistent() ? "keychain" : "session only");
    if (test::insideKeyringSession() &&
        qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("ingen-buss")))
        QVERIFY(!store.secrets()->isPersistent());
    std::unique_ptr<NoteStore> notes = NoteStore::open(profile.databaseFile(), &error);
    QVERIFY2(notes, qPrintable(error));

    {
        // Egen adress pointing at the sandbox, the certificate and the pasted token – all typed.
        SettingsDialog dialog(profile, &store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QComboBox *combo = dialog.connectionPage()->environmentCombo();
        combo->setFocus();
        while (dialog.connectionPage()->environment() != Environment::Custom)
            QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit")),
                         sandbox.baseUrl().toString());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("tokenUrlEdit")),
                         sandbox.tokenUrl().toString());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit")),
                         pki.sandboxPki().caFile);

        showTab(dialog, SettingsDialog::Page::Certificate);
        setOpenFileFunction(
            [certificateFile](QWidget *, const QString &, const QString &) { return certificateFile; });
        click(dialog.certificatePage()->findChild<QPushButton *>(QStringLiteral("browseCertificateButton")));
        QLineEdit *passwordEdit = dialog.certificatePage()->passwordEdit();
        passwordEdit->setFocus();
        for (const QChar character : password) {
            if (character.unicode() < 0x80)
                QTest::keyClick(passwordEdit, char(character.unicode()));
            else {
                QTest::sendKeyEvent(QTest::Press, passwordEdit, Qt::Key_unknown, QString(character),
                                    Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, passwordEdit, Qt::Key_unknown, QString(character),
                                    Qt::NoModifier);
            }
        }
        click(dialog.certificatePage()->importButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.certificatePage()->message().contains(QStringLiteral("importerat")),
                                 15000);

        showTab(dialog, SettingsDialog::Page::Access);
        AccessPage *access = dialog.accessPage();
        click(access->tokenRadio());
        QTest::keyClicks(access->tokenEdit(), token);
        click(dialog.buttons()->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    }
    int sent = 0;
    sendNotes(store, *notes, 3, &sent);
    QCOMPARE(sent, 3);

    {
        // Later the user switches to key and secret.
        SettingsDialog dialog(profile, &store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        showTab(dialog, SettingsDialog::Page::Access);
        AccessPage *access = dialog.accessPage();
        QTRY_VERIFY(access->tokenRadio()->isChecked());
        click(access->keySecretRadio());
        QTest::keyClicks(access->consumerKeyEdit(), SandboxServer::consumerKey());
        QTest::keyClicks(access->consumerSecretEdit(), SandboxServer::consumerSecret());
        click(dialog.buttons()->button(QDialogButtonBox::Ok));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 15000);
    }
    QCOMPARE(Settings(profile).accessMode(Environment::Custom), AccessMode::KeyAndSecret);
    sendNotes(store, *notes, 3, &sent);
    QCOMPARE(sent, 3);
    QCOMPARE(sandbox.received().size(), 6);
    QCOMPARE(sandbox.received().last().organisationNumber, pki::sandboxOrganisationNumber());

    // What the parent searches for, outside the searched folders.
    const QSslKey key(identity.privateKeyPem, QSsl::Rsa);
    QVERIFY(!key.isNull());
    const QJsonObject manifest{{QStringLiteral("token"), token},
                               {QStringLiteral("secret"), SandboxServer::consumerSecret()},
                               {QStringLiteral("password"), password},
                               {QStringLiteral("keyPem"), QString::fromLatin1(key.toPem())},
                               {QStringLiteral("keyDer"), QString::fromLatin1(key.toDer().toBase64())}};
    QFile file(outside + QStringLiteral("/secrets.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(manifest).toJson());
    // Quit: the store, the database and the settings are closed as the app closes them.
    notes.reset();
}

QTEST_MAIN(TestSecretsStaySecret)
#include "tst_secretsstaysecret.moc"
