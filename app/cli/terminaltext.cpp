#include "terminaltext.h"

#include "analyzers/evidencetext.h"

#include <QLocale>

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || isBidiControl(c);
}

QString escape(char16_t c)
{
    switch (c) {
    case u'\r': return QStringLiteral("\\r");
    case 0x1B: return QStringLiteral("\\x1b");
    default: break;
    }
    if (c < 0x80)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

namespace TerminalText {

QString escaped(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && !needsEscape(text[i].unicode()))
        ++i;
    if (i == text.size())
        return text.toString();
    QString out = text.left(i).toString();
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (needsEscape(c))
            out += escape(c);
        else
            out += QChar(c);
    }
    return out;
}

QString line(const QString &text)
{
    if (text.size() >= 8 && EvidenceText::looksBinary(text))
        return Tr::tr("binary data, %1 bytes, not shown").arg(QLocale(QLocale::English).toString(text.toUtf8().size()));
    return escaped(text);
}

} // namespace TerminalText
