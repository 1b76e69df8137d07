#pragma once

#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

namespace avfall::sandbox {

// One write request the sandbox accepted, with what the read model needs besides ReceivedNote.
struct StoredEntry
{
    ReceivedNote received;
    QString noteId;   // the read model's id of this version (not the avfallId)
    QString replaces; // avfallId of the version this correction replaced
    QString cancelledBy;
    QDateTime cancelledAt;

    bool isNote() const { return received.method != QLatin1String("DELETE"); }
};

// What the sandbox has received, kept in memory and, with a directory, in an append-only journal
// of JSON lines (sandbox-notes.jsonl). Every line is written and flushed before the sandbox
// answers, so a sandbox killed right after answering still knows the note when it starts again.
class SandboxStore
{
public:
    explicit SandboxStore(QString directory); // empty: memory only

    // Reads the journal and opens it for appending. Damaged lines (a sandbox killed in the middle
    // of a line) are skipped with a warning. False, with a Swedish error, when the directory or the
    // file cannot be used.
    bool open(QString *error);
    QString journalPath() const;

    // Journal first, then memory. False when the journal could not be written (nothing changes).
    bool addNote(const ReceivedNote &note, const QString &replaces, QString *error);
    bool addCancellation(const ReceivedNote &cancellation, QString *error);

    const QList<StoredEntry> &entries() const { return m_entries; } // arrival order
    const StoredEntry *findNote(const QString &avfallId) const;     // notes and corrections only

private:
    bool append(const QJsonObject &line, QString *error);
    bool apply(const QJsonObject &line);

    QString m_directory;
    QFile m_journal;
    QList<StoredEntry> m_entries;
    QHash<QString, qsizetype> m_noteIndex; // avfallId → index in m_entries
};

} // namespace avfall::sandbox
