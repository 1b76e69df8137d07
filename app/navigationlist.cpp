#include "app/navigationlist.h"

#include "app/navigationdelegate.h"

namespace avfall::app {

namespace {
bool isEntry(const QModelIndex &index)
{
    return index.isValid() && !index.data(NavigationDelegate::IsSectionRole).toBool();
}
} // namespace

QModelIndex NavigationList::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const int current = currentIndex().row();
    int row;
    int step;
    switch (cursorAction) {
    case MoveHome:
        row = 0;
        step = 1;
        break;
    case MoveEnd:
        row = count() - 1;
        step = -1;
        break;
    case MoveUp:
    case MovePrevious:
        row = current - 1;
        step = -1;
        break;
    case MoveDown:
    case MoveNext:
        row = current + 1;
        step = 1;
        break;
    default:
        row = QListWidget::moveCursor(cursorAction, modifiers).row();
        step = cursorAction == MovePageUp ? -1 : 1;
        break;
    }
    for (; row >= 0 && row < count(); row += step) {
        const QModelIndex index = model()->index(row, 0);
        if (isEntry(index))
            return index;
    }
    return currentIndex();
}

} // namespace avfall::app
