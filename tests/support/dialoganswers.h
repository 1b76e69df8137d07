#pragma once

#include "widgets/dialogseam.h"

#include <QDialog>
#include <QString>

namespace avfall::test {

// The answers a test gives through the dialog seam, in use while this object lives: the file
// chosen in every "Välj fil…" (empty: cancelled), the result of every dialog run to its end, and
// a count of the program's new starts instead of starting one.
class DialogAnswers : public widgets::DialogSeam
{
public:
    QString fileToOpen;
    int dialogResult = QDialog::Rejected;
    int fileQuestions = 0;
    int dialogsRun = 0;
    int restarts = 0;

    QString chooseFileToOpen(QWidget *, const QString &, const QString &) override
    {
        ++fileQuestions;
        return fileToOpen;
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
