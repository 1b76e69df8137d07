#include "forms/filedialogseam.h"

#include <QFileDialog>

namespace avfall::forms {

namespace {
OpenFileFunction &openFunction()
{
    static OpenFileFunction function;
    return function;
}
SaveFileFunction &saveFunction()
{
    static SaveFileFunction function;
    return function;
}
} // namespace

QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter)
{
    if (const OpenFileFunction &function = openFunction())
        return function(parent, caption, filter);
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

void setOpenFileFunction(OpenFileFunction function)
{
    openFunction() = std::move(function);
}

QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggestedName,
                         const QString &filter)
{
    if (const SaveFileFunction &function = saveFunction())
        return function(parent, caption, suggestedName, filter);
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

void setSaveFileFunction(SaveFileFunction function)
{
    saveFunction() = std::move(function);
}

} // namespace avfall::forms
