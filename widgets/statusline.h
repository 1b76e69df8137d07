#pragma once

#include <QLabel>

namespace avfall::widgets {

// One line that says how something went: a saved setting, a refused import, a test of the
// connection. Hidden while empty; the tone gives its colour from the palette (a warning is bold).
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Plain,
        Success,
        Warning,
        Problem,
    };

    explicit StatusLine(const QString &objectName = QString(), QWidget *parent = nullptr);

    void setStatus(const QString &text, Tone tone = Tone::Plain);
    void clearStatus() { setStatus(QString()); }
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Plain;
};

} // namespace avfall::widgets
