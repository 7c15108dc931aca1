#pragma once

#include <QObject>

class QListView;

// A list whose rows wrap their text at the list's width and are measured again whenever that width
// changes (a splitter, a window resize, the first show): QListView keeps the height a row got at its
// first width, so after a resize its last line is cut or a gap is left. No horizontal scrolling.
class WrappedList : public QObject
{
    Q_OBJECT
public:
    // Sets `list` up (word wrap, no eliding, no horizontal scroll bar) and watches its viewport.
    static void apply(QListView *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WrappedList(QListView *list);
    void relayoutSoon();

    QListView *m_list;
    int m_width = -1;
    bool m_pending = false;
};
