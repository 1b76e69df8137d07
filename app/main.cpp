#include "app/mainwindow.h"
#include "core/profile.h"
#include "core/settings.h"
#include "core/translations.h"
#include "forms/firststartwizard.h"
#include "forms/noteform.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {
// --version and --help must work without a display (over SSH, in scripts): answer them before
// the GUI application, which needs a screen, exists.
bool asksForVersionOrHelp(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h")
            return true;
    }
    return false;
}

struct Options
{
    QCommandLineOption startupTime{
        QStringLiteral("print-startup-time"),
        QCoreApplication::translate(
            "main", "Skriv tiden fram till att huvudfönstret visas och avsluta (för mätningar).")};
    QCommandLineOption show{
        QStringLiteral("show"),
        QCoreApplication::translate(
            "main", "Öppna en sida: utkast, ko, historik eller en anteckningstyp (t.ex. transporter)."),
        QCoreApplication::translate("main", "sida")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Rapportera farligt avfall till Naturvårdsverkets avfallsregister."));
        parser.addHelpOption();
        parser.addVersionOption();
        avfall::Profile::addCommandLineOption(parser);
        parser.addOption(startupTime);
        parser.addOption(show);
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startTimer;
    startTimer.start();

    if (asksForVersionOrHelp(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationVersion(QStringLiteral(AVFALL_VERSION));
        QCommandLineParser parser;
        Options().addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("avfallsrapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Avfallsrapport"));
    QApplication::setOrganizationName(QStringLiteral("Avfallsrapport"));
    QApplication::setApplicationVersion(QStringLiteral(AVFALL_VERSION));
    // Lets the desktop match the window to the installed menu entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(AVFALL_APP_ID));
    // The installed theme's icon where there is one, else our own.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(AVFALL_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/" AVFALL_APP_ID ".svg"))));

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    const avfall::Profile profile = avfall::Profile::fromCommandLine(parser);
    QString error;
    if (!profile.ensureDirectories(&error)) {
        std::fprintf(stderr, "avfallsrapport: %s\n", qPrintable(error));
        return 1;
    }
    avfall::applyLanguage(app, avfall::Settings(profile).language());
    if (!parser.isSet(options.startupTime) && avfall::forms::shouldShowFirstStart(profile))
        avfall::forms::FirstStartWizard(profile).exec();

    avfall::app::MainWindow window(profile);
    if (parser.isSet(options.show)) {
        const QString page = parser.value(options.show);
        if (page == QLatin1String("utkast"))
            window.showPage(avfall::app::MainWindow::Page::Drafts);
        else if (page == QLatin1String("ko"))
            window.showPage(avfall::app::MainWindow::Page::Queue);
        else if (page == QLatin1String("historik"))
            window.showPage(avfall::app::MainWindow::Page::History);
        else if (const avfall::NoteType *type = avfall::noteTypeByResource(page))
            window.showNoteType(type->kind);
    }
    window.show();
    // Once the window is on screen, so that the first form opens as fast as the others.
    QTimer::singleShot(100, &window, [] { avfall::forms::NoteForm::prepareSharedData(); });
    if (parser.isSet(options.startupTime)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("%lld ms\n", static_cast<long long>(startTimer.elapsed()));
            app.quit();
        });
    }
    return app.exec();
}
