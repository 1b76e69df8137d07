#include "services/samplenotes.h"

#include <QJsonArray>

namespace avfall {

namespace {

// Counterparties of the samples: real-looking, Luhn-valid numbers that belong to nobody in the
// test run, so that the identity rule (1023) is judged on the business's own number alone.
const QString kCarrier = QStringLiteral("5560065087");
const QString kReceiver = QStringLiteral("2021005489");
const QString kPrivatePerson = QStringLiteral("191212121212");

QJsonObject addressPlace()
{
    return {
        {QStringLiteral("kommunkod"), QStringLiteral("0180")},
        {QStringLiteral("adress"), QJsonObject{{QStringLiteral("adressrad"), QStringLiteral("Hamnvägen 3")},
                                               {QStringLiteral("postnummer"), QStringLiteral("11645")}}}};
}

QString orDefault(const QString &value, const QString &fallback)
{
    return value.trimmed().isEmpty() ? fallback : value;
}

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.constBegin(); it != from.constEnd(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

SampleNoteBuilder::SampleNoteBuilder(const Company &own, const QDateTime &now)
    : m_own(own)
    , m_now(now)
{}

QString SampleNoteBuilder::at(qint64 secondsBeforeNow) const
{
    return m_now.addSecs(-secondsBeforeNow).toOffsetFromUtc(m_now.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject SampleNoteBuilder::note(NoteKind kind) const
{
    constexpr qint64 hour = 3600;
    // Contact details the register requires; a profile without them still gets a complete note.
    QJsonObject result{
        {QStringLiteral("tidpunkt"), at(hour)},
        {QStringLiteral("verksamhetsutovare"), m_own.organisationNumber},
        {QStringLiteral("verksamhetensNamn"), orDefault(m_own.name, QStringLiteral("Testkörning AB"))},
        {QStringLiteral("verksamhetensKontaktpersonNamn"),
         orDefault(m_own.contactPerson, QStringLiteral("Testkörning Kontakt"))},
        {QStringLiteral("verksamhetensKontaktpersonEpost"),
         orDefault(m_own.email, QStringLiteral("testkorning@example.se"))},
        {QStringLiteral("verksamhetensKontaktpersonTelefonnummer"),
         orDefault(m_own.phone, QStringLiteral("08-123 456 78"))},
        {QStringLiteral("referens"), QStringLiteral("Testkörning")},
        {QStringLiteral("avfall"),
         QJsonObject{{QStringLiteral("kod"), QStringLiteral("160601")}, {QStringLiteral("mangd"), 120.5}}},
    };
    const QString cfar = m_own.cfar.size() == 8 ? m_own.cfar : QStringLiteral("SAKNAS");
    switch (kind) {
    case NoteKind::Transportplanering:
        merge(result, {{QStringLiteral("borttransportDatum"), at(2 * hour)},
                       {QStringLiteral("transportor"), kCarrier},
                       {QStringLiteral("nyInnehavare"), kReceiver},
                       {QStringLiteral("mottagningsplats"), addressPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("R")},
                       {QStringLiteral("uppkomstplats"), addressPlace()},
                       {QStringLiteral("cfarNR"), cfar}});
        break;
    case NoteKind::Transport:
        merge(result, {{QStringLiteral("tidigareInnehavare"), kReceiver},
                       {QStringLiteral("nyInnehavare"), kCarrier},
                       {QStringLiteral("transportStartDatum"), at(3 * hour)},
                       {QStringLiteral("transportStartplats"), addressPlace()},
                       {QStringLiteral("transportSlutplats"), addressPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("R")}});
        break;
    case NoteKind::InsamlingsMottagning:
        merge(result, {{QStringLiteral("mottagningsDatum"), at(24 * hour)},
                       {QStringLiteral("tidigareInnehavare"), kPrivatePerson},
                       {QStringLiteral("kommandeHanteringsPlats"), addressPlace()},
                       {QStringLiteral("senasteHanteringsPlats"), addressPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("R")}});
        break;
    case NoteKind::InsamlingsTransport:
        merge(result, {{QStringLiteral("borttransportDatum"), at(2 * hour)},
                       {QStringLiteral("transportor"), kCarrier},
                       {QStringLiteral("nyInnehavare"), kReceiver},
                       {QStringLiteral("mottagningsplats"), addressPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("T")}});
        break;
    case NoteKind::Handel:
        merge(result,
              {{QStringLiteral("tidigareInnehavare"), kReceiver},
               {QStringLiteral("nyInnehavare"), kCarrier},
               {QStringLiteral("transaktionsDatum"), m_now.date().addDays(-1).toString(Qt::ISODate)}});
        break;
    case NoteKind::Behandlingsmottagning:
        merge(result, {{QStringLiteral("mottagningsDatum"), at(24 * hour)},
                       {QStringLiteral("tidigareInnehavare"), kReceiver},
                       {QStringLiteral("senasteHanteringsplats"), addressPlace()},
                       {QStringLiteral("behandlingsPlats"), addressPlace()}});
        break;
    case NoteKind::Behandlingsresultat: {
        // The quarter before the current one: a finished quarter is what gets reported.
        const QDate previous = m_now.date().addMonths(-3);
        merge(result, {{QStringLiteral("rapporteringsar"), previous.year()},
                       {QStringLiteral("rapporteringskvartalNr"), (previous.month() - 1) / 3 + 1},
                       {QStringLiteral("behandlingar"),
                        QJsonArray{QJsonObject{{QStringLiteral("kod"), QStringLiteral("R4")},
                                               {QStringLiteral("underkod"), QStringLiteral("A")}}}},
                       {QStringLiteral("mangdIckeFarligtAvfall"), 10.5}});
        break;
    }
    case NoteKind::Behandlingsoverlamning:
        merge(result, {{QStringLiteral("borttransportDatum"), at(2 * hour)},
                       {QStringLiteral("transportor"), kCarrier},
                       {QStringLiteral("nyInnehavare"), kReceiver},
                       {QStringLiteral("mottagningsplats"), addressPlace()},
                       {QStringLiteral("transportsatt"), QStringLiteral("R")}});
        break;
    }
    return result;
}

QJsonObject SampleNoteBuilder::asAgent(QJsonObject note, const Company &customer) const
{
    note.insert(QStringLiteral("verksamhetsutovare"), customer.organisationNumber);
    note.insert(QStringLiteral("verksamhetensNamn"), orDefault(customer.name, QStringLiteral("Kunden AB")));
    note.insert(QStringLiteral("verksamhetensKontaktpersonNamn"),
                orDefault(customer.contactPerson, QStringLiteral("Kund Kontakt")));
    note.insert(QStringLiteral("verksamhetensKontaktpersonEpost"),
                orDefault(customer.email, QStringLiteral("kund@example.se")));
    note.insert(QStringLiteral("verksamhetensKontaktpersonTelefonnummer"),
                orDefault(customer.phone, QStringLiteral("08-765 432 10")));
    note.insert(QStringLiteral("ombud"), m_own.organisationNumber);
    note.insert(QStringLiteral("ombudetsNamn"), orDefault(m_own.name, QStringLiteral("Testkörning AB")));
    note.insert(QStringLiteral("ombudetsKontaktpersonNamn"),
                orDefault(m_own.contactPerson, QStringLiteral("Testkörning Kontakt")));
    note.insert(QStringLiteral("ombudetsKontaktpersonEpost"),
                orDefault(m_own.email, QStringLiteral("testkorning@example.se")));
    note.insert(QStringLiteral("ombudetsKontaktpersonTelefonnummer"),
                orDefault(m_own.phone, QStringLiteral("08-123 456 78")));
    return note;
}

QJsonObject SampleNoteBuilder::refusedNote(NoteKind kind) const
{
    QJsonObject result = note(kind);
    QJsonObject waste = result.value(QStringLiteral("avfall")).toObject();
    waste.insert(QStringLiteral("kod"), QStringLiteral("999999"));
    result.insert(QStringLiteral("avfall"), waste);
    return result;
}

} // namespace avfall
