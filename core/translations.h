#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace avfall {

// Loads the app's catalogue for the language ("sv" is the source language and needs none) and
// Qt's own catalogues, so that standard buttons and dialogs follow the chosen language too.
// Returns the catalogues that could not be loaded (for a log line; the app works without them).
QStringList installTranslations(QCoreApplication &app, const QString &language);

// installTranslations() plus the default QLocale, so that dates, numbers and decimal commas follow
// the chosen language whatever the system says. Both executables start with this.
QStringList applyLanguage(QCoreApplication &app, const QString &language);

QStringList availableLanguages(); // "sv", "en"

} // namespace avfall
