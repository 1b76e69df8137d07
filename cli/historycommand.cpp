#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/queuesession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace avfall::cli {

namespace {

// The shape of `avfall history --json` is a public interface: add keys, never rename or remove.
QJsonObject toJson(const StoredNote &note)
{
    return {
        {QStringLiteral("id"), note.id},
        {QStringLiteral("type"), noteType(note.kind).resource},
        {QStringLiteral("environment"), environmentKey(note.environment)},
        {QStringLiteral("state"), stateKey(note.state)},
        {QStringLiteral("avfallId"), note.avfallId.isEmpty() ? QJsonValue() : QJsonValue(note.avfallId)},
        {QStringLiteral("referens"), note.referens.isEmpty() ? QJsonValue() : QJsonValue(note.referens)},
        {QStringLiteral("trackingId"), note.trackingId},
        {QStringLiteral("deadline"),
         note.deadline.isValid() ? QJsonValue(note.deadline.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("attempts"), note.attemptCount},
        {QStringLiteral("operation"), operationKey(note.operation)},
        {QStringLiteral("wasteCode"), note.wasteCode},
        {QStringLiteral("quantity"), note.quantity},
        {QStringLiteral("createdAt"), note.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("corrects"), note.correctsId ? QJsonValue(note.correctsId) : QJsonValue()},
        {QStringLiteral("correctedBy"), note.correctedById ? QJsonValue(note.correctedById) : QJsonValue()}};
}

class HistoryCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override { return CliText::tr("visa anteckningar som skickats eller väntar"); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("json"), CliText::tr("skriv en JSON-lista")});
        parser.addOption(
            {QStringLiteral("type"), CliText::tr("bara denna anteckningstyp"), CliText::tr("TYP")});
        parser.addOption(
            {QStringLiteral("state"),
             CliText::tr(
                 "bara detta tillstånd: draft, queued, sending, sent, rejected, uncertain, cancelled"),
             CliText::tr("TILLSTÅND")});
        parser.addOption({QStringLiteral("since"),
                          CliText::tr("bara anteckningar från detta datum (ÅÅÅÅ-MM-DD)"),
                          CliText::tr("datum")});
    }
    int run(const QCommandLineParser &parser, Console &console) const override
    {
        NoteFilter filter;
        if (parser.isSet(QStringLiteral("type"))) {
            const NoteType *type = noteTypeByResource(parser.value(QStringLiteral("type")));
            if (!type) {
                console.err
                    << CliText::tr("Okänd anteckningstyp '%1'.").arg(parser.value(QStringLiteral("type")))
                    << '\n';
                return Usage;
            }
            filter.kind = type->kind;
        }
        if (parser.isSet(QStringLiteral("state"))) {
            filter.state = stateFromKey(parser.value(QStringLiteral("state")));
            if (!filter.state) {
                console.err << CliText::tr("Okänt tillstånd '%1'.").arg(parser.value(QStringLiteral("state")))
                            << '\n';
                return Usage;
            }
        }
        if (parser.isSet(QStringLiteral("since"))) {
            const QDate since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
            if (!since.isValid()) {
                console.err << CliText::tr("Datumet ska skrivas ÅÅÅÅ-MM-DD.") << '\n';
                return Usage;
            }
            filter.since = since.startOfDay();
        }
        QueueSession session(parser);
        if (!session.openStore(console))
            return Failure;
        const QList<StoredNote> notes = session.store().notes(filter, 1000000);
        if (session.store().isDamaged()) {
            console.err << session.store().lastError() << '\n';
            return Failure;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const StoredNote &note : notes)
                list.append(toJson(note));
            console.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (notes.isEmpty()) {
            console.out << CliText::tr("Inga anteckningar.") << '\n';
            return Success;
        }
        for (const StoredNote &note : notes) {
            console.out << QStringLiteral("%1  %2  %3  %4  %5 kg  %6  %7\n")
                               .arg(note.id, -6)
                               .arg(note.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                               .arg(noteType(note.kind).resource, -24)
                               .arg(note.wasteCode, -6)
                               .arg(QLocale(QLocale::Swedish).toString(note.quantity, 'f', 3), 10)
                               .arg(stateKey(note.state), -10)
                               .arg(note.avfallId);
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeHistoryCommand()
{
    return std::make_unique<HistoryCommand>();
}

} // namespace avfall::cli
