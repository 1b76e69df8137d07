#pragma once

#include <QString>
#include <QWidget>

namespace avfall::forms {

// How saving a settings page went: saved, refused with a Swedish problem for the user, or pending
// until the keychain answers (SettingsPage::saveFinished then tells the outcome).
struct SaveResult
{
    enum class Status
    {
        Saved,
        Refused,
        Pending,
    };
    Status status = Status::Saved;
    QString problem;

    static SaveResult saved() { return {}; }
    static SaveResult refused(const QString &problem) { return {Status::Refused, problem}; }
    static SaveResult pending() { return {Status::Pending, QString()}; }
    bool isSaved() const { return status == Status::Saved; }
    bool isPending() const { return status == Status::Pending; }
};

// A page of the settings dialog, and a step of the first-start assistant: it reads what is stored
// into its inputs and stores what they hold, the one contract the dialog and the assistant use.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Reads what is stored into the inputs.
    virtual void load() = 0;
    // Whether save() would store anything (a page saved at once when edited has nothing left).
    virtual bool hasChanges() const { return true; }
    // Stores what the inputs hold. A Pending result is followed by exactly one saveFinished.
    virtual SaveResult save() = 0;

signals:
    void saveFinished(const avfall::forms::SaveResult &result);
};

} // namespace avfall::forms
