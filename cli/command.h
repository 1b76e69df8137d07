#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

namespace avfall::cli {

struct Console
{
    QTextStream out;
    QTextStream err;
};

// One subcommand of `avfall`. Each declares its own options and positional arguments and returns
// one of the exit codes in exitcodes.h.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void configure(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, Console &console) const = 0;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

// All subcommands, in the order `avfall --help` lists them.
CommandList allCommands();

// One factory per subcommand, each in its own file.
std::unique_ptr<Command> makeValidateCommand();
std::unique_ptr<Command> makeSubmitCommand();
std::unique_ptr<Command> makeCorrectCommand();
std::unique_ptr<Command> makeCancelCommand();
std::unique_ptr<Command> makeQueueCommand();
std::unique_ptr<Command> makeHistoryCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeSandboxCommand();
std::unique_ptr<Command> makeValuesCommand();
std::unique_ptr<Command> makeSupportBundleCommand();
std::unique_ptr<Command> makeTestRunCommand();

} // namespace avfall::cli
