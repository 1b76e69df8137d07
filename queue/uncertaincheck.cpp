#include "queue/uncertaincheck.h"

#include "core/fieldformats.h"
#include "network/registerclient.h"
#include "queue/readbackmatch.h"
#include "store/notestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace avfall {

UncertainCheck::UncertainCheck(NoteStore &store, RegisterClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{}

void UncertainCheck::run(const StoredNote &note, Done done)
{
    m_note = note;
    m_done = std::move(done);
    m_result = Result();
    m_matched.clear();
    if (note.state != NoteState::Uncertain) {
        fail(tr("Bara en osäker anteckning behöver kontrolleras."));
        return;
    }
    // The register filters on when it received a note: from a day before this one was created
    // (clocks differ), or for a cancellation from before the note it cancels was created.
    QDateTime since = note.createdAt;
    if (note.operation == Operation::Cancel) {
        if (const auto cancelled = m_store.note(note.cancelsId))
            since = cancelled->createdAt;
    }
    m_from = since.addDays(-1);
    m_to = QDateTime::currentDateTimeUtc().addSecs(3600);
    readPage(1);
}

void UncertainCheck::readPage(int page)
{
    m_page = page;
    m_client.listNotes(m_from, m_to, page, m_pageSize, [this](const CallResult &answer) { onPage(answer); });
}

void UncertainCheck::onPage(const CallResult &answer)
{
    if (!answer.isAccepted()) {
        fail(answer.summary);
        return;
    }
    ++m_result.pages;
    const QJsonObject container = QJsonDocument::fromJson(answer.body).object();
    const QJsonArray notes = container.value(QLatin1String("anteckningar")).toArray();
    for (const QJsonValue &value : notes) {
        const QJsonObject entry = value.toObject();
        if (!readback::matches(m_note, entry))
            continue;
        const QString id = readback::avfallIdOf(entry);
        if (!formats::isGuid(id) || m_result.candidates.contains(id))
            continue;
        // Another local note already has this avfallId: it is that note's, not this one's. (A
        // cancellation's avfallId is the cancelled note's by nature.)
        if (m_note.operation != Operation::Cancel) {
            const auto owner = m_store.findByAvfallId(id);
            if (owner && owner->id != m_note.id) {
                ++m_result.taken;
                continue;
            }
        }
        m_result.candidates.append(id);
        m_matched.append(entry);
    }
    const int pages = container.value(QLatin1String("antalSidor")).toInt();
    if (!notes.isEmpty() && m_page < pages && m_page < kMaxPages) {
        readPage(m_page + 1);
        return;
    }
    finish();
}

QList<qint64> UncertainCheck::rivalsFor(const QJsonObject &entry) const
{
    QList<qint64> rivals;
    for (const NoteState state : {NoteState::Uncertain, NoteState::Sending, NoteState::Queued}) {
        NoteFilter filter;
        filter.state = state;
        filter.kind = m_note.kind;
        filter.includeCancellations = m_note.operation == Operation::Cancel;
        for (const StoredNote &other : m_store.notes(filter, 100000)) {
            if (other.id != m_note.id && other.operation == m_note.operation &&
                readback::matches(other, entry))
                rivals.append(other.id);
        }
    }
    return rivals;
}

void UncertainCheck::finish()
{
    if (m_result.candidates.size() == 1)
        m_result.rivals = rivalsFor(m_matched.first());
    if (m_result.candidates.size() == 1 && m_result.rivals.isEmpty()) {
        m_result.avfallId = m_result.candidates.first();
        QString error;
        if (!m_store.markReceived(m_note.id, m_result.avfallId, &error)) {
            fail(error);
            return;
        }
        m_result.verdict = Verdict::Arrived;
    } else {
        m_result.verdict = m_result.candidates.isEmpty() ? Verdict::NotArrived : Verdict::Ambiguous;
    }
    const Done done = std::exchange(m_done, {});
    done(m_result);
}

void UncertainCheck::fail(const QString &summary)
{
    m_result.verdict = Verdict::Failed;
    m_result.summary = summary;
    const Done done = std::exchange(m_done, {});
    done(m_result);
}

} // namespace avfall
