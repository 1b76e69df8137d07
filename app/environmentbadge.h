#pragma once

#include "core/environment.h"

#include <QLabel>

namespace avfall::app {

// The environment in the status bar, each in its own colour so that nobody sends to Production
// believing it is practice (or the other way round).
class EnvironmentBadge : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }

    static QColor colorFor(Environment environment);

private:
    Environment m_environment = Environment::Sandbox;
};

} // namespace avfall::app
