#include "cli/command.h"

namespace avfall::cli {

CommandList allCommands()
{
    CommandList commands;
    commands.push_back(makeValidateCommand());
    commands.push_back(makeSubmitCommand());
    commands.push_back(makeQueueCommand());
    commands.push_back(makeCorrectCommand());
    commands.push_back(makeCancelCommand());
    commands.push_back(makeHistoryCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeSandboxCommand());
    commands.push_back(makeValuesCommand());
    commands.push_back(makeSupportBundleCommand());
    commands.push_back(makeTestRunCommand());
    return commands;
}

} // namespace avfall::cli
