#include "store/storednote.h"

#include <QCoreApplication>

namespace avfall {

namespace {
struct StateInfo
{
    NoteState state;
    const char *key;
    const char *name;
};
constexpr StateInfo kStates[] = {
    {NoteState::Draft, "draft", QT_TRANSLATE_NOOP("NoteState", "Utkast")},
    {NoteState::Queued, "queued", QT_TRANSLATE_NOOP("NoteState", "I kö")},
    {NoteState::Sending, "sending", QT_TRANSLATE_NOOP("NoteState", "Skickas")},
    {NoteState::Sent, "sent", QT_TRANSLATE_NOOP("NoteState", "Skickad")},
    {NoteState::Rejected, "rejected", QT_TRANSLATE_NOOP("NoteState", "Avvisad")},
    {NoteState::Uncertain, "uncertain", QT_TRANSLATE_NOOP("NoteState", "Osäker")},
    {NoteState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("NoteState", "Makulerad")},
};
} // namespace

QString stateKey(NoteState state)
{
    for (const StateInfo &info : kStates) {
        if (info.state == state)
            return QString::fromLatin1(info.key);
    }
    return QString();
}

std::optional<NoteState> stateFromKey(QStringView key)
{
    for (const StateInfo &info : kStates) {
        if (key == QLatin1String(info.key))
            return info.state;
    }
    return std::nullopt;
}

QString stateDisplayName(NoteState state)
{
    for (const StateInfo &info : kStates) {
        if (info.state == state)
            return QCoreApplication::translate("NoteState", info.name);
    }
    return QString();
}

QString operationKey(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Correct:
        return QStringLiteral("correct");
    case Operation::Cancel:
        return QStringLiteral("cancel");
    }
    return QString();
}

std::optional<Operation> operationFromKey(QStringView key)
{
    for (Operation operation : {Operation::Create, Operation::Correct, Operation::Cancel}) {
        if (key == operationKey(operation))
            return operation;
    }
    return std::nullopt;
}

} // namespace avfall
