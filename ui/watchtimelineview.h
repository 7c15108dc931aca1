#pragma once

#include <QSvgRenderer>
#include <QWidget>

// Draws the engine's timeline SVG (WatchTimeline::svg), scaled to the widget's width.
class WatchTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit WatchTimelineView(QWidget *parent = nullptr);
    void setSvg(const QString &svg);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer m_renderer;
};
