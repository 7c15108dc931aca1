#include "watchtimelineview.h"

#include <QPainter>

WatchTimelineView::WatchTimelineView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("watchTimeline"));
    setAccessibleName(tr("Health-check timeline"));
    setMinimumHeight(180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WatchTimelineView::setSvg(const QString &svg)
{
    m_renderer.load(svg.toUtf8());
    update();
}

QSize WatchTimelineView::sizeHint() const
{
    return m_renderer.isValid() ? m_renderer.defaultSize() : QSize(960, 270);
}

void WatchTimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_renderer.isValid())
        return;
    // Keep the picture's proportions: scale to the width, centre vertically.
    const QSizeF size = m_renderer.defaultSize();
    const double scale = std::min(width() / size.width(), height() / size.height());
    const QSizeF drawn = size * scale;
    m_renderer.render(&painter, QRectF(QPointF((width() - drawn.width()) / 2, (height() - drawn.height()) / 2), drawn));
}
