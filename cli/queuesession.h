#pragma once

#include "cli/command.h"
#include "cli/connectionoptions.h"
#include "core/notevalidator.h"
#include "core/profile.h"
#include "models/valuelistcache.h"
#include "network/registerclient.h"
#include "queue/sender.h"
#include "queue/senderlock.h"
#include "store/notestore.h"

#include <memory>
#include <optional>

namespace avfall::cli {

// What the queue commands share: the profile's store, and when sending, the connection, the
// client and the one-sender-per-profile lock.
class QueueSession
{
public:
    explicit QueueSession(const QCommandLineParser &parser);

    bool openStore(Console &console);
    NoteStore &store() { return *m_store; }
    const Profile &profile() const { return m_profile; }

    // A local id or an avfallId.
    std::optional<StoredNote> findNote(const QString &id) const;

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
    Profile m_profile;
    std::unique_ptr<NoteStore> m_store;
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
