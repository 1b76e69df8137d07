#pragma once

#include "store/storednote.h"

#include <QJsonObject>

namespace avfall::readback {

// Whether the register's read model of one note (Base.Response.Anteckning, as GET /anteckningar
// lists it) shows this local note, compared on everything the read model repeats: the note type,
// the time of the note, the reference, every party, name and contact field, the waste code, the
// quantity, the previous avfallId in the waste, and the version link (a new note replaces nothing;
// a correction replaces exactly the version it names). A cancellation matches the version it
// cancels once that shows as cancelled.
bool matches(const StoredNote &note, const QJsonObject &entry);

// The avfallId the entry stands for: the waste's avfallId.
QString avfallIdOf(const QJsonObject &entry);

} // namespace avfall::readback
