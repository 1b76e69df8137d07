#include "widgets/statusline.h"

#include "widgets/palette.h"

namespace avfall::widgets {

StatusLine::StatusLine(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    if (!objectName.isEmpty())
        setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void StatusLine::setStatus(const QString &text, Tone tone)
{
    m_tone = tone;
    setText(text);
    switch (tone) {
    case Tone::Plain:
        setStyleSheet(QString());
        break;
    case Tone::Success:
        setStyleSheet(QStringLiteral("color: %1;").arg(palette::success().name()));
        break;
    case Tone::Warning:
        setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(palette::warning().name()));
        break;
    case Tone::Problem:
        setStyleSheet(QStringLiteral("color: %1;").arg(palette::problem().name()));
        break;
    }
    setVisible(!text.isEmpty());
}

} // namespace avfall::widgets
