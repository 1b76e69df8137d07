#pragma once

#include "app/notelistpage.h"
#include "core/environment.h"
#include "core/notetype.h"
#include "core/profile.h"
#include "setup/settingsdialog.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace avfall {
class Settings;
}

namespace avfall::services {
class ProfileSession;
}

namespace avfall::app {

class EnvironmentBadge;

// The application shell: navigation on the left (new note by what the user does, drafts, queue,
// history), the chosen page on the right, the environment always visible in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Drafts,
        Queue,
        History
    };

    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showNoteType(NoteKind kind);
    void showPage(Page page);
    QWidget *currentPage() const;
    QListWidget *navigation() const { return m_navigation; }
    EnvironmentBadge *environmentBadge() const { return m_environmentBadge; }
    services::ProfileSession &session() const { return *m_session; }
    QLabel *queueLabel() const { return m_queueLabel; }
    void updateStatus();
    void openNote(avfall::NoteKind kind, qint64 id, avfall::app::NoteListPage::OpenMode mode);
    // Hjälp → Handledning: the user guide with screenshots, in the program's language.
    void showGuide();
    // Hjälp → Spara supportpaket …: asks where (through the file-dialog seam) and writes the zip.
    void saveSupportBundle();
    QLabel *expiryLabel() const { return m_expiryLabel; }
    class GuideDialog *guideDialog() const { return m_guide; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildNavigation();
    void buildStatusBar();
    void applyEnvironment(Environment environment);
    void updateExpiry();
    void showAbout();
    void onNavigationChanged(int row);
    // The settings dialog, modal to the window, on the given page; closing it reconnects.
    void openSettings(forms::SettingsDialog::Page page);
    void switchEnvironment(Environment environment);
    bool confirmProduction();
    void openTestRun();
    void askForSessionSecrets();
    void offerRestart();
    void ensureNotePage(QWidget *container);
    void updateFromHistory(class NotePage *page); // nullptr: every note page built so far

    Profile m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<services::ProfileSession> m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    EnvironmentBadge *m_environmentBadge = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_queueLabel = nullptr;
    QLabel *m_expiryLabel = nullptr; // the certificate's and the token's countdown, 30 days before
    QActionGroup *m_environmentActions = nullptr;
    bool m_askedForSessionSecrets = false; // once per session, not at every reconnect
    bool m_toldDamaged = false;            // the database turned out damaged: said once
    class GuideDialog *m_guide = nullptr;
};

} // namespace avfall::app
