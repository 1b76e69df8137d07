#pragma once

#include "widgets/dialogseam.h"

#include <QDialog>
#include <QString>

#include <functional>

namespace avfall::test {

// The answers a test gives through the dialog seam, in use while this object lives: the file
// chosen in every "Välj fil…" (empty: cancelled), the result of every dialog run to its end, and
// a count of the program's new starts instead of starting one.
class DialogAnswers : public widgets::DialogSeam
{
public:
    QString fileToOpen;
    // The file chosen in every "Spara som …": a fixed path, or (when set) what saveAs makes of the
    // suggested path and the filter; empty: cancelled.
    QString fileToSave;
    std::function<QString(const QString &suggested, const QString &filter)> saveAs;
    int dialogResult = QDialog::Rejected;
    int fileQuestions = 0;
    int saveQuestions = 0;
    int dialogsRun = 0;
    int restarts = 0;

    QString chooseFileToOpen(QWidget *, const QString &, const QString &) override
    {
        ++fileQuestions;
        return fileToOpen;
    }
    QString chooseFileToSave(QWidget *, const QString &, const QString &suggested,
                             const QString &filter) override
    {
        ++saveQuestions;
        return saveAs ? saveAs(suggested, filter) : fileToSave;
    }
    int exec(QDialog &) override
    {
        ++dialogsRun;
        return dialogResult;
    }
    void restartProgram(QWidget *) override { ++restarts; }

private:
    Scope m_scope{*this};
};

} // namespace avfall::test
