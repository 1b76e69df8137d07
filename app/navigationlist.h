#pragma once

#include <QListWidget>

namespace avfall::app {

// The navigation list: section headings can never become current, and the keyboard (arrows,
// Home, End, Page Up/Down) steps over them to the nearest entry.
class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    using QListWidget::QListWidget;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

} // namespace avfall::app
