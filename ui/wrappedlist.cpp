#include "wrappedlist.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QListView>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {

// Measures a row at the width it is painted at: the view's own measuring wraps the text at a wider
// width than it paints, so a row's last line was cut and others got a blank line.
class RowDelegate : public QStyledItemDelegate
{
public:
    explicit RowDelegate(QListView *list) : QStyledItemDelegate(list), m_list(list) { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        opt.rect.setWidth(m_list->viewport()->width() - 2 * m_list->spacing());
        return QStyledItemDelegate::sizeHint(opt, index);
    }

private:
    QListView *m_list;
};

} // namespace

WrappedList::WrappedList(QListView *list) : QObject(list), m_list(list)
{
    setObjectName(QStringLiteral("wrappedList"));
    // A row whose text changes keeps its old height too (the view only repaints it): measure again,
    // once for all the rows changed in one pass of the event loop.
    if (QAbstractItemModel *model = list->model())
        connect(model, &QAbstractItemModel::dataChanged, this, &WrappedList::relayoutSoon);
}

void WrappedList::relayoutSoon()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        m_list->doItemsLayout();
    });
}

void WrappedList::apply(QListView *list)
{
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setItemDelegate(new RowDelegate(list));
    list->viewport()->installEventFilter(new WrappedList(list));
}

bool WrappedList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_list->viewport() && m_list->viewport()->width() != m_width) {
        m_width = m_list->viewport()->width();
        m_list->doItemsLayout();
    }
    return QObject::eventFilter(watched, event);
}
