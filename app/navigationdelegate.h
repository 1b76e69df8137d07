#pragma once

#include <QStyledItemDelegate>

namespace avfall::app {

// Draws a navigation entry as a title with a smaller, dimmer second line (the role and the law
// paragraph for the note types, counts for the queue). Section headers are drawn bold.
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        SubtitleRole = Qt::UserRole + 1,
        IsSectionRole,
        PageRole,
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace avfall::app
