#include "setup/firststartwizard.h"

#include "core/identitynumber.h"
#include "core/settings.h"
#include "network/pki.h"
#include "secrets/connectionstore.h"
#include "setup/settingspages.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPointer>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace avfall::forms {

namespace {

// A page whose next page and check are given as functions.
class Step : public QWizardPage
{
public:
    std::function<int()> next;
    std::function<bool()> validate;
    std::function<void()> initialize;

    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
};

QLabel *text(const QString &content, const QString &objectName = QString())
{
    auto *label = new QLabel(content);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

} // namespace

bool shouldShowFirstStart(const Profile &profile)
{
    return !Settings(profile).firstStartDone();
}

FirstStartWizard::FirstStartWizard(const Profile &profile, ConnectionStore *store, QWidget *parent)
    : QWizard(parent)
    , m_profile(profile)
    , m_store(store ? store : new ConnectionStore(profile, nullptr, this))
{
    setObjectName(QStringLiteral("firstStartWizard"));
    setWindowTitle(tr("Välkommen till Avfallsrapport"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Nästa >"));
    setButtonText(QWizard::BackButton, tr("< &Tillbaka"));
    setButtonText(QWizard::FinishButton, tr("&Slutför"));
    setButtonText(QWizard::CancelButton, tr("Avbryt"));
    setPage(IntroPageId, buildIntro());
    setPage(RequirementsPageId, buildRequirements());
    setPage(EnvironmentPageId, buildEnvironment());
    setPage(CertificatePageId, buildCertificate());
    setPage(AccessPageId, buildAccess());
    setPage(CompanyPageId, buildCompany());
    setPage(ConnectDonePageId, buildConnectDone());
    setPage(SandboxDonePageId, buildSandboxDone());
    setStartId(IntroPageId);
    resize(760, 620);
}

FirstStartWizard::~FirstStartWizard() = default;

bool FirstStartWizard::sandboxChosen() const
{
    return m_sandboxChoice->isChecked();
}

Environment FirstStartWizard::chosenEnvironment() const
{
    if (sandboxChosen())
        return Environment::Sandbox;
    return m_productionChoice->isChecked() ? Environment::Production : Environment::Test;
}

QWizardPage *FirstStartWizard::buildIntro()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("introPage"));
    page->setTitle(tr("Välkommen till Avfallsrapport"));
    page->setSubTitle(tr("Hur vill du börja?"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        text(tr("Med Avfallsrapport för du anteckningar om farligt avfall och rapporterar dem till "
                "Naturvårdsverkets avfallsregister.")));
    m_sandboxChoice = new QRadioButton(tr("&Prova i sandlådan"));
    m_sandboxChoice->setObjectName(QStringLiteral("sandboxChoice"));
    m_sandboxChoice->setChecked(true);
    layout->addWidget(m_sandboxChoice);
    layout->addWidget(
        text(tr("Fungerar direkt, utan avtal eller certifikat. Allt du skickar går till en "
                "inbyggd övningsversion av registret på den här datorn och märks som övning.")));
    m_connectChoice = new QRadioButton(tr("&Anslut till Naturvårdsverket"));
    m_connectChoice->setObjectName(QStringLiteral("connectChoice"));
    layout->addWidget(m_connectChoice);
    layout->addWidget(text(tr("För att rapportera på riktigt. Du behöver ett avtal med Naturvårdsverket, ett "
                              "certifikat och en nyckel; nästa sida berättar var du får dem.")));
    layout->addStretch();
    // The own company on every path: it fills every new note.
    page->next = [this] { return sandboxChosen() ? CompanyPageId : RequirementsPageId; };
    return page;
}

QWizardPage *FirstStartWizard::buildRequirements()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("requirementsPage"));
    page->setTitle(tr("Det här behöver du från Naturvårdsverket"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text(
        tr("<ol>"
           "<li><b>Ett avtal</b> om att använda avfallsregistrets API (Bastjänst Farligt Avfall). Det "
           "tecknas med "
           "Naturvårdsverket; se naturvardsverket.se under avfallsregistret och rapportering via API.</li>"
           "<li><b>Ett klientcertifikat</b> (organisationscertifikat) från en svensk certifikatutfärdare, "
           "utfärdat "
           "till er organisation och med ert organisationsnummer i certifikatet. Du får det som en .p12- "
           "eller "
           ".pfx-fil med ett lösenord, eller som PEM-filer.</li>"
           "<li><b>Nyckel och hemlighet</b> från Naturvårdsverkets "
           "API-portal. "
           "Programmet hämtar åtkomsttoken med dem och förnyar den av sig själv.</li>"
           "</ol>"
           "<p><b>Börja i Test.</b> Naturvårdsverket har en testmiljö med egna nycklar. Prova där först och "
           "byt "
           "till Produktion när allt fungerar.</p>"
           "<p>Har du inte allt ännu? Gå tillbaka och välj sandlådan; du kan ansluta senare under "
           "Inställningar.</p>"
           "<p style=\"color:#5f6368\"><small>Tekniska detaljer: i API-portalen heter nyckeln och "
           "hemligheten <i>consumer key</i> och <i>consumer secret</i>.</small></p>"),
        QStringLiteral("requirementsText")));
    layout->addStretch();
    return page;
}

QWizardPage *FirstStartWizard::buildEnvironment()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("environmentPage"));
    page->setTitle(tr("Miljö"));
    page->setSubTitle(tr("Vart ska anteckningarna skickas?"));
    auto *layout = new QVBoxLayout(page);
    m_testChoice = new QRadioButton(tr("&Test – Naturvårdsverkets testmiljö (börja här)"));
    m_testChoice->setObjectName(QStringLiteral("testChoice"));
    m_testChoice->setChecked(true);
    m_productionChoice = new QRadioButton(tr("&Produktion – det riktiga avfallsregistret"));
    m_productionChoice->setObjectName(QStringLiteral("productionChoice"));
    layout->addWidget(m_testChoice);
    layout->addWidget(m_productionChoice);
    layout->addWidget(
        text(tr("Certifikat och nyckel hör till en miljö: de för Test fungerar inte i Produktion. "
                "Du kan byta miljö senare under Inställningar → Anslutning.")));
    layout->addStretch();
    page->validate = [this] {
        m_certificate->setEnvironment(chosenEnvironment());
        m_access->setEnvironment(chosenEnvironment());
        return true;
    };
    return page;
}

QWizardPage *FirstStartWizard::buildCertificate()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("certificateStep"));
    page->setTitle(tr("Certifikat"));
    page->setSubTitle(tr("Importera ert organisationscertifikat. Filen kopieras till programmets profil och "
                         "lösenordet sparas i datorns nyckelring."));
    auto *layout = new QVBoxLayout(page);
    m_certificate = new CertificatePage(m_store);
    layout->addWidget(m_certificate);
    layout->addWidget(text(tr("Har du inte certifikatet ännu kan du gå vidare och importera det senare under "
                              "Inställningar → Certifikat.")));
    return page;
}

QWizardPage *FirstStartWizard::buildAccess()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("accessStep"));
    page->setTitle(tr("Nyckel och hemlighet"));
    page->setSubTitle(tr("Från Naturvårdsverkets API-portal, för den valda miljön."));
    auto *layout = new QVBoxLayout(page);
    m_access = new AccessPage(m_store);
    layout->addWidget(m_access);
    // What was typed is saved before going on; the keychain answers asynchronously, so the first
    // click starts saving and the page moves on when it is done.
    page->validate = [this, page] {
        if (m_savingAccess)
            return false;
        if (!m_access->hasChanges())
            return true;
        const SaveResult result = m_access->save();
        if (!result.isPending())
            return result.isSaved();
        m_savingAccess = true;
        QPointer<QWizardPage> current(page);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_access, &SettingsPage::saveFinished, this,
                              [this, connection, current](const SaveResult &finished) {
                                  disconnect(*connection);
                                  m_savingAccess = false;
                                  if (finished.isSaved() && current && currentPage() == current)
                                      next();
                              });
        return false;
    };
    return page;
}

QWizardPage *FirstStartWizard::buildCompany()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("companyStep"));
    page->setTitle(tr("Ert företag"));
    page->setSubTitle(tr("Uppgifterna fylls i i nya anteckningar. Allt går att ändra senare."));
    auto *layout = new QVBoxLayout(page);
    m_company = new CompanyPage(m_profile);
    layout->addWidget(m_company, 1);
    m_companyProblem = new widgets::StatusLine(QStringLiteral("companyProblem"));
    layout->addWidget(m_companyProblem);
    m_sandboxCompanyNote = text(QString(), QStringLiteral("sandboxCompanyNote"));
    layout->addWidget(m_sandboxCompanyNote);
    page->initialize = [this] {
        // The sandbox's practice certificate belongs to its own organisation: notes are accepted
        // there only with that number. A real certificate imported later brings the real one.
        if (sandboxChosen())
            m_company->suggestPracticeNumber(pki::sandboxOrganisationNumber());
        else
            m_company->suggestFrom(m_certificate->identity());
        m_sandboxCompanyNote->setVisible(sandboxChosen());
        m_sandboxCompanyNote->setText(
            tr("I sandlådan övar du med sandlådans övningscertifikat, så organisationsnumret är "
               "övningsnumret %1. När ni ansluter till Naturvårdsverket byts det mot numret i ert "
               "certifikat. Namn, kontaktperson, e-post och telefon fyller du i som vanligt.")
                .arg(QStringLiteral("556000-0167")));
    };
    page->validate = [this] {
        const SaveResult result = m_company->save();
        m_companyProblem->setStatus(result.problem, widgets::StatusLine::Tone::Problem);
        return result.isSaved();
    };
    page->next = [this] { return sandboxChosen() ? SandboxDonePageId : ConnectDonePageId; };
    return page;
}

QWizardPage *FirstStartWizard::buildConnectDone()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("connectDonePage"));
    page->setTitle(tr("Klart"));
    auto *layout = new QVBoxLayout(page);
    m_summary = text(QString(), QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);
    layout->addStretch();
    page->initialize = [this] { updateSummary(); };
    page->next = [] { return -1; };
    return page;
}

QWizardPage *FirstStartWizard::buildSandboxDone()
{
    auto *page = new Step;
    page->setObjectName(QStringLiteral("sandboxDonePage"));
    page->setTitle(tr("Sandlådan är vald"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        text(tr("<p>Allt du skickar går till den inbyggda sandlådan på den här datorn och märks "
                "som <b>övning</b>. Inget når Naturvårdsverket.</p>"
                "<p>När ni har avtal, certifikat och nyckel väljer du <b>Inställningar → "
                "Anslutning</b> och byter till Test.</p>"),
             QStringLiteral("sandboxText")));
    layout->addStretch();
    page->next = [] { return -1; };
    return page;
}

void FirstStartWizard::updateSummary()
{
    const Environment environment = chosenEnvironment();
    QStringList lines;
    lines << tr("Miljö: <b>%1</b>").arg(environmentDisplayName(environment));
    const TlsIdentity &identity = m_certificate->identity();
    if (identity.certificate.isNull())
        lines << tr(
            "Certifikat: <b>inte importerat ännu</b> – importera det under Inställningar → Certifikat "
            "innan du skickar.");
    else
        lines << tr("Certifikat: %1, giltigt till %2")
                     .arg(identity.organisation().toHtmlEscaped(),
                          QLocale().toString(identity.validTo().toLocalTime().date(), QLocale::ShortFormat));
    const int accessLine = int(lines.size());
    lines << tr("Nyckel och hemlighet: kontrolleras …");
    const Company own = Settings(m_profile).ownCompany();
    if (!own.organisationNumber.isEmpty())
        lines << tr("Företag: %1 (%2)")
                     .arg(own.name.toHtmlEscaped(),
                          identity::display(
                              identity::check(own.organisationNumber,
                                              IdentityAllowance::Organisation | IdentityAllowance::Person)));
    const auto show = [this](const QStringList &shown) {
        m_summary->setText(
            QStringLiteral("<p>") + shown.join(QStringLiteral("<br>")) + QStringLiteral("</p><p>") +
            tr("Allt går att ändra under Inställningar. Prova gärna <b>Testa anslutningen</b> där.") +
            QStringLiteral("</p>"));
    };
    show(lines);
    // What the keychain holds now (it was written a moment ago, asynchronously).
    QPointer<FirstStartWizard> self(this);
    m_store->accessState(
        environment, [self, lines, accessLine, show](const ConnectionStore::AccessState &state) {
            if (!self)
                return;
            QStringList updated = lines;
            updated[accessLine] =
                state.hasKeyAndSecret || state.hasToken
                    ? tr("Nyckel och hemlighet: sparade")
                    : tr("Nyckel och hemlighet: <b>saknas ännu</b> – ange dem under Inställningar → "
                         "Åtkomst.");
            show(updated);
        });
}

void FirstStartWizard::done(int result)
{
    // Closing the assistant also counts: the app works at once in the sandbox, and the settings
    // dialog does everything the assistant does.
    if (result == QDialog::Accepted)
        m_store->setEnvironment(chosenEnvironment());
    Settings settings(m_profile);
    settings.setFirstStartDone(true);
    settings.sync();
    QWizard::done(result);
}

} // namespace avfall::forms
