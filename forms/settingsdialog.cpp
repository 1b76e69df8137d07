#include "forms/settingsdialog.h"

#include "forms/settingspages.h"
#include "secrets/connectionstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

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

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
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
    m_problem->hide();
    const QString connectionProblem = m_connection->apply();
    if (!connectionProblem.isEmpty()) {
        showPage(Page::Connection);
        m_problem->setText(connectionProblem);
        m_problem->show();
        return;
    }
    const QString companyProblem = m_company->apply();
    if (!companyProblem.isEmpty()) {
        showPage(Page::Company);
        m_problem->setText(companyProblem);
        m_problem->show();
        return;
    }
    m_language->apply();
    if (!m_access->hasUnsavedInput()) {
        emit applied();
        if (then)
            then();
        return;
    }
    m_applying = true;
    QPointer<SettingsDialog> self(this);
    m_access->save([self, then](bool ok, const QString &problem) {
        if (!self)
            return;
        self->m_applying = false;
        if (!ok) {
            self->showPage(Page::Access);
            self->m_problem->setText(problem);
            self->m_problem->show();
            return;
        }
        emit self->applied();
        if (then)
            then();
    });
}

void SettingsDialog::accept()
{
    applyAll([this] { QDialog::accept(); });
}

} // namespace avfall::forms
