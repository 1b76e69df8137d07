#include "tests/unit/registernotes.h"

#include "tests/support/samplenotes.h"

#include <QTimeZone>

namespace avfall::test::registernotes {

QString avfallId(int number)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0'));
}

QJsonObject payload(NoteKind kind)
{
    QJsonObject note = samples::note(kind);
    if (kind == NoteKind::Behandlingsmottagning)
        note.insert(QStringLiteral("referens"), QString::fromUtf8(kFormulaReferens));
    if (kind == NoteKind::InsamlingsMottagning)
        note.insert(QStringLiteral("verksamhetensKontaktpersonNamn"), QString::fromUtf8(kFormulaContact));
    return note;
}

QList<StoredNote> inMemory(Environment environment)
{
    QList<StoredNote> notes;
    const auto add = [&](NoteKind kind, NoteState state, const QJsonObject &payload) -> StoredNote & {
        StoredNote note;
        note.id = notes.size() + 1;
        note.kind = kind;
        note.environment = environment;
        note.state = state;
        note.payload = payload;
        note.avfallId = state == NoteState::Draft ? QString() : avfallId(int(note.id));
        notes.append(note);
        return notes.last();
    };
    for (const NoteType &type : noteTypes())
        add(type.kind, NoteState::Sent, payload(type.kind));

    StoredNote &correction =
        add(NoteKind::Handel, NoteState::Sent,
            withValue(payload(NoteKind::Handel), QStringLiteral("avfall.mangd"), kCorrectedQuantity));
    correction.operation = Operation::Correct;
    correction.correctsId = 5;
    correction.targetAvfallId = avfallId(5);
    notes[4].correctedById = correction.id;

    StoredNote &cancellation =
        add(NoteKind::Transport, NoteState::Sent,
            {{QStringLiteral("avfallsId"), avfallId(2)},
             {QStringLiteral("makuleringsorsak"), QString::fromLatin1(kCancelReason)}});
    cancellation.operation = Operation::Cancel;
    cancellation.cancelsId = 2;
    cancellation.avfallId = avfallId(2);
    notes[1].state = NoteState::Cancelled;
    notes[1].cancelReason = QString::fromLatin1(kCancelReason);
    notes[1].cancelExplanation = QString::fromUtf8(kCancelExplanation);
    notes[1].cancelledAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::utc());

    add(NoteKind::Handel, NoteState::Draft, payload(NoteKind::Handel));
    add(NoteKind::Handel, NoteState::Sent, payload(NoteKind::Handel)).environment =
        environment == Environment::Sandbox ? Environment::Production : Environment::Sandbox;
    add(NoteKind::Handel, NoteState::Sent,
        withValue(payload(NoteKind::Handel), QStringLiteral("tidpunkt"),
                  QStringLiteral("2026-10-31T23:59:00+01:00")));
    return notes;
}

namespace {
bool accept(NoteStore &store, Environment environment, const QString &id)
{
    const auto claim = store.claimNext(QDateTime::currentDateTimeUtc(), environment);
    if (!claim)
        return false;
    AttemptResult result;
    result.newState = NoteState::Sent;
    result.outcome = QStringLiteral("accepted");
    result.avfallId = id;
    return store.recordResult(claim->note.id, claim->attemptId, result);
}
} // namespace

bool fill(NoteStore &store, Environment environment, Stored *stored)
{
    Stored ids;
    int number = 0;
    for (const NoteType &type : noteTypes()) {
        const qint64 id = store.enqueue(type.kind, environment, payload(type.kind));
        if (!id || !accept(store, environment, avfallId(++number)))
            return false;
        if (type.kind == NoteKind::Handel)
            ids.handel = id;
        if (type.kind == NoteKind::Transport)
            ids.transport = id;
    }
    ids.correction = store.enqueueCorrection(
        ids.handel, withValue(payload(NoteKind::Handel), QStringLiteral("avfall.mangd"), kCorrectedQuantity));
    if (!ids.correction || !accept(store, environment, avfallId(++number)))
        return false;
    if (!store.enqueueCancellation(ids.transport, QString::fromLatin1(kCancelReason),
                                   QString::fromUtf8(kCancelExplanation)) ||
        !accept(store, environment, avfallId(2)))
        return false;
    const Environment other =
        environment == Environment::Sandbox ? Environment::Production : Environment::Sandbox;
    if (!store.saveDraft(NoteKind::Handel, environment, payload(NoteKind::Handel)) ||
        !store.enqueue(NoteKind::Handel, other, payload(NoteKind::Handel)))
        return false;
    if (stored)
        *stored = ids;
    return true;
}

} // namespace avfall::test::registernotes
