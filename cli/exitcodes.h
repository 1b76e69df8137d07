#pragma once

// The exit codes of `avfall` are a public interface: scripts depend on them. Extend, never change.
namespace avfall::cli {

enum ExitCode : int
{
    Success = 0,    // done; for submit: sent and accepted
    Failure = 1,    // configuration, certificate, unreadable file or other failure
    Invalid = 2,    // the note is invalid (nothing stored)
    Queued = 3,     // stored in the queue, the register was unavailable
    Rejected = 4,   // the register rejected the note
    Uncertain = 5,  // the note may have arrived; the user must decide
    TestFailed = 6, // avfall testrun: a test case failed or did not run
    Usage = 64,     // unknown command or option (EX_USAGE)
};

} // namespace avfall::cli
