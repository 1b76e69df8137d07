#pragma once

#include "store/storednote.h"
#include "store/writtenlog.h"

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

// Which notes the statistics sum: one environment, the months of the event from..to ("yyyy-MM",
// both included), optionally one business (verksamhetsutovare).
struct QuantityQuery
{
    Environment environment = Environment::Production;
    QString fromMonth;
    QString toMonth;
    QString operatorNumber; // empty: every business
};

// The notes that agree in everything the statistics and the reporting rule look at, summed.
struct QuantityGroup
{
    NoteKind kind = NoteKind::Transportplanering;
    NoteState state = NoteState::Draft;
    Operation operation = Operation::Create;
    std::optional<NoteState> successorState; // the state of the version that corrects these, if any
    QString month;                           // "yyyy-MM" of tidpunkt, Swedish time
    QString wasteCode;
    QString counterparty;
    double kilograms = 0;
    int notes = 0;
};

// The durable queue and history of notes: SQLite in WAL mode through Qt SQL, prepared statements
// only, one connection per store object (create one per thread). Every change of state happens in
// one transaction, so a process killed at any moment leaves each note in a state it can resume from.
class NoteStore
{
public:
    static constexpr int kSchemaVersion = 4;

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
    // whether the answers were recorded; *claimed gets the claims. Synced when it returns.
    bool recordAndClaim(const QList<Finished> &finished, int claims, const QDateTime &now,
                        Environment environment, QList<Claim> *claimed,
                        AttemptPhase phase = AttemptPhase::Connecting);
    // Right before claimed notes go out together: their requests may reach the server from now on.
    // Only attempts still open are marked (false otherwise); synced when it returns.
    bool markWritten(const QList<qint64> &attemptIds);
    // The same after a durable reservation (AttemptPhase::Reserved), where the mark only has to
    // survive a killed process: in the WrittenLog beside the database (one write, no transaction,
    // never waiting for the write lock; attempts() and recoverInterrupted() read it). The caller
    // marks only attempts it claimed and has not finished or released.
    bool markWrittenInLog(const QList<qint64> &attemptIds);
    // Claims that will not be sent after all (the sender stopped): back to the queue, as if never
    // claimed. Also claims marked written ahead: the caller knows that none of their bytes left.
    bool releaseClaims(const QList<Claim> &claims);
    // After a crash: "sending" notes whose request was never written go back to the queue; the
    // others become uncertain. A reservation counts as never written only if the machine has not
    // restarted since it was made (bootId()). Written means marked in the database or in the
    // WrittenLog, which is emptied afterwards. Returns how many became uncertain.
    int recoverInterrupted();

    // Reading.
    std::optional<StoredNote> note(qint64 id) const;
    std::optional<StoredNote> findByAvfallId(const QString &avfallId) const;
    QList<StoredNote> notes(const NoteFilter &filter, int limit = 1000, int offset = 0) const;
    int count(const NoteFilter &filter) const;
    QList<Attempt> attempts(qint64 noteId) const;
    // The newest attempts of every note, newest first, with what they were for (support bundle).
    struct RecentAttempt
    {
        Attempt attempt;
        qint64 noteId = 0;
        NoteKind kind = NoteKind::Transportplanering;
        Environment environment = Environment::Sandbox;
        Operation operation = Operation::Create;
        QString trackingId;
    };
    QList<RecentAttempt> recentAttempts(int limit) const;
    QList<StoredNote> versions(qint64 id) const; // the correction chain, oldest first
    QHash<NoteState, int> stateCounts() const;
    // Quantities grouped for the statistics, read from one covering index (no payload is parsed).
    QList<QuantityGroup> quantityGroups(const QuantityQuery &request) const;
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
    bool fillReportingFacts(); // the statistics' columns of the notes stored before schema 4
    bool exec(QSqlQuery &query) const;
    QString describe(const QSqlError &error) const; // the plain message for a failed query
    void readEnded(const QSqlQuery &query) const;   // after the rows: did a step fail?
    bool transaction();
    bool commit();
    void rollback();
    // Runs body in one transaction: committed when it returns true, rolled back otherwise.
    bool inTransaction(const std::function<bool()> &body);
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
    mutable bool m_damaged = false;
    QByteArray m_recordedBootId; // the boot id this store saved with its reservations
    WrittenLog m_writtenLog;     // the "written" marks of markWrittenInLog ("<database>-written")
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace avfall
