#pragma once

#include "core/environment.h"
#include "core/settings.h"
#include "secrets/identitystore.h"
#include "setup/settingspage.h"
#include "widgets/statusline.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace avfall {
class ConnectionStore;
class ConnectionTest;
} // namespace avfall

// The pages of the settings dialog. The certificate, access and company pages are also the steps of
// the first-start assistant. Every input has an objectName, so that tests drive them like a user.
namespace avfall::forms {

// Anslutning: the environment (Sandlåda, Test, Produktion, Egen adress with its URLs and an optional
// CA file), the system id the register sees, and "Testa anslutningen".
class ConnectionPage : public SettingsPage
{
    Q_OBJECT

public:
    ConnectionPage(ConnectionStore *store, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    void load() override;
    // Checks the page: refused with a Swedish problem, or saved.
    SaveResult save() override;
    Environment environment() const;
    void setEnvironment(Environment environment);

    QComboBox *environmentCombo() const { return m_environment; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *testReport() const { return m_testReport; }
    ConnectionTest *connectionTest() const { return m_test; }
    QLabel *testRunStatus() const { return m_testRunStatus; }         // the last passed test run
    QLabel *productionWarning() const { return m_productionWarning; } // Produktion without one
    QPushButton *testRunButton() const { return m_testRunButton; }
    void openTestRun(); // "Testkörning mot testmiljön", window-modal
    void updateTestRunStatus();

signals:
    void environmentChanged(avfall::Environment environment);
    void testFinished(bool ok);

private:
    void updateCustomFields();
    void runTest();
    QString storeInputs(); // a Swedish problem, or empty once stored
    QWidget *buildTestRun();

    ConnectionStore *m_store;
    QComboBox *m_environment = nullptr;
    QLabel *m_environmentHelp = nullptr;
    QGroupBox *m_customBox = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_caFile = nullptr;
    widgets::StatusLine *m_customProblem = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testReport = nullptr;
    ConnectionTest *m_test = nullptr;
    QLabel *m_testRunStatus = nullptr;
    QLabel *m_productionWarning = nullptr;
    QPushButton *m_testRunButton = nullptr;
};

// Certifikat: import of the organisation certificate of the chosen environment (PKCS#12 with its
// password, or PEM certificate and key) and what it says: subject, organisation, organisationsnummer,
// issuer, validity with days left, SHA-256 fingerprint, client authentication. Each refusal shows
// its own message; a certificate within 30 days of expiry is warned about.
class CertificatePage : public SettingsPage
{
    Q_OBJECT

public:
    CertificatePage(ConnectionStore *store, QWidget *parent = nullptr);

    void load() override { reload(); }
    // An import is stored when it is made: nothing is left to save.
    bool hasChanges() const override { return false; }
    SaveResult save() override { return SaveResult::saved(); }

    void setEnvironment(Environment environment);
    Environment environment() const { return m_environmentShown; }
    // The identity shown (after an import or read back), null when none.
    const TlsIdentity &identity() const { return m_identity; }
    QString message() const;

    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; } // moves while a file is checked
    QLabel *warningLabel() const { return m_warning; }

signals:
    void identityChanged(bool present);

private:
    void chooseFile(QLineEdit *target, const QString &caption, const QString &filter);
    void updateFormat();
    void startImport();
    void unlock();
    void removeIdentity();
    void reload();
    void show(const IdentityResult &result);
    void showIdentity(const TlsIdentity &identity);
    void setMessage(const QString &text, bool problem);

    ConnectionStore *m_store;
    Environment m_environmentShown = Environment::Sandbox;
    TlsIdentity m_identity;
    QLabel *m_heading = nullptr;
    QWidget *m_importBox = nullptr;
    QRadioButton *m_pkcs12 = nullptr;
    QRadioButton *m_pem = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_keyFileLabel = nullptr;
    QWidget *m_keyFileRow = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    widgets::StatusLine *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    widgets::StatusLine *m_warning = nullptr;
    QGroupBox *m_details = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_organisation = nullptr;
    QLabel *m_organisationNumber = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_validFrom = nullptr;
    QLabel *m_validTo = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_clientAuth = nullptr;
    bool m_busy = false;
};

// Åtkomst: a pasted access token (its expiry shown when it is a JWT) or the consumer key and secret
// from the API portal. Stored only in the keychain; without one, for this session only, and the
// page says so.
class AccessPage : public SettingsPage
{
    Q_OBJECT

public:
    AccessPage(ConnectionStore *store, QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    void load() override { reload(); }
    bool hasChanges() const override { return hasUnsavedInput(); }
    // Saves what was typed; pending while the keychain answers.
    SaveResult save() override;
    bool hasUnsavedInput() const;
    bool hasStoredAccess() const { return m_storedToken || m_storedKeyAndSecret; }

    QRadioButton *tokenRadio() const { return m_tokenRadio; }
    QRadioButton *keySecretRadio() const { return m_keySecretRadio; }
    QPlainTextEdit *tokenEdit() const { return m_token; }
    QLineEdit *consumerKeyEdit() const { return m_key; }
    QLineEdit *consumerSecretEdit() const { return m_secret; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLabel *tokenExpiryLabel() const { return m_tokenExpiry; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *keychainLabel() const { return m_keychain; }

signals:
    void saved();

private:
    void updateMode();
    void updateTokenExpiry();
    void reload();
    void forget();
    void store(std::function<void(bool ok, const QString &problem)> done);
    void setStatus(const QString &text, bool problem);

    ConnectionStore *m_store;
    Environment m_environmentShown = Environment::Sandbox;
    QLabel *m_heading = nullptr;
    QWidget *m_editor = nullptr;
    QRadioButton *m_tokenRadio = nullptr;
    QRadioButton *m_keySecretRadio = nullptr;
    QWidget *m_tokenBox = nullptr;
    QWidget *m_keySecretBox = nullptr;
    QPlainTextEdit *m_token = nullptr;
    QLabel *m_tokenExpiry = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_forgetButton = nullptr;
    widgets::StatusLine *m_status = nullptr;
    QLabel *m_keychain = nullptr;
    bool m_storedToken = false;
    bool m_storedKeyAndSecret = false;
    bool m_modeChosenByUser = false; // the stored mode, read later, does not overrule a click
    QString m_storedTokenText;
};

// Verksamhet: the own company (organisationsnummer checked while typing, name, contact person,
// e-mail, phone, CFAR), the companies the user reports for as ombud, and saved parties and places.
class CompanyPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit CompanyPage(const Profile &profile, QWidget *parent = nullptr);

    void load() override;
    SaveResult save() override; // refused with a Swedish problem, or saved
    // Fills empty fields from the certificate (organisationsnummer and name); the sandbox's practice
    // number gives way to the number of a real certificate.
    void suggestFrom(const TlsIdentity &identity);
    // The sandbox's practice number, when no number is given yet.
    void suggestPracticeNumber(const QString &number);

    QLineEdit *organisationNumberEdit() const { return m_number; }
    QLabel *organisationNumberCheck() const { return m_numberCheck; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *cfarEdit() const { return m_cfar; }
    QLabel *ownCompanyWarnings() const { return m_ownWarnings; } // what is saved but worth a look
    QLabel *placeProblem() const { return m_placeProblem; }
    QTableWidget *agentTable() const { return m_agents; }
    QList<QCheckBox *> roleBoxes() const { return m_roles; } // the note types the business reports
    QTableWidget *partyTable() const { return m_parties; }
    QTableWidget *placeTable() const { return m_places; }

private:
    QWidget *buildRoles();
    QWidget *buildAgents();
    QWidget *buildParties();
    QWidget *buildPlaces();
    void updateNumberCheck();
    QString storeInputs(); // a Swedish problem, or empty once stored

    Profile m_profile;
    QLineEdit *m_number = nullptr;
    widgets::StatusLine *m_numberCheck = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_cfar = nullptr;
    widgets::StatusLine *m_ownWarnings = nullptr;
    QList<QCheckBox *> m_roles;
    QTableWidget *m_agents = nullptr;
    QLineEdit *m_agentNumber = nullptr;
    QLineEdit *m_agentName = nullptr;
    widgets::StatusLine *m_agentProblem = nullptr;
    QTableWidget *m_parties = nullptr;
    QLineEdit *m_partyNumber = nullptr;
    QLineEdit *m_partyName = nullptr;
    widgets::StatusLine *m_partyProblem = nullptr;
    QTableWidget *m_places = nullptr;
    QLineEdit *m_placeName = nullptr;
    QLineEdit *m_placeMunicipality = nullptr;
    QLineEdit *m_placeAddress = nullptr;
    QLineEdit *m_placePostcode = nullptr;
    QLineEdit *m_placeCfar = nullptr;
    widgets::StatusLine *m_placeProblem = nullptr;
};

// Språk: Svenska or English, used from the next start.
class LanguagePage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LanguagePage(const Profile &profile, QWidget *parent = nullptr);

    void load() override;
    SaveResult save() override;
    QString chosenLanguage() const;

    QRadioButton *swedishRadio() const { return m_swedish; }
    QRadioButton *englishRadio() const { return m_english; }
    QLabel *restartNote() const { return m_restart; }

private:
    Profile m_profile;
    QString m_loaded;
    QRadioButton *m_swedish = nullptr;
    QRadioButton *m_english = nullptr;
    QLabel *m_restart = nullptr;
};

// "16 dagar kvar", "gick ut för 3 dagar sedan" – for the validity line.
QString daysLeftText(int days);

} // namespace avfall::forms
