#pragma once

#include "app/notelistpage.h"
#include "core/environment.h"
#include "core/notetype.h"
#include "core/profile.h"
#include "forms/settingsdialog.h"

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

namespace avfall::app {

class AppBackend;
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
    AppBackend &backend() const { return *m_backend; }
    QLabel *queueLabel() const { return m_queueLabel; }
    void updateStatus();
    void openNote(avfall::NoteKind kind, qint64 id, avfall::app::NoteListPage::OpenMode mode);
    // Hjälp → Handledning: the user guide with screenshots, in the program's language.
    void showGuide();
    class GuideDialog *guideDialog() const { return m_guide; }
    // What "Starta om nu" does after a change of language (tests replace starting a new process).
    static void setRestartFunction(std::function<void()> restart);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildNavigation();
    void buildStatusBar();
    void applyEnvironment(Environment environment);
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
    std::unique_ptr<AppBackend> m_backend;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    EnvironmentBadge *m_environmentBadge = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_queueLabel = nullptr;
    QActionGroup *m_environmentActions = nullptr;
    bool m_askedForSessionSecrets = false; // once per session, not at every reconnect
    bool m_toldDamaged = false;            // the database turned out damaged: said once
    class GuideDialog *m_guide = nullptr;
};

} // namespace avfall::app
