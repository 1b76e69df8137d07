#pragma once

#include "store/storednote.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <unordered_map>

namespace avfall {

// What one attempt ended with, as the store keeps it.
struct AttemptResult
{
    NoteState newState = NoteState::Queued;
    QString outcome; // outcomeKey()
    int httpStatus = 0;
    QJsonObject errors;
    QString traceId;
    QString summary;
    qint64 durationMs = 0;
    QString avfallId;
    QDateTime nextAttemptAt; // for a note that stays queued
};

// When a transaction's changes are on the disk. Synced: when the call returns (synchronous=FULL:
// the log is synced at the commit), so they survive a power cut. Deferred: only with the next sync
// of the log (WalSyncer) or the next synced commit of any connection; until then a power cut may
// undo them, so nothing may rely on them before (no request goes out, no answer is shown).
enum class Commit
{
    Synced,
    Deferred,
};

struct NoteFilter
{
    std::optional<NoteKind> kind;
    std::optional<NoteState> state;
    QDateTime since;
    QString wasteCode;
    QString text; // referens or a party's number
    bool includeCancellations = false;
    bool includeDrafts = true;
};

// The durable queue and history of notes: SQLite in WAL mode through Qt SQL, prepared statements
// only, one connection per store object (create one per thread). Every change of state happens in
// one transaction, so a process killed at any moment leaves each note in a state it can resume from.
class NoteStore
{
public:
    static constexpr int kSchemaVersion = 3;

    // Opens or creates the database and migrates it to kSchemaVersion in one transaction.
    static std::unique_ptr<NoteStore> open(const QString &file, QString *error = nullptr);
    ~NoteStore();

    int schemaVersion() const;
    QString fileName() const { return m_file; }
    // SQLite's own checkpoints in this connection's commits (on by default; see WalCheckpointer).
    void setAutomaticCheckpoints(bool on);
    bool automaticCheckpoints() const;

    // Drafts and queueing. Returns the local id, 0 on failure.
    qint64 saveDraft(NoteKind kind, Environment environment, const QJsonObject &payload, qint64 id = 0);
    bool deleteDraft(qint64 id);
    qint64 enqueue(NoteKind kind, Environment environment, const QJsonObject &payload, qint64 draftId = 0);
    qint64 enqueueCorrection(qint64 sentId, const QJsonObject &payload, QString *error = nullptr);
    qint64 enqueueCancellation(qint64 sentId, const QString &reason, const QString &explanation,
                               QString *error = nullptr);

    // The user's decisions on notes that wait for them.
    bool requeueRejected(qint64 id, const QJsonObject &payload); // a new payload version, errors kept
    bool resendUncertain(qint64 id);                             // "send again anyway"
    // "It did arrive": refused (with a reason in *error) when the avfallId is not a GUID, already
    // belongs to another note, or for a cancellation is not the cancelled note's.
    bool markReceived(qint64 id, const QString &avfallId, QString *error = nullptr);
    bool retryNow(qint64 id); // drop the backoff of a queued note
    // Drops the backoff of every queued note of the environment ("send now", the user asked).
    // Returns how many notes that concerned, -1 on failure.
    int retryAllNow(Environment environment);

    // The sender's side.
    struct Claim
    {
        StoredNote note;
        qint64 attemptId = 0;
    };
    std::optional<Claim> claimNext(const QDateTime &now, Environment environment);
    bool markWritten(qint64 attemptId);
    bool recordResult(qint64 noteId, qint64 attemptId, const AttemptResult &result);

    // The sender's hot path works in groups, one transaction each.
    struct Finished
    {
        qint64 noteId = 0;
        qint64 attemptId = 0;
        AttemptResult result;
        std::optional<Operation> operation; // when the caller knows it: saves a look-up
    };
    // Records the answers that arrived and claims up to `claims` due notes for the next requests,
    // their attempts in `phase` (Written: marked as sent already, in the same commit). Returns
    // whether the answers were recorded; *claimed gets the claims.
    bool recordAndClaim(const QList<Finished> &finished, int claims, const QDateTime &now,
                        Environment environment, QList<Claim> *claimed,
                        AttemptPhase phase = AttemptPhase::Connecting, Commit durability = Commit::Synced);
    // Right before claimed notes go out together: their requests may reach the server from now on.
    // Deferred is enough after a durable reservation (AttemptPhase::Reserved): the mark then only
    // has to survive a killed process, and every commit does.
    bool markWritten(const QList<qint64> &attemptIds, Commit durability = Commit::Synced);
    // Claims that will not be sent after all (the sender stopped): back to the queue, as if never
    // claimed. Also claims marked written ahead: the caller knows that none of their bytes left.
    bool releaseClaims(const QList<Claim> &claims);
    // After a crash: "sending" notes whose request was never written go back to the queue; the
    // others become uncertain. A reservation counts as never written only if the machine has not
    // restarted since it was made (bootId()). Returns how many became uncertain.
    int recoverInterrupted();

    // Reading.
    std::optional<StoredNote> note(qint64 id) const;
    std::optional<StoredNote> findByAvfallId(const QString &avfallId) const;
    QList<StoredNote> notes(const NoteFilter &filter, int limit = 1000, int offset = 0) const;
    int count(const NoteFilter &filter) const;
    QList<Attempt> attempts(qint64 noteId) const;
    QList<StoredNote> versions(qint64 id) const; // the correction chain, oldest first
    QHash<NoteState, int> stateCounts() const;
    std::optional<QDateTime> nextDueAt(Environment environment) const;
    // The avfallId a correction must name: the newest accepted version of the chain.
    QString latestAvfallId(qint64 id) const;

    QString lastError() const { return m_lastError; }
    // This run of the machine (QSysInfo::bootUniqueId(); empty where unknown: then every
    // reservation counts as written). Tests simulate a restart with another id.
    static QByteArray bootId();
    static void setBootIdForTests(const QByteArray &id);
    // The file turned out damaged (SQLite found it corrupt or no database): lastError() says so
    // in plain Swedish ("Databasen är skadad …") instead of SQLite's words.
    bool isDamaged() const { return m_damaged; }
    // SQLite's data_version of this connection: it changes when another connection (another
    // process) commits a change, never for this connection's own commits.
    qint64 dataVersion() const;

private:
    NoteStore(QString file, QString connectionName);
    bool migrate(QString *error);
    bool exec(QSqlQuery &query) const;
    QString describe(const QSqlError &error) const; // the plain message for a failed query
    void readEnded(const QSqlQuery &query) const;   // after the rows: did a step fail?
    bool transaction(Commit durability = Commit::Synced);
    bool commit();
    void rollback();
    void endDeferred(); // back to synced commits after a deferred transaction
    // Runs body in one transaction: committed when it returns true, rolled back otherwise.
    bool inTransaction(const std::function<bool()> &body);
    bool inTransaction(Commit durability, const std::function<bool()> &body);
    // parsePayload false: only payloadJson (the sender's claims; a cancellation is parsed anyway).
    StoredNote rowToNote(const QSqlQuery &query, bool parsePayload = true) const;
    qint64 insertNote(const StoredNote &note);
    bool setState(qint64 id, NoteState state);
    // The bodies of claimNext and recordResult, inside a transaction the caller holds.
    // claimWithin: up to `count` due notes; empty with *failed false when nothing is due.
    QList<Claim> claimWithin(const QDateTime &now, Environment environment, int count, AttemptPhase phase,
                             bool *failed);
    bool recordWithin(qint64 noteId, qint64 attemptId, const AttemptResult &result,
                      std::optional<Operation> operation = std::nullopt);

    // Prepared once per connection: the sender's hot path runs the same few statements per note.
    QSqlQuery &statement(const QString &sql) const;

    QString m_file;
    QString m_connectionName;
    mutable QString m_lastError;
    bool m_deferred = false; // inside a deferred transaction (synchronous=NORMAL)
    mutable bool m_damaged = false;
    QByteArray m_recordedBootId; // the boot id this store saved with its reservations
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace avfall
