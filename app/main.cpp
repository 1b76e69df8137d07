#include "firststartwizard.h"
#include "mainwindow.h"
#include "profile.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer startTimer;
    startTimer.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("avfallsrapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Avfallsrapport"));
    QApplication::setOrganizationName(QStringLiteral("Avfallsrapport"));
    QApplication::setApplicationVersion(QStringLiteral(AVFALL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Rapportera farligt avfall till Naturvårdsverkets avfallsregister."));
    parser.addHelpOption();
    parser.addVersionOption();
    avfall::Profile::addCommandLineOption(parser);
    const QCommandLineOption startupTimeOption(
        QStringLiteral("print-startup-time"),
        QApplication::translate(
            "main", "Skriv tiden fram till att huvudfönstret visas och avsluta (för mätningar)."));
    parser.addOption(startupTimeOption);
    const QCommandLineOption showOption(
        QStringLiteral("show"),
        QApplication::translate(
            "main", "Öppna en sida: utkast, ko, historik eller en anteckningstyp (t.ex. transporter)."),
        QApplication::translate("main", "sida"));
    parser.addOption(showOption);
    parser.process(app);

    const avfall::Profile profile = avfall::Profile::fromCommandLine(parser);
    QString error;
    if (!profile.ensureDirectories(&error)) {
        std::fprintf(stderr, "avfallsrapport: %s\n", qPrintable(error));
        return 1;
    }
    const QString language = avfall::Settings(profile).language();
    // Dates, numbers and decimal commas follow the chosen language, whatever the system says.
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Swedish,
                                language == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Sweden));
    avfall::installTranslations(app, language);
    if (!parser.isSet(startupTimeOption) && avfall::forms::shouldShowFirstStart(profile))
        avfall::forms::FirstStartWizard(profile).exec();

    avfall::app::MainWindow window(profile);
    if (parser.isSet(showOption)) {
        const QString page = parser.value(showOption);
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
    if (parser.isSet(startupTimeOption)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("%lld ms\n", static_cast<long long>(startTimer.elapsed()));
            app.quit();
        });
    }
    return app.exec();
}
