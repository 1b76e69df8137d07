#include "app/navigationdelegate.h"

#include <QApplication>
#include <QPainter>

namespace avfall::app {

namespace {
constexpr int kMargin = 6;

QFont subtitleFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}
} // namespace

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString subtitle = index.data(SubtitleRole).toString();
    const bool isSection = index.data(IsSectionRole).toBool();
    opt.text.clear();

    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont titleFont = opt.font;
    if (isSection) {
        titleFont.setBold(true);
        titleFont.setCapitalization(QFont::AllUppercase);
        titleFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
    }
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(isSection ? QPalette::PlaceholderText : textRole));
    const QFontMetrics titleMetrics(titleFont);
    const QRect titleRect(textRect.left(), textRect.top(), textRect.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!subtitle.isEmpty()) {
        const QFont smallFont = subtitleFont(opt.font);
        painter->setFont(smallFont);
        QColor color = opt.palette.color(textRole);
        color.setAlphaF(0.7);
        painter->setPen(color);
        const QFontMetrics smallMetrics(smallFont);
        const QRect subtitleRect(textRect.left(), titleRect.bottom() + 1, textRect.width(),
                                 smallMetrics.height());
        painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(subtitle, Qt::ElideRight, subtitleRect.width()));
    }
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    int height = metrics.height() + kMargin * 2;
    if (!index.data(SubtitleRole).toString().isEmpty())
        height += QFontMetrics(subtitleFont(option.font)).height() + 1;
    if (index.data(IsSectionRole).toBool())
        height += kMargin;
    size.setHeight(height);
    return size;
}

} // namespace avfall::app
