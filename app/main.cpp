#include "firststartwizard.h"
#include "mainwindow.h"
#include "profile.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
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
    parser.process(app);

    const avfall::Profile profile = avfall::Profile::fromCommandLine(parser);
    QString error;
    if (!profile.ensureDirectories(&error)) {
        std::fprintf(stderr, "avfallsrapport: %s\n", qPrintable(error));
        return 1;
    }
    avfall::installTranslations(app, avfall::Settings(profile).language());
    if (!parser.isSet(startupTimeOption) && avfall::forms::shouldShowFirstStart(profile))
        avfall::forms::FirstStartWizard(profile).exec();

    avfall::app::MainWindow window(profile);
    window.show();
    if (parser.isSet(startupTimeOption)) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("%lld ms\n", static_cast<long long>(startTimer.elapsed()));
            app.quit();
        });
    }
    return app.exec();
}
