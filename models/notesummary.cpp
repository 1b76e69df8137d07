#include "models/notesummary.h"

#include "core/fieldcatalogue.h"
#include "core/fieldformats.h"
#include "core/notejson.h"
#include "core/notevalidator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NoteSummary)
};

QString formatPostcode(QString digits)
{
    digits.remove(QLatin1Char(' '));
    return digits.size() == 5 ? digits.left(3) + QLatin1Char(' ') + digits.mid(3) : digits;
}

// The words for one value of a field.
class ValueWriter
{
public:
    ValueWriter(const QJsonObject &note, const ValueLists &lists)
        : m_note(note)
        , m_lists(lists)
        , m_locale(summary::displayLocale())
    {}

    QString text(const Field &field, const QJsonValue &value) const
    {
        switch (field.rule) {
        case FieldRule::PartyIdentity: {
            const IdentityCheck check = identity::check(value.toString(), field.identities);
            return check.isValid() ? Text::tr("%1 (%2)").arg(identity::display(check),
                                                             summary::identityKindName(check.kind))
                                   : value.toString();
        }
        case FieldRule::WasteCode: {
            const QDate date = NoteValidator::noteDate(m_note, QDateTime::currentDateTime());
            const WasteCode *code = m_lists.wasteCodesOn(date).find(value.toString());
            if (!code)
                return value.toString();
            return Text::tr("%1 %2 (%3)")
                .arg(code->ewc, code->description,
                     code->hazardous ? Text::tr("farligt avfall") : Text::tr("inte farligt avfall"));
        }
        case FieldRule::TransportMode:
            for (const TransportMode &mode : m_lists.transportModes()) {
                if (mode.code == value.toString())
                    return Text::tr("%1 (%2)").arg(mode.description, mode.code);
            }
            return value.toString();
        case FieldRule::RecoveryResultType:
            if (const RecoveryResultType *type = m_lists.recoveryResultType(value.toString()))
                return type->description;
            return value.toString();
        case FieldRule::Quarter: {
            const QStringList months = {Text::tr("januari–mars"), Text::tr("april–juni"),
                                        Text::tr("juli–september"), Text::tr("oktober–december")};
            const int quarter = value.toVariant().toInt();
            return quarter >= 1 && quarter <= 4 ? Text::tr("%1 (%2)").arg(quarter).arg(months.at(quarter - 1))
                                                : value.toVariant().toString();
        }
        case FieldRule::Quantity:
            return summary::quantity(value.toVariant().toDouble());
        case FieldRule::MunicipalityCode:
            return municipality(value.toString());
        default:
            break;
        }
        if (field.kind == FieldKind::DateTime) {
            const auto moment = formats::parseDateTime(value.toString());
            return moment ? summary::dateTime(*moment) : value.toString();
        }
        // Years, quarters and coordinates are codes, not amounts: no thousands separator.
        if (field.kind == FieldKind::Integer)
            return QString::number(value.toVariant().toLongLong());
        if (value.isDouble())
            return m_locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
        return value.toString();
    }

    QString municipality(const QString &code) const
    {
        const Municipality *found = m_lists.municipality(code);
        return found ? Text::tr("%1 (kommunkod %2)").arg(found->name, code)
                     : Text::tr("kommunkod %1").arg(code);
    }

    QString treatment(const QJsonObject &item) const
    {
        const QString code = item.value(QLatin1String("kod")).toString();
        const QString subcode = item.value(QLatin1String("underkod")).toString();
        const TreatmentMethod *method = m_lists.treatmentMethod(code);
        QString text = method ? Text::tr("%1 – %2").arg(code, method->description) : code;
        if (subcode.isEmpty())
            return text;
        QString subDescription;
        if (method) {
            for (const TreatmentSubcode &entry : method->subcodes) {
                if (entry.code == subcode)
                    subDescription = entry.description;
            }
        }
        return text + QStringLiteral("; ") +
               (subDescription.isEmpty() ? Text::tr("underkod %1").arg(subcode)
                                         : Text::tr("underkod %1 – %2").arg(subcode, subDescription));
    }

private:
    const QJsonObject &m_note;
    const ValueLists &m_lists;
    QLocale m_locale;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

namespace summary {

QLocale displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::Swedish, QLocale::Sweden) : locale;
}

QString dateTime(const QDateTime &moment)
{
    const QLocale locale = displayLocale();
    const QString format = locale.language() == QLocale::Swedish ? QStringLiteral("d MMMM yyyy 'kl.' HH:mm")
                                                                 : QStringLiteral("d MMMM yyyy, HH:mm");
    return locale.toString(moment.toLocalTime(), format);
}

QString quantity(double kilograms)
{
    return Text::tr("%1 kg").arg(displayLocale().toString(kilograms, 'f', QLocale::FloatingPointShortest));
}

QString place(const QJsonObject &place, const ValueLists &lists)
{
    QStringList parts;
    const QJsonObject address = place.value(QLatin1String("adress")).toObject();
    const QJsonObject coordinate = place.value(QLatin1String("koordinat")).toObject();
    if (!address.isEmpty())
        parts << address.value(QLatin1String("adressrad")).toString() + QStringLiteral(", ") +
                     formatPostcode(address.value(QLatin1String("postnummer")).toString());
    if (!coordinate.isEmpty()) {
        QString text = Text::tr("Koordinat N %1, E %2 (SWEREF 99 TM)")
                           .arg(coordinate.value(QLatin1String("nposition")).toVariant().toString(),
                                coordinate.value(QLatin1String("eposition")).toVariant().toString());
        const QString description = coordinate.value(QLatin1String("beskrivning")).toString();
        if (!description.isEmpty())
            text += QStringLiteral(", ") + description;
        parts << text;
    }
    if (place.contains(QLatin1String("cfarNR")))
        parts << Text::tr("CFAR-nummer %1").arg(place.value(QLatin1String("cfarNR")).toString());
    if (place.contains(QLatin1String("land"))) {
        const QString countryCode = place.value(QLatin1String("land")).toString();
        const Country *country = lists.country(countryCode.toUpper());
        parts << (country ? Text::tr("Utomlands: %1 (landskod %2)").arg(country->name, countryCode)
                          : Text::tr("Utomlands, landskod %1").arg(countryCode));
    }
    const QString code = place.value(QLatin1String("kommunkod")).toString();
    if (!code.isEmpty()) {
        const QString name = ValueWriter(place, lists).municipality(code);
        parts << (parts.isEmpty() ? Text::tr("Bara kommunen: %1").arg(name) : name);
    }
    return parts.join(QStringLiteral(" – "));
}

QString identityKindName(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Organisationsnummer:
        return Text::tr("organisationsnummer");
    case IdentityKind::Personnummer:
        return Text::tr("personnummer");
    case IdentityKind::Samordningsnummer:
        return Text::tr("samordningsnummer");
    case IdentityKind::VatNumber:
        return Text::tr("momsnummer");
    case IdentityKind::Unknown:
        return Text::tr("tidigare innehavare okänd");
    case IdentityKind::Municipality:
        return Text::tr("hushåll i kommunen");
    case IdentityKind::Invalid:
        break;
    }
    return QString();
}

NoteSummary build(NoteKind kind, const QJsonObject &input, const ValueLists &lists)
{
    const QJsonObject note = notejson::normalized(kind, input);
    const ValueWriter writer(note, lists);
    const NoteType &type = noteType(kind);
    NoteSummary result;
    result.title = type.displayTitle();
    result.law = Text::tr("avfallsförordningen (2020:614) %1").arg(type.displayLaw());
    const Block &block = catalogue::note(kind);
    for (const Section section : {Section::Operator, Section::Agent, Section::Waste, Section::Parties,
                                  Section::Places, Section::Treatment, Section::DateAndReference}) {
        NoteSummary::Section shown{sectionTitle(section), {}};
        for (const Field &field : block.fields) {
            if (field.section != section || !note.contains(field.json))
                continue;
            const QJsonValue value = note.value(field.json);
            if (field.kind == FieldKind::Object && field.isPlace()) {
                shown.rows.append({field.displayLabel(), place(value.toObject(), lists)});
            } else if (field.kind == FieldKind::Object) {
                const QJsonObject object = value.toObject();
                for (const Field &child : field.block->fields) {
                    if (object.contains(child.json))
                        shown.rows.append(
                            {child.displayLabel(), writer.text(child, object.value(child.json))});
                }
            } else if (field.kind == FieldKind::List) {
                const QJsonArray items = value.toArray();
                for (qsizetype i = 0; i < items.size(); ++i)
                    shown.rows.append({Text::tr("%1 %2").arg(field.displayLabel()).arg(i + 1),
                                       writer.treatment(items.at(i).toObject())});
            } else {
                shown.rows.append({field.displayLabel(), writer.text(field, value)});
            }
        }
        if (!shown.rows.isEmpty())
            result.sections.append(shown);
    }
    return result;
}

} // namespace summary

QString NoteSummary::toHtml(bool withTitle) const
{
    QString html =
        withTitle
            ? QStringLiteral("<h2>%1</h2><p style=\"color:#555\">%2</p>").arg(escaped(title), escaped(law))
            : QString();
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const Section &section : sections) {
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"padding:14px 0 4px 0; font-size:large; "
                               "font-weight:bold;\">%1</td></tr>")
                    .arg(escaped(section.title));
        for (const Row &row : section.rows)
            html +=
                QStringLiteral("<tr><td width=\"34%\" style=\"padding:2px 16px 2px 0; color:#444;\">%1</td>"
                               "<td style=\"padding:2px 0;\">%2</td></tr>")
                    .arg(escaped(row.label), escaped(row.value));
    }
    return html + QStringLiteral("</table>");
}

QString NoteSummary::toPlainText() const
{
    QStringList lines{title, law};
    for (const Section &section : sections) {
        lines << QString() << section.title;
        for (const Row &row : section.rows)
            lines << row.label + QStringLiteral(": ") + row.value;
    }
    return lines.join(QLatin1Char('\n'));
}

QString NoteSummary::valueOf(const QString &label) const
{
    for (const Section &section : sections) {
        for (const Row &row : section.rows) {
            if (row.label == label)
                return row.value;
        }
    }
    return QString();
}

} // namespace avfall
