#pragma once

#include <QWidget>

class QLabel;

namespace avfall::app {

// A page that says, in a sentence or two, what will appear here and what the user can do now.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    void setExplanation(const QString &explanation);
    QString heading() const;
    QString explanation() const;

private:
    QLabel *m_heading;
    QLabel *m_explanation;
};

} // namespace avfall::app
