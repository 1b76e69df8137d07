#include "command.h"

namespace avfall::cli {

CommandList allCommands()
{
    CommandList commands;
    return commands;
}

} // namespace avfall::cli
