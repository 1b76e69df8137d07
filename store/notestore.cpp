#include "store/notestore.h"

#include "core/fieldformats.h"
#include "core/reportingfacts.h"
#include "core/workingdays.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace avfall {

namespace {

const char *const kColumns =
    "id, kind, environment, state, operation, payload, tracking_id, avfall_id, target_avfall_id, "
    "corrects_id, "
    "cancels_id, corrected_by_id, cancel_reason, cancel_explanation, cancelled_at, deadline, created_at, "
    "updated_at, next_attempt_at, attempt_count, last_summary, referens, waste_code, quantity";

// An attempt not yet finished (connecting, reserved or written). Spelled as comparisons, not as
// `phase IN (…)`: SQLite builds a temporary table for an IN list of three or more values at every
// execution, and the sender marks attempts hundreds of times a second.
const char *const kOpenPhase = "(phase = 'connecting' OR phase = 'reserved' OR phase = 'written')";

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

// The last day the note may reach the register (avfallsförordningen 6 kap. 11 §).
QDate deadlineOf(NoteKind kind, const QJsonObject &payload)
{
    const NoteType &type = noteType(kind);
    if (type.deadlineBasis == DeadlineBasis::Quarter) {
        return quarterlyReportingDeadline(payload.value(QLatin1String("rapporteringsar")).toInt(),
                                          payload.value(QLatin1String("rapporteringskvartalNr")).toInt());
    }
    const auto event = formats::parseDateTime(payload.value(type.eventField).toString());
    return event ? reportingDeadline(type.deadlineBasis, event->toLocalTime().date()) : QDate();
}

// The statistics' columns of a note (event_month, counterparty, operator), bound in that order.
void bindReportingFacts(QSqlQuery &query, NoteKind kind, const QJsonObject &payload)
{
    query.addBindValue(nullable(facts::eventMonth(payload)));
    query.addBindValue(nullable(facts::counterparty(kind, payload)));
    query.addBindValue(nullable(facts::operatorNumber(payload)));
}

// A note about to be stored for the first time: a new tracking id, kept for every attempt.
StoredNote newNote(NoteKind kind, Environment environment, NoteState state, Operation operation,
                   const QJsonObject &payload)
{
    StoredNote note;
    note.kind = kind;
    note.environment = environment;
    note.state = state;
    note.operation = operation;
    note.payload = payload;
    note.trackingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.deadline = deadlineOf(kind, payload);
    return note;
}

// The schema, one step per version. Each step runs inside the migration transaction.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 → 1
        {QStringLiteral("CREATE TABLE notes ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " kind TEXT NOT NULL,"
                        " environment TEXT NOT NULL,"
                        " state TEXT NOT NULL,"
                        " operation TEXT NOT NULL DEFAULT 'create',"
                        " payload TEXT NOT NULL,"
                        " tracking_id TEXT NOT NULL,"
                        " avfall_id TEXT,"
                        " target_avfall_id TEXT,"
                        " corrects_id INTEGER REFERENCES notes(id),"
                        " cancels_id INTEGER REFERENCES notes(id),"
                        " corrected_by_id INTEGER REFERENCES notes(id),"
                        " cancel_reason TEXT,"
                        " cancel_explanation TEXT,"
                        " cancelled_at TEXT,"
                        " deadline TEXT,"
                        " created_at TEXT NOT NULL,"
                        " updated_at TEXT NOT NULL,"
                        " next_attempt_at TEXT,"
                        " attempt_count INTEGER NOT NULL DEFAULT 0,"
                        " last_summary TEXT,"
                        " referens TEXT,"
                        " waste_code TEXT,"
                        " quantity REAL)"),
         QStringLiteral("CREATE TABLE attempts ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " note_id INTEGER NOT NULL REFERENCES notes(id),"
                        " started_at TEXT NOT NULL,"
                        " duration_ms INTEGER NOT NULL DEFAULT 0,"
                        " phase TEXT NOT NULL,"
                        " http_status INTEGER NOT NULL DEFAULT 0,"
                        " outcome TEXT,"
                        " errors TEXT,"
                        " trace_id TEXT,"
                        " summary TEXT)"),
         QStringLiteral("CREATE INDEX notes_queue ON notes(state, environment, next_attempt_at)"),
         QStringLiteral("CREATE INDEX notes_created ON notes(created_at DESC, id DESC)"),
         QStringLiteral("CREATE INDEX notes_avfall ON notes(avfall_id)"),
         QStringLiteral("CREATE INDEX attempts_note ON attempts(note_id)")},
        // 1 → 2: counting and filtering the history read whole rows (payloads included); this
        // index covers the usual filters so that a count over 100,000 notes reads only the index.
        {QStringLiteral("CREATE INDEX notes_listing ON notes(operation, state, kind, created_at)")},
        // 2 → 3: the sender takes the oldest due note of the queue; in this index the queued notes
        // stand in id order, so taking one reads the first due entry instead of sorting the queue.
        {QStringLiteral("DROP INDEX IF EXISTS notes_queue"),
         QStringLiteral("CREATE INDEX notes_due ON notes(state, environment, id)")},
        // 3 → 4: the statistics sum quantities by the month of the event (tidpunkt, Swedish time),
        // the other party and the business; in columns of their own (filled from the payloads by
        // fillReportingFacts). notes_reporting holds them in the order the sums are grouped, so that
        // 100,000 notes are summed from the index alone, without sorting and without a payload read;
        // the few corrected notes are summed apart (notes_corrected) with the state of the version
        // that corrects them (notes_state_by_id), so that the many others need no join.
        {QStringLiteral("ALTER TABLE notes ADD COLUMN event_month TEXT"),
         QStringLiteral("ALTER TABLE notes ADD COLUMN counterparty TEXT"),
         QStringLiteral("ALTER TABLE notes ADD COLUMN operator TEXT"),
         QStringLiteral(
             "CREATE INDEX notes_reporting ON notes(environment, event_month, kind, state, operation,"
             " waste_code, counterparty, corrected_by_id, operator, quantity)"),
         QStringLiteral(
             "CREATE INDEX notes_corrected ON notes(corrected_by_id, environment, event_month, kind,"
             " state, operation, waste_code, counterparty, operator, quantity)"
             " WHERE corrected_by_id IS NOT NULL"),
         QStringLiteral("CREATE INDEX notes_state_by_id ON notes(id, state)")},
    };
    return steps;
}

// SQLite's SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended result codes: the file is
// damaged (or no database at all), which no retry or upgrade mends.
bool isDamage(const QSqlError &error)
{
    bool number = false;
    const int code = error.nativeErrorCode().toInt(&number) & 0xff;
    return number && (code == 11 || code == 26);
}

} // namespace

QString NoteStore::describe(const QSqlError &error) const
{
    if (!isDamage(error))
        return error.text();
    m_damaged = true;
    return Text::tr("Databasen är skadad och kan inte läsas (%1). Anteckningarna i den kan varken visas "
                    "eller skickas. Stäng programmet och ersätt filen med en säkerhetskopia. Det som redan "
                    "har skickats finns kvar i avfallsregistret.")
        .arg(QDir::toNativeSeparators(m_file));
}

namespace {
QByteArray &bootIdOverride()
{
    static QByteArray value;
    return value;
}
} // namespace

QByteArray NoteStore::bootId()
{
    // Read once: the machine does not restart under a running process, and the sender asks for it
    // with every claim.
    static const QByteArray machine = QSysInfo::bootUniqueId();
    return bootIdOverride().isEmpty() ? machine : bootIdOverride();
}

void NoteStore::setBootIdForTests(const QByteArray &id)
{
    bootIdOverride() = id;
}

NoteStore::NoteStore(QString file, QString connectionName)
    : m_file(std::move(file))
    , m_connectionName(std::move(connectionName))
    , m_writtenLog(m_file + QStringLiteral("-written"))
{}

NoteStore::~NoteStore()
{
    m_statements.clear(); // before the connection goes
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<NoteStore> NoteStore::open(const QString &file, QString *error)
{
    const QString name = QStringLiteral("avfall-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<NoteStore> store(new NoteStore(file, name));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(file);
    // Another process (the GUI and `avfall` at once) may hold the write lock for a moment.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open()) {
        if (error)
            *error =
                isDamage(database.lastError())
                    ? store->describe(database.lastError())
                    : Text::tr("Databasen %1 kan inte öppnas: %2").arg(file, database.lastError().text());
        return nullptr;
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery pragma(database);
    // WAL: readers never block the sender. FULL: each commit syncs the log before it returns, so
    // that a queued note, a reservation and a recorded answer survive a power cut, not only a
    // killed process (NORMAL syncs only at checkpoints). The sender commits in groups (answers and
    // claims together, on its StoreWorker's connection), so one sync serves several notes.
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = store->describe(pragma.lastError());
            return nullptr;
        }
    }
    if (!store->migrate(error))
        return nullptr;
    return store;
}

void NoteStore::setAutomaticCheckpoints(bool on)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    // 1,000 pages is SQLite's default.
    if (!query.exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000")
                       : QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        m_lastError = describe(query.lastError());
}

bool NoteStore::automaticCheckpoints() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next() &&
           query.value(0).toInt() > 0;
}

bool NoteStore::migrate(QString *error)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    // A version that cannot be read is no version 0: a damaged file is not "migrated".
    if (!query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        const QString message = describe(query.lastError());
        rollback();
        if (error)
            *error = message;
        return false;
    }
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > kSchemaVersion) {
        rollback();
        if (error)
            *error =
                Text::tr("Databasen är skapad av en nyare version av Avfallsrapport (schema %1). Uppdatera "
                         "programmet.")
                    .arg(version);
        return false;
    }
    const auto failed = [&](const QString &message) {
        rollback();
        if (error)
            *error = m_damaged ? message : Text::tr("Databasen kunde inte uppgraderas: %1").arg(message);
        return false;
    };
    for (int step = version; step < kSchemaVersion; ++step) {
        for (const QString &statement : migrations().at(step)) {
            if (!query.exec(statement))
                return failed(describe(query.lastError()));
        }
        // 3 → 4 adds the statistics' columns: the notes already there get theirs from the payload.
        if (step == 3 && !fillReportingFacts())
            return failed(m_lastError);
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', ?)"));
    query.addBindValue(QString::number(kSchemaVersion));
    if (!query.exec() || !commit()) {
        if (error)
            *error = m_lastError.isEmpty() ? describe(query.lastError()) : m_lastError;
        return false;
    }
    return true;
}

bool NoteStore::fillReportingFacts()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    QSqlQuery select(database);
    select.setForwardOnly(true);
    QSqlQuery update(database);
    if (!select.exec(QStringLiteral("SELECT id, kind, payload FROM notes")) ||
        !update.prepare(QStringLiteral(
            "UPDATE notes SET event_month = ?, counterparty = ?, operator = ? WHERE id = ?"))) {
        m_lastError = describe(select.lastError().isValid() ? select.lastError() : update.lastError());
        return false;
    }
    while (select.next()) {
        const NoteType *type = noteTypeByResource(select.value(1).toString());
        const QJsonObject payload = QJsonDocument::fromJson(select.value(2).toString().toUtf8()).object();
        bindReportingFacts(update, type ? type->kind : NoteKind::Transportplanering, payload);
        update.addBindValue(select.value(0).toLongLong());
        if (!exec(update))
            return false;
    }
    readEnded(select);
    return !select.lastError().isValid();
}

int NoteStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return query.next() ? query.value(0).toInt() : 0;
}

QSqlQuery &NoteStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName));
        if (!query->prepare(sql))
            m_lastError = describe(query->lastError());
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    it->second->finish();
    return *it->second;
}

void NoteStore::readEnded(const QSqlQuery &query) const
{
    // A step that fails half-way through the rows ends them like the last row would.
    if (query.lastError().isValid())
        m_lastError = describe(query.lastError());
}

bool NoteStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = describe(query.lastError());
    qWarning("NoteStore: %s", qPrintable(m_lastError));
    return false;
}

bool NoteStore::transaction()
{
    // IMMEDIATE: take the write lock now, so that a read-then-write never fails half-way. Prepared
    // once, like COMMIT: the sender begins and commits hundreds of transactions a second.
    QSqlQuery &query = statement(QStringLiteral("BEGIN IMMEDIATE"));
    if (query.exec())
        return true;
    m_lastError = describe(query.lastError());
    return false;
}

bool NoteStore::commit()
{
    QSqlQuery &query = statement(QStringLiteral("COMMIT"));
    if (query.exec())
        return true;
    m_lastError = describe(query.lastError());
    rollback();
    return false;
}

void NoteStore::rollback()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(QStringLiteral("ROLLBACK"));
}

StoredNote NoteStore::rowToNote(const QSqlQuery &query, bool parsePayload) const
{
    StoredNote note;
    note.id = query.value(0).toLongLong();
    if (const NoteType *type = noteTypeByResource(query.value(1).toString()))
        note.kind = type->kind;
    note.environment = environmentFromKey(query.value(2).toString()).value_or(Environment::Sandbox);
    note.state = stateFromKey(query.value(3).toString()).value_or(NoteState::Draft);
    note.operation = operationFromKey(query.value(4).toString()).value_or(Operation::Create);
    note.payloadJson = query.value(5).toString().toUtf8();
    if (parsePayload || note.operation == Operation::Cancel)
        note.payload = QJsonDocument::fromJson(note.payloadJson).object();
    note.trackingId = query.value(6).toString();
    note.avfallId = query.value(7).toString();
    note.targetAvfallId = query.value(8).toString();
    note.correctsId = query.value(9).toLongLong();
    note.cancelsId = query.value(10).toLongLong();
    note.correctedById = query.value(11).toLongLong();
    note.cancelReason = query.value(12).toString();
    note.cancelExplanation = query.value(13).toString();
    note.cancelledAt = timeFrom(query.value(14));
    note.deadline = QDate::fromString(query.value(15).toString(), Qt::ISODate);
    note.createdAt = timeFrom(query.value(16));
    note.updatedAt = timeFrom(query.value(17));
    note.nextAttemptAt = timeFrom(query.value(18));
    note.attemptCount = query.value(19).toInt();
    note.lastSummary = query.value(20).toString();
    note.referens = query.value(21).toString();
    note.wasteCode = query.value(22).toString();
    note.quantity = query.value(23).toDouble();
    return note;
}

qint64 NoteStore::insertNote(const StoredNote &note)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT INTO notes(kind, environment, state, operation, payload, tracking_id, target_avfall_id, "
        "corrects_id,"
        " cancels_id, cancel_reason, cancel_explanation, deadline, created_at, updated_at, next_attempt_at,"
        " referens, waste_code, quantity, event_month, counterparty, operator)"
        " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    const QJsonObject avfall = note.payload.value(QLatin1String("avfall")).toObject();
    query.addBindValue(noteType(note.kind).resource);
    query.addBindValue(environmentKey(note.environment));
    query.addBindValue(stateKey(note.state));
    query.addBindValue(operationKey(note.operation));
    query.addBindValue(payloadText(note.payload));
    query.addBindValue(note.trackingId);
    query.addBindValue(nullable(note.targetAvfallId));
    query.addBindValue(nullableId(note.correctsId));
    query.addBindValue(nullableId(note.cancelsId));
    query.addBindValue(nullable(note.cancelReason));
    query.addBindValue(nullable(note.cancelExplanation));
    query.addBindValue(nullable(note.deadline.toString(Qt::ISODate)));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(note.state == NoteState::Queued ? QVariant(now)
                                                       : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(nullable(note.payload.value(QLatin1String("referens")).toString()));
    query.addBindValue(nullable(avfall.value(QLatin1String("kod")).toString()));
    query.addBindValue(avfall.value(QLatin1String("mangd")).toDouble());
    bindReportingFacts(query, note.kind, note.payload);
    if (!exec(query))
        return 0;
    return query.lastInsertId().toLongLong();
}

qint64 NoteStore::saveDraft(NoteKind kind, Environment environment, const QJsonObject &payload, qint64 id)
{
    if (id) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName));
        query.prepare(
            QStringLiteral("UPDATE notes SET payload = ?, deadline = ?, referens = ?, waste_code = ?,"
                           " quantity = ?, event_month = ?, counterparty = ?, operator = ?, updated_at = ?"
                           " WHERE id = ? AND state = 'draft'"));
        const QJsonObject avfall = payload.value(QLatin1String("avfall")).toObject();
        query.addBindValue(payloadText(payload));
        query.addBindValue(nullable(deadlineOf(kind, payload).toString(Qt::ISODate)));
        query.addBindValue(nullable(payload.value(QLatin1String("referens")).toString()));
        query.addBindValue(nullable(avfall.value(QLatin1String("kod")).toString()));
        query.addBindValue(avfall.value(QLatin1String("mangd")).toDouble());
        bindReportingFacts(query, kind, payload);
        query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
        query.addBindValue(id);
        return exec(query) && query.numRowsAffected() == 1 ? id : 0;
    }
    return insertNote(newNote(kind, environment, NoteState::Draft, Operation::Create, payload));
}

bool NoteStore::deleteDraft(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM notes WHERE id = ? AND state = 'draft'"));
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

qint64 NoteStore::enqueue(NoteKind kind, Environment environment, const QJsonObject &payload, qint64 draftId)
{
    if (draftId) {
        if (!saveDraft(kind, environment, payload, draftId))
            return 0;
        QSqlQuery query(QSqlDatabase::database(m_connectionName));
        query.prepare(
            QStringLiteral("UPDATE notes SET state = 'queued', environment = ?, next_attempt_at = ?,"
                           " updated_at = ? WHERE id = ? AND state = 'draft'"));
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        query.addBindValue(environmentKey(environment));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(draftId);
        return exec(query) && query.numRowsAffected() == 1 ? draftId : 0;
    }
    return insertNote(newNote(kind, environment, NoteState::Queued, Operation::Create, payload));
}

qint64 NoteStore::enqueueCorrection(qint64 sentId, const QJsonObject &payload, QString *error)
{
    if (!transaction())
        return 0;
    const auto original = note(sentId);
    QString problem;
    if (!original || original->operation == Operation::Cancel)
        problem = Text::tr("Anteckning %1 finns inte.").arg(sentId);
    else if (original->state != NoteState::Sent)
        problem = Text::tr("Bara en skickad anteckning kan rättas; %1 är %2.")
                      .arg(sentId)
                      .arg(stateDisplayName(original->state));
    else if (original->correctedById)
        problem = Text::tr("Anteckning %1 har redan en nyare version (%2). Rätta den i stället.")
                      .arg(sentId)
                      .arg(original->correctedById);
    if (!problem.isEmpty()) {
        rollback();
        if (error)
            *error = problem;
        return 0;
    }
    StoredNote correction =
        newNote(original->kind, original->environment, NoteState::Queued, Operation::Correct, payload);
    correction.targetAvfallId = original->avfallId;
    correction.correctsId = sentId;
    correction.deadline = original->deadline;
    const qint64 id = insertNote(correction);
    // Reserve the place in the chain at once: a second correction of the same version is refused.
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE notes SET corrected_by_id = ? WHERE id = ?"));
    query.addBindValue(id);
    query.addBindValue(sentId);
    if (!id || !exec(query) || !commit()) {
        rollback();
        return 0;
    }
    return id;
}

qint64 NoteStore::enqueueCancellation(qint64 sentId, const QString &reason, const QString &explanation,
                                      QString *error)
{
    const auto original = note(sentId);
    if (!original || original->state != NoteState::Sent || original->operation == Operation::Cancel) {
        if (error)
            *error = Text::tr("Bara en skickad anteckning kan makuleras.");
        return 0;
    }
    if (original->correctedById) {
        if (error)
            *error = Text::tr("Anteckningen har en nyare version (%1). Makulera den senaste versionen.")
                         .arg(original->correctedById);
        return 0;
    }
    StoredNote cancellation =
        newNote(original->kind, original->environment, NoteState::Queued, Operation::Cancel,
                QJsonObject{{QStringLiteral("avfallsId"), original->avfallId},
                            {QStringLiteral("makuleringsorsak"), reason}});
    cancellation.deadline = QDate(); // a cancellation has no deadline of its own
    cancellation.targetAvfallId = original->avfallId;
    cancellation.cancelsId = sentId;
    cancellation.cancelReason = reason;
    cancellation.cancelExplanation = explanation;
    return insertNote(cancellation);
}

bool NoteStore::setState(qint64 id, NoteState state)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE notes SET state = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(stateKey(state));
    query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

bool NoteStore::requeueRejected(qint64 id, const QJsonObject &payload)
{
    const auto current = note(id);
    if (!current || current->state != NoteState::Rejected)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("UPDATE notes SET state = 'queued', payload = ?, deadline = ?, next_attempt_at = ?,"
                       " updated_at = ?, waste_code = ?, quantity = ?, event_month = ?, counterparty = ?,"
                       " operator = ? WHERE id = ? AND state = 'rejected'"));
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    const QJsonObject avfall = payload.value(QLatin1String("avfall")).toObject();
    query.addBindValue(payloadText(payload));
    query.addBindValue(nullable(current->operation == Operation::Create
                                    ? deadlineOf(current->kind, payload).toString(Qt::ISODate)
                                    : current->deadline.toString(Qt::ISODate)));
    query.addBindValue(now);
    query.addBindValue(now);
    // The fixed payload is what the register will hold: its quantity and month are what count.
    query.addBindValue(nullable(avfall.value(QLatin1String("kod")).toString()));
    query.addBindValue(avfall.value(QLatin1String("mangd")).toDouble());
    bindReportingFacts(query, current->kind, payload);
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

bool NoteStore::resendUncertain(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE notes SET state = 'queued', next_attempt_at = ?, updated_at = ?"
                                 " WHERE id = ? AND state = 'uncertain'"));
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

bool NoteStore::markReceived(qint64 id, const QString &avfallId, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!formats::isGuid(avfallId))
        return refuse(Text::tr("%1 är inget avfallsId (en GUID).").arg(avfallId));
    const auto current = note(id);
    if (!current || current->state != NoteState::Uncertain)
        return refuse(Text::tr("Bara en osäker anteckning kan markeras som mottagen."));
    const QString lower = avfallId.toLower();
    if (current->operation == Operation::Cancel) {
        if (lower != current->targetAvfallId.toLower())
            return refuse(Text::tr("En makulering tas emot under den makulerade anteckningens avfallsId %1.")
                              .arg(current->targetAvfallId));
    } else if (const auto owner = findByAvfallId(lower); owner && owner->id != id) {
        // One avfallId is one note in the register: it cannot be this one's too.
        return refuse(Text::tr("AvfallsId %1 hör redan till anteckning %2.").arg(lower).arg(owner->id));
    }
    AttemptResult result;
    result.newState = NoteState::Sent;
    result.outcome = QStringLiteral("accepted");
    result.avfallId = lower;
    result.summary = Text::tr("Markerad som mottagen av användaren.");
    return recordResult(id, 0, result) || refuse(m_lastError);
}

bool NoteStore::retryNow(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE notes SET next_attempt_at = ? WHERE id = ? AND state = 'queued'"));
    query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    return exec(query) && query.numRowsAffected() == 1;
}

int NoteStore::retryAllNow(Environment environment)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("UPDATE notes SET next_attempt_at = ? WHERE state = 'queued' AND environment = ?"));
    query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(environmentKey(environment));
    return exec(query) ? query.numRowsAffected() : -1;
}

qint64 NoteStore::dataVersion() const
{
    QSqlQuery &query = statement(QStringLiteral("PRAGMA data_version"));
    const qint64 version = exec(query) && query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return version;
}

std::optional<NoteStore::Claim> NoteStore::claimNext(const QDateTime &now, Environment environment)
{
    if (!transaction())
        return std::nullopt;
    bool failed = false;
    QList<Claim> claims = claimWithin(now, environment, 1, AttemptPhase::Connecting, &failed);
    if (claims.isEmpty() || !commit()) {
        rollback();
        return std::nullopt;
    }
    Claim &claim = claims.first();
    claim.note.payload = QJsonDocument::fromJson(claim.note.payloadJson).object();
    return claim;
}

QList<NoteStore::Claim> NoteStore::claimWithin(const QDateTime &now, Environment environment, int count,
                                               AttemptPhase phase, bool *failed)
{
    *failed = false;
    QList<Claim> claims;
    if (count <= 0)
        return claims;
    static const QString selectDue =
        QStringLiteral("SELECT %1 FROM notes WHERE state = 'queued' AND environment = ?"
                       " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?")
            .arg(QLatin1String(kColumns));
    QSqlQuery &query = statement(selectDue);
    query.addBindValue(environmentKey(environment));
    query.addBindValue(timeText(now));
    query.addBindValue(count);
    if (!exec(query)) {
        *failed = true;
        return claims;
    }
    while (query.next())
        claims.append({rowToNote(query, false), 0});
    query.finish();
    const QString startedAt = timeText(QDateTime::currentDateTimeUtc());
    QSqlQuery &update =
        statement(QStringLiteral("UPDATE notes SET state = 'sending', attempt_count = attempt_count + 1,"
                                 " updated_at = ? WHERE id = ?"));
    QSqlQuery &attempt =
        statement(QStringLiteral("INSERT INTO attempts(note_id, started_at, phase) VALUES(?, ?, ?)"));
    const QString phaseKey = phase == AttemptPhase::Written    ? QStringLiteral("written")
                             : phase == AttemptPhase::Reserved ? QStringLiteral("reserved")
                                                               : QStringLiteral("connecting");
    for (Claim &claim : claims) {
        update.addBindValue(startedAt);
        update.addBindValue(claim.note.id);
        attempt.addBindValue(claim.note.id);
        attempt.addBindValue(startedAt);
        attempt.addBindValue(phaseKey);
        if (!exec(update) || !exec(attempt)) {
            *failed = true;
            return {};
        }
        claim.attemptId = attempt.lastInsertId().toLongLong();
        claim.note.state = NoteState::Sending;
        ++claim.note.attemptCount;
    }
    return claims;
}

bool NoteStore::inTransaction(const std::function<bool()> &body)
{
    if (!transaction())
        return false;
    if (!body()) {
        rollback();
        return false;
    }
    return commit();
}

bool NoteStore::markWritten(qint64 attemptId)
{
    return markWritten(QList<qint64>{attemptId});
}

bool NoteStore::recordResult(qint64 noteId, qint64 attemptId, const AttemptResult &result)
{
    return inTransaction([&] { return recordWithin(noteId, attemptId, result); });
}

bool NoteStore::markWrittenInLog(const QList<qint64> &attemptIds)
{
    return m_writtenLog.append(attemptIds);
}

bool NoteStore::markWritten(const QList<qint64> &attemptIds)
{
    if (attemptIds.isEmpty())
        return true;
    return inTransaction([&] {
        // Only an attempt still open counts: a released or finished one must not be sent.
        static const QString markOpen =
            QStringLiteral("UPDATE attempts SET phase = 'written' WHERE id = ? AND %1")
                .arg(QLatin1String(kOpenPhase));
        QSqlQuery &query = statement(markOpen);
        for (const qint64 id : attemptIds) {
            query.addBindValue(id);
            if (!exec(query) || query.numRowsAffected() != 1)
                return false;
        }
        return true;
    });
}

bool NoteStore::releaseClaims(const QList<Claim> &claims)
{
    if (claims.isEmpty())
        return true;
    return inTransaction([&] {
        static const QString deleteOpen =
            QStringLiteral("DELETE FROM attempts WHERE id = ? AND %1").arg(QLatin1String(kOpenPhase));
        QSqlQuery &attempt = statement(deleteOpen);
        QSqlQuery &note = statement(QStringLiteral("UPDATE notes SET state = 'queued', attempt_count = "
                                                   "attempt_count - 1 WHERE id = ? AND state = 'sending'"));
        for (const Claim &claim : claims) {
            // Back to the queue only if its request was never written.
            attempt.addBindValue(claim.attemptId);
            if (!exec(attempt) || attempt.numRowsAffected() != 1)
                return false;
            note.addBindValue(claim.note.id);
            if (!exec(note))
                return false;
        }
        return true;
    });
}

bool NoteStore::recordAndClaim(const QList<Finished> &finished, int claims, const QDateTime &now,
                               Environment environment, QList<Claim> *claimed, AttemptPhase phase)
{
    claimed->clear();
    if (finished.isEmpty() && claims <= 0)
        return true;
    if (!transaction())
        return false;
    for (const Finished &entry : finished) {
        if (!recordWithin(entry.noteId, entry.attemptId, entry.result, entry.operation)) {
            rollback();
            return false;
        }
    }
    bool failed = false;
    *claimed = claimWithin(now, environment, claims, phase, &failed);
    // Reservations say which run of the machine made them (see recoverInterrupted); once per store
    // is enough, as the machine does not restart under a running process.
    const bool recordBoot =
        !failed && !claimed->isEmpty() && phase == AttemptPhase::Reserved && m_recordedBootId != bootId();
    if (recordBoot) {
        QSqlQuery &boot =
            statement(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('reserved_boot', ?)"));
        boot.addBindValue(QString::fromLatin1(bootId()));
        failed = !exec(boot);
    }
    if (failed) {
        // The answers still count: keep them, leave the claims to the next try.
        rollback();
        return recordAndClaim(finished, 0, now, environment, claimed, phase);
    }
    if (!commit()) {
        claimed->clear();
        return false;
    }
    if (recordBoot)
        m_recordedBootId = bootId();
    return true;
}

bool NoteStore::recordWithin(qint64 noteId, qint64 attemptId, const AttemptResult &result,
                             std::optional<Operation> operation)
{
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    bool ok = true;
    if (attemptId) {
        QSqlQuery &query = statement(
            QStringLiteral("UPDATE attempts SET phase = 'finished', duration_ms = ?, http_status = ?,"
                           " outcome = ?, errors = ?, trace_id = ?, summary = ? WHERE id = ?"));
        query.addBindValue(result.durationMs);
        query.addBindValue(result.httpStatus);
        query.addBindValue(result.outcome);
        query.addBindValue(result.errors.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(payloadText(result.errors)));
        query.addBindValue(nullable(result.traceId));
        query.addBindValue(nullable(result.summary));
        query.addBindValue(attemptId);
        ok = exec(query);
    }
    QSqlQuery &update = statement(
        QStringLiteral("UPDATE notes SET state = ?, avfall_id = COALESCE(?, avfall_id), next_attempt_at = ?,"
                       " last_summary = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(stateKey(result.newState));
    update.addBindValue(nullable(result.avfallId));
    update.addBindValue(nullable(timeText(result.nextAttemptAt)));
    update.addBindValue(nullable(result.summary));
    update.addBindValue(now);
    update.addBindValue(noteId);
    ok = ok && exec(update);

    // Only a cancellation or a correction changes another note; the whole note (its payload
    // parsed) is read only then.
    if (ok && !operation) {
        QSqlQuery &lookUp = statement(QStringLiteral("SELECT operation FROM notes WHERE id = ?"));
        lookUp.addBindValue(noteId);
        if (exec(lookUp) && lookUp.next())
            operation = operationFromKey(lookUp.value(0).toString());
        lookUp.finish();
    }
    const bool changesAnother = ok && operation && *operation != Operation::Create;
    const auto current = changesAnother ? note(noteId) : std::nullopt;
    if (ok && current && result.newState == NoteState::Sent && current->operation == Operation::Cancel) {
        QSqlQuery &query = statement(
            QStringLiteral("UPDATE notes SET state = 'cancelled', cancel_reason = ?, cancel_explanation = ?,"
                           " cancelled_at = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(current->cancelReason);
        query.addBindValue(nullable(current->cancelExplanation));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(current->cancelsId);
        ok = exec(query);
    }
    // A correction that the register refused for good frees the chain for another try.
    if (ok && current && current->operation == Operation::Correct && result.newState == NoteState::Rejected) {
        QSqlQuery &query = statement(
            QStringLiteral("UPDATE notes SET corrected_by_id = NULL WHERE id = ? AND corrected_by_id = ?"));
        query.addBindValue(current->correctsId);
        query.addBindValue(noteId);
        ok = exec(query);
    }
    return ok;
}

int NoteStore::recoverInterrupted()
{
    if (!transaction())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "SELECT n.id, (SELECT a.id FROM attempts a WHERE a.note_id = n.id ORDER BY a.id DESC LIMIT 1),"
        " (SELECT a.phase FROM attempts a WHERE a.note_id = n.id ORDER BY a.id DESC LIMIT 1)"
        " FROM notes n WHERE n.state = 'sending'"));
    if (!exec(query)) {
        rollback();
        return 0;
    }
    struct Interrupted
    {
        qint64 note;
        qint64 attempt;
        bool written;
    };
    // A reservation whose "written" mark would have followed before any byte left: after a
    // killed process (the machine ran on, every commit survived) it was never written; after a
    // restart of the machine that mark may have been lost with the power, so it may have been.
    QSqlQuery boot(QSqlDatabase::database(m_connectionName));
    const bool sameBoot = boot.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'reserved_boot'")) &&
                          boot.next() && !bootId().isEmpty() &&
                          boot.value(0).toString() == QString::fromLatin1(bootId());
    const QSet<qint64> logged = m_writtenLog.read();
    QList<Interrupted> interrupted;
    while (query.next()) {
        const qint64 attempt = query.value(1).toLongLong();
        const QString phase = query.value(2).toString();
        const bool written =
            logged.contains(attempt) ||
            (phase == QLatin1String("reserved") ? !sameBoot : phase != QLatin1String("connecting"));
        interrupted.append({query.value(0).toLongLong(), attempt, written});
    }
    commit();
    bool allRecorded = true;
    int uncertain = 0;
    for (const Interrupted &entry : interrupted) {
        AttemptResult result;
        result.outcome = entry.written ? QStringLiteral("uncertain") : QStringLiteral("unavailable");
        result.newState = entry.written ? NoteState::Uncertain : NoteState::Queued;
        result.nextAttemptAt = QDateTime::currentDateTimeUtc();
        result.summary =
            entry.written
                ? Text::tr("Programmet avbröts medan anteckningen skickades. Den kan ha kommit fram till "
                           "registret.")
                : Text::tr("Programmet avbröts innan anteckningen hann skickas. Den skickas på nytt.");
        const bool recorded = recordResult(entry.note, entry.attempt, result);
        allRecorded = allRecorded && recorded;
        if (recorded && entry.written)
            ++uncertain;
    }
    // Every mark has done its work; what was not recorded is decided from the same log next time.
    if (allRecorded)
        m_writtenLog.clear();
    return uncertain;
}

std::optional<StoredNote> NoteStore::note(qint64 id) const
{
    QSqlQuery &query =
        statement(QStringLiteral("SELECT %1 FROM notes WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    StoredNote note = rowToNote(query);
    // A statement left on its row would keep this connection's read snapshot open: commits of
    // other connections (the sender's StoreWorker) would stay unseen.
    query.finish();
    return note;
}

std::optional<StoredNote> NoteStore::findByAvfallId(const QString &avfallId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1 FROM notes WHERE avfall_id = ? AND operation != 'cancel' LIMIT 1")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(avfallId.toLower());
    if (!exec(query) || !query.next())
        return std::nullopt;
    return rowToNote(query);
}

namespace {
QString whereClause(const NoteFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.includeCancellations)
        conditions << QStringLiteral("operation != 'cancel'");
    if (!filter.includeDrafts)
        conditions << QStringLiteral("state != 'draft'");
    if (filter.kind) {
        conditions << QStringLiteral("kind = ?");
        values << noteType(*filter.kind).resource;
    }
    if (filter.state) {
        conditions << QStringLiteral("state = ?");
        values << stateKey(*filter.state);
    }
    if (filter.since.isValid()) {
        conditions << QStringLiteral("created_at >= ?");
        values << timeText(filter.since);
    }
    if (!filter.wasteCode.isEmpty()) {
        conditions << QStringLiteral("waste_code LIKE ?");
        values << QString(filter.wasteCode + QLatin1Char('%'));
    }
    if (!filter.text.isEmpty()) {
        conditions << QStringLiteral("(referens LIKE ? OR payload LIKE ?)");
        const QString pattern = QLatin1Char('%') + filter.text + QLatin1Char('%');
        values << pattern << pattern;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

QList<StoredNote> NoteStore::notes(const NoteFilter &filter, int limit, int offset) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM notes%2 ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                      .arg(QLatin1String(kColumns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<StoredNote> result;
    if (!exec(query))
        return result;
    while (query.next())
        result.append(rowToNote(query));
    readEnded(query);
    return result;
}

int NoteStore::count(const NoteFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM notes") + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query) && query.next() ? query.value(0).toInt() : 0;
}

namespace {
// An attempt from the columns id, started_at, duration_ms, phase, http_status, outcome, errors,
// trace_id, summary of a row, starting at column `first`.
Attempt attemptFrom(const QSqlQuery &query, int first)
{
    Attempt attempt;
    attempt.id = query.value(first).toLongLong();
    attempt.startedAt = timeFrom(query.value(first + 1));
    attempt.durationMs = query.value(first + 2).toLongLong();
    const QString phase = query.value(first + 3).toString();
    attempt.phase = phase == QLatin1String("connecting") ? AttemptPhase::Connecting
                    : phase == QLatin1String("reserved") ? AttemptPhase::Reserved
                    : phase == QLatin1String("written")  ? AttemptPhase::Written
                                                         : AttemptPhase::Finished;
    attempt.httpStatus = query.value(first + 4).toInt();
    attempt.outcome = query.value(first + 5).toString();
    attempt.errors = QJsonDocument::fromJson(query.value(first + 6).toString().toUtf8()).object();
    attempt.traceId = query.value(first + 7).toString();
    attempt.summary = query.value(first + 8).toString();
    return attempt;
}
} // namespace

QList<Attempt> NoteStore::attempts(qint64 noteId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT id, started_at, duration_ms, phase, http_status, outcome, errors, trace_id,"
                       " summary FROM attempts WHERE note_id = ? ORDER BY id"));
    query.addBindValue(noteId);
    QList<Attempt> result;
    if (!exec(query))
        return result;
    while (query.next())
        result.append(attemptFrom(query, 0));
    readEnded(query);
    // An open attempt may have been marked written in the log instead.
    QSet<qint64> logged;
    bool read = false;
    for (Attempt &attempt : result) {
        if (attempt.phase != AttemptPhase::Reserved && attempt.phase != AttemptPhase::Connecting)
            continue;
        if (!std::exchange(read, true))
            logged = m_writtenLog.read();
        if (logged.contains(attempt.id))
            attempt.phase = AttemptPhase::Written;
    }
    return result;
}

QList<NoteStore::RecentAttempt> NoteStore::recentAttempts(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "SELECT a.id, a.started_at, a.duration_ms, a.phase, a.http_status, a.outcome, a.errors, a.trace_id,"
        " a.summary, n.id, n.kind, n.environment, n.operation, n.tracking_id"
        " FROM attempts a JOIN notes n ON n.id = a.note_id ORDER BY a.id DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<RecentAttempt> result;
    if (!exec(query))
        return result;
    while (query.next()) {
        RecentAttempt recent;
        recent.attempt = attemptFrom(query, 0);
        recent.noteId = query.value(9).toLongLong();
        if (const NoteType *type = noteTypeByResource(query.value(10).toString()))
            recent.kind = type->kind;
        recent.environment = environmentFromKey(query.value(11).toString()).value_or(Environment::Sandbox);
        recent.operation = operationFromKey(query.value(12).toString()).value_or(Operation::Create);
        recent.trackingId = query.value(13).toString();
        result.append(recent);
    }
    readEnded(query);
    return result;
}

QList<StoredNote> NoteStore::versions(qint64 id) const
{
    QList<StoredNote> chain;
    auto current = note(id);
    // Walk back to the first version, then forward through corrected_by.
    while (current && current->correctsId)
        current = note(current->correctsId);
    while (current) {
        chain.append(*current);
        current = current->correctedById ? note(current->correctedById) : std::nullopt;
    }
    return chain;
}

QString NoteStore::latestAvfallId(qint64 id) const
{
    QString latest;
    for (const StoredNote &version : versions(id)) {
        if (version.state == NoteState::Sent || version.state == NoteState::Cancelled)
            latest = version.avfallId;
    }
    return latest;
}

QList<QuantityGroup> NoteStore::quantityGroups(const QuantityQuery &request) const
{
    // Everything the reporting rule looks at (state, operation, the state of the version that
    // corrects it) is grouped, never filtered here: services/reporting decides which groups count.
    // The notes nobody corrected stream through notes_reporting in its order; the corrected ones
    // are few and get their successor's state from an index.
    const QString filter =
        QStringLiteral(" n.environment = ? AND n.event_month >= ? AND n.event_month <= ?") +
        (request.operatorNumber.isEmpty() ? QString() : QStringLiteral(" AND n.operator = ?"));
    const QString uncorrected = QStringLiteral(
        "SELECT n.kind, n.state, n.operation, NULL, n.event_month, n.waste_code, n.counterparty,"
        " SUM(n.quantity), COUNT(*) FROM notes n INDEXED BY notes_reporting WHERE n.corrected_by_id IS NULL "
        "AND%1"
        " GROUP BY n.event_month, n.kind, n.state, n.operation, n.waste_code, n.counterparty");
    const QString corrected = QStringLiteral(
        "SELECT n.kind, n.state, n.operation, s.state, n.event_month, n.waste_code, n.counterparty,"
        " SUM(n.quantity), COUNT(*) FROM notes n INDEXED BY notes_corrected"
        " LEFT JOIN notes s INDEXED BY notes_state_by_id ON s.id = n.corrected_by_id"
        " WHERE n.corrected_by_id IS NOT NULL AND%1"
        " GROUP BY n.event_month, n.kind, n.state, n.operation, s.state, n.waste_code, n.counterparty");
    QList<QuantityGroup> groups;
    for (const QString &sql : {uncorrected.arg(filter), corrected.arg(filter)}) {
        QSqlQuery &query = statement(sql);
        query.setForwardOnly(true);
        query.addBindValue(environmentKey(request.environment));
        query.addBindValue(request.fromMonth);
        query.addBindValue(request.toMonth);
        if (!request.operatorNumber.isEmpty())
            query.addBindValue(request.operatorNumber);
        if (!exec(query))
            return {};
        while (query.next()) {
            QuantityGroup group;
            if (const NoteType *type = noteTypeByResource(query.value(0).toString()))
                group.kind = type->kind;
            group.state = stateFromKey(query.value(1).toString()).value_or(NoteState::Draft);
            group.operation = operationFromKey(query.value(2).toString()).value_or(Operation::Create);
            if (!query.value(3).isNull())
                group.successorState = stateFromKey(query.value(3).toString());
            group.month = query.value(4).toString();
            group.wasteCode = query.value(5).toString();
            group.counterparty = query.value(6).toString();
            group.kilograms = query.value(7).toDouble();
            group.notes = query.value(8).toInt();
            groups.append(group);
        }
        readEnded(query);
        query.finish();
    }
    return groups;
}

QHash<NoteState, int> NoteStore::stateCounts() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT state, COUNT(*) FROM notes GROUP BY state"));
    QHash<NoteState, int> counts;
    if (!exec(query))
        return counts;
    while (query.next()) {
        if (const auto state = stateFromKey(query.value(0).toString()))
            counts.insert(*state, query.value(1).toInt());
    }
    readEnded(query);
    return counts;
}

std::optional<QDateTime> NoteStore::nextDueAt(Environment environment) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT MIN(COALESCE(next_attempt_at, created_at)) FROM notes"
                                 " WHERE state = 'queued' AND environment = ?"));
    query.addBindValue(environmentKey(environment));
    if (!exec(query) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return timeFrom(query.value(0));
}

} // namespace avfall
