#include "setup/settingspages.h"
#include "setup/testrunwizard.h"

#include "core/fieldcatalogue.h"
#include "core/identitynumber.h"
#include "core/inputfile.h"
#include "core/notejson.h"
#include "core/notevalidator.h"
#include "network/pki.h"
#include "network/registerclient.h"
#include "secrets/accesstoken.h"
#include "secrets/connectionstore.h"
#include "secrets/connectiontest.h"
#include "secrets/expirycountdown.h"
#include "secrets/secretstore.h"
#include "services/testrun.h"
#include "widgets/dialogseam.h"
#include "widgets/palette.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSslCertificate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace avfall::forms {

namespace {

// For labels that are not status lines (a test report, a keychain note): the palette's colours.
QString colorStyle(const QColor &color, bool bold = false)
{
    return QStringLiteral("color: %1;%2")
        .arg(color.name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}
const QString kProblemStyle = colorStyle(widgets::palette::problem());
const QString kSuccessStyle = colorStyle(widgets::palette::success());
const QString kWarningStyle = colorStyle(widgets::palette::warning(), true);

QLabel *wrappingLabel(const QString &text = QString(), const QString &objectName = QString())
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *result = new QPushButton(text);
    result->setObjectName(objectName);
    return result;
}

// An input outside a note judged by the field catalogue's rule, exactly as every note will judge
// it: the first error (empty when none), with the warnings added to `warnings`.
QString catalogueProblem(const Field &field, const QString &text, QStringList *warnings)
{
    QString error;
    for (const Problem &problem : NoteValidator().validateValue(field, QJsonValue(text.trimmed()))) {
        if (!problem.isError())
            warnings->append(problem.message);
        else if (error.isEmpty())
            error = problem.message;
    }
    return error;
}

const Field &ownCompanyField(CompanyDetail detail)
{
    // The operator's fields are the same in every note model; Transportplanering has cfarNR too.
    return *catalogue::companyField(NoteKind::Transportplanering, detail, false);
}

QString formatDateTime(const QDateTime &moment)
{
    return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

QString environmentHelp(Environment environment)
{
    switch (environment) {
    case Environment::Sandbox:
        return ConnectionPage::tr(
            "Den inbyggda sandlådan: allt stannar på den här datorn och märks som övning. "
            "Inget avtal, certifikat eller nyckel behövs.");
    case Environment::Test:
        return ConnectionPage::tr(
            "Naturvårdsverkets testmiljö. Prova här innan ni rapporterar på riktigt. Den "
            "kräver ert organisationscertifikat och en nyckel för Test från API-portalen.");
    case Environment::Production:
        return ConnectionPage::tr(
            "Det riktiga avfallsregistret. Det som skickas hit är er rapportering enligt "
            "avfallsförordningen.");
    case Environment::Custom:
        return ConnectionPage::tr("En annan adress, till exempel en testserver hos er systemleverantör. Ange "
                                  "registrets bas-URL och tokentjänstens URL.");
    }
    return {};
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // Headers are read in full ("Organisationsnummer"), not cut to "ganisationsnumr".
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    table->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    table->setMinimumHeight(110);
    return table;
}

void appendRow(QTableWidget *table, const QStringList &cells, const QJsonObject &data = {})
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == 0 && !data.isEmpty())
            item->setData(Qt::UserRole, data);
        table->setItem(row, column, item);
    }
}

void removeSelectedRow(QTableWidget *table)
{
    const int row = table->currentRow();
    if (row >= 0)
        table->removeRow(row);
}

QString shownIdentity(const QString &number)
{
    const IdentityCheck checked = identity::check(
        number, IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat |
                    IdentityAllowance::UnknownHolder | IdentityAllowance::MunicipalityHolder);
    return checked.isValid() ? identity::display(checked) : number;
}

} // namespace

QString daysLeftText(int days)
{
    if (days < 0)
        return ConnectionPage::tr("gick ut för %n dagar sedan", nullptr, -days);
    if (days == 0)
        return ConnectionPage::tr("går ut i dag");
    return ConnectionPage::tr("%n dagar kvar", nullptr, days);
}

// ---------------------------------------------------------------------------------------------
// Anslutning

ConnectionPage::ConnectionPage(ConnectionStore *store, QWidget *parent)
    : SettingsPage(parent)
    , m_store(store)
    , m_test(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("connectionPage"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_environment = new QComboBox;
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (Environment environment :
         {Environment::Sandbox, Environment::Test, Environment::Production, Environment::Custom})
        m_environment->addItem(environmentDisplayName(environment), environmentKey(environment));
    auto *environmentLabel = new QLabel(tr("&Miljö:"));
    environmentLabel->setBuddy(m_environment);
    form->addRow(environmentLabel, m_environment);
    m_environmentHelp = wrappingLabel(QString(), QStringLiteral("environmentHelp"));
    form->addRow(QString(), m_environmentHelp);

    m_customBox = new QGroupBox(tr("Egen adress"));
    m_customBox->setObjectName(QStringLiteral("customBox"));
    auto *customForm = new QFormLayout(m_customBox);
    m_baseUrl = lineEdit(QStringLiteral("baseUrlEdit"), tr("Bas-URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://…/btfa/anteckning/v1"));
    m_tokenUrl = lineEdit(QStringLiteral("tokenUrlEdit"), tr("Token-URL"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://…/oauth2/token"));
    m_caFile = lineEdit(QStringLiteral("caFileEdit"), tr("CA-certifikat"));
    m_caFile->setPlaceholderText(tr("valfritt: PEM-fil om servern har en egen CA"));
    auto *caButton = button(tr("Välj…"), QStringLiteral("caFileButton"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caButton);
    customForm->addRow(tr("&Bas-URL:"), m_baseUrl);
    customForm->addRow(tr("&Token-URL:"), m_tokenUrl);
    auto *caLabel = new QLabel(tr("&CA-certifikat:"));
    caLabel->setBuddy(m_caFile); // a layout cannot be a buddy: without one the '&' showed
    customForm->addRow(caLabel, caRow);
    m_customProblem = new widgets::StatusLine(QStringLiteral("customProblem"));
    m_customProblem->hide();
    customForm->addRow(QString(), m_customProblem);
    layout->addWidget(m_customBox);

    auto *systemBox = new QFormLayout;
    auto *systemId = wrappingLabel(RegisterClient::systemId(), QStringLiteral("systemIdLabel"));
    systemBox->addRow(tr("System-id:"), systemId);
    systemBox->addRow(QString(),
                      wrappingLabel(tr("Skickas till registret med varje anrop (NV-Client-System-ID), "
                                       "så att Naturvårdsverket ser vilket program som rapporterar.")));
    layout->addLayout(systemBox);

    m_testButton = button(tr("&Testa anslutningen"), QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(
        tr("Sparar miljön och provar en säker förbindelse, inloggningen och en värdelista."));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_testReport = wrappingLabel(QString(), QStringLiteral("testReport"));
    layout->addWidget(m_testReport);
    layout->addWidget(buildTestRun());
    layout->addStretch();

    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomFields();
        updateTestRunStatus();
        m_testReport->clear();
        emit environmentChanged(environment());
    });
    connect(caButton, &QPushButton::clicked, this, [this] {
        const QString file = widgets::DialogSeam::current().chooseFileToOpen(
            this, tr("Välj CA-certifikat"), tr("PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionPage::runTest);
    connect(m_test, &ConnectionTest::stepChanged, this, [this] { m_testReport->setText(m_test->report()); });
    connect(m_test, &ConnectionTest::finished, this, [this](bool ok) {
        m_testButton->setEnabled(true);
        QString text = m_test->report();
        text += QStringLiteral("\n\n") +
                (ok ? tr("Anslutningen fungerar.")
                    : tr("Anslutningen fungerar inte ännu; se steget som misslyckades."));
        m_testReport->setText(text);
        m_testReport->setStyleSheet(ok ? kSuccessStyle : QString());
        emit testFinished(ok);
    });
    load();
}

ConnectionPage::~ConnectionPage() = default;

// Testkörning före produktion: the last passed run, the warning when Produktion is chosen without
// one, and the wizard.
QWidget *ConnectionPage::buildTestRun()
{
    auto *box = new QGroupBox(tr("Testkörning före produktion"));
    auto *boxLayout = new QVBoxLayout(box);
    m_testRunStatus = wrappingLabel(QString(), QStringLiteral("testRunStatus"));
    boxLayout->addWidget(m_testRunStatus);
    m_productionWarning = wrappingLabel(QString(), QStringLiteral("productionWarning"));
    m_productionWarning->setStyleSheet(kWarningStyle);
    boxLayout->addWidget(m_productionWarning);
    m_testRunButton = button(tr("Testkörning mot testmiljön …"), QStringLiteral("testRunButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_testRunButton);
    row->addStretch();
    boxLayout->addLayout(row);
    connect(m_testRunButton, &QPushButton::clicked, this, &ConnectionPage::openTestRun);
    return box;
}

void ConnectionPage::openTestRun()
{
    auto *wizard = new TestRunWizard(m_store->profile(), m_store, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &TestRunWizard::runFinished, this, &ConnectionPage::updateTestRunStatus);
    wizard->open();
}

void ConnectionPage::updateTestRunStatus()
{
    if (!m_testRunStatus)
        return;
    const Settings settings(m_store->profile());
    const QString number = settings.ownCompany().organisationNumber;
    m_testRunStatus->setText(lastPassedTestRunText(settings, number));
    const QString warning =
        environment() == Environment::Production ? avfall::productionWarning(settings, number) : QString();
    m_productionWarning->setText(warning);
    m_productionWarning->setVisible(!warning.isEmpty());
}

void ConnectionPage::load()
{
    const Settings settings(m_store->profile());
    setEnvironment(settings.environment());
    m_baseUrl->setText(settings.customBaseUrl().toString());
    m_tokenUrl->setText(settings.customTokenUrl().toString());
    m_caFile->setText(settings.value(Settings::Key::CustomCaFile).toString());
    updateCustomFields();
    updateTestRunStatus();
}

Environment ConnectionPage::environment() const
{
    return environmentFromKey(m_environment->currentData().toString()).value_or(Environment::Sandbox);
}

void ConnectionPage::setEnvironment(Environment environment)
{
    m_environment->setCurrentIndex(m_environment->findData(environmentKey(environment)));
}

void ConnectionPage::updateCustomFields()
{
    const Environment chosen = environment();
    m_customBox->setVisible(chosen == Environment::Custom);
    m_environmentHelp->setText(environmentHelp(chosen));
    m_customProblem->hide();
}

SaveResult ConnectionPage::save()
{
    const QString problem = storeInputs();
    return problem.isEmpty() ? SaveResult::saved() : SaveResult::refused(problem);
}

QString ConnectionPage::storeInputs()
{
    const Environment chosen = environment();
    const QUrl base(m_baseUrl->text().trimmed());
    const QUrl token(m_tokenUrl->text().trimmed());
    const QString caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    const auto httpsUrl = [](const QUrl &url) {
        return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
    };
    if (chosen == Environment::Custom) {
        QString problem;
        if (!httpsUrl(base) || !httpsUrl(token))
            problem = tr("Egen adress behöver både en bas-URL och en token-URL som börjar med https://.");
        else if (!caFile.isEmpty()) {
            // Refused unread when it is far too large to be a certificate file.
            const inputfile::Read file = inputfile::read(caFile, inputfile::Kind::Certificate);
            if (!file.ok())
                problem = file.error;
            else if (QSslCertificate::fromData(file.data, QSsl::Pem).isEmpty())
                problem = tr("Filen %1 innehåller inga CA-certifikat i PEM-format.")
                              .arg(QDir::toNativeSeparators(caFile));
        }
        if (!problem.isEmpty()) {
            m_customProblem->setStatus(problem, widgets::StatusLine::Tone::Problem);
            return problem;
        }
    }
    if (chosen == Environment::Custom || base.isEmpty() || httpsUrl(base))
        m_store->setCustomAddress(base, token, caFile);
    m_store->setEnvironment(chosen);
    return {};
}

void ConnectionPage::runTest()
{
    const QString problem = storeInputs();
    if (!problem.isEmpty()) {
        m_testReport->setText(QStringLiteral("✗ ") + problem);
        m_testReport->setStyleSheet(kProblemStyle);
        emit testFinished(false);
        return;
    }
    m_testButton->setEnabled(false);
    m_testReport->setStyleSheet(QString());
    m_testReport->setText(tr("Provar anslutningen till %1 …").arg(environmentDisplayName(environment())));
    QPointer<ConnectionPage> self(this);
    m_store->assemble(environment(), [self](const ConnectionAssembly &assembly) {
        if (!self)
            return;
        if (!assembly.ok()) {
            self->m_testButton->setEnabled(true);
            self->m_testReport->setText(tr("✗ Inställningarna räcker inte för att ansluta:") +
                                        QLatin1Char('\n') + assembly.error);
            self->m_testReport->setStyleSheet(kProblemStyle);
            emit self->testFinished(false);
            return;
        }
        self->m_test->start(assembly.settings);
    });
}

// ---------------------------------------------------------------------------------------------
// Certifikat

CertificatePage::CertificatePage(ConnectionStore *store, QWidget *parent)
    : SettingsPage(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("certificatePage"));
    auto *layout = new QVBoxLayout(this);
    m_heading = wrappingLabel(QString(), QStringLiteral("certificateHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_importBox = new QWidget;
    auto *importLayout = new QVBoxLayout(m_importBox);
    importLayout->setContentsMargins(0, 0, 0, 0);
    auto *formats = new QHBoxLayout;
    m_pkcs12 = new QRadioButton(tr("PKCS#12-fil (.p12, .pfx)"));
    m_pkcs12->setObjectName(QStringLiteral("pkcs12Radio"));
    m_pkcs12->setChecked(true);
    m_pem = new QRadioButton(tr("PEM-filer (certifikat och nyckel)"));
    m_pem->setObjectName(QStringLiteral("pemRadio"));
    formats->addWidget(m_pkcs12);
    formats->addWidget(m_pem);
    formats->addStretch();
    importLayout->addLayout(formats);

    auto *form = new QFormLayout;
    m_file = lineEdit(QStringLiteral("certificateFileEdit"), tr("Certifikatfil"));
    auto *browse = button(tr("Välj…"), QStringLiteral("browseCertificateButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&Certifikatfil:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_keyFile = lineEdit(QStringLiteral("keyFileEdit"), tr("Nyckelfil"));
    m_keyFile->setPlaceholderText(tr("tom om nyckeln ligger i certifikatfilen"));
    auto *browseKey = button(tr("Välj…"), QStringLiteral("browseKeyButton"));
    m_keyFileRow = new QWidget;
    auto *keyRow = new QHBoxLayout(m_keyFileRow);
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browseKey);
    m_keyFileLabel = new QLabel(tr("&Nyckelfil:"));
    m_keyFileLabel->setBuddy(m_keyFile);
    form->addRow(m_keyFileLabel, m_keyFileRow);

    m_password = lineEdit(QStringLiteral("certificatePasswordEdit"), tr("Lösenord"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("&Lösenord:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    importLayout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_importButton = button(tr("&Importera"), QStringLiteral("importCertificateButton"));
    m_unlockButton = button(tr("&Lås upp för den här sessionen"), QStringLiteral("unlockCertificateButton"));
    m_unlockButton->hide();
    m_removeButton = button(tr("Ta &bort certifikatet"), QStringLiteral("removeCertificateButton"));
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_unlockButton);
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    importLayout->addLayout(buttons);
    layout->addWidget(m_importBox);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("certificateProgress"));
    m_progress->setRange(0, 0); // busy: the check has no steps to count
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->hide();
    layout->addWidget(m_progress);
    m_message = new widgets::StatusLine(QStringLiteral("certificateMessage"));
    layout->addWidget(m_message);
    m_warning = new widgets::StatusLine(QStringLiteral("expiryWarning"));
    m_warning->hide();
    layout->addWidget(m_warning);

    m_details = new QGroupBox(tr("Certifikatet"));
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    auto *details = new QFormLayout(m_details);
    const auto detail = [details](const QString &label, const QString &objectName) {
        QLabel *value = wrappingLabel(QString(), objectName);
        details->addRow(label, value);
        return value;
    };
    m_subject = detail(tr("Utfärdat till:"), QStringLiteral("detailSubject"));
    m_organisation = detail(tr("Organisation:"), QStringLiteral("detailOrganisation"));
    m_organisationNumber = detail(tr("Organisationsnummer:"), QStringLiteral("detailOrganisationNumber"));
    m_issuer = detail(tr("Utfärdare:"), QStringLiteral("detailIssuer"));
    m_validFrom = detail(tr("Giltigt från:"), QStringLiteral("detailValidFrom"));
    m_validTo = detail(tr("Giltigt till:"), QStringLiteral("detailValidTo"));
    m_fingerprint = detail(tr("SHA-256-fingeravtryck:"), QStringLiteral("detailFingerprint"));
    m_clientAuth = detail(tr("Klientautentisering:"), QStringLiteral("detailClientAuth"));
    layout->addWidget(m_details);
    layout->addStretch();

    connect(m_pkcs12, &QRadioButton::toggled, this, &CertificatePage::updateFormat);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (m_pem->isChecked())
            chooseFile(m_file, tr("Välj certifikatet (PEM)"),
                       tr("PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)"));
        else
            chooseFile(m_file, tr("Välj certifikatfilen"), tr("PKCS#12 (*.p12 *.pfx);;Alla filer (*)"));
    });
    connect(browseKey, &QPushButton::clicked, this, [this] {
        chooseFile(m_keyFile, tr("Välj den privata nyckeln (PEM)"),
                   tr("PEM-nyckel (*.pem *.key);;Alla filer (*)"));
    });
    connect(m_importButton, &QPushButton::clicked, this, &CertificatePage::startImport);
    connect(m_unlockButton, &QPushButton::clicked, this, &CertificatePage::unlock);
    connect(m_removeButton, &QPushButton::clicked, this, &CertificatePage::removeIdentity);
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_unlockButton->isVisible())
            unlock();
        else
            startImport();
    });
    updateFormat();
    setEnvironment(Settings(m_store->profile()).environment());
}

QString CertificatePage::message() const
{
    return m_message->text();
}

void CertificatePage::chooseFile(QLineEdit *target, const QString &caption, const QString &filter)
{
    const QString file = widgets::DialogSeam::current().chooseFileToOpen(this, caption, filter);
    if (!file.isEmpty())
        target->setText(QDir::toNativeSeparators(file));
}

void CertificatePage::updateFormat()
{
    const bool pem = m_pem->isChecked();
    m_keyFileLabel->setVisible(pem);
    m_keyFileRow->setVisible(pem);
    m_password->setPlaceholderText(pem ? tr("bara om nyckeln är krypterad") : tr("lösenordet till filen"));
}

void CertificatePage::setEnvironment(Environment environment)
{
    m_environmentShown = environment;
    const bool sandbox = environment == Environment::Sandbox;
    m_importBox->setVisible(!sandbox);
    m_heading->setText(
        sandbox ? tr("Sandlådan använder ett inbyggt övningscertifikat, så här behövs inget. Välj Test, "
                     "Produktion eller Egen adress under Anslutning för att importera ert "
                     "organisationscertifikat.")
                : tr("Organisationscertifikat för %1").arg(environmentDisplayName(environment)));
    setMessage(QString(), false);
    reload();
}

void CertificatePage::reload()
{
    m_identity = TlsIdentity();
    m_unlockButton->hide();
    if (m_environmentShown == Environment::Sandbox) {
        showIdentity(TlsIdentity());
        return;
    }
    const Environment shown = m_environmentShown;
    QPointer<CertificatePage> self(this);
    m_store->identities()->load(shown, [self, shown](const IdentityResult &result) {
        if (!self || self->m_environmentShown != shown)
            return;
        if (result.ok()) {
            self->showIdentity(result.identity);
        } else if (result.needsPassword) {
            self->showIdentity(TlsIdentity());
            self->setMessage(result.message, true);
            self->m_unlockButton->show();
        } else if (self->m_store->identities()->hasIdentity(shown)) {
            // Stored, but no longer usable (expired since, say): say why.
            self->showIdentity(result.identity);
            self->setMessage(result.message, true);
        } else {
            self->showIdentity(TlsIdentity());
            if (self->m_message->text().isEmpty())
                self->setMessage(tr("Inget certifikat är importerat ännu."), false);
        }
        self->m_removeButton->setVisible(self->m_store->identities()->hasIdentity(shown));
    });
}

void CertificatePage::startImport()
{
    if (m_busy || m_environmentShown == Environment::Sandbox)
        return;
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (file.isEmpty()) {
        setMessage(tr("Välj certifikatfilen först."), true);
        return;
    }
    const QByteArray password = m_password->text().toUtf8();
    m_busy = true;
    m_importButton->setEnabled(false);
    m_progress->show();
    setMessage(tr("Kontrollerar certifikatet … Det kan ta några sekunder."), false);
    QPointer<CertificatePage> self(this);
    const Environment target = m_environmentShown;
    auto done = [self, target](const IdentityResult &result) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_progress->hide();
        self->m_importButton->setEnabled(true);
        self->m_password->clear(); // the password is not kept in the window
        if (self->m_environmentShown != target)
            return;
        self->show(result);
    };
    if (m_pem->isChecked())
        m_store->identities()->importPem(
            target, file, QDir::fromNativeSeparators(m_keyFile->text().trimmed()), password, done);
    else
        m_store->identities()->importPkcs12(target, file, password, done);
}

void CertificatePage::show(const IdentityResult &result)
{
    if (!result.ok()) {
        setMessage(result.message, true);
        return;
    }
    showIdentity(result.identity);
    m_removeButton->setVisible(true);
    m_file->clear();
    m_keyFile->clear();
    setMessage(
        m_store->secrets()->isPersistent()
            ? tr("Certifikatet är importerat. Filen ligger i programmets profil, läsbar bara för dig, och "
                 "lösenordet i datorns nyckelring.")
            : tr("Certifikatet är importerat. Det finns ingen nyckelring, så lösenordet gäller bara tills "
                 "programmet stängs; nästa gång frågar programmet efter det igen."),
        false);
    emit identityChanged(true);
}

void CertificatePage::unlock()
{
    const QByteArray password = m_password->text().toUtf8();
    QPointer<CertificatePage> self(this);
    const Environment target = m_environmentShown;
    m_store->identities()->unlock(target, password, [self, target](const IdentityResult &result) {
        if (!self || self->m_environmentShown != target)
            return;
        self->m_password->clear();
        if (!result.ok()) {
            self->setMessage(result.message, true);
            return;
        }
        self->m_unlockButton->hide();
        self->showIdentity(result.identity);
        self->setMessage(tr("Certifikatet kan användas under den här sessionen."), false);
        emit self->identityChanged(true);
    });
}

void CertificatePage::removeIdentity()
{
    QPointer<CertificatePage> self(this);
    const Environment target = m_environmentShown;
    m_store->identities()->remove(target, [self](bool ok, const QString &error) {
        if (!self)
            return;
        if (!ok) {
            self->setMessage(error, true);
            return;
        }
        self->showIdentity(TlsIdentity());
        self->m_removeButton->hide();
        self->setMessage(tr("Certifikatet och dess lösenord är borttagna."), false);
        emit self->identityChanged(false);
    });
}

void CertificatePage::showIdentity(const TlsIdentity &identity)
{
    m_identity = identity;
    const bool present = !identity.certificate.isNull();
    m_details->setVisible(present);
    m_removeButton->setVisible(present && m_store->identities()->hasIdentity(m_environmentShown));
    m_warning->hide();
    if (!present)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    m_subject->setText(identity.subject());
    m_organisation->setText(identity.organisation().isEmpty() ? tr("–") : identity.organisation());
    const QString number = identity.organisationNumber();
    m_organisationNumber->setText(number.isEmpty() ? tr("finns inte i certifikatet") : shownIdentity(number));
    m_issuer->setText(identity.issuer());
    m_validFrom->setText(formatDateTime(identity.validFrom()));
    m_validTo->setText(
        tr("%1 (%2)").arg(formatDateTime(identity.validTo()), daysLeftText(identity.daysLeft(now))));
    m_fingerprint->setText(identity.sha256Fingerprint());
    m_clientAuth->setText(identity.allowsClientAuthentication() ? tr("Ja") : tr("Nej"));
    const QString warning = IdentityStore::expiryWarning(identity, now);
    m_warning->setStatus(warning, widgets::StatusLine::Tone::Warning);
}

void CertificatePage::setMessage(const QString &text, bool problem)
{
    m_message->setStatus(text,
                         problem ? widgets::StatusLine::Tone::Problem : widgets::StatusLine::Tone::Plain);
}

// ---------------------------------------------------------------------------------------------
// Åtkomst

AccessPage::AccessPage(ConnectionStore *store, QWidget *parent)
    : SettingsPage(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("accessPage"));
    auto *layout = new QVBoxLayout(this);
    m_heading = wrappingLabel(QString(), QStringLiteral("accessHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_editor = new QWidget;
    auto *editor = new QVBoxLayout(m_editor);
    editor->setContentsMargins(0, 0, 0, 0);
    m_keySecretRadio =
        new QRadioButton(tr("&Nyckel och hemlighet från API-portalen (token förnyas av sig själv)"));
    m_keySecretRadio->setObjectName(QStringLiteral("keySecretRadio"));
    m_tokenRadio = new QRadioButton(tr("En åtkomst&token som jag klistrar in"));
    m_tokenRadio->setObjectName(QStringLiteral("tokenRadio"));
    m_keySecretRadio->setChecked(true);
    editor->addWidget(m_keySecretRadio);
    editor->addWidget(m_tokenRadio);

    m_keySecretBox = new QWidget;
    auto *keyForm = new QFormLayout(m_keySecretBox);
    m_key = lineEdit(QStringLiteral("consumerKeyEdit"), tr("Nyckel (consumer key)"));
    m_secret = lineEdit(QStringLiteral("consumerSecretEdit"), tr("Hemlighet (consumer secret)"));
    m_secret->setEchoMode(QLineEdit::Password);
    keyForm->addRow(tr("N&yckel:"), m_key);
    keyForm->addRow(tr("&Hemlighet:"), m_secret);
    editor->addWidget(m_keySecretBox);

    m_tokenBox = new QWidget;
    auto *tokenLayout = new QVBoxLayout(m_tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    m_token = new QPlainTextEdit;
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Åtkomsttoken"));
    m_token->setPlaceholderText(tr("Klistra in åtkomsttoken här"));
    m_token->setTabChangesFocus(true);
    m_token->setMaximumHeight(90);
    tokenLayout->addWidget(m_token);
    m_tokenExpiry = wrappingLabel(QString(), QStringLiteral("tokenExpiryLabel"));
    tokenLayout->addWidget(m_tokenExpiry);
    editor->addWidget(m_tokenBox);

    auto *buttons = new QHBoxLayout;
    m_saveButton = button(tr("&Spara"), QStringLiteral("saveAccessButton"));
    m_forgetButton = button(tr("&Glöm åtkomsten"), QStringLiteral("forgetAccessButton"));
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    buttons->addWidget(m_forgetButton);
    editor->addLayout(buttons);
    layout->addWidget(m_editor);

    m_status = new widgets::StatusLine(QStringLiteral("accessStatus"));
    layout->addWidget(m_status);
    m_keychain = wrappingLabel(QString(), QStringLiteral("keychainLabel"));
    layout->addWidget(m_keychain);
    layout->addStretch();

    connect(m_tokenRadio, &QRadioButton::toggled, this, &AccessPage::updateMode);
    for (QRadioButton *radio : {m_tokenRadio, m_keySecretRadio})
        connect(radio, &QRadioButton::clicked, this, [this] { m_modeChosenByUser = true; });
    connect(m_token, &QPlainTextEdit::textChanged, this, &AccessPage::updateTokenExpiry);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_forgetButton, &QPushButton::clicked, this, &AccessPage::forget);

    QPointer<AccessPage> self(this);
    m_store->secrets()->open([self] {
        if (!self)
            return;
        SecretStore *secrets = self->m_store->secrets();
        self->m_keychain->setText(
            secrets->isPersistent()
                ? tr("Nyckel, hemlighet och token sparas i datorns nyckelring, aldrig i en fil.")
                : tr("Ingen nyckelring kunde användas: %1 Det du anger här gäller bara tills programmet "
                     "stängs "
                     "och skrivs aldrig till en fil; nästa gång frågar programmet igen.")
                      .arg(secrets->keychainProblem()));
        self->m_keychain->setStyleSheet(secrets->isPersistent() ? QString() : kWarningStyle);
        self->m_saveButton->setText(secrets->isPersistent() ? tr("&Spara i nyckelringen")
                                                            : tr("&Använd under den här sessionen"));
    });
    updateMode();
    setEnvironment(Settings(m_store->profile()).environment());
}

void AccessPage::setEnvironment(Environment environment)
{
    m_environmentShown = environment;
    m_modeChosenByUser = false;
    m_key->clear();
    m_key->setModified(false);
    const bool sandbox = environment == Environment::Sandbox;
    m_editor->setVisible(!sandbox);
    m_heading->setText(sandbox ? tr("Sandlådan har en egen övningsnyckel, så här behövs inget.")
                               : tr("Åtkomst till %1").arg(environmentDisplayName(environment)));
    m_token->clear();
    m_secret->clear();
    setStatus(QString(), false);
    reload();
}

void AccessPage::updateMode()
{
    const bool token = m_tokenRadio->isChecked();
    m_tokenBox->setVisible(token);
    m_keySecretBox->setVisible(!token);
}

void AccessPage::updateTokenExpiry()
{
    const QString pasted = cleanAccessToken(m_token->toPlainText());
    const QString token = pasted.isEmpty() ? m_storedTokenText : pasted;
    if (token.isEmpty()) {
        m_tokenExpiry->clear();
        return;
    }
    const AccessTokenInfo info = inspectAccessToken(token);
    const QString prefix = pasted.isEmpty() ? tr("Den sparade token: ") : QString();
    if (!info.isJwt || !info.expiresAt.isValid()) {
        m_tokenExpiry->setText(prefix +
                               tr("Det här är ingen JWT med utgångstid, så hur länge den gäller går inte "
                                  "att se här."));
        m_tokenExpiry->setStyleSheet(QString());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (info.isExpired(now)) {
        m_tokenExpiry->setText(prefix + tr("Token gick ut %1.").arg(formatDateTime(info.expiresAt)));
        m_tokenExpiry->setStyleSheet(kProblemStyle);
        return;
    }
    const qint64 minutes = now.secsTo(info.expiresAt) / 60;
    const QString left = minutes < 120       ? tr("%n minuter kvar", nullptr, int(minutes))
                         : minutes < 48 * 60 ? tr("%n timmar kvar", nullptr, int(minutes / 60))
                                             : tr("%n dagar kvar", nullptr, daysUntil(info.expiresAt, now));
    m_tokenExpiry->setText(prefix +
                           tr("Token gäller till %1 (%2).").arg(formatDateTime(info.expiresAt), left));
    // Within the last 30 days, like the certificate: time to get a new one.
    const bool soon = !expiryCountdown(ExpiringItem::AccessToken, info.expiresAt, now).isEmpty();
    m_tokenExpiry->setStyleSheet(soon ? kWarningStyle : QString());
}

void AccessPage::reload()
{
    m_storedToken = false;
    m_storedKeyAndSecret = false;
    m_storedTokenText.clear();
    if (m_environmentShown == Environment::Sandbox)
        return;
    const Environment shown = m_environmentShown;
    QPointer<AccessPage> self(this);
    m_store->accessState(shown, [self, shown](const ConnectionStore::AccessState &state) {
        if (!self || self->m_environmentShown != shown)
            return;
        self->m_storedToken = state.hasToken;
        self->m_storedKeyAndSecret = state.hasKeyAndSecret;
        self->m_storedTokenText = state.hasToken ? state.token : QString();
        if (!self->m_modeChosenByUser)
            (state.mode == AccessMode::Token ? self->m_tokenRadio : self->m_keySecretRadio)->setChecked(true);
        if (!self->m_key->isModified())
            self->m_key->setText(state.consumerKey);
        self->m_secret->setPlaceholderText(state.hasKeyAndSecret ? tr("sparad – skriv en ny för att byta")
                                                                 : QString());
        self->m_token->setPlaceholderText(state.hasToken
                                              ? tr("en token är sparad – klistra in en ny för att byta")
                                              : tr("Klistra in åtkomsttoken här"));
        self->updateTokenExpiry();
        if (!state.error.isEmpty())
            self->setStatus(state.error, true);
        else if (self->m_status->text().isEmpty() && !state.hasToken && !state.hasKeyAndSecret)
            self->setStatus(tr("Ingen åtkomst är sparad för %1 ännu.").arg(environmentDisplayName(shown)),
                            false);
    });
}

bool AccessPage::hasUnsavedInput() const
{
    if (m_environmentShown == Environment::Sandbox)
        return false;
    if (m_tokenRadio->isChecked())
        return !m_token->toPlainText().trimmed().isEmpty();
    return !m_secret->text().isEmpty();
}

SaveResult AccessPage::save()
{
    // The keychain may answer before store() returns (no keychain: session memory) or later.
    struct State
    {
        bool returned = false;
        std::optional<SaveResult> result;
    };
    auto state = std::make_shared<State>();
    QPointer<AccessPage> self(this);
    store([self, state](bool ok, const QString &problem) {
        const SaveResult result = ok ? SaveResult::saved() : SaveResult::refused(problem);
        if (!state->returned)
            state->result = result;
        else if (self)
            emit self->saveFinished(result);
    });
    state->returned = true;
    return state->result ? *state->result : SaveResult::pending();
}

void AccessPage::store(std::function<void(bool ok, const QString &problem)> done)
{
    const Environment target = m_environmentShown;
    QPointer<AccessPage> self(this);
    auto finished = [self, done, target](bool ok, const QString &problem) {
        if (self && self->m_environmentShown == target) {
            if (ok) {
                self->m_token->clear();
                self->m_secret->clear();
                self->m_key->setModified(false);
                self->setStatus(self->m_store->secrets()->isPersistent()
                                    ? tr("Sparat i nyckelringen.")
                                    : tr("Gäller under den här sessionen (ingen nyckelring)."),
                                false);
                self->reload();
                emit self->saved();
            } else {
                self->setStatus(problem, true);
            }
        }
        if (done)
            done(ok, problem);
    };
    if (target == Environment::Sandbox) {
        finished(true, QString());
        return;
    }
    if (m_tokenRadio->isChecked()) {
        const QString token = m_token->toPlainText();
        if (token.trimmed().isEmpty()) {
            if (m_storedToken) {
                Settings settings(m_store->profile());
                settings.setAccessMode(target, AccessMode::Token);
                if (done)
                    done(true, QString());
                return;
            }
            finished(false, tr("Klistra in en åtkomsttoken först."));
            return;
        }
        m_store->storeAccessToken(target, token, finished);
        return;
    }
    const QString key = m_key->text().trimmed();
    const QString secret = m_secret->text();
    if (secret.isEmpty()) {
        if (m_storedKeyAndSecret) {
            if (done)
                done(true, QString());
            return;
        }
        finished(false, key.isEmpty() ? tr("Ange nyckel och hemlighet från API-portalen.")
                                      : tr("Ange hemligheten som hör till nyckeln."));
        return;
    }
    if (key.isEmpty()) {
        finished(false, tr("Ange nyckeln som hör till hemligheten."));
        return;
    }
    m_store->storeKeyAndSecret(target, key, secret, finished);
}

void AccessPage::forget()
{
    const Environment target = m_environmentShown;
    QPointer<AccessPage> self(this);
    m_store->forgetAccess(target, [self](bool ok, const QString &problem) {
        if (!self)
            return;
        self->m_key->clear();
        self->m_key->setModified(false);
        self->m_token->clear();
        self->m_secret->clear();
        self->setStatus(ok ? tr("Nyckel, hemlighet och token är borttagna.") : problem, !ok);
        self->reload();
    });
}

void AccessPage::setStatus(const QString &text, bool problem)
{
    m_status->setStatus(text,
                        problem ? widgets::StatusLine::Tone::Problem : widgets::StatusLine::Tone::Plain);
}

// ---------------------------------------------------------------------------------------------
// Verksamhet

CompanyPage::CompanyPage(const Profile &profile, QWidget *parent)
    : SettingsPage(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("companyPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    auto *own = new QGroupBox(tr("Eget företag (verksamhetsutövare)"));
    auto *form = new QFormLayout(own);
    m_number = lineEdit(QStringLiteral("companyNumberEdit"), tr("Organisationsnummer"));
    m_number->setPlaceholderText(QStringLiteral("556000-0167"));
    m_numberCheck = new widgets::StatusLine(QStringLiteral("companyNumberCheck"));
    m_name = lineEdit(QStringLiteral("companyNameEdit"), tr("Företagets namn"));
    m_contact = lineEdit(QStringLiteral("companyContactEdit"), tr("Kontaktperson"));
    m_email = lineEdit(QStringLiteral("companyEmailEdit"), tr("E-post"));
    m_phone = lineEdit(QStringLiteral("companyPhoneEdit"), tr("Telefon"));
    m_cfar = lineEdit(QStringLiteral("companyCfarEdit"), tr("CFAR-nummer"));
    m_cfar->setPlaceholderText(tr("8 siffror, eller SAKNAS"));
    form->addRow(tr("&Organisationsnummer:"), m_number);
    form->addRow(QString(), m_numberCheck);
    form->addRow(tr("&Namn:"), m_name);
    form->addRow(tr("&Kontaktperson:"), m_contact);
    form->addRow(tr("&E-post:"), m_email);
    form->addRow(tr("&Telefon:"), m_phone);
    form->addRow(tr("C&FAR-nummer:"), m_cfar);
    m_ownWarnings = new widgets::StatusLine(QStringLiteral("companyWarnings"));
    m_ownWarnings->hide();
    form->addRow(QString(), m_ownWarnings);
    layout->addWidget(own);
    layout->addWidget(buildRoles());
    layout->addWidget(buildAgents());
    layout->addWidget(buildParties());
    layout->addWidget(buildPlaces());
    layout->addStretch();

    connect(m_number, &QLineEdit::textChanged, this, &CompanyPage::updateNumberCheck);
    load();
}

QWidget *CompanyPage::buildAgents()
{
    auto *box = new QGroupBox(tr("Företag som jag rapporterar för som ombud"));
    auto *layout = new QVBoxLayout(box);
    m_agents = makeTable(QStringLiteral("agentTable"), {tr("Organisationsnummer"), tr("Namn")});
    layout->addWidget(m_agents);
    auto *row = new QHBoxLayout;
    m_agentNumber = lineEdit(QStringLiteral("agentNumberEdit"), tr("Ombudsföretagets organisationsnummer"));
    m_agentNumber->setPlaceholderText(tr("organisationsnummer"));
    m_agentName = lineEdit(QStringLiteral("agentNameEdit"), tr("Ombudsföretagets namn"));
    m_agentName->setPlaceholderText(tr("namn"));
    auto *add = button(tr("Lägg till"), QStringLiteral("addAgentButton"));
    auto *remove = button(tr("Ta bort"), QStringLiteral("removeAgentButton"));
    row->addWidget(m_agentNumber);
    row->addWidget(m_agentName, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    m_agentProblem = new widgets::StatusLine(QStringLiteral("agentProblem"));
    m_agentProblem->hide();
    layout->addWidget(m_agentProblem);

    connect(add, &QPushButton::clicked, this, [this] {
        const IdentityCheck checked = identity::check(m_agentNumber->text(), IdentityAllowance::Organisation |
                                                                                 IdentityAllowance::Person);
        if (!checked.isValid()) {
            m_agentProblem->setStatus(m_agentNumber->text().trimmed().isEmpty()
                                          ? tr("Skriv företagets organisationsnummer.")
                                          : checked.problem,
                                      widgets::StatusLine::Tone::Problem);
            return;
        }
        if (m_agentName->text().trimmed().isEmpty()) {
            m_agentProblem->setStatus(tr("Skriv företagets namn."), widgets::StatusLine::Tone::Problem);
            return;
        }
        Company company;
        company.organisationNumber = checked.normalized;
        company.name = m_agentName->text().trimmed();
        appendRow(m_agents, {identity::display(checked), company.name}, company.toJson());
        m_agentNumber->clear();
        m_agentName->clear();
        m_agentProblem->hide();
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelectedRow(m_agents); });
    return box;
}

QWidget *CompanyPage::buildParties()
{
    auto *box = new QGroupBox(tr("Sparade parter (transportörer, mottagare, kunder)"));
    auto *layout = new QVBoxLayout(box);
    m_parties = makeTable(QStringLiteral("partyTable"), {tr("Nummer"), tr("Namn")});
    layout->addWidget(m_parties);
    auto *row = new QHBoxLayout;
    m_partyNumber = lineEdit(QStringLiteral("partyNumberEdit"), tr("Partens nummer"));
    m_partyNumber->setPlaceholderText(tr("organisations- eller personnummer, VAT-nummer"));
    m_partyName = lineEdit(QStringLiteral("partyNameEdit"), tr("Partens namn"));
    m_partyName->setPlaceholderText(tr("namn"));
    auto *add = button(tr("Lägg till"), QStringLiteral("addPartyButton"));
    auto *remove = button(tr("Ta bort"), QStringLiteral("removePartyButton"));
    row->addWidget(m_partyNumber);
    row->addWidget(m_partyName, 1);
    row->addWidget(add);
    row->addWidget(remove);
    layout->addLayout(row);
    m_partyProblem = new widgets::StatusLine(QStringLiteral("partyProblem"));
    m_partyProblem->hide();
    layout->addWidget(m_partyProblem);

    connect(add, &QPushButton::clicked, this, [this] {
        const IdentityCheck checked =
            identity::check(m_partyNumber->text(), IdentityAllowance::Organisation |
                                                       IdentityAllowance::Person | IdentityAllowance::Vat);
        if (!checked.isValid()) {
            m_partyProblem->setStatus(m_partyNumber->text().trimmed().isEmpty() ? tr("Skriv partens nummer.")
                                                                                : checked.problem,
                                      widgets::StatusLine::Tone::Problem);
            return;
        }
        const QJsonObject party{{QStringLiteral("namn"), m_partyName->text().trimmed()},
                                {QStringLiteral("identitet"), checked.normalized}};
        appendRow(m_parties, {identity::display(checked), m_partyName->text().trimmed()}, party);
        m_partyNumber->clear();
        m_partyName->clear();
        m_partyProblem->hide();
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelectedRow(m_parties); });
    return box;
}

QWidget *CompanyPage::buildPlaces()
{
    auto *box = new QGroupBox(tr("Sparade platser"));
    auto *layout = new QVBoxLayout(box);
    m_places = makeTable(QStringLiteral("placeTable"),
                         {tr("Namn"), tr("Kommunkod"), tr("Adress"), tr("Postnummer"), tr("CFAR-nummer")});
    layout->addWidget(m_places);
    auto *form = new QFormLayout;
    m_placeName = lineEdit(QStringLiteral("placeNameEdit"), tr("Platsens namn"));
    m_placeName->setPlaceholderText(tr("t.ex. Lagret i Åre"));
    m_placeMunicipality = lineEdit(QStringLiteral("placeMunicipalityEdit"), tr("Kommunkod"));
    m_placeMunicipality->setPlaceholderText(tr("4 siffror, t.ex. 2321"));
    m_placeAddress = lineEdit(QStringLiteral("placeAddressEdit"), tr("Gatuadress"));
    m_placePostcode = lineEdit(QStringLiteral("placePostcodeEdit"), tr("Postnummer"));
    m_placeCfar = lineEdit(QStringLiteral("placeCfarEdit"), tr("Platsens CFAR-nummer"));
    form->addRow(tr("Namn:"), m_placeName);
    form->addRow(tr("Kommunkod:"), m_placeMunicipality);
    form->addRow(tr("Gatuadress:"), m_placeAddress);
    form->addRow(tr("Postnummer:"), m_placePostcode);
    form->addRow(tr("CFAR-nummer:"), m_placeCfar);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    auto *add = button(tr("Lägg till platsen"), QStringLiteral("addPlaceButton"));
    auto *remove = button(tr("Ta bort"), QStringLiteral("removePlaceButton"));
    row->addWidget(add);
    row->addStretch();
    row->addWidget(remove);
    layout->addLayout(row);
    m_placeProblem = new widgets::StatusLine(QStringLiteral("placeProblem"));
    m_placeProblem->hide();
    layout->addWidget(m_placeProblem);

    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = m_placeName->text().trimmed();
        const QString municipality = m_placeMunicipality->text().trimmed();
        const QString address = m_placeAddress->text().trimmed();
        const Field &postcodeField = *catalogue::adress().field(QStringLiteral("postnummer"));
        const QString code = notejson::normalizedText(postcodeField, m_placePostcode->text());
        const QString cfar = m_placeCfar->text().trimmed();
        // The same rules as every note's place (the catalogue's Plats and Adress).
        QStringList warnings;
        QString problem;
        if (name.isEmpty())
            problem = tr("Ge platsen ett namn, så att du känner igen den.");
        else if (municipality.isEmpty())
            problem = tr("Skriv kommunkoden, fyra siffror, till exempel 0180 för Stockholm.");
        else if (address.isEmpty() != code.isEmpty())
            problem = tr("Ange både gatuadress och postnummer, eller inget av dem.");
        for (const auto &[field, text] :
             {std::pair{catalogue::plats().field(QStringLiteral("kommunkod")), municipality},
              std::pair{catalogue::adress().field(QStringLiteral("adressrad")), address},
              std::pair{&postcodeField, code},
              std::pair{catalogue::plats().field(QStringLiteral("cfarNR")), cfar}}) {
            const QString error = catalogueProblem(*field, text, &warnings);
            if (problem.isEmpty())
                problem = error;
        }
        if (!problem.isEmpty()) {
            m_placeProblem->setStatus(problem, widgets::StatusLine::Tone::Problem);
            return;
        }
        QJsonObject place{{QStringLiteral("kommunkod"), municipality}};
        if (!address.isEmpty())
            place.insert(QStringLiteral("adress"), QJsonObject{{QStringLiteral("adressrad"), address},
                                                               {QStringLiteral("postnummer"), code}});
        if (!cfar.isEmpty())
            place.insert(QStringLiteral("cfarNR"), cfar);
        appendRow(m_places, {name, municipality, address, code, cfar},
                  QJsonObject{{QStringLiteral("namn"), name}, {QStringLiteral("plats"), place}});
        for (QLineEdit *edit :
             {m_placeName, m_placeMunicipality, m_placeAddress, m_placePostcode, m_placeCfar})
            edit->clear();
        // Saved, but worth a look (a postcode starting with 0, say).
        if (warnings.isEmpty())
            m_placeProblem->hide();
        else
            m_placeProblem->setStatus(warnings.join(QLatin1Char('\n')), widgets::StatusLine::Tone::Warning);
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelectedRow(m_places); });
    return box;
}

void CompanyPage::load()
{
    const Settings settings(m_profile);
    const Company own = settings.ownCompany();
    m_number->setText(own.organisationNumber.isEmpty() ? QString() : shownIdentity(own.organisationNumber));
    m_name->setText(own.name);
    m_contact->setText(own.contactPerson);
    m_email->setText(own.email);
    m_phone->setText(own.phone);
    m_cfar->setText(own.cfar);
    const QList<NoteKind> reported = settings.reportedNoteKinds();
    for (QCheckBox *box : std::as_const(m_roles))
        box->setChecked(reported.contains(NoteKind(box->property("noteKind").toInt())));
    m_agents->setRowCount(0);
    for (const Company &company : settings.agentCompanies())
        appendRow(m_agents, {shownIdentity(company.organisationNumber), company.name}, company.toJson());
    m_parties->setRowCount(0);
    for (const QJsonValue &value : settings.savedParties()) {
        const QJsonObject party = value.toObject();
        appendRow(m_parties,
                  {shownIdentity(party.value(QLatin1String("identitet")).toString()),
                   party.value(QLatin1String("namn")).toString()},
                  party);
    }
    m_places->setRowCount(0);
    for (const QJsonValue &value : settings.savedPlaces()) {
        const QJsonObject saved = value.toObject();
        const QJsonObject place = saved.value(QLatin1String("plats")).toObject();
        const QJsonObject address = place.value(QLatin1String("adress")).toObject();
        appendRow(m_places,
                  {saved.value(QLatin1String("namn")).toString(),
                   place.value(QLatin1String("kommunkod")).toString(),
                   address.value(QLatin1String("adressrad")).toString(),
                   address.value(QLatin1String("postnummer")).toString(),
                   place.value(QLatin1String("cfarNR")).toString()},
                  saved);
    }
    updateNumberCheck();
}

void CompanyPage::updateNumberCheck()
{
    const QString text = m_number->text().trimmed();
    if (text.isEmpty()) {
        m_numberCheck->setStatus(QString(), widgets::StatusLine::Tone::Plain);
        return;
    }
    const IdentityCheck checked =
        identity::check(text, IdentityAllowance::Organisation | IdentityAllowance::Person);
    if (!checked.isValid()) {
        m_numberCheck->setStatus(checked.problem, widgets::StatusLine::Tone::Problem);
        return;
    }
    const QString kind = checked.kind == IdentityKind::Organisationsnummer
                             ? tr("organisationsnummer")
                             : tr("personnummer (enskild firma)");
    m_numberCheck->setStatus(tr("✓ %1 (%2)").arg(identity::display(checked), kind),
                             widgets::StatusLine::Tone::Success);
}

void CompanyPage::suggestFrom(const TlsIdentity &identity)
{
    if (identity.certificate.isNull())
        return;
    const IdentityCheck current = identity::check(m_number->text(), IdentityAllowance::Organisation);
    const bool practice = current.isValid() && current.normalized == pki::sandboxOrganisationNumber();
    if ((m_number->text().trimmed().isEmpty() || practice) && !identity.organisationNumber().isEmpty())
        m_number->setText(shownIdentity(identity.organisationNumber()));
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(identity.organisation());
}

void CompanyPage::suggestPracticeNumber(const QString &number)
{
    if (m_number->text().trimmed().isEmpty())
        m_number->setText(shownIdentity(number));
}

// The note types the business reports, by its roles: the test run tests these.
QWidget *CompanyPage::buildRoles()
{
    auto *box = new QGroupBox(tr("Anteckningstyper som verksamheten rapporterar"));
    auto *grid = new QGridLayout(box);
    for (const NoteType &type : noteTypes()) {
        auto *check = new QCheckBox(type.displayTitle());
        check->setObjectName(QStringLiteral("role_") + type.resource);
        check->setToolTip(type.displayRole());
        check->setProperty("noteKind", int(type.kind));
        grid->addWidget(check, int(m_roles.size()) / 2, int(m_roles.size()) % 2);
        m_roles << check;
    }
    return box;
}

SaveResult CompanyPage::save()
{
    const QString problem = storeInputs();
    return problem.isEmpty() ? SaveResult::saved() : SaveResult::refused(problem);
}

QString CompanyPage::storeInputs()
{
    Company own;
    const QString number = m_number->text().trimmed();
    if (!number.isEmpty()) {
        const IdentityCheck checked =
            identity::check(number, IdentityAllowance::Organisation | IdentityAllowance::Person);
        if (!checked.isValid()) {
            m_number->setFocus();
            return tr("Organisationsnumret stämmer inte: %1").arg(checked.problem);
        }
        own.organisationNumber = checked.normalized;
    }
    own.name = m_name->text().trimmed();
    own.contactPerson = m_contact->text().trimmed();
    own.email = m_email->text().trimmed();
    own.phone = m_phone->text().trimmed();
    own.cfar = notejson::normalizedText(ownCompanyField(CompanyDetail::Cfar), m_cfar->text());
    // Every field by the rule every note will apply to it, so that nothing saved here is refused
    // later in each note.
    QStringList warnings;
    for (const auto &[edit, detail] :
         {std::pair{m_name, CompanyDetail::Name}, std::pair{m_contact, CompanyDetail::ContactPerson},
          std::pair{m_email, CompanyDetail::Email}, std::pair{m_phone, CompanyDetail::Phone},
          std::pair{m_cfar, CompanyDetail::Cfar}}) {
        const QString error = catalogueProblem(ownCompanyField(detail), edit->text(), &warnings);
        if (!error.isEmpty()) {
            edit->setFocus();
            return error;
        }
    }
    m_ownWarnings->setStatus(warnings.join(QLatin1Char('\n')), widgets::StatusLine::Tone::Warning);

    QList<Company> agents;
    for (int row = 0; row < m_agents->rowCount(); ++row)
        agents << Company::fromJson(m_agents->item(row, 0)->data(Qt::UserRole).toJsonObject());
    QJsonArray parties;
    for (int row = 0; row < m_parties->rowCount(); ++row)
        parties.append(m_parties->item(row, 0)->data(Qt::UserRole).toJsonObject());
    QJsonArray places;
    for (int row = 0; row < m_places->rowCount(); ++row)
        places.append(m_places->item(row, 0)->data(Qt::UserRole).toJsonObject());

    QList<NoteKind> reported;
    for (const QCheckBox *box : std::as_const(m_roles)) {
        if (box->isChecked())
            reported << NoteKind(box->property("noteKind").toInt());
    }

    Settings settings(m_profile);
    settings.setOwnCompany(own);
    settings.setReportedNoteKinds(reported);
    settings.setAgentCompanies(agents);
    settings.setSavedParties(parties);
    settings.setSavedPlaces(places);
    settings.sync();
    return {};
}

// ---------------------------------------------------------------------------------------------
// Språk

LanguagePage::LanguagePage(const Profile &profile, QWidget *parent)
    : SettingsPage(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("languagePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappingLabel(tr("Programmets språk:")));
    // The names of the languages are written in their own language, untranslated.
    m_swedish = new QRadioButton(QStringLiteral("Svenska"));
    m_swedish->setObjectName(QStringLiteral("swedishRadio"));
    m_english = new QRadioButton(QStringLiteral("English"));
    m_english->setObjectName(QStringLiteral("englishRadio"));
    layout->addWidget(m_swedish);
    layout->addWidget(m_english);
    m_restart = wrappingLabel(tr("Det nya språket används när du startar om programmet. "
                                 "The new language is used after a restart."),
                              QStringLiteral("restartNote"));
    m_restart->setStyleSheet(kWarningStyle);
    layout->addWidget(m_restart);
    layout->addStretch();
    auto update = [this] { m_restart->setVisible(chosenLanguage() != m_loaded); };
    connect(m_swedish, &QRadioButton::toggled, this, update);
    connect(m_english, &QRadioButton::toggled, this, update);
    load();
}

void LanguagePage::load()
{
    m_loaded = Settings(m_profile).language();
    (m_loaded == QLatin1String("en") ? m_english : m_swedish)->setChecked(true);
    m_restart->hide();
}

QString LanguagePage::chosenLanguage() const
{
    return m_english->isChecked() ? QStringLiteral("en") : QStringLiteral("sv");
}

SaveResult LanguagePage::save()
{
    Settings settings(m_profile);
    settings.setLanguage(chosenLanguage());
    settings.sync();
    return SaveResult::saved();
}

} // namespace avfall::forms
