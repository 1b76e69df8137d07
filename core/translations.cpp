#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace avfall {

namespace {
// Where `cmake --install` puts our catalogues, relative to the executables (bin/../share/…).
QString installedCatalogues()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../share/avfallsrapport/translations");
}

bool installCatalogue(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(name, directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}
// An installed catalogue first, so that a distribution can update a translation without a
// rebuild; else the copy compiled into the executable.
bool installOwnCatalogue(QCoreApplication &app, const QString &name)
{
    return installCatalogue(app, name, installedCatalogues()) ||
           installCatalogue(app, name, QStringLiteral(":/i18n"));
}
} // namespace

QStringList installTranslations(QCoreApplication &app, const QString &language)
{
    QStringList missing;
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // Qt's own texts first, ours afterwards so that ours win where both translate a string
    // (the last installed translator is asked first).
    if (!installCatalogue(app, QStringLiteral("qtbase_") + language, qtDirectory) &&
        !installCatalogue(app, QStringLiteral("qt_") + language, qtDirectory))
        missing << QStringLiteral("qtbase_") + language;
    if (language == QLatin1String("sv")) {
        // Fills the gaps in Qt's Swedish catalogue (standard buttons, edit menus).
        if (!installOwnCatalogue(app, QStringLiteral("qtextra_sv")))
            missing << QStringLiteral("qtextra_sv");
    } else if (!installOwnCatalogue(app, QStringLiteral("avfallsrapport_") + language)) {
        missing << QStringLiteral("avfallsrapport_") + language;
    }
    return missing;
}

QStringList applyLanguage(QCoreApplication &app, const QString &language)
{
    const bool english = language == QLatin1String("en");
    QLocale::setDefault(QLocale(english ? QLocale::English : QLocale::Swedish,
                                english ? QLocale::UnitedKingdom : QLocale::Sweden));
    return installTranslations(app, language);
}

QStringList availableLanguages()
{
    return {QStringLiteral("sv"), QStringLiteral("en")};
}

} // namespace avfall
