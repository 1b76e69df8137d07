#pragma once

#include "cli/command.h"
#include "cli/connectionoptions.h"
#include "core/notevalidator.h"
#include "core/profile.h"
#include "models/valuelistcache.h"
#include "queue/sender.h"
#include "services/noteactions.h"
#include "services/profilesession.h"
#include "store/notestore.h"

#include <memory>
#include <optional>

namespace avfall::cli {

// The command line's side of a services::ProfileSession: the profile and environment from the
// options, messages on the console, and one run of sending with the connection the options
// describe. The use cases themselves are the session's and NoteActions'.
class QueueSession
{
public:
    explicit QueueSession(const QCommandLineParser &parser);

    bool openStore(Console &console);
    NoteStore &store() { return m_session.store(); }
    const Profile &profile() const { return m_session.profile(); }
    services::ProfileSession &session() { return m_session; }
    services::NoteActions &actions() { return m_actions; }

    // A local id or an avfallId.
    std::optional<StoredNote> findNote(const QString &id) const { return m_session.findNote(id); }

    enum class LockWait
    {
        No,
        UntilFree
    };
    struct SendOptions
    {
        LockWait wait = LockWait::No;
        int waitSeconds = 0;      // also send what becomes due within this time
        bool dropBackoff = false; // send every queued note now (the user asked)
    };
    struct SendReport
    {
        Sender::Summary summary;
        int recoveredUncertain = 0; // notes a sender that died left "sending" after writing
    };
    // Sends what is due. Returns false (and tells why) when the connection is not usable or
    // another process sends.
    bool send(const SendOptions &options, Console &console, SendReport *report);

    Environment environment() const;

private:
    const QCommandLineParser &m_parser;
    services::ProfileSession m_session;
    services::NoteActions m_actions;
};

// The value lists of a profile and environment: the bundled ones overlaid with what was last
// fetched from the register (`avfall values --refresh`), so that a note is judged by the register's
// own waste-code list once it is known.
std::unique_ptr<ValueListCache> openValueLists(const Profile &profile, Environment environment);

// Reads a note from a JSON file ("-": standard input). Prints why on failure.
std::optional<QJsonObject> readNoteFile(const QString &path, Console &console);
// Prints the problems; true when there is no error among them.
bool printProblems(const QList<Problem> &problems, Console &console);

} // namespace avfall::cli
