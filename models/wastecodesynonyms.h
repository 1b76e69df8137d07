#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace avfall {

// OUR OWN SEARCH HELP, NOT THE REGISTER'S TEXT. Everyday Swedish words that people type when they
// look for a waste code, and the codes they most likely mean, most likely first. The register's
// descriptions often lack these words ("spillolja" is in no description). A hit that came only
// from this table is marked as such in the search results, and the user still picks the code
// against the list's own wording. Codes missing from a list are skipped.
struct WasteCodeSynonym
{
    QString word;      // one word, as typed (folded when indexed)
    QStringList codes; // six digits, most likely first
};

const QList<WasteCodeSynonym> &wasteCodeSynonyms();

} // namespace avfall
