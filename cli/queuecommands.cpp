// The commands that put notes in the durable queue and send them: submit, correct, cancel, queue.
#include "cli/clitext.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/queuesession.h"
#include "core/fieldcatalogue.h"
#include "core/fieldformats.h"
#include "core/notejson.h"
#include "core/notevalidator.h"
#include "queue/uncertaincheck.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace avfall::cli {

namespace {

// The exit code of `queue flush`: what is left, the most serious first. Uncertain notes count
// when this run made them so (recovery included); queued ones whenever any are left that this
// environment could send.
int flushExitCode(const QueueSession::SendReport &report, bool queuedLeft)
{
    if (report.summary.blocked)
        return Failure;
    if (report.summary.uncertain + report.recoveredUncertain > 0)
        return Uncertain;
    if (report.summary.rejected)
        return Rejected;
    if (queuedLeft)
        return Queued;
    return Success;
}

// After a note was queued: send it now and report what became of it.
int sendAndReport(QueueSession &session, qint64 id, Console &console)
{
    QueueSession::SendReport report;
    const Sender::Summary &summary = report.summary;
    if (!session.send({}, console, &report))
        return summary.blocked ? Failure : Queued;
    const StoredNote note = *session.store().note(id);
    switch (note.state) {
    case NoteState::Sent:
    case NoteState::Cancelled:
        console.out << note.avfallId << '\n';
        return Success;
    case NoteState::Rejected:
        console.out << note.lastSummary << '\n';
        return Rejected;
    case NoteState::Uncertain:
        console.out << note.lastSummary << '\n';
        return Uncertain;
    default:
        console.err << CliText::tr("Anteckning %1 ligger kvar i kön: %2").arg(note.id).arg(note.lastSummary)
                    << '\n';
        return summary.blocked ? Failure : Queued;
    }
}

class SubmitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("submit"); }
    QString summary() const override { return CliText::tr("lägg en anteckning i kön och skicka den"); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(CliText::tr("TYP"),
                                     CliText::tr("anteckningstyp, till exempel transporter"));
        parser.addPositionalArgument(CliText::tr("FIL"), CliText::tr("anteckningen som JSON"));
        addConnectionOptions(parser);
    }
    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList arguments = parser.positionalArguments();
        const NoteType *type = arguments.size() == 2 ? noteTypeByResource(arguments.at(0)) : nullptr;
        if (!type) {
            console.err << CliText::tr("avfall submit: ange en känd TYPE och en FILE.") << '\n';
            return Usage;
        }
        const auto note = readNoteFile(arguments.at(1), console);
        if (!note)
            return Failure;
        QueueSession session(parser);
        const auto lists = openValueLists(session.profile(), session.environment());
        if (!printProblems(NoteValidator(lists->lists()).validate(type->kind, *note), console))
            return Invalid; // nothing stored
        if (!session.openStore(console))
            return Failure;
        // Durable first: from here on the note survives whatever happens to the network or to us.
        const qint64 id = session.store().enqueue(type->kind, session.environment(),
                                                  notejson::normalized(type->kind, *note));
        if (!id) {
            console.err << session.store().lastError() << '\n';
            return Failure;
        }
        console.err << CliText::tr("Anteckning %1 är köad.").arg(id) << '\n';
        return sendAndReport(session, id, console);
    }
};

class CorrectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("correct"); }
    QString summary() const override
    {
        return CliText::tr("skicka en rättad version av en skickad anteckning");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("lokalt id eller avfallsId"));
        parser.addPositionalArgument(CliText::tr("FIL"),
                                     CliText::tr("hela den rättade anteckningen som JSON"));
        addConnectionOptions(parser);
    }
    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList arguments = parser.positionalArguments();
        if (arguments.size() != 2)
            return Usage;
        QueueSession session(parser);
        if (!session.openStore(console))
            return Failure;
        const auto original = session.findNote(arguments.at(0));
        if (!original) {
            console.err << CliText::tr("Ingen anteckning med id %1.").arg(arguments.at(0)) << '\n';
            return Failure;
        }
        const auto note = readNoteFile(arguments.at(1), console);
        if (!note)
            return Failure;
        const auto lists = openValueLists(session.profile(), session.environment());
        if (!printProblems(NoteValidator(lists->lists()).validate(original->kind, *note), console))
            return Invalid;
        // Always correct the newest version of the chain.
        const QList<StoredNote> chain = session.store().versions(original->id);
        QString error;
        const qint64 id =
            session.store().enqueueCorrection(chain.isEmpty() ? original->id : chain.last().id,
                                              notejson::normalized(original->kind, *note), &error);
        if (!id) {
            console.err << error << '\n';
            return Failure;
        }
        return sendAndReport(session, id, console);
    }
};

class CancelCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("cancel"); }
    QString summary() const override { return CliText::tr("makulera en skickad anteckning"); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ID"), CliText::tr("lokalt id eller avfallsId"));
        parser.addPositionalArgument(CliText::tr("ORSAK"),
                                     CliText::tr("FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt"));
        parser.addOption({QStringLiteral("explanation"), CliText::tr("egen förklaring, sparas bara lokalt"),
                          CliText::tr("text")});
        addConnectionOptions(parser);
    }
    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList arguments = parser.positionalArguments();
        if (arguments.size() != 2)
            return Usage;
        const auto &reasons = catalogue::cancellationReasons();
        if (std::none_of(reasons.cbegin(), reasons.cend(), [&](const catalogue::CancellationReason &reason) {
                return reason.code == arguments.at(1);
            })) {
            console.err << CliText::tr(
                               "Orsaken ska vara FelAvfall, FelAnteckningstyp, FelVU eller SkickatDubbelt.")
                        << '\n';
            return Usage;
        }
        QueueSession session(parser);
        if (!session.openStore(console))
            return Failure;
        const auto note = session.findNote(arguments.at(0));
        if (!note) {
            console.err << CliText::tr("Ingen anteckning med id %1.").arg(arguments.at(0)) << '\n';
            return Failure;
        }
        QString error;
        const qint64 id = session.store().enqueueCancellation(
            note->id, arguments.at(1), parser.value(QStringLiteral("explanation")), &error);
        if (!id) {
            console.err << error << '\n';
            return Failure;
        }
        return sendAndReport(session, id, console);
    }
};

class QueueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override
    {
        return CliText::tr(
            "visa kön (list), skicka den (flush) eller reda ut osäkra (check, resend, received)");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(
            CliText::tr("ÅTGÄRD"),
            CliText::tr("list, flush, check ID, resend ID eller received ID AVFALLSID"));
        parser.addOption(
            {QStringLiteral("wait"),
             CliText::tr("flush: fortsätt försöka i högst så många sekunder när registret inte svarar"),
             CliText::tr("sekunder"), QStringLiteral("0")});
        addConnectionOptions(parser);
    }
    int run(const QCommandLineParser &parser, Console &console) const override
    {
        const QStringList arguments = parser.positionalArguments();
        const QString action = arguments.value(0);
        QueueSession session(parser);
        if (action.isEmpty() || !session.openStore(console))
            return action.isEmpty() ? Usage : Failure;
        if (action == QLatin1String("list"))
            return list(session, console);
        if (action == QLatin1String("flush")) {
            // Every queued note now, whatever its backoff: the user asked.
            QueueSession::SendReport report;
            if (!session.send(
                    {QueueSession::LockWait::UntilFree, parser.value(QStringLiteral("wait")).toInt(), true},
                    console, &report))
                return Failure;
            const Sender::Summary &summary = report.summary;
            console.out << CliText::tr("Skickade: %1, avvisade: %2, osäkra: %3, kvar i kön: %4")
                               .arg(summary.sent)
                               .arg(summary.rejected)
                               .arg(summary.uncertain + report.recoveredUncertain)
                               .arg(session.store().stateCounts().value(NoteState::Queued))
                        << '\n';
            return flushExitCode(report, session.store().nextDueAt(session.environment()).has_value());
        }
        const auto note = session.findNote(arguments.value(1));
        if (action == QLatin1String("resend") && note) {
            if (!session.store().resendUncertain(note->id)) {
                console.err << CliText::tr("Bara en osäker anteckning kan skickas igen.") << '\n';
                return Failure;
            }
            console.err
                << CliText::tr(
                       "Varning: kom den förra sändningen fram blir anteckningen dubbel och måste makuleras "
                       "som SkickatDubbelt.")
                << '\n';
            return sendAndReport(session, note->id, console);
        }
        if (action == QLatin1String("check") && note)
            return check(parser, session, *note, console);
        if (action == QLatin1String("received") && note) {
            QString error;
            if (!session.store().markReceived(note->id, arguments.value(2), &error)) {
                console.err << error << ' '
                            << CliText::tr(
                                   "Ange anteckningens id och det avfallsId som registret gav (en GUID).")
                            << '\n';
                return Failure;
            }
            return Success;
        }
        console.err << CliText::tr(
                           "avfall queue: okänd åtgärd eller anteckning. Använd list, flush, check ID, "
                           "resend ID eller received ID AVFALLSID.")
                    << '\n';
        return Usage;
    }

private:
    // Settles an uncertain note by reading back what the register holds (GET /anteckningar: Test
    // and the sandbox answer it, production does not), every page of it. Only a note that matches
    // on every field the register repeats, and whose avfallId is no other note's, counts.
    static int check(const QCommandLineParser &parser, QueueSession &session, const StoredNote &note,
                     Console &console)
    {
        if (note.state != NoteState::Uncertain) {
            console.err << CliText::tr("Bara en osäker anteckning behöver kontrolleras.") << '\n';
            return Failure;
        }
        if (note.environment == Environment::Production) {
            console.err
                << CliText::tr(
                       "Produktionsmiljön går inte att läsa tillbaka. Kontrollera i Naturvårdsverkets "
                       "e-tjänst och "
                       "använd 'avfall queue received ID AVFALLSID' eller 'avfall queue resend ID'.")
                << '\n';
            return Failure;
        }
        Connection connection = connectionFromOptions(parser, session.profile());
        if (!connection.ok()) {
            console.err << connection.error << '\n';
            return Failure;
        }
        RegisterClient client;
        client.setConnection(connection.settings);
        UncertainCheck checker(session.store(), client);
        std::optional<UncertainCheck::Result> result;
        checker.run(note, [&result](const UncertainCheck::Result &answer) { result = answer; });
        QEventLoop loop;
        while (!result)
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        switch (result->verdict) {
        case UncertainCheck::Verdict::Arrived:
            console.out << CliText::tr("Registret har anteckningen. AvfallsId: %1").arg(result->avfallId)
                        << '\n';
            return Success;
        case UncertainCheck::Verdict::Ambiguous: {
            QStringList rivals;
            for (const qint64 rival : std::as_const(result->rivals))
                rivals << QString::number(rival);
            console.out << (rivals.isEmpty()
                                ? CliText::tr(
                                      "Tvetydigt: registret har %n anteckningar som stämmer med anteckning "
                                      "%1 (avfallsId %2).",
                                      nullptr, int(result->candidates.size()))
                                      .arg(note.id)
                                      .arg(result->candidates.join(QStringLiteral(", ")))
                                : CliText::tr("Tvetydigt: registrets anteckning %1 stämmer lika väl med "
                                              "anteckning %2 som med %3 här.")
                                      .arg(result->candidates.first())
                                      .arg(note.id)
                                      .arg(rivals.join(QStringLiteral(", "))))
                        << ' '
                        << CliText::tr("Ingen väljs automatiskt; ta reda på vilken som är vilken och använd "
                                       "'avfall queue received ID AVFALLSID'.")
                        << '\n';
            return Uncertain;
        }
        case UncertainCheck::Verdict::NotArrived:
            if (result->taken > 0)
                console.out << CliText::tr(
                                   "Registret har %n anteckning(ar) som stämmer, men de hör redan till "
                                   "andra anteckningar här.",
                                   nullptr, result->taken)
                            << '\n';
            console.out
                << CliText::tr(
                       "Registret har ingen sådan anteckning. Skicka den igen med 'avfall queue resend %1'.")
                       .arg(note.id)
                << '\n';
            return Queued;
        case UncertainCheck::Verdict::Failed:
            break;
        }
        console.err << result->summary << '\n';
        return Failure;
    }

    static int list(QueueSession &session, Console &console)
    {
        NoteFilter filter;
        filter.includeCancellations = true;
        filter.includeDrafts = false;
        QList<StoredNote> open;
        for (const StoredNote &note : session.store().notes(filter, 100000)) {
            if (note.isOpen())
                open.append(note);
        }
        if (open.isEmpty()) {
            console.out << CliText::tr("Kön är tom.") << '\n';
            return Success;
        }
        console.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                           .arg(CliText::tr("id"), -6)
                           .arg(CliText::tr("typ"), -30)
                           .arg(CliText::tr("status"), -10)
                           .arg(CliText::tr("försök"), -6)
                           .arg(CliText::tr("senast"));
        const QDate today = QDate::currentDate();
        for (const StoredNote &note : open) {
            QString type = noteType(note.kind).resource;
            if (note.operation != Operation::Create)
                type += QLatin1Char('/') + operationKey(note.operation);
            // A late report costs a fee: say so where the deadline is near or past.
            QString deadline = note.deadline.toString(Qt::ISODate);
            if (note.deadline.isValid() && note.deadline < today)
                deadline += CliText::tr("  FÖRSENAD");
            else if (note.deadline.isValid() && note.deadline <= today.addDays(1))
                deadline += CliText::tr("  snart");
            console.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                               .arg(note.id, -6)
                               .arg(type, -30)
                               .arg(stateKey(note.state), -10)
                               .arg(note.attemptCount, -6)
                               .arg(deadline);
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSubmitCommand()
{
    return std::make_unique<SubmitCommand>();
}

std::unique_ptr<Command> makeCorrectCommand()
{
    return std::make_unique<CorrectCommand>();
}

std::unique_ptr<Command> makeCancelCommand()
{
    return std::make_unique<CancelCommand>();
}

std::unique_ptr<Command> makeQueueCommand()
{
    return std::make_unique<QueueCommand>();
}

} // namespace avfall::cli
