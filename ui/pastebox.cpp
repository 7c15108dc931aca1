#include "pastebox.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>

PasteBox::PasteBox(QWidget *parent) : QPlainTextEdit(parent)
{
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!signalsBlocked())
            emit contentChanged();
    });
}

QString PasteBox::text() const
{
    return m_large.isNull() ? toPlainText() : m_large;
}

bool PasteBox::isEmpty() const
{
    return m_large.isNull() ? document()->isEmpty() : m_large.isEmpty();
}

void PasteBox::setText(const QString &text)
{
    if (text.size() > largeChars) {
        showLarge(text);
        return;
    }
    m_large = QString();
    setReadOnly(false);
    setPlainText(text);
}

void PasteBox::showLarge(const QString &text)
{
    m_large = text;
    const qsizetype cut = text.lastIndexOf(QLatin1Char('\n'), previewChars);
    const QString preview = text.left(cut > 0 ? cut : previewChars);
    {
        const QSignalBlocker blocker(this);
        setPlainText(
            tr("[%1 MB pasted. All of it is analyzed; only the beginning is shown.]\n[Delete or Backspace clears it.]")
                .arg(double(text.size()) / (1024.0 * 1024.0), 0, 'f', 1)
            + QStringLiteral("\n\n") + preview);
    }
    // Editing a preview would silently not change what is analyzed; only clearing is allowed.
    setReadOnly(true);
    emit contentChanged();
}

void PasteBox::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText()) {
        const QString pasted = source->text();
        if (pasted.size() + (m_large.isNull() ? document()->characterCount() : m_large.size()) > largeChars) {
            showLarge(isEmpty() ? pasted : text() + pasted); // no copy of megabytes for the usual single paste
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void PasteBox::keyPressEvent(QKeyEvent *event)
{
    if (!m_large.isNull()) {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            m_large = QString();
            setReadOnly(false);
            clear();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            // Read-only would swallow it; a further paste is appended like any other.
            insertFromMimeData(QGuiApplication::clipboard()->mimeData());
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}
