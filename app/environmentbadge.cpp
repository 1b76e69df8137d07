#include "app/environmentbadge.h"

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
    switch (environment) {
    case Environment::Sandbox:
        return QColor(0x6a, 0x1b, 0x9a); // purple: practice
    case Environment::Test:
        return QColor(0xb2, 0x4a, 0x00); // orange: Naturvårdsverket's test environment
    case Environment::Production:
        return QColor(0x1b, 0x5e, 0x20); // green: the real register
    case Environment::Custom:
        return QColor(0x37, 0x47, 0x4f); // slate: an address the user entered
    }
    return Qt::black;
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
