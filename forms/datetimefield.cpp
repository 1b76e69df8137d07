#include "forms/datetimefield.h"

#include "core/fieldformats.h"
#include "models/datetext.h"
#include "models/notesummary.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFocusEvent>
#include <QLabel>
#include <QMenu>
#include <QWidgetAction>

namespace avfall::forms {

namespace {
QDateTime toMinute(const QDateTime &dateTime)
{
    return QDateTime(dateTime.date(), QTime(dateTime.time().hour(), dateTime.time().minute()));
}
} // namespace

DateTimeField::DateTimeField(QWidget *parent)
    : QLineEdit(parent)
    , m_defaultSource([] { return QDateTime::currentDateTime(); })
    , m_interpretation(new QLabel)
{
    m_interpretation->setObjectName(QStringLiteral("dateInterpretation"));
    m_interpretation->setTextFormat(Qt::PlainText);
    QPalette palette = m_interpretation->palette();
    palette.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
    m_interpretation->setPalette(palette);
    setPlaceholderText(tr("Inte ifyllt"));
    setToolTip(tr("Skriv till exempel 2026-11-20 13:00, 20/11 13.00 eller igår 13"));
    // Room for "2026-11-20 13:00" and the calendar button.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + 48);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("igår kl. 13:00 000000")) + 48);
    QAction *calendar = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    calendar->setObjectName(QStringLiteral("calendarAction"));
    calendar->setToolTip(tr("Välj dag i en kalender"));
    connect(calendar, &QAction::triggered, this, &DateTimeField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateTimeField::onTextEdited);
    updateInterpretation();
}

DateTimeField::~DateTimeField()
{
    if (!m_interpretation->parent()) // not placed beside the field by its user
        delete m_interpretation;
}

bool DateTimeField::isBlank() const
{
    return text().trimmed().isEmpty() && !m_followsClock;
}

void DateTimeField::setBlank()
{
    m_followsClock = false;
    clear();
    updateInterpretation();
    emit dateTimeChanged(QDateTime());
}

QDateTime DateTimeField::dateTime() const
{
    if (text().trimmed().isEmpty())
        return m_followsClock ? defaultValue() : QDateTime();
    return datetext::parse(text(), m_defaultSource()).value_or(QDateTime());
}

void DateTimeField::setDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid()) {
        setBlank();
        return;
    }
    m_followsClock = false;
    setText(datetext::format(dateTime));
    updateInterpretation();
    emit dateTimeChanged(dateTime);
}

QString DateTimeField::isoValue() const
{
    const QDateTime value = dateTime();
    if (value.isValid())
        return formats::toIsoWithOffset(value.toLocalTime());
    return text().trimmed();
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

void DateTimeField::setFollowsClock(bool follows)
{
    m_followsClock = follows;
    if (follows)
        clear();
    setPlaceholderText(follows ? tr("När du skickar") : tr("Inte ifyllt"));
    updateInterpretation();
    emit dateTimeChanged(dateTime());
}

bool DateTimeField::followsClock() const
{
    return m_followsClock && text().trimmed().isEmpty();
}

void DateTimeField::setDefaultSource(std::function<QDateTime()> source)
{
    m_defaultSource = std::move(source);
}

QDateTime DateTimeField::defaultValue() const
{
    return toMinute(m_defaultSource().toLocalTime());
}

void DateTimeField::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setObjectName(QStringLiteral("calendar"));
    calendar->setLocale(summary::displayLocale());
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setGridVisible(true);
    const QDateTime current = dateTime();
    calendar->setSelectedDate(current.isValid() ? current.date() : defaultValue().date());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, &QMenu::close);
    connect(calendar, &QCalendarWidget::clicked, &menu, &QMenu::close);
    bool chosen = false;
    connect(calendar, &QCalendarWidget::clicked, this, [&chosen] { chosen = true; });
    connect(calendar, &QCalendarWidget::activated, this, [&chosen] { chosen = true; });
    menu.exec(mapToGlobal(QPoint(0, height())));
    if (!chosen)
        return;
    // The day from the calendar, the time the field had (or now's).
    const QTime time = current.isValid() ? current.time() : defaultValue().time();
    setDateTime(QDateTime(calendar->selectedDate(), time));
    emit edited();
}

void DateTimeField::focusOutEvent(QFocusEvent *event)
{
    tidy();
    QLineEdit::focusOutEvent(event);
}

void DateTimeField::onTextEdited()
{
    updateInterpretation();
    emit dateTimeChanged(dateTime());
    emit edited();
}

// What the user typed, written the form's way once they leave the field ("igår 13" becomes
// "2026-11-26 13:00"), so that what is sent is what they see.
void DateTimeField::tidy()
{
    const QDateTime value = dateTime();
    if (!text().trimmed().isEmpty() && value.isValid() && text() != datetext::format(value))
        setText(datetext::format(value));
    updateInterpretation();
}

void DateTimeField::updateInterpretation()
{
    QString shown;
    const QDateTime value = dateTime();
    if (text().trimmed().isEmpty())
        shown = m_followsClock ? tr("sätts till tiden då du skickar") : QString();
    else if (value.isValid())
        shown = summary::displayLocale().toString(value, QStringLiteral("dddd")) + QLatin1Char(' ') +
                summary::dateTime(value);
    else
        shown = tr("Okänt datum – skriv till exempel 2026-11-20 13:00");
    m_interpretation->setText(shown);
}

} // namespace avfall::forms
