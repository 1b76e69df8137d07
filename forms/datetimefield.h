#pragma once

#include <QDateTimeEdit>

#include <functional>

namespace avfall::forms {

// A date and time in local time, with a calendar popup, that may also be blank ("Inte ifyllt"):
// an event date is chosen by the user, never guessed. The first digit typed, an arrow key or a
// click into a blank field starts from the default (now, to the minute), so typing
// "2026-11-27 08:00" or picking a day in the calendar works at once. The value goes out as ISO 8601
// with the UTC offset ("2026-11-27T08:00:00+01:00").
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit DateTimeField(QWidget *parent = nullptr);

    bool isBlank() const;
    void setBlank();

    // "" when blank; otherwise ISO 8601 with the offset of local time.
    QString isoValue() const;
    // Accepts what notejson/formats::parseDateTime accept; blank for an empty or unreadable value.
    void setIsoValue(const QString &iso);

    // Where typing into a blank field starts; by default the current minute.
    void setDefaultSource(std::function<QDateTime()> source);
    QDateTime defaultValue() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void leaveBlank();

    std::function<QDateTime()> m_defaultSource;
};

} // namespace avfall::forms
