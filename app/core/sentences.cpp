#include "sentences.h"

namespace {

// Full-width sentence and clause punctuation (CJK symbols and fullwidth forms): no space follows.
bool endsFullWidth(const QString &text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.back().unicode();
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20);
}

} // namespace

namespace Sentences {

QString join(const QStringList &sentences)
{
    QString out;
    for (const QString &s : sentences) {
        const QString sentence = s.trimmed();
        if (sentence.isEmpty())
            continue;
        if (!out.isEmpty() && !endsFullWidth(out))
            out += QLatin1Char(' ');
        out += sentence;
    }
    return out;
}

QString first(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F))
            return trimmed.left(i + 1);
        // An English full stop ends a sentence only before a space: "1.1" and "example.com" do not.
        if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && i + 1 < trimmed.size()
            && trimmed[i + 1] == QLatin1Char(' '))
            return trimmed.left(i + 1);
    }
    return trimmed;
}

} // namespace Sentences
