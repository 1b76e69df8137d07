#include "datetimefield.h"

#include "fieldformats.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace avfall::forms {

namespace {
QDateTime blankValue()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

QDateTime toMinute(const QDateTime &dateTime)
{
    return QDateTime(dateTime.date(), QTime(dateTime.time().hour(), dateTime.time().minute()));
}
} // namespace

DateTimeField::DateTimeField(QWidget *parent)
    : QDateTimeEdit(parent)
    , m_defaultSource([] { return QDateTime::currentDateTime(); })
{
    // The form follows the Swedish way of writing dates whatever the system's locale says; the
    // calendar's month and day names follow the application's locale when one is set.
    if (QLocale().language() == QLocale::C)
        setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setCalendarPopup(true);
    setTimeSpec(Qt::LocalTime);
    setMinimumDateTime(blankValue());
    setMaximumDateTime(QDateTime(QDate(2099, 12, 31), QTime(23, 59)));
    setSpecialValueText(tr("Inte ifyllt"));
    // Room for the whole value and the calendar button, whatever the style's own guess.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 48);
    setCurrentSection(QDateTimeEdit::YearSection);
    setBlank();
}

bool DateTimeField::isBlank() const
{
    return dateTime() == minimumDateTime();
}

void DateTimeField::setBlank()
{
    setDateTime(minimumDateTime());
}

QString DateTimeField::isoValue() const
{
    if (isBlank())
        return QString();
    return formats::toIsoWithOffset(dateTime().toLocalTime());
}

void DateTimeField::setIsoValue(const QString &iso)
{
    const auto parsed = formats::parseDateTime(iso);
    if (!parsed || !parsed->isValid()) {
        setBlank();
        return;
    }
    setDateTime(parsed->toLocalTime());
}

void DateTimeField::setDefaultSource(std::function<QDateTime()> source)
{
    m_defaultSource = std::move(source);
}

QDateTime DateTimeField::defaultValue() const
{
    return toMinute(m_defaultSource().toLocalTime());
}

void DateTimeField::leaveBlank()
{
    setDateTime(defaultValue());
    if (calendarWidget())
        calendarWidget()->setSelectedDate(date());
}

void DateTimeField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool digit = text.size() == 1 && text.at(0).isDigit();
    const int key = event->key();
    if (isBlank()) {
        if (digit) {
            leaveBlank();
            selectAll();
        } else if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
                   key == Qt::Key_PageDown) {
            leaveBlank();
            return; // the default is the step
        }
    } else if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && lineEdit()->hasSelectedText() &&
               lineEdit()->selectedText() == lineEdit()->text()) {
        setBlank();
        return;
    }
    QDateTimeEdit::keyPressEvent(event);
}

void DateTimeField::mousePressEvent(QMouseEvent *event)
{
    if (isBlank())
        leaveBlank();
    QDateTimeEdit::mousePressEvent(event);
}

} // namespace avfall::forms
