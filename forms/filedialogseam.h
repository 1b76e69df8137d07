#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace avfall::forms {

// Every "Välj fil…" of the settings dialog and the first-start assistant goes through here, so that
// tests can answer instead of a real QFileDialog (which would block a test run).
using OpenFileFunction =
    std::function<QString(QWidget *parent, const QString &caption, const QString &filter)>;

// Asks for a file to open; empty when the user cancels.
QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter);

// Replaces the dialog (tests); an empty function brings QFileDialog back.
void setOpenFileFunction(OpenFileFunction function);

// The same for a file to save, with a suggested name.
using SaveFileFunction = std::function<QString(QWidget *parent, const QString &caption,
                                               const QString &suggestedName, const QString &filter)>;
QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggestedName,
                         const QString &filter);
void setSaveFileFunction(SaveFileFunction function);

} // namespace avfall::forms
