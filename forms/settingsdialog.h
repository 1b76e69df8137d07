#pragma once

#include "core/profile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace avfall {
class ConnectionStore;
}

namespace avfall::forms {

class AccessPage;
class CertificatePage;
class CompanyPage;
class ConnectionPage;
class LanguagePage;

// Inställningar: Anslutning, Certifikat, Åtkomst, Verksamhet and Språk. Importing a certificate and
// saving a token or key happen at once (they go to the profile and the keychain); the rest is saved
// with OK or Verkställ. The certificate and access pages follow the environment chosen on
// Anslutning.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Connection,
        Certificate,
        Access,
        Company,
        Language,
    };

    // store: the app's ConnectionStore (its sandbox provider, its keychain); nullptr makes one.
    explicit SettingsDialog(const Profile &profile, ConnectionStore *store = nullptr,
                            QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    ConnectionStore *connectionStore() const { return m_store; }
    ConnectionPage *connectionPage() const { return m_connection; }
    CertificatePage *certificatePage() const { return m_certificate; }
    AccessPage *accessPage() const { return m_access; }
    CompanyPage *companyPage() const { return m_company; }
    LanguagePage *languagePage() const { return m_language; }
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

signals:
    void applied();

private:
    // Saves every page; then() runs once everything is saved (the keychain answers asynchronously).
    void applyAll(std::function<void()> then);

    ConnectionStore *m_store;
    QTabWidget *m_tabs = nullptr;
    ConnectionPage *m_connection = nullptr;
    CertificatePage *m_certificate = nullptr;
    AccessPage *m_access = nullptr;
    CompanyPage *m_company = nullptr;
    LanguagePage *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_problem = nullptr;
    bool m_applying = false;
};

} // namespace avfall::forms
