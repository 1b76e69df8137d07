#include "app/environmentbadge.h"
#include "widgets/palette.h"

namespace avfall::app {

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("environmentBadge"));
    setMargin(2);
    setEnvironment(Environment::Sandbox);
}

QColor EnvironmentBadge::colorFor(Environment environment)
{
    return widgets::palette::environment(environment);
}

void EnvironmentBadge::setEnvironment(Environment environment)
{
    m_environment = environment;
    QString text = environmentDisplayName(environment);
    if (environment == Environment::Sandbox)
        text = tr("Sandlåda – övning, inget skickas till Naturvårdsverket");
    else if (environment == Environment::Test)
        text = tr("Test – Naturvårdsverkets testmiljö");
    else if (environment == Environment::Production)
        text = tr("Produktion – skarpa rapporter");
    setText(QStringLiteral(" %1 ").arg(text));
    setToolTip(tr("Miljö: %1. Byt under Inställningar → Miljö.").arg(environmentDisplayName(environment)));
    setAccessibleName(tr("Miljö: %1").arg(environmentDisplayName(environment)));
    setStyleSheet(QStringLiteral("QLabel#environmentBadge { background: %1; color: white; font-weight: bold;"
                                 " border-radius: 3px; padding: 1px 6px; }")
                      .arg(colorFor(environment).name()));
}

} // namespace avfall::app
