#include "sandbox/sandboxstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

namespace avfall::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcStore, "avfall.sandbox.store")

const QString kTypeNote = QStringLiteral("note");
const QString kTypeCancel = QStringLiteral("cancel");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)
};

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject lineOf(const QString &type, const ReceivedNote &note)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("resource"), note.resource},
            {QStringLiteral("method"), note.method},
            {QStringLiteral("avfallId"), note.avfallId},
            {QStringLiteral("trackingId"), note.trackingId},
            {QStringLiteral("body"), note.body},
            {QStringLiteral("receivedAt"), timeText(note.receivedAt)},
            {QStringLiteral("organisationNumber"), note.organisationNumber}};
}

ReceivedNote noteOf(const QJsonObject &line)
{
    ReceivedNote note;
    note.resource = line.value(QLatin1String("resource")).toString();
    note.method = line.value(QLatin1String("method")).toString();
    note.avfallId = line.value(QLatin1String("avfallId")).toString();
    note.trackingId = line.value(QLatin1String("trackingId")).toString();
    note.body = line.value(QLatin1String("body")).toObject();
    note.receivedAt =
        QDateTime::fromString(line.value(QLatin1String("receivedAt")).toString(), Qt::ISODateWithMs);
    note.organisationNumber = line.value(QLatin1String("organisationNumber")).toString();
    return note;
}

} // namespace

SandboxStore::SandboxStore(QString directory)
    : m_directory(std::move(directory))
{}

QString SandboxStore::journalPath() const
{
    return m_directory.isEmpty() ? QString() : QDir(m_directory).filePath(SandboxServer::journalFileName());
}

bool SandboxStore::open(QString *error)
{
    if (m_directory.isEmpty() || m_journal.isOpen())
        return true;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error =
                Text::tr("Kan inte skapa sandlådans mapp %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_journal.setFileName(journalPath());
    bool endsWithNewline = true;
    if (m_journal.exists()) {
        if (!m_journal.open(QIODevice::ReadOnly)) {
            if (error)
                *error = Text::tr("Kan inte läsa %1: %2")
                             .arg(QDir::toNativeSeparators(journalPath()), m_journal.errorString());
            return false;
        }
        const QByteArray contents = m_journal.readAll();
        m_journal.close();
        endsWithNewline = contents.isEmpty() || contents.endsWith('\n');
        int number = 0;
        for (const QByteArray &raw : contents.split('\n')) {
            ++number;
            if (raw.trimmed().isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
            if (!document.isObject() || !apply(document.object()))
                qCWarning(lcStore, "%s:%d: skipping a damaged line", qUtf8Printable(journalPath()), number);
        }
    }
    if (!m_journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = Text::tr("Kan inte skriva %1: %2")
                         .arg(QDir::toNativeSeparators(journalPath()), m_journal.errorString());
        return false;
    }
    m_journal.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // A line cut off by a kill must not swallow the next one.
    if (!endsWithNewline && (m_journal.write("\n", 1) != 1 || !m_journal.flush())) {
        if (error)
            *error = Text::tr("Kan inte skriva %1: %2")
                         .arg(QDir::toNativeSeparators(journalPath()), m_journal.errorString());
        return false;
    }
    return true;
}

bool SandboxStore::append(const QJsonObject &line, QString *error)
{
    if (m_directory.isEmpty())
        return true;
    if (!m_journal.isOpen() && !open(error))
        return false;
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_journal.write(bytes) != bytes.size() || !m_journal.flush()) {
        if (error)
            *error = Text::tr("Kan inte skriva %1: %2")
                         .arg(QDir::toNativeSeparators(journalPath()), m_journal.errorString());
        return false;
    }
    return true;
}

bool SandboxStore::apply(const QJsonObject &line)
{
    const QString type = line.value(QLatin1String("type")).toString();
    StoredEntry entry;
    entry.received = noteOf(line);
    if (entry.received.avfallId.isEmpty())
        return false;
    if (type == kTypeNote) {
        if (m_noteIndex.contains(entry.received.avfallId))
            return false;
        entry.noteId = line.value(QLatin1String("noteId")).toString();
        entry.replaces = line.value(QLatin1String("replaces")).toString();
        m_noteIndex.insert(entry.received.avfallId, m_entries.size());
        if (const auto previous = m_noteIndex.constFind(entry.replaces); previous != m_noteIndex.cend())
            m_entries[*previous].received.replacedBy = entry.received.avfallId;
        m_entries.append(entry);
        return true;
    }
    if (type == kTypeCancel) {
        entry.received.cancelledReason = line.value(QLatin1String("reason")).toString();
        if (const auto target = m_noteIndex.constFind(entry.received.avfallId);
            target != m_noteIndex.cend()) {
            StoredEntry &note = m_entries[*target];
            note.received.cancelledReason = entry.received.cancelledReason;
            note.cancelledBy = entry.received.organisationNumber;
            note.cancelledAt = entry.received.receivedAt;
        }
        m_entries.append(entry);
        return true;
    }
    return false;
}

bool SandboxStore::addNote(const ReceivedNote &note, const QString &replaces, QString *error)
{
    QJsonObject line = lineOf(kTypeNote, note);
    line.insert(QStringLiteral("noteId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    line.insert(QStringLiteral("replaces"), replaces);
    return append(line, error) && apply(line);
}

bool SandboxStore::addCancellation(const ReceivedNote &cancellation, QString *error)
{
    QJsonObject line = lineOf(kTypeCancel, cancellation);
    line.insert(QStringLiteral("reason"), cancellation.cancelledReason);
    return append(line, error) && apply(line);
}

const StoredEntry *SandboxStore::findNote(const QString &avfallId) const
{
    const auto it = m_noteIndex.constFind(avfallId.toLower());
    return it == m_noteIndex.cend() ? nullptr : &m_entries.at(*it);
}

} // namespace avfall::sandbox
