#include "core/notetype.h"

#include <QCoreApplication>

namespace avfall {

const QList<NoteType> &noteTypes()
{
    static const QList<NoteType> types = {
        {NoteKind::Transportplanering, QStringLiteral("transportplaneringar"),
         QStringLiteral("Transportplanering"),
         QT_TRANSLATE_NOOP("NoteType", "Farligt avfall lämnas till transport – producent"),
         QT_TRANSLATE_NOOP("NoteType", "Avfallsproducent"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 1 §"),
         QStringLiteral("borttransportDatum"), DeadlineBasis::BeforeTransport},
        {NoteKind::Transport, QStringLiteral("transporter"), QStringLiteral("Transport"),
         QT_TRANSLATE_NOOP("NoteType", "Jag transporterar farligt avfall"),
         QT_TRANSLATE_NOOP("NoteType", "Transportör"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 2 §"),
         QStringLiteral("transportStartDatum"), DeadlineBasis::BeforeTransport},
        {NoteKind::InsamlingsMottagning, QStringLiteral("insamlingar"),
         QStringLiteral("InsamlingsMottagning"),
         QT_TRANSLATE_NOOP("NoteType", "Jag tar emot farligt avfall till insamling"),
         QT_TRANSLATE_NOOP("NoteType", "Insamlare"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 3 § 1"),
         QStringLiteral("mottagningsDatum"), DeadlineBasis::AfterEvent},
        {NoteKind::InsamlingsTransport, QStringLiteral("insamlingstransport"),
         QStringLiteral("InsamlingsTransport"),
         QT_TRANSLATE_NOOP("NoteType", "Jag skickar insamlat farligt avfall vidare"),
         QT_TRANSLATE_NOOP("NoteType", "Insamlare"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 3 § 2"),
         QStringLiteral("borttransportDatum"), DeadlineBasis::BeforeTransport},
        {NoteKind::Handel, QStringLiteral("handel"), QStringLiteral("Handel"),
         QT_TRANSLATE_NOOP("NoteType", "Jag köper, säljer eller förmedlar farligt avfall"),
         QT_TRANSLATE_NOOP("NoteType", "Handlare eller mäklare"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 4 §"),
         QStringLiteral("transaktionsDatum"), DeadlineBasis::AfterEvent},
        {NoteKind::Behandlingsmottagning, QStringLiteral("behandlingsmottaganden"),
         QStringLiteral("Behandlingsmottagning"),
         QT_TRANSLATE_NOOP("NoteType", "Jag tar emot farligt avfall för behandling"),
         QT_TRANSLATE_NOOP("NoteType", "Behandlare"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 5 § 1"),
         QStringLiteral("mottagningsDatum"), DeadlineBasis::AfterEvent},
        {NoteKind::Behandlingsresultat, QStringLiteral("behandlingsresultat"),
         QStringLiteral("Behandlingsresultat"),
         QT_TRANSLATE_NOOP("NoteType", "Jag redovisar behandlingsresultat för ett kvartal"),
         QT_TRANSLATE_NOOP("NoteType", "Behandlare"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 5 § 2"),
         QString(), DeadlineBasis::Quarter},
        {NoteKind::Behandlingsoverlamning, QStringLiteral("behandlingsoverlamningar"),
         QStringLiteral("Behandlingsoverlamning"),
         QT_TRANSLATE_NOOP("NoteType", "Jag lämnar över avfall som är kvar efter behandling"),
         QT_TRANSLATE_NOOP("NoteType", "Behandlare"), QT_TRANSLATE_NOOP("NoteType", "6 kap. 5 § 3"),
         QStringLiteral("borttransportDatum"), DeadlineBasis::BeforeTransport},
    };
    return types;
}

const NoteType *noteTypeByResource(QStringView resource)
{
    for (const NoteType &type : noteTypes()) {
        if (type.resource == resource)
            return &type;
    }
    return nullptr;
}

const NoteType &noteType(NoteKind kind)
{
    return noteTypes().at(static_cast<int>(kind));
}

QString NoteType::displayTitle() const
{
    return QCoreApplication::translate("NoteType", title);
}

QString NoteType::displayRole() const
{
    return QCoreApplication::translate("NoteType", role);
}

QString NoteType::displayLaw() const
{
    return QCoreApplication::translate("NoteType", law);
}

} // namespace avfall
