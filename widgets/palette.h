#pragma once

#include "core/environment.h"

#include <QColor>

// The colours of the GUI, defined once: the environment's colour (badge, review), and the tones of
// messages (problem, warning, success, a quiet hint). Dark enough for text on a light background.
namespace avfall::widgets::palette {

QColor environment(Environment environment);
QColor problem();
QColor warning();
QColor success();
QColor hint();

} // namespace avfall::widgets::palette
