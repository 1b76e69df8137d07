#pragma once

#include "core/environment.h"
#include "core/notetype.h"
#include "core/settings.h"
#include "store/storednote.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace avfall {

class NoteStore;

// The translation context of everything a register file says ("NoteRegister").
struct RegisterText
{
    Q_DECLARE_TR_FUNCTIONS(NoteRegister)
};

// The days of a register export, both included. A note belongs to the period by its `tidpunkt`
// (when the note was made), on the date written in the note itself, whatever the time zone of the
// machine: the authority reads the same date in the file as in the note.
struct RegisterPeriod
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QJsonObject &payload) const;
    // "anteckningar-2026-01-01--2026-12-31.xlsx": a file name that says what it holds.
    QString fileName(const QString &suffix) const;
};

// One sheet of the register: the notes of one type, one row each. A cell is a QString, a qint64
// or a double (numbers stay numbers in a spreadsheet), or an invalid QVariant when empty.
struct RegisterTable
{
    // The columns every sheet begins with (NoteRegisterBuilder::leadingHeadings()), before the
    // note's own fields from the catalogue.
    enum LeadingColumn
    {
        LocalId,
        State,
        AvfallId,
        Version,          // 1 for the first version of a correction chain
        CorrectsId,       // the local note this version corrects
        CorrectsAvfallId, // … and its avfallId in the register
        CorrectedById,    // the local note that corrects this one
        Latest,           // Ja/Nej: no newer version
        CancelledAt,
        CancelReason,     // makuleringsorsak, the contract's code
        CancelReasonText, // the same in words
        CancelExplanation,
        LeadingColumnCount
    };

    NoteKind kind = NoteKind::Transportplanering;
    QString name; // the contract's model name, also the sheet's name ("Transportplanering")
    QStringList headings;
    QList<QVariantList> rows;
};

// The register of one's own notes in a period, independent of the file format: what a supervisory
// authority asks to see. Every field of every note type (from the field catalogue), with the
// register's avfallId, the state, the correction chain and cancellations.
struct NoteRegister
{
    RegisterPeriod period;
    Environment environment = Environment::Production;
    Company company;
    QDateTime createdAt;
    QList<RegisterTable> tables; // the eight note types, in the order of noteTypes()

    int noteCount() const;
    // "2026-01-01 – 2026-12-31"
    QString periodText() const;
};

// Builds the register from the notes of a store. Drafts are not notes yet and are left out;
// cancellations are not rows of their own but shown on the note they cancel; notes of other
// environments never mix in.
class NoteRegisterBuilder
{
public:
    NoteRegisterBuilder(RegisterPeriod period, Environment environment, Company company);

    // `notes` may hold anything from the store; the builder picks what belongs to the register.
    NoteRegister build(const QList<StoredNote> &notes) const;
    NoteRegister build(const NoteStore &store) const;

    // The headings of the columns every sheet begins with, before the note's own fields.
    static QStringList leadingHeadings();

private:
    RegisterPeriod m_period;
    Environment m_environment;
    Company m_company;
};

} // namespace avfall
