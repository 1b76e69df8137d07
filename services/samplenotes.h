#pragma once

#include "core/notetype.h"
#include "core/settings.h"

#include <QDateTime>
#include <QJsonObject>

namespace avfall {

// Valid notes of every type for the test run against Naturvårdsverket's test environment: the
// business's own company as verksamhetsutövare (or a customer, with the company as ombud), dates
// just before `now`, Swedish places written in full, and counterparties with valid identity numbers
// that are not the business's own. The notes pass NoteValidator, so a refusal in the test run is
// the register's verdict on the connection or the identity, not on a typing error.
class SampleNoteBuilder
{
public:
    SampleNoteBuilder(const Company &own, const QDateTime &now);

    QJsonObject note(NoteKind kind) const;
    // The same note filed by the own company as ombud for customer.
    QJsonObject asAgent(QJsonObject note, const Company &customer) const;
    // A note the register must refuse: an avfallskod that does not exist (error 1111).
    QJsonObject refusedNote(NoteKind kind) const;
    static constexpr int kRefusedNoteErrorCode = 1111;

private:
    QString at(qint64 secondsBeforeNow) const;

    Company m_own;
    QDateTime m_now;
};

} // namespace avfall
