#include "app/mainwindow.h"
#include "setup/testrunwizard.h"

#include "app/emptystatepage.h"
#include "app/environmentbadge.h"
#include "app/guidedialog.h"
#include "app/navigationdelegate.h"
#include "app/navigationlist.h"
#include "app/notelistpage.h"
#include "app/notepage.h"
#include "app/statisticspage.h"
#include "core/settings.h"
#include "forms/noteform.h"
#include "models/notesummary.h"
#include "secrets/expirycountdown.h"
#include "services/profilesession.h"
#include "services/supportbundle.h"
#include "services/testrun.h"
#include "widgets/dialogseam.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace avfall::app {

namespace {
constexpr int kNoPage = -1;

QListWidgetItem *addSection(QListWidget *list, const QString &title)
{
    auto *item = new QListWidgetItem(title, list);
    item->setData(NavigationDelegate::IsSectionRole, true);
    item->setData(NavigationDelegate::PageRole, kNoPage);
    item->setFlags(Qt::ItemIsEnabled); // a heading: not selectable, NavigationList steps over it
    return item;
}

QListWidgetItem *addEntry(QListWidget *list, const QString &title, const QString &subtitle, int page)
{
    auto *item = new QListWidgetItem(title, list);
    item->setData(NavigationDelegate::SubtitleRole, subtitle);
    item->setData(NavigationDelegate::PageRole, page);
    item->setToolTip(subtitle.isEmpty() ? title : title + QLatin1Char('\n') + subtitle);
    return item;
}
} // namespace

MainWindow::MainWindow(const Profile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_settings(std::make_unique<Settings>(profile))
    , m_session(std::make_unique<services::ProfileSession>(profile))
{
    setWindowTitle(tr("Avfallsrapport"));
    setObjectName(QStringLiteral("mainWindow"));
    const Result<void> opened = m_session->open();
    if (!opened) {
        const QString startError = opened.error();
        // Without its database (damaged, from a newer version, not writable) nothing here can
        // work: the window says why, and nothing touches the store.
        auto *reason = new QLabel(startError);
        reason->setObjectName(QStringLiteral("startError"));
        reason->setWordWrap(true);
        reason->setAlignment(Qt::AlignCenter);
        reason->setMargin(40);
        setCentralWidget(reason);
        m_queueLabel = new QLabel(this); // owned, never shown: nothing here has a queue
        m_queueLabel->hide();
        resize(800, 400);
        QTimer::singleShot(
            0, this, [this, startError] { QMessageBox::critical(this, tr("Avfallsrapport"), startError); });
        return;
    }

    m_navigation = new NavigationList;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigering"));
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setMinimumWidth(330);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    buildNavigation();

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({360, 740});
    setCentralWidget(splitter);

    buildMenus();
    buildStatusBar();
    applyEnvironment(m_session->environment());
    m_session->keepSending(); // assembles the connection; connectionChanged() when it is there

    // First start: most of the screen, so that a form needs little scrolling; later the saved size.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::max(1000, available.width() * 4 / 5), std::max(650, available.height() * 4 / 5));
    restoreGeometry(m_settings->value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings->value(Settings::Key::MainWindowState).toByteArray());
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationChanged);
    showNoteType(NoteKind::Transportplanering);
}

MainWindow::~MainWindow()
{
    // The pages refer to the session: let them go before it does.
    delete takeCentralWidget();
}

void MainWindow::buildNavigation()
{
    addSection(m_navigation, tr("Ny anteckning"));
    for (const NoteType &type : noteTypes()) {
        // Forms are built the first time they are shown: a quick start matters more than a
        // quick first click.
        auto *page = new QWidget;
        page->setObjectName(QStringLiteral("notePage_") + type.resource);
        page->setProperty("noteKind", int(type.kind));
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        const int index = m_pages->addWidget(page);
        addEntry(m_navigation, type.displayTitle(),
                 type.displayRole() + QStringLiteral(" · ") + type.displayLaw(), index);
    }

    addSection(m_navigation, tr("Mina anteckningar"));
    const std::pair<Page, QString> listPages[] = {
        {Page::Drafts, tr("Utkast")}, {Page::Queue, tr("Kö")}, {Page::History, tr("Historik")}};
    for (const auto &[which, title] : listPages) {
        auto *page = new NoteListPage(NoteListPage::Kind(int(which)), *m_session);
        page->setProperty("avfallPage", static_cast<int>(which));
        connect(page, &NoteListPage::openRequested, this, &MainWindow::openNote);
        const int index = m_pages->addWidget(page);
        addEntry(m_navigation, title, QString(), index);
    }
    auto *statistics = new StatisticsPage(m_session->store(), m_profile);
    connect(m_session.get(), &services::ProfileSession::storeChanged, statistics, &StatisticsPage::reload);
    addEntry(m_navigation, tr("Statistik"), tr("Rapporterade kilogram per månad, avfallskod, typ och part"),
             m_pages->addWidget(statistics));
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Arkiv"));
    QAction *quitAction = fileMenu->addAction(tr("&Avsluta"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Inställningar"));
    QMenu *environmentMenu = settingsMenu->addMenu(tr("&Miljö"));
    m_environmentActions = new QActionGroup(this);
    for (Environment environment :
         {Environment::Sandbox, Environment::Test, Environment::Production, Environment::Custom}) {
        QAction *action = environmentMenu->addAction(environmentDisplayName(environment));
        action->setCheckable(true);
        action->setData(environmentKey(environment));
        m_environmentActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, environment] {
            if (environment == Environment::Production && !confirmProduction())
                return;
            switchEnvironment(environment);
        });
    }
    QAction *testRunAction = settingsMenu->addAction(tr("&Testkörning mot testmiljön …"));
    testRunAction->setObjectName(QStringLiteral("testRunAction"));
    connect(testRunAction, &QAction::triggered, this, &MainWindow::openTestRun);
    settingsMenu->addSeparator();
    QAction *settingsAction = settingsMenu->addAction(tr("Inställningar…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this,
            [this] { openSettings(forms::SettingsDialog::Page::Connection); });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Hjälp"));
    QAction *guide = helpMenu->addAction(tr("&Handledning"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *bundle = helpMenu->addAction(tr("Spara &supportpaket …"), this, &MainWindow::saveSupportBundle);
    bundle->setObjectName(QStringLiteral("supportBundleAction"));
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&Om Avfallsrapport"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("Om &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::switchEnvironment(Environment environment)
{
    m_session->setEnvironment(environment); // saved; the session reconnects
    m_settings->sync();                     // this window's copy reads the new choice
    applyEnvironment(environment);
}

// Produktion without a passed test run in Test: the same warning as on Inställningar → Anslutning,
// with the test run offered. Asked without blocking; true when there is nothing to warn about.
bool MainWindow::confirmProduction()
{
    const QString warning = productionWarning(*m_settings, m_settings->ownCompany().organisationNumber);
    if (warning.isEmpty())
        return true;
    applyEnvironment(m_settings->environment()); // the menu shows the environment still in use
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Produktion utan testkörning"), warning,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("productionWarningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *run = box->addButton(tr("&Kör testkörningen …"), QMessageBox::AcceptRole);
    QPushButton *anyway = box->addButton(tr("Byt till &Produktion ändå"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    box->setDefaultButton(run);
    connect(box, &QMessageBox::finished, this, [this, box, run, anyway] {
        if (box->clickedButton() == run)
            openTestRun();
        else if (box->clickedButton() == anyway)
            switchEnvironment(Environment::Production);
    });
    box->open();
    return false;
}

void MainWindow::openTestRun()
{
    auto *wizard = new forms::TestRunWizard(m_profile, m_session->connections(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::openSettings(forms::SettingsDialog::Page page)
{
    auto *dialog = new forms::SettingsDialog(m_profile, m_session->connections(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showPage(page);
    const QString language = Settings(m_profile).language();
    connect(dialog, &QDialog::finished, this, [this, language] {
        applyEnvironment(m_session->environment());
        m_session->reconnect();
        if (Settings(m_profile).language() != language)
            QTimer::singleShot(0, this, &MainWindow::offerRestart);
    });
    dialog->open();
}

// The windows are built in one language: another one needs a new start. Said in both languages,
// since the user has just chosen the other one.
void MainWindow::offerRestart()
{
    QMessageBox box(QMessageBox::Question, tr("Byt språk / Change language"),
                    tr("Det nya språket används när programmet startar om. Det du har skrivit är sparat "
                       "som utkast.\n\nThe new language is used once the program restarts. What you "
                       "have typed is saved as a draft."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restartQuestion"));
    QPushButton *now = box.addButton(tr("Starta om nu / Restart now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("restartNowButton"));
    box.addButton(tr("Senare / Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(now))
        return;
    for (NotePage *page : m_pages->findChildren<NotePage *>())
        page->flushDraft();
    widgets::DialogSeam::current().restartProgram(this); // tests count instead
}

// Without a keychain nothing secret survives a restart: the first time this session finds a
// password, token or secret missing, the settings page where it is given opens by itself (its
// message says why). Later reconnects only show the problem in the status bar.
void MainWindow::askForSessionSecrets()
{
    if (m_askedForSessionSecrets || !m_session->needsSecretsThisSession())
        return;
    m_askedForSessionSecrets = true;
    openSettings(m_session->needsCertificatePassword() ? forms::SettingsDialog::Page::Certificate
                                                       : forms::SettingsDialog::Page::Access);
}

void MainWindow::buildStatusBar()
{
    m_environmentBadge = new EnvironmentBadge;
    m_connectionLabel = new QLabel(tr("Ingen förbindelse prövad ännu"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_queueLabel = new QLabel(tr("Kön är tom"));
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    m_expiryLabel = new QLabel;
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_expiryLabel->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_expiryLabel->hide();
    statusBar()->addWidget(m_environmentBadge);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_expiryLabel);
    statusBar()->addPermanentWidget(m_queueLabel);
    connect(m_session.get(), &services::ProfileSession::storeChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &services::ProfileSession::noteFinished, this,
            [this] { updateFromHistory(nullptr); });
    connect(m_session.get(), &services::ProfileSession::connectionChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &services::ProfileSession::reconnecting, this, &MainWindow::updateStatus);
    connect(m_session.get(), &services::ProfileSession::connectionChanged, this,
            &MainWindow::askForSessionSecrets, Qt::QueuedConnection);
    auto *refresh = new QTimer(this);
    refresh->start(5000); // notes queued by `avfall` in another process show up too
    connect(refresh, &QTimer::timeout, this, &MainWindow::updateStatus);
    updateStatus();
}

void MainWindow::updateStatus()
{
    // While the keychain is asked, the last answer may be out of date: say so instead.
    if (m_session->isReconnecting())
        m_connectionLabel->setText(tr("Ansluter …"));
    else if (!m_session->connectionProblem().isEmpty())
        m_connectionLabel->setText(tr("Ingen förbindelse: %1").arg(m_session->connectionProblem()));
    else if (!m_session->certificateWarning().isEmpty())
        m_connectionLabel->setText(QStringLiteral("⚠ ") + m_session->certificateWarning());
    else
        m_connectionLabel->setText(m_session->isSending() ? tr("Skickar …") : tr("Redo att skicka"));
    updateExpiry();
    const QHash<NoteState, int> counts = m_session->store().stateCounts();
    if (m_session->store().isDamaged() && !m_toldDamaged) {
        // Found while the app runs (a page of the file that was not read at the start).
        m_toldDamaged = true;
        QTimer::singleShot(0, this, [this] {
            QMessageBox::critical(this, tr("Avfallsrapport"), m_session->store().lastError());
        });
    }
    QStringList parts;
    if (const int queued = counts.value(NoteState::Queued) + counts.value(NoteState::Sending))
        parts << tr("%n i kö", nullptr, queued);
    if (const int uncertain = counts.value(NoteState::Uncertain))
        parts << tr("%n osäkra", nullptr, uncertain);
    if (const int rejected = counts.value(NoteState::Rejected))
        parts << tr("%n avvisade", nullptr, rejected);
    m_queueLabel->setText(parts.isEmpty() ? tr("Kön är tom") : parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateExpiry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList countdowns;
    for (const auto &[item, expiry] : {std::pair{ExpiringItem::Certificate, m_session->certificateExpiry()},
                                       std::pair{ExpiringItem::AccessToken, m_session->tokenExpiry()}}) {
        const QString countdown = expiryCountdown(item, expiry, now);
        if (!countdown.isEmpty())
            countdowns << countdown;
    }
    m_expiryLabel->setText(QStringLiteral("⚠ ") + countdowns.join(QStringLiteral(" · ")));
    m_expiryLabel->setToolTip(m_session->certificateWarning());
    m_expiryLabel->setVisible(!countdowns.isEmpty());
}

void MainWindow::saveSupportBundle()
{
    const QString file = widgets::DialogSeam::current().chooseFileToSave(
        this, tr("Spara supportpaket"), QDir::home().filePath(SupportBundle::defaultFileName()),
        tr("Zip-arkiv (*.zip)"));
    if (file.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = SupportBundle(m_profile, m_session->connections()).writeFile(file, &error);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        QMessageBox::warning(this, tr("Spara supportpaket"),
                             tr("Supportpaketet kunde inte sparas: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Supportpaketet är sparat: %1").arg(QDir::toNativeSeparators(file)), 15000);
}

void MainWindow::openNote(NoteKind kind, qint64 id, NoteListPage::OpenMode mode)
{
    showNoteType(kind);
    auto *page = qobject_cast<NotePage *>(currentPage());
    if (!page)
        return;
    const auto note = m_session->store().note(id);
    switch (mode) {
    case NoteListPage::OpenMode::Edit:
        page->openNote(id);
        break;
    case NoteListPage::OpenMode::Correct:
        page->startCorrection(id);
        break;
    case NoteListPage::OpenMode::NewFrom:
    case NoteListPage::OpenMode::Chain:
        if (note)
            page->startFrom(note->payload, mode == NoteListPage::OpenMode::Chain, note->avfallId);
        break;
    }
}

void MainWindow::applyEnvironment(Environment environment)
{
    m_environmentBadge->setEnvironment(environment);
    for (QAction *action : m_environmentActions->actions())
        action->setChecked(action->data().toString() == environmentKey(environment));
    const QString practice = environment == Environment::Sandbox ? tr(" – övning") : QString();
    setWindowTitle(tr("Avfallsrapport – %1").arg(environmentDisplayName(environment)) + practice);
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideDialog(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("Om Avfallsrapport"),
        tr("<h3>Avfallsrapport %1</h3>"
           "<p>Rapportera anteckningar om farligt avfall till Naturvårdsverkets avfallsregister "
           "(Bastjänst Farligt Avfall).</p>"
           "<p>System-id mot registret: <code>%2</code><br>Byggd med Qt %3.</p>"
           "<p>Licens: GNU General Public License, version 3 eller senare. "
           "Programmet levereras utan garanti.</p>")
            .arg(QStringLiteral(AVFALL_VERSION), QStringLiteral(AVFALL_SYSTEM_ID),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::showNoteType(NoteKind kind)
{
    if (!m_navigation)
        return; // the store did not open
    const QString resource = noteType(kind).resource;
    for (int row = 0; row < m_navigation->count(); ++row) {
        const int page = m_navigation->item(row)->data(NavigationDelegate::PageRole).toInt();
        if (page >= 0 && m_pages->widget(page)->objectName() == QStringLiteral("notePage_") + resource) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::showPage(Page page)
{
    if (!m_navigation)
        return; // the store did not open
    for (int row = 0; row < m_navigation->count(); ++row) {
        const int index = m_navigation->item(row)->data(NavigationDelegate::PageRole).toInt();
        if (index >= 0 &&
            m_pages->widget(index)->property("avfallPage") == QVariant(static_cast<int>(page))) {
            m_navigation->setCurrentRow(row);
            return;
        }
    }
}

QWidget *MainWindow::currentPage() const
{
    QWidget *page = m_pages ? m_pages->currentWidget() : nullptr;
    if (page && page->property("noteKind").isValid())
        return page->findChild<NotePage *>(QString(), Qt::FindDirectChildrenOnly);
    return page;
}

void MainWindow::ensureNotePage(QWidget *container)
{
    if (!container->property("noteKind").isValid() || container->findChild<NotePage *>())
        return;
    auto *page = new NotePage(NoteKind(container->property("noteKind").toInt()), *m_session, container);
    page->form()->setOwnCompany(m_settings->ownCompany());
    // The parties saved under Inställningar → Verksamhet, to pick from in every party field.
    QList<QPair<QString, QString>> parties;
    for (const QJsonValue &value : m_settings->savedParties()) {
        const QJsonObject party = value.toObject();
        parties.append({party.value(QStringLiteral("identitet")).toString(),
                        party.value(QStringLiteral("namn")).toString()});
    }
    page->form()->setSavedParties(parties);
    container->layout()->addWidget(page);
    updateFromHistory(page);
}

// What the history knows that helps the next note: the waste codes this business uses (ranked
// first in the search) and the sent notes a new one can follow (Föregående avfallsId).
void MainWindow::updateFromHistory(NotePage *page)
{
    const QStringList used = m_session->usedWasteCodes();
    QList<QPair<QString, QString>> previous;
    NoteFilter filter;
    filter.state = NoteState::Sent;
    for (const StoredNote &note : m_session->store().notes(filter, 30)) {
        if (note.avfallId.isEmpty() || note.operation == Operation::Cancel)
            continue;
        const NoteSummary summary = summary::build(note.kind, note.payload);
        previous.append(
            {note.avfallId, QStringLiteral("%1 · %2 · %3 · %4")
                                .arg(summary::dateTime(note.createdAt), noteType(note.kind).model,
                                     summary.valueOf(catalogue::avfall().fields.at(0).displayLabel()),
                                     summary.valueOf(catalogue::avfall().fields.at(1).displayLabel()))});
    }
    const QList<NotePage *> pages = page ? QList<NotePage *>{page} : m_pages->findChildren<NotePage *>();
    for (NotePage *each : pages) {
        each->form()->setPreferredWasteCodes(used);
        each->form()->setPreviousNotes(previous);
    }
}

void MainWindow::onNavigationChanged(int row)
{
    if (row < 0)
        return;
    const int page = m_navigation->item(row)->data(NavigationDelegate::PageRole).toInt();
    if (page >= 0) {
        // What was typed on the page being left is a draft by now, so that Utkast shows it.
        if (auto *left = qobject_cast<NotePage *>(currentPage()))
            left->flushDraft();
        ensureNotePage(m_pages->widget(page));
        m_pages->setCurrentIndex(page);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_navigation) {
        event->accept(); // the store did not open: keep the geometry of the real window
        return;
    }
    m_settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::MainWindowState, saveState());
    m_settings->sync();
    event->accept();
}

} // namespace avfall::app
