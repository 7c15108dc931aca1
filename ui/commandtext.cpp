#include "commandtext.h"

#include <QAbstractTextDocumentLayout>
#include <cmath>
#include <QFontDatabase>
#include <QMimeData>
#include <QTextBlock>
#include <QTextLayout>

namespace {

constexpr char16_t wordJoiner = 0x2060;

} // namespace

CommandText::CommandText(const QString &command, QWidget *parent) : QTextEdit(parent), m_command(command)
{
    setObjectName(QStringLiteral("commandText"));
    setReadOnly(true);
    setAcceptRichText(false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document()->setDocumentMargin(4);
    setPlainText(joined(command));
    // Between arguments when the line is full; inside one only when it alone is wider than the box.
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus); // the Copy button is the keyboard stop; the text stays mouse-selectable
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Command"));
    setAccessibleDescription(command);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this] { fitHeight(); });
    fitHeight();
}

QString CommandText::joined(const QString &command)
{
    QString out;
    out.reserve(command.size() * 2);
    for (qsizetype i = 0; i < command.size(); ++i) {
        out += command[i];
        const bool joinNext = i + 1 < command.size() && !command[i].isSpace() && !command[i + 1].isSpace()
            && !command[i].isHighSurrogate();
        if (joinNext)
            out += QChar(wordJoiner);
    }
    return out;
}

QString CommandText::unjoined(QString text)
{
    text.remove(QChar(wordJoiner));
    // A selection across the document's paragraph separators comes back as line feeds; a command is one line.
    text.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    return text;
}

QStringList CommandText::displayedLines() const
{
    QStringList lines;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines << unjoined(block.text().mid(line.textStart(), line.textLength()));
        }
    }
    return lines;
}

QMimeData *CommandText::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(unjoined(textCursor().selectedText()));
    return data;
}

void CommandText::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void CommandText::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int height = int(std::ceil(document()->size().height())) + 2 * frameWidth();
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
}

QSize CommandText::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int width = metrics.horizontalAdvance(m_command) + 2 * frameWidth() + 8 + 2;
    return {qMin(width, 600), height()};
}

QSize CommandText::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12, height()};
}
