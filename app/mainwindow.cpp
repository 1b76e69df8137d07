#include "mainwindow.h"

#include "emptystatepage.h"
#include "environmentbadge.h"
#include "navigationdelegate.h"
#include "navigationlist.h"
#include "settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

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
{
    setWindowTitle(tr("Avfallsrapport"));
    setObjectName(QStringLiteral("mainWindow"));

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
    applyEnvironment(m_settings->environment());

    resize(1100, 700);
    restoreGeometry(m_settings->value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings->value(Settings::Key::MainWindowState).toByteArray());
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onNavigationChanged);
    showNoteType(NoteKind::Transportplanering);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    addSection(m_navigation, tr("Ny anteckning"));
    for (const NoteType &type : noteTypes()) {
        auto *page = new EmptyStatePage;
        page->setObjectName(QStringLiteral("notePage_") + type.resource);
        page->setHeading(type.displayTitle());
        page->setExplanation(tr("<p>%1 · avfallsförordningen %2</p>"
                                "<p><b>Formuläret för den här anteckningen finns inte i programmet ännu.</b> "
                                "Det kommer i en senare version.</p>"
                                "<p>Till dess kan du kontrollera en anteckning i JSON-format med kommandot "
                                "<code>avfall validate %3 fil.json</code>.</p>")
                                 .arg(type.displayRole(), type.displayLaw(), type.resource));
        const int index = m_pages->addWidget(page);
        addEntry(m_navigation, type.displayTitle(),
                 type.displayRole() + QStringLiteral(" · ") + type.displayLaw(), index);
    }

    addSection(m_navigation, tr("Mina anteckningar"));
    struct Fixed
    {
        Page page;
        QString title;
        QString heading;
        QString explanation;
    };
    const Fixed fixedPages[] = {
        {Page::Drafts, tr("Utkast"), tr("Inga utkast"),
         tr("Anteckningar som du har börjat fylla i men inte skickat sparas här. "
            "Börja en ny anteckning under <b>Ny anteckning</b>.")},
        {Page::Queue, tr("Kö"), tr("Kön är tom"),
         tr("Anteckningar som väntar på att skickas till avfallsregistret visas här, till exempel när "
            "registret inte svarar. De skickas automatiskt när förbindelsen fungerar igen.")},
        {Page::History, tr("Historik"), tr("Ingen historik ännu"),
         tr("Här ser du varje anteckning som du har skickat, med avfallsId från registret. "
            "Härifrån kan du rätta eller makulera en anteckning.")},
    };
    for (const Fixed &fixed : fixedPages) {
        auto *page = new EmptyStatePage;
        page->setHeading(fixed.heading);
        page->setExplanation(fixed.explanation);
        page->setProperty("avfallPage", static_cast<int>(fixed.page));
        const int index = m_pages->addWidget(page);
        addEntry(m_navigation, fixed.title, QString(), index);
    }
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
            m_settings->setEnvironment(environment);
            m_settings->sync();
            applyEnvironment(environment);
        });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Hjälp"));
    helpMenu->addAction(tr("&Om Avfallsrapport"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("Om &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_environmentBadge = new EnvironmentBadge;
    m_connectionLabel = new QLabel(tr("Ingen förbindelse prövad ännu"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_queueLabel = new QLabel(tr("Kön är tom"));
    m_queueLabel->setObjectName(QStringLiteral("queueLabel"));
    statusBar()->addWidget(m_environmentBadge);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_queueLabel);
}

void MainWindow::applyEnvironment(Environment environment)
{
    m_environmentBadge->setEnvironment(environment);
    for (QAction *action : m_environmentActions->actions())
        action->setChecked(action->data().toString() == environmentKey(environment));
    const QString practice = environment == Environment::Sandbox ? tr(" – övning") : QString();
    setWindowTitle(tr("Avfallsrapport – %1").arg(environmentDisplayName(environment)) + practice);
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
    return m_pages->currentWidget();
}

void MainWindow::onNavigationChanged(int row)
{
    if (row < 0)
        return;
    const int page = m_navigation->item(row)->data(NavigationDelegate::PageRole).toInt();
    if (page >= 0)
        m_pages->setCurrentIndex(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::MainWindowState, saveState());
    m_settings->sync();
    event->accept();
}

} // namespace avfall::app
