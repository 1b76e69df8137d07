#pragma once

#include "core/identitynumber.h"
#include "core/notetype.h"
#include "core/valuelists.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

namespace avfall {

// A note in words, for people: which fields, in what order and formatted how. The review before
// sending, the details in the history and the PDF receipt all show this one summary; the widgets
// only render it. Sections follow the form (Verksamhet, Ombud, Avfall, Parter och transport,
// Platser, Behandling, Datum och referens), labels come from the field catalogue, and values are
// written the Swedish way: "120,5 kg", "20 november 2026 kl. 10:15", "Vägtransport (R)",
// "16 06 01* Blybatterier (farligt avfall)", "Stockholm (kommunkod 0180)".
struct NoteSummary
{
    struct Row
    {
        QString label;
        QString value;
    };
    struct Section
    {
        QString title;
        QList<Row> rows;
    };

    QString title; // the note type in the user's words
    QString law;   // "avfallsförordningen (2020:614) 6 kap. 1 §"
    QList<Section> sections;

    // The summary as HTML: one table, section titles across both columns so that values line up;
    // with the title and the paragraph of the law above it unless the page has its own heading.
    QString toHtml(bool withTitle = true) const;
    // "Label: value" lines under each section title.
    QString toPlainText() const;
    // The value shown for a label (the first such row), empty when there is none; for tests.
    QString valueOf(const QString &label) const;
};

namespace summary {

NoteSummary build(NoteKind kind, const QJsonObject &note, const ValueLists &lists = ValueLists::bundled());

// The locale the summary writes numbers and dates in: the application's, Swedish when none is set.
QLocale displayLocale();
// "20 november 2026 kl. 10:15" in local time.
QString dateTime(const QDateTime &moment);
// "120,5 kg": the weight as sent, with the locale's decimal sign and no rounding.
QString quantity(double kilograms);
// A place in words: "Hamnvägen 3, 116 45 – Stockholm (kommunkod 0180)".
QString place(const QJsonObject &place, const ValueLists &lists = ValueLists::bundled());
// "organisationsnummer", "personnummer", … of a valid identity check.
QString identityKindName(IdentityKind kind);

} // namespace summary

} // namespace avfall
