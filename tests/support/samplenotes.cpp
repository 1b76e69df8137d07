#include "tests/support/samplenotes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace avfall::test {

namespace samples {

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone(3600));
}

QJsonObject addressPlace()
{
    return {
        {QStringLiteral("kommunkod"), QStringLiteral("0180")},
        {QStringLiteral("adress"), QJsonObject{{QStringLiteral("adressrad"), QStringLiteral("Hamnvägen 3")},
                                               {QStringLiteral("postnummer"), QStringLiteral("11645")}}}};
}

QJsonObject coordinatePlace()
{
    return {{QStringLiteral("kommunkod"), QStringLiteral("1480")},
            {QStringLiteral("koordinat"),
             QJsonObject{{QStringLiteral("nposition"), 6399430},
                         {QStringLiteral("eposition"), 319350},
                         {QStringLiteral("beskrivning"), QStringLiteral("Grusplanen norr om lagerhallen")}}}};
}

QJsonObject cfarPlace()
{
    return {{QStringLiteral("kommunkod"), QStringLiteral("1280")},
            {QStringLiteral("cfarNR"), QStringLiteral("12345678")}};
}

QJsonObject foreignPlace()
{
    // Land alone, without a Swedish kommunkod (1704/1705; see the Plats comment in the catalogue).
    return {{QStringLiteral("land"), QStringLiteral("NO")}};
}

QJsonObject municipalityOnlyPlace()
{
    return {{QStringLiteral("kommunkod"), QStringLiteral("0180")}};
}

namespace {
QJsonObject common()
{
    return {
        {QStringLiteral("tidpunkt"), QStringLiteral("2026-11-26T10:15:00+01:00")},
        {QStringLiteral("verksamhetsutovare"), QString::fromLatin1(kOwnOrganisation)},
        {QStringLiteral("verksamhetensNamn"), QStringLiteral("Testbolaget AB")},
        {QStringLiteral("verksamhetensKontaktpersonNamn"), QStringLiteral("Anna Svensson")},
        {QStringLiteral("verksamhetensKontaktpersonEpost"), QStringLiteral("anna@testbolaget.se")},
        {QStringLiteral("verksamhetensKontaktpersonTelefonnummer"), QStringLiteral("08-123 456 78")},
        {QStringLiteral("referens"), QStringLiteral("Order 2026-114")},
        {QStringLiteral("avfall"),
         QJsonObject{{QStringLiteral("kod"), QStringLiteral("160601")}, {QStringLiteral("mangd"), 120.5}}},
    };
}

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.constBegin(); it != from.constEnd(); ++it)
        into.insert(it.key(), it.value());
}
} // namespace

QJsonObject note(NoteKind kind)
{
    QJsonObject result = common();
    const QString carrier = QString::fromLatin1(kCustomerOrganisation);
    switch (kind) {
    case NoteKind::Transportplanering:
        merge(result, {{QStringLiteral("borttransportDatum"), QStringLiteral("2026-11-27T08:00:00+01:00")},
                       {QStringLiteral("transportor"), carrier},
                       {QStringLiteral("nyInnehavare"), QStringLiteral("2021005489")},
                       {QStringLiteral("mottagningsplats"), addressPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("R")},
                       {QStringLiteral("uppkomstplats"), coordinatePlace()},
                       {QStringLiteral("cfarNR"), QStringLiteral("SAKNAS")}});
        break;
    case NoteKind::Transport:
        merge(result, {{QStringLiteral("tidigareInnehavare"), carrier},
                       {QStringLiteral("nyInnehavare"), QStringLiteral("2021005489")},
                       {QStringLiteral("transportStartDatum"), QStringLiteral("2026-11-26T13:00:00+01:00")},
                       {QStringLiteral("transportStartplats"), addressPlace()},
                       {QStringLiteral("transportSlutplats"), cfarPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("R")}});
        break;
    case NoteKind::InsamlingsMottagning:
        merge(result, {{QStringLiteral("mottagningsDatum"), QStringLiteral("2026-11-25T14:00:00+01:00")},
                       {QStringLiteral("tidigareInnehavare"), QStringLiteral("191212121212")},
                       {QStringLiteral("kommandeHanteringsPlats"), addressPlace()},
                       {QStringLiteral("senasteHanteringsPlats"), cfarPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("R")}});
        break;
    case NoteKind::InsamlingsTransport:
        merge(result, {{QStringLiteral("borttransportDatum"), QStringLiteral("2026-11-26T15:30:00+01:00")},
                       {QStringLiteral("transportor"), carrier},
                       {QStringLiteral("nyInnehavare"), QStringLiteral("2120000142")},
                       {QStringLiteral("mottagningsplats"), addressPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("T")}});
        break;
    case NoteKind::Handel:
        merge(result, {{QStringLiteral("tidigareInnehavare"), QStringLiteral("DK12345678")},
                       {QStringLiteral("nyInnehavare"), carrier},
                       {QStringLiteral("transaktionsDatum"), QStringLiteral("2026-11-25")}});
        break;
    case NoteKind::Behandlingsmottagning:
        merge(result, {{QStringLiteral("mottagningsDatum"), QStringLiteral("2026-11-26T09:00:00+01:00")},
                       {QStringLiteral("tidigareInnehavare"), QStringLiteral("OKÄND")},
                       {QStringLiteral("senasteHanteringsplats"), municipalityOnlyPlace()},
                       {QStringLiteral("behandlingsPlats"), addressPlace()}});
        break;
    case NoteKind::Behandlingsresultat:
        merge(result, {{QStringLiteral("rapporteringsar"), 2026},
                       {QStringLiteral("rapporteringskvartalNr"), 3},
                       {QStringLiteral("behandlingar"),
                        QJsonArray{QJsonObject{{QStringLiteral("kod"), QStringLiteral("R4")},
                                               {QStringLiteral("underkod"), QStringLiteral("A")}},
                                   QJsonObject{{QStringLiteral("kod"), QStringLiteral("D9")},
                                               {QStringLiteral("underkod"), QStringLiteral("I")}}}},
                       {QStringLiteral("mangdIckeFarligtAvfall"), 10.5},
                       {QStringLiteral("mangdMaterialProdukt"), 98.125}});
        break;
    case NoteKind::Behandlingsoverlamning:
        merge(result, {{QStringLiteral("borttransportDatum"), QStringLiteral("2026-11-27T07:30:00+01:00")},
                       {QStringLiteral("transportor"), QStringLiteral("NO987654321")},
                       {QStringLiteral("nyInnehavare"), QStringLiteral("NO987654321")},
                       {QStringLiteral("mottagningsplats"), foreignPlace()}});
        break;
    }
    return result;
}

QJsonObject asAgent(QJsonObject note)
{
    note.insert(QStringLiteral("verksamhetsutovare"), QString::fromLatin1(kCustomerOrganisation));
    note.insert(QStringLiteral("verksamhetensNamn"), QStringLiteral("Kundföretaget i Ås AB"));
    note.insert(QStringLiteral("ombud"), QString::fromLatin1(kOwnOrganisation));
    note.insert(QStringLiteral("ombudetsNamn"), QStringLiteral("Testbolaget AB"));
    note.insert(QStringLiteral("ombudetsKontaktpersonNamn"), QStringLiteral("Erik Åström"));
    note.insert(QStringLiteral("ombudetsKontaktpersonEpost"), QStringLiteral("erik@testbolaget.se"));
    note.insert(QStringLiteral("ombudetsKontaktpersonTelefonnummer"), QStringLiteral("+46 70 123 45 67"));
    return note;
}

} // namespace samples

namespace {
QJsonValue setIn(const QJsonValue &current, QStringList segments, const QJsonValue &value)
{
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const QString head = segments.takeFirst();
    QJsonObject object = current.toObject();
    const auto match = indexed.match(head);
    if (match.hasMatch()) {
        const QString name = match.captured(1);
        QJsonArray array = object.value(name).toArray();
        const int index = match.captured(2).toInt();
        while (array.size() <= index)
            array.append(QJsonObject());
        array[index] = segments.isEmpty() ? value : setIn(array.at(index), segments, value);
        object.insert(name, array);
        return object;
    }
    if (segments.isEmpty()) {
        if (value.isUndefined())
            object.remove(head);
        else
            object.insert(head, value);
    } else {
        object.insert(head, setIn(object.value(head), segments, value));
    }
    return object;
}
} // namespace

QJsonObject withValue(QJsonObject object, const QString &path, const QJsonValue &value)
{
    return setIn(object, path.split(QLatin1Char('.')), value).toObject();
}

QJsonObject without(QJsonObject object, const QString &path)
{
    return withValue(std::move(object), path, QJsonValue(QJsonValue::Undefined));
}

} // namespace avfall::test
