#include "widgets/dialogseam.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QProcess>

namespace avfall::widgets {

DialogSeam::~DialogSeam() = default;

QString DialogSeam::chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString DialogSeam::chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested,
                                     const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

int DialogSeam::exec(QDialog &dialog)
{
    return dialog.exec();
}

void DialogSeam::restartProgram(QWidget *window)
{
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    if (window)
        window->close();
}

DialogSeam *&DialogSeam::installed()
{
    static DialogSeam *seam = nullptr;
    return seam;
}

DialogSeam &DialogSeam::current()
{
    static DialogSeam real;
    DialogSeam *seam = installed();
    return seam ? *seam : real;
}

DialogSeam::Scope::Scope(DialogSeam &seam)
    : m_previous(installed())
{
    installed() = &seam;
}

DialogSeam::Scope::~Scope()
{
    installed() = m_previous;
}

} // namespace avfall::widgets
