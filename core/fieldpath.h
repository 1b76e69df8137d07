#pragma once

#include <QString>
#include <QStringView>

// Paths of fields inside a note, as forms, the validator and the JSON writer name them:
// "mottagningsplats.adress.postnummer", and list items with their index, "behandlingar[2].kod".
// The catalogue knows a list item's field without the index ("behandlingar.kod").
namespace avfall::fieldpath {

// "behandlingar[2].kod" → "behandlingar.kod".
QString withoutIndex(QStringView path);

// ("behandlingar", 2, "kod") → "behandlingar[2].kod"; without a field, "behandlingar[2]".
QString item(QStringView list, int index, QStringView field = {});

// The item a path points into, in the list at `list`: "behandlingar[2].kod" → {2, "kod"},
// "behandlingar[2]" → {2, ""}; index -1 when the path is not inside an item of that list.
struct ItemPath
{
    int index = -1;
    QString field; // the rest after "].", may be a dotted path
};
ItemPath parseItem(QStringView path, QStringView list);

} // namespace avfall::fieldpath
