#include "queue/readbackmatch.h"

#include "core/fieldformats.h"
#include "core/identitynumber.h"

#include <QJsonDocument>

namespace avfall::readback {

namespace {

enum class Compare
{
    Text,     // trimmed, exactly
    Email,    // trimmed, any letter case
    Phone,    // digits and a leading + only
    Party,    // an organisation or personal number, in any of its written forms
    DateTime, // the same moment, whatever the notation
    Number,
    Guid, // any letter case
};

struct Field
{
    const char *readModel; // a key of the read model, "avfall.kod" inside the waste
    const char *payload;   // the same value in the note as it was sent
    Compare compare;
};

// What the read model repeats of a note, and where the note holds it.
constexpr Field kFields[] = {
    {"anteckningsDatum", "tidpunkt", Compare::DateTime},
    {"referens", "referens", Compare::Text},
    {"verksamhetsutovare", "verksamhetsutovare", Compare::Party},
    {"verksamhetensNamn", "verksamhetensNamn", Compare::Text},
    {"verksamhetensKontaktpersonNamn", "verksamhetensKontaktpersonNamn", Compare::Text},
    {"verksamhetensKontaktpersonEpost", "verksamhetensKontaktpersonEpost", Compare::Email},
    {"verksamhetensKontaktpersonTelefonnummer", "verksamhetensKontaktpersonTelefonnummer", Compare::Phone},
    {"ombud", "ombud", Compare::Party},
    {"ombudetsNamn", "ombudetsNamn", Compare::Text},
    {"ombudetsKontaktpersonNamn", "ombudetsKontaktpersonNamn", Compare::Text},
    {"ombudetsKontaktpersonEpost", "ombudetsKontaktpersonEpost", Compare::Email},
    {"ombudetsKontaktpersonTelefonnummer", "ombudetsKontaktpersonTelefonnummer", Compare::Phone},
    {"avfall.kod", "avfall.kod", Compare::Text},
    {"avfall.mangd", "avfall.mangd", Compare::Number},
    {"avfall.foregaendeAvfallId", "avfall.foregaendeAvfallId", Compare::Guid},
};

QJsonValue valueAt(const QJsonObject &object, QLatin1String path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return object.value(path);
    return object.value(path.first(dot)).toObject().value(path.sliced(dot + 1));
}

QString textOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString().trimmed();
}

QString phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
    }
    return digits;
}

QString partyOf(const QString &text)
{
    const IdentityCheck check = identity::check(text, IdentityAllowance::Organisation |
                                                          IdentityAllowance::Person | IdentityAllowance::Vat);
    return check.isValid() ? check.normalized : text;
}

bool same(const QJsonValue &registerValue, const QJsonValue &sentValue, Compare compare)
{
    const QString theirs = textOf(registerValue);
    const QString ours = textOf(sentValue);
    if (theirs.isEmpty() || ours.isEmpty())
        return theirs.isEmpty() && ours.isEmpty(); // absent, null and "" are all "not given"
    switch (compare) {
    case Compare::Text:
        return theirs == ours;
    case Compare::Email:
    case Compare::Guid:
        return theirs.compare(ours, Qt::CaseInsensitive) == 0;
    case Compare::Phone:
        return phoneDigits(theirs) == phoneDigits(ours);
    case Compare::Party:
        return partyOf(theirs) == partyOf(ours);
    case Compare::DateTime: {
        const auto a = formats::parseDateTime(theirs);
        const auto b = formats::parseDateTime(ours);
        return a && b ? *a == *b : theirs == ours;
    }
    case Compare::Number: {
        bool okA = false;
        bool okB = false;
        const double a = theirs.toDouble(&okA);
        const double b = ours.toDouble(&okB);
        return okA && okB && qFuzzyCompare(1.0 + a, 1.0 + b);
    }
    }
    return false;
}

// "Behandlingsöverlämning" and the model name "Behandlingsoverlamning" are the same type.
QString folded(const QString &text)
{
    QString result = text.toLower();
    result.replace(u'å', u'a').replace(u'ä', u'a').replace(u'ö', u'o');
    return result;
}

bool sameType(const StoredNote &note, const QJsonObject &entry)
{
    const QString description = entry.value(QLatin1String("anteckningstypBeskrivning")).toString().trimmed();
    // Without a description the type cannot be told; the fields still decide.
    return description.isEmpty() || folded(description) == folded(noteType(note.kind).model);
}

} // namespace

QString avfallIdOf(const QJsonObject &entry)
{
    return entry.value(QLatin1String("avfall"))
        .toObject()
        .value(QLatin1String("avfallId"))
        .toString()
        .toLower();
}

bool matches(const StoredNote &note, const QJsonObject &entry)
{
    if (note.operation == Operation::Cancel) {
        const QJsonValue cancelled = entry.value(QLatin1String("makuleradOrsak"));
        return !note.targetAvfallId.isEmpty() && avfallIdOf(entry) == note.targetAvfallId.toLower() &&
               cancelled.isObject();
    }
    if (!sameType(note, entry))
        return false;
    // A new note replaces nothing; a correction replaces exactly the version it names.
    const QString replaces = entry.value(QLatin1String("foregaendeAvfallsid")).toString().trimmed();
    if (note.operation == Operation::Create ? !replaces.isEmpty()
                                            : replaces.compare(note.targetAvfallId, Qt::CaseInsensitive) != 0)
        return false;
    const QJsonObject payload =
        note.payload.isEmpty() ? QJsonDocument::fromJson(note.payloadJson).object() : note.payload;
    for (const Field &field : kFields) {
        if (!same(valueAt(entry, QLatin1String(field.readModel)),
                  valueAt(payload, QLatin1String(field.payload)), field.compare))
            return false;
    }
    return true;
}

} // namespace avfall::readback
