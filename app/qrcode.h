#pragma once

#include <QImage>
#include <QString>

namespace avfall::app {

// A QR code of the text (libqrencode, error correction M), black modules on white with the quiet
// zone of four modules the standard asks for; each module `scale` pixels wide. Null on failure.
QImage qrCodeImage(const QString &text, int scale = 8);

} // namespace avfall::app
