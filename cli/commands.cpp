#include "command.h"

namespace avfall::cli {

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(makeValidateCommand());
    return commands;
}

} // namespace avfall::cli
