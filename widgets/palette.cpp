#include "widgets/palette.h"

namespace avfall::widgets::palette {

QColor environment(Environment environment)
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
    return QColor(0x00, 0x00, 0x00);
}

QColor problem()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor warning()
{
    return QColor(0x8a, 0x55, 0x00);
}

QColor success()
{
    return QColor(0x1b, 0x5e, 0x20);
}

QColor hint()
{
    return QColor(0x5f, 0x63, 0x68);
}

} // namespace avfall::widgets::palette
