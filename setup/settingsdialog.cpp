#include "setup/settingsdialog.h"

#include "secrets/connectionstore.h"
#include "setup/settingspages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace avfall::forms {

SettingsDialog::SettingsDialog(const Profile &profile, ConnectionStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store ? store : new ConnectionStore(profile, nullptr, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Inställningar"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_connection = new ConnectionPage(m_store);
    m_certificate = new CertificatePage(m_store);
    m_access = new AccessPage(m_store);
    m_company = new CompanyPage(profile);
    m_language = new LanguagePage(profile);
    m_tabs->addTab(m_connection, tr("&Anslutning"));
    m_tabs->addTab(m_certificate, tr("&Certifikat"));
    m_tabs->addTab(m_access, tr("Å&tkomst"));
    m_tabs->addTab(m_company, tr("&Verksamhet"));
    m_tabs->addTab(m_language, tr("&Språk"));
    layout->addWidget(m_tabs);

    m_problem = new widgets::StatusLine(QStringLiteral("settingsProblem"));
    layout->addWidget(m_problem);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Verkställ"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { applyAll({}); });

    // The certificate and access pages show the environment chosen on Anslutning.
    connect(m_connection, &ConnectionPage::environmentChanged, this, [this](Environment environment) {
        m_certificate->setEnvironment(environment);
        m_access->setEnvironment(environment);
    });
    connect(m_certificate, &CertificatePage::identityChanged, this, [this](bool present) {
        if (present)
            m_company->suggestFrom(m_certificate->identity());
    });
    resize(720, 640);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void SettingsDialog::applyAll(std::function<void()> then)
{
    if (m_applying)
        return;
    m_problem->clearStatus();
    saveFrom(0, std::move(then));
}

QList<QPair<SettingsDialog::Page, SettingsPage *>> SettingsDialog::savingOrder() const
{
    // The connection first (the other pages follow its environment), the keychain last (it may
    // answer later).
    return {{Page::Connection, m_connection},
            {Page::Certificate, m_certificate},
            {Page::Company, m_company},
            {Page::Language, m_language},
            {Page::Access, m_access}};
}

void SettingsDialog::saveFrom(int index, std::function<void()> then)
{
    const auto pages = savingOrder();
    for (; index < pages.size(); ++index) {
        const Page pageId = pages.at(index).first;
        SettingsPage *page = pages.at(index).second;
        if (!page->hasChanges())
            continue;
        const SaveResult result = page->save();
        if (result.isSaved())
            continue;
        if (!result.isPending()) {
            showProblem(pageId, result.problem);
            return;
        }
        m_applying = true;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(page, &SettingsPage::saveFinished, this,
                              [this, connection, pageId, index, then](const SaveResult &finished) {
                                  disconnect(*connection);
                                  m_applying = false;
                                  if (!finished.isSaved())
                                      showProblem(pageId, finished.problem);
                                  else
                                      saveFrom(index + 1, then);
                              });
        return;
    }
    emit applied();
    if (then)
        then();
}

void SettingsDialog::showProblem(Page page, const QString &problem)
{
    showPage(page);
    m_problem->setStatus(problem, widgets::StatusLine::Tone::Problem);
}

void SettingsDialog::accept()
{
    applyAll([this] { QDialog::accept(); });
}

} // namespace avfall::forms
