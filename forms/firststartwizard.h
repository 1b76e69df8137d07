#pragma once

#include "core/environment.h"
#include "core/profile.h"

#include <QWizard>

class QLabel;
class QRadioButton;

namespace avfall {
class ConnectionStore;
}

namespace avfall::forms {

class AccessPage;
class CertificatePage;
class CompanyPage;

// The assistant on first start. "Prova i sandlådan" works at once: everything goes to the built-in
// sandbox and is marked as practice; it asks only for the own company (with the sandbox's practice
// organisation number). "Anslut till Naturvårdsverket" first explains what is needed
// from Naturvårdsverket and where to get it (an agreement, a client certificate carrying the
// organisation number, key and secret from the API portal; Test before Production), then takes the
// environment, the certificate, the key and secret and the own company. Finishing (or closing)
// records in Settings that the first start is done.
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        IntroPageId,
        RequirementsPageId,
        EnvironmentPageId,
        CertificatePageId,
        AccessPageId,
        CompanyPageId,
        ConnectDonePageId,
        SandboxDonePageId,
    };

    explicit FirstStartWizard(const Profile &profile, ConnectionStore *store = nullptr,
                              QWidget *parent = nullptr);
    ~FirstStartWizard() override;

    bool sandboxChosen() const;
    Environment chosenEnvironment() const; // Sandbox, Test or Production

    QRadioButton *sandboxChoice() const { return m_sandboxChoice; }
    QRadioButton *connectChoice() const { return m_connectChoice; }
    QRadioButton *testChoice() const { return m_testChoice; }
    QRadioButton *productionChoice() const { return m_productionChoice; }
    CertificatePage *certificatePage() const { return m_certificate; }
    AccessPage *accessPage() const { return m_access; }
    CompanyPage *companyPage() const { return m_company; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *companyProblemLabel() const { return m_companyProblem; }
    ConnectionStore *connectionStore() const { return m_store; }

    void done(int result) override;

private:
    QWizardPage *buildIntro();
    QWizardPage *buildRequirements();
    QWizardPage *buildEnvironment();
    QWizardPage *buildCertificate();
    QWizardPage *buildAccess();
    QWizardPage *buildCompany();
    QWizardPage *buildConnectDone();
    QWizardPage *buildSandboxDone();
    void updateSummary();

    Profile m_profile;
    ConnectionStore *m_store;
    QRadioButton *m_sandboxChoice = nullptr;
    QRadioButton *m_connectChoice = nullptr;
    QRadioButton *m_testChoice = nullptr;
    QRadioButton *m_productionChoice = nullptr;
    CertificatePage *m_certificate = nullptr;
    AccessPage *m_access = nullptr;
    CompanyPage *m_company = nullptr;
    QLabel *m_companyProblem = nullptr;
    QLabel *m_sandboxCompanyNote = nullptr;
    QLabel *m_summary = nullptr;
    bool m_savingAccess = false;
};

// Whether the assistant should be shown: not done yet, and not switched off with
// AVFALL_SKIP_FIRST_START=1 (tests and screenshots).
bool shouldShowFirstStart(const Profile &profile);

} // namespace avfall::forms
