// Writes every kind of payload the app sends to the register into a folder, for the contract check
// that does not use our field catalogue (check_payloads.py, run by CTest): each sample note of the
// eight types for the operator itself and as ombud, every way each place may be given, the notes as
// the form builds them and as the command line reads hand-written JSON, corrections and
// cancellations as the queue stores them (the bytes the sender sends).
//
// Usage: dumppayloads FOLDER. Writes FOLDER/<n>.json and FOLDER/manifest.json, a list of
// {"file", "method", "path", "what"}: which operation of the swagger each payload goes to. The
// check finds the schema from method and path itself. Exit status 1 when a payload is one our own
// validator refuses (the app would not send it, so it says nothing about the contract).
#include "core/fieldcatalogue.h"
#include "core/notejson.h"
#include "core/notevalidator.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace avfall;
using namespace avfall::test;

namespace {

class Dump
{
public:
    explicit Dump(const QString &folder)
        : m_folder(folder)
    {
        m_validator.setClock(&samples::now);
    }

    // A note as the app sends it (POST, or PUT for a correction).
    bool note(NoteKind kind, const QJsonObject &written, const QString &what)
    {
        const QJsonObject sent = notejson::normalized(kind, written);
        if (!valid(kind, sent, what))
            return false;
        write(QJsonDocument(sent).toJson(QJsonDocument::Compact), QStringLiteral("POST"),
              QLatin1Char('/') + noteType(kind).resource, what);
        return true;
    }

    // Exactly the bytes the queue stores and the sender sends.
    void stored(const StoredNote &note, const QString &what)
    {
        const QString resource = noteType(note.kind).resource;
        if (note.operation == Operation::Cancel)
            write(note.payloadJson, QStringLiteral("DELETE"), QStringLiteral("/anteckningar"), what);
        else
            write(note.payloadJson,
                  note.operation == Operation::Correct ? QStringLiteral("PUT") : QStringLiteral("POST"),
                  note.operation == Operation::Correct ? QStringLiteral("/%1/{id}").arg(resource)
                                                       : QLatin1Char('/') + resource,
                  what);
    }

    bool valid(NoteKind kind, const QJsonObject &sent, const QString &what)
    {
        const QList<Problem> problems = m_validator.validate(kind, sent);
        if (!hasErrors(problems))
            return true;
        QTextStream err(stderr);
        err << "dumppayloads: our own validator refuses " << what << ":\n";
        for (const Problem &problem : problems)
            err << "  " << problem.path << ": " << problem.message << '\n';
        m_failed = true;
        return false;
    }

    bool finish()
    {
        QFile file(m_folder + QStringLiteral("/manifest.json"));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QJsonDocument(m_manifest).toJson());
        QTextStream(stdout) << "dumppayloads: " << m_manifest.size() << " payloads in " << m_folder << '\n';
        return !m_failed;
    }

    bool failed() const { return m_failed; }

private:
    void write(const QByteArray &body, const QString &method, const QString &path, const QString &what)
    {
        const QString name = QStringLiteral("%1.json").arg(m_manifest.size() + 1, 3, 10, QLatin1Char('0'));
        QFile file(m_folder + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size()) {
            m_failed = true;
            return;
        }
        m_manifest.append(QJsonObject{{QStringLiteral("file"), name},
                                      {QStringLiteral("method"), method},
                                      {QStringLiteral("path"), path},
                                      {QStringLiteral("what"), what}});
    }

    QString m_folder;
    NoteValidator m_validator;
    QJsonArray m_manifest;
    bool m_failed = false;
};

// Each way a place may be given, where the catalogue lets this place take it.
QList<std::pair<QString, QJsonObject>> placeWays(const Field &place)
{
    QList<std::pair<QString, QJsonObject>> ways = {{QStringLiteral("adress"), samples::addressPlace()},
                                                   {QStringLiteral("koordinat"), samples::coordinatePlace()},
                                                   {QStringLiteral("utomlands"), samples::foreignPlace()}};
    if (place.placeAcceptsCfar)
        ways.append({QStringLiteral("CFAR"), samples::cfarPlace()});
    if (place.originPlace)
        ways.append({QStringLiteral("bara kommun"), samples::municipalityOnlyPlace()});
    return ways;
}

// The sample in PascalCase with a comment and the quantity as text, as a hand-written file might be.
QJsonObject handWritten(const QJsonObject &note)
{
    QJsonObject written;
    for (auto it = note.constBegin(); it != note.constEnd(); ++it)
        written.insert(it.key().left(1).toUpper() + it.key().mid(1), it.value());
    written.insert(QStringLiteral("Kommentar"), QStringLiteral("intern anteckning"));
    QJsonObject waste = note.value(QStringLiteral("avfall")).toObject();
    waste.insert(QStringLiteral("mangd"), QString::number(waste.value(QStringLiteral("mangd")).toDouble()));
    written.insert(QStringLiteral("Avfall"), waste);
    return written;
}

void dumpNotes(Dump &dump)
{
    for (const NoteType &type : noteTypes()) {
        const QJsonObject own = samples::note(type.kind);
        dump.note(type.kind, own, type.model + QStringLiteral(", egen räkning"));
        dump.note(type.kind, samples::asAgent(own), type.model + QStringLiteral(", som ombud"));
        dump.note(type.kind, notejson::build(type.kind, notejson::flatten(type.kind, own)),
                  type.model + QStringLiteral(", som formuläret bygger den"));
        dump.note(type.kind, handWritten(own),
                  type.model + QStringLiteral(", handskriven JSON (kommandoraden)"));
        for (const Field &field : catalogue::note(type.kind).fields) {
            if (!field.isPlace())
                continue;
            for (const auto &[way, place] : placeWays(field)) {
                QJsonObject note = withValue(own, field.json, place);
                if (way == QLatin1String("bara kommun"))
                    note = withValue(note, QStringLiteral("tidigareInnehavare"), QStringLiteral("OKÄND"));
                dump.note(type.kind, note, QStringLiteral("%1, %2 som %3").arg(type.model, field.json, way));
            }
        }
    }
    // Waste oil, with a result type and its quantities.
    QJsonObject oil = withValue(samples::note(NoteKind::Behandlingsresultat), QStringLiteral("avfall.kod"),
                                QStringLiteral("130205"));
    oil = withValue(oil, QStringLiteral("atervinningsresultattypkod"), QStringLiteral("12"));
    oil = withValue(oil, QStringLiteral("mangdRegenerering"), 80.5);
    oil = withValue(oil, QStringLiteral("mangdEnergiatervinning"), 12.125);
    oil = withValue(oil, QStringLiteral("specifikationAnnan"),
                    QStringLiteral("Delvis regenererad, resten eldad"));
    dump.note(NoteKind::Behandlingsresultat, oil, QStringLiteral("Behandlingsresultat, spillolja typ 12"));
}

// A sample note of the kind queued and recorded as accepted with the avfallId; 0 on failure.
qint64 queuedAndSent(NoteStore &store, NoteKind kind, const QString &avfallId)
{
    const qint64 id =
        store.enqueue(kind, Environment::Sandbox, notejson::normalized(kind, samples::note(kind)));
    auto claim = store.claimNext(QDateTime::currentDateTimeUtc(), Environment::Sandbox);
    if (!id || !claim || !store.markWritten(claim->attemptId))
        return 0;
    AttemptResult result;
    result.newState = NoteState::Sent;
    result.outcome = QStringLiteral("accepted");
    result.httpStatus = 200;
    result.avfallId = avfallId;
    return store.recordResult(id, claim->attemptId, result) ? id : 0;
}

// Corrections and cancellations come out of the queue: what NoteStore keeps is what is sent.
bool dumpQueued(Dump &dump, const QString &databaseFolder)
{
    QString error;
    auto store = NoteStore::open(databaseFolder + QStringLiteral("/anteckningar.sqlite"), &error);
    if (!store) {
        QTextStream(stderr) << "dumppayloads: " << error << '\n';
        return false;
    }
    int serial = 0;
    for (const NoteType &type : noteTypes()) {
        const qint64 id = queuedAndSent(
            *store, type.kind,
            QStringLiteral("3f2504e0-4f89-11d3-9a0c-%1").arg(++serial, 12, 10, QLatin1Char('0')));
        if (!id)
            return false;
        dump.stored(*store->note(id), type.model + QStringLiteral(", köad och skickad"));

        const QJsonObject corrected = notejson::normalized(
            type.kind, withValue(withValue(samples::note(type.kind), QStringLiteral("avfall.mangd"), 99.875),
                                 QStringLiteral("referens"), QStringLiteral("Rättad 2026-114")));
        if (!dump.valid(type.kind, corrected, type.model + QStringLiteral(", rättelse")))
            return false;
        const qint64 correction = store->enqueueCorrection(id, corrected, &error);
        if (!correction)
            return false;
        dump.stored(*store->note(correction), type.model + QStringLiteral(", rättelse (PUT)"));
    }
    for (const catalogue::CancellationReason &reason : catalogue::cancellationReasons()) {
        const qint64 id = queuedAndSent(
            *store, NoteKind::Handel,
            QStringLiteral("8d3c1a2e-0b4f-4c6d-9e7a-%1").arg(++serial, 12, 10, QLatin1Char('0')));
        const qint64 cancellation =
            id ? store->enqueueCancellation(id, reason.code, QStringLiteral("Egen förklaring"), &error) : 0;
        if (!cancellation)
            return false;
        dump.stored(*store->note(cancellation), QStringLiteral("makulering: ") + reason.code);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2 || !QDir().mkpath(arguments.at(1))) {
        QTextStream(stderr) << "usage: dumppayloads FOLDER\n";
        return 2;
    }
    Dump dump(QDir(arguments.at(1)).absolutePath());
    dumpNotes(dump);
    QTemporaryDir database;
    if (!database.isValid() || !dumpQueued(dump, database.path())) {
        QTextStream(stderr) << "dumppayloads: the queue could not store a correction or cancellation\n";
        return 1;
    }
    return dump.finish() ? 0 : 1;
}
