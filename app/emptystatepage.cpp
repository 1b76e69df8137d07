#include "app/emptystatepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace avfall::app {

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_explanation->setMaximumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addWidget(m_explanation);
    layout->addStretch();
}

void EmptyStatePage::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    setAccessibleName(heading);
}

void EmptyStatePage::setExplanation(const QString &explanation)
{
    m_explanation->setText(explanation);
}

QString EmptyStatePage::heading() const
{
    return m_heading->text();
}

QString EmptyStatePage::explanation() const
{
    return m_explanation->text();
}

} // namespace avfall::app
