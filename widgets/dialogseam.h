#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace avfall::widgets {

// The one seam between the program and the questions it asks in a modal dialog outside its forms:
// a file to open or to save to, a dialog run to its end (the review before sending, the first-start
// assistant) and the new start after a change of language. The base class asks the user for real;
// a test installs a subclass with its answers for the span of a DialogSeam::Scope, so that no test
// blocks on a dialog.
class DialogSeam
{
public:
    DialogSeam() = default;
    DialogSeam(const DialogSeam &) = delete;
    DialogSeam &operator=(const DialogSeam &) = delete;
    virtual ~DialogSeam();

    // A file to open; empty when the user cancels.
    virtual QString chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter);
    // A file to save to ("Spara som …"), suggested is the proposed path; empty when the user cancels.
    virtual QString chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggested,
                                     const QString &filter);
    // Runs the dialog to its end: its result (QDialog::Accepted or Rejected).
    virtual int exec(QDialog &dialog);
    // Starts the program anew with the same arguments and closes `window`.
    virtual void restartProgram(QWidget *window);

    // The seam in use: the innermost Scope's, or the real dialogs.
    static DialogSeam &current();

    // Puts `seam` in use until the scope ends (tests).
    class Scope
    {
    public:
        explicit Scope(DialogSeam &seam);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        DialogSeam *m_previous;
    };

private:
    static DialogSeam *&installed();
};

} // namespace avfall::widgets
