#pragma once

#include <QCoreApplication>

namespace avfall::cli {

// The translation context of everything the command line prints ("avfall"), so that lupdate
// and the running program agree on it wherever a command's text is written.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(avfall)
};

} // namespace avfall::cli
