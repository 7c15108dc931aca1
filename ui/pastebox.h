#pragma once

#include <QPlainTextEdit>

// The box the customer's output is pasted into. A paste of many megabytes would take the text
// layout seconds (the window would freeze), so a large paste is kept aside whole and the box
// shows only its beginning with a note; text() always returns everything that was pasted.
class PasteBox : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PasteBox(QWidget *parent = nullptr);

    QString text() const; // the whole paste
    void setText(const QString &text); // as if pasted
    bool isEmpty() const;
    bool holdsLargeText() const { return !m_large.isNull(); }

    static constexpr qsizetype largeChars = 256 * 1024;
    static constexpr qsizetype previewChars = 16 * 1024;

signals:
    void contentChanged();

protected:
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showLarge(const QString &text);

    QString m_large; // null unless a large text is held
};
