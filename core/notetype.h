#pragma once

#include <QList>
#include <QString>

namespace avfall {

// The eight kinds of note (anteckning) the register accepts, in the order of 6 kap. 1–5 §§.
enum class NoteKind
{
    Transportplanering,
    Transport,
    InsamlingsMottagning,
    InsamlingsTransport,
    Handel,
    Behandlingsmottagning,
    Behandlingsresultat,
    Behandlingsoverlamning,
};

// When the note has to be made, which decides its reporting deadline (6 kap. 11 §).
enum class DeadlineBasis
{
    BeforeTransport, // the transport date: the note is due before the transport starts
    AfterEvent,      // the receipt or transaction date: due within two working days after it
    Quarter,         // compiled per calendar quarter
};

struct NoteType
{
    NoteKind kind;
    QString resource;   // path segment: "transportplaneringar", "transporter", ...
    QString model;      // the contract's model name: "Transportplanering", ...
    const char *title;  // what the user does, in plain Swedish (translate with "NoteType")
    const char *role;   // who files it
    const char *law;    // the paragraph of avfallsförordningen (2020:614)
    QString eventField; // the field holding the date that decides the deadline
    DeadlineBasis deadlineBasis;

    QString displayTitle() const;
    QString displayRole() const;
    QString displayLaw() const;
};

const QList<NoteType> &noteTypes();
const NoteType *noteTypeByResource(QStringView resource);
const NoteType &noteType(NoteKind kind);

} // namespace avfall
