#pragma once

#include <QDateTime>
#include <QLineEdit>

#include <functional>

class QLabel;

namespace avfall::forms {

// A date and time in local time, typed the way people write it ("2026-11-20 13:00", "20/11 13.00",
// "igår 13", see datetext.h) or picked in a calendar (the button at the end of the field). Typing
// works wherever the user clicked; an empty field stays empty ("Inte ifyllt"): an event date is
// chosen by the user, never guessed. What was understood is shown beside the field while the user
// types, so nothing below moves. A field that follows the clock ("Anteckningen gjordes") is
// empty and means "the moment the note is sent" until the user types a time of their own. The value
// goes out as ISO 8601 with the UTC offset ("2026-11-27T08:00:00+01:00").
class DateTimeField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateTimeField(QWidget *parent = nullptr);
    ~DateTimeField() override;

    // Blank: nothing typed and not following the clock.
    bool isBlank() const;
    void setBlank();

    // The moment the field stands for; invalid when blank or unreadable.
    QDateTime dateTime() const;
    void setDateTime(const QDateTime &dateTime);

    // "" when blank; ISO 8601 with the offset of local time; what was typed when it is no date
    // (so that the note cannot be sent with it).
    QString isoValue() const;
    // Accepts what formats::parseDateTime accepts; blank for an empty or unreadable value.
    void setIsoValue(const QString &iso);

    // Empty means "now" (defaultValue()), up to the moment the value is read for sending.
    void setFollowsClock(bool follows);
    bool followsClock() const;

    // What "now" is (the form's clock); by default the current minute.
    void setDefaultSource(std::function<QDateTime()> source);
    QDateTime defaultValue() const;

    // The line beside the field that says what was understood ("fredag 20 november 2026 kl. 13:00").
    QLabel *interpretationLabel() const { return m_interpretation; }

    // Opens the calendar under the field (the button at its end does the same).
    void showCalendar();

signals:
    void dateTimeChanged(const QDateTime &dateTime);
    void edited(); // by the user: typed or picked in the calendar

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void onTextEdited();
    void updateInterpretation();
    void tidy();

    std::function<QDateTime()> m_defaultSource;
    QLabel *m_interpretation = nullptr;
    bool m_followsClock = false;
};

} // namespace avfall::forms
