#include "shellquote.h"

#include <QRegularExpression>

namespace {

bool isPlain(const QString &s, const QString &extraSafe)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || extraSafe.contains(c);
        if (!safe)
            return false;
    }
    return true;
}

} // namespace

namespace ShellQuote {

QString quote(Shell shell, const QString &argument)
{
    switch (shell) {
    case Shell::Posix:
        if (isPlain(argument, QStringLiteral("._-/:,=+@%")))
            return argument;
        return QLatin1Char('\'') + QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
            + QLatin1Char('\'');
    case Shell::PowerShell:
        if (isPlain(argument, QStringLiteral("._-/:=+%")))
            return argument;
        return QLatin1Char('\'') + QString(argument).replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    case Shell::Cmd: {
        if (isPlain(argument, QStringLiteral("._-/:,=+@")))
            return argument;
        // cmd has no escape inside quotes; strip what cannot be quoted safely.
        QString s = argument;
        s.remove(QLatin1Char('"')).remove(QLatin1Char('%')).remove(QLatin1Char('!'));
        s.remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    }
    return argument;
}

QString expand(Shell shell, const QString &templ, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z][A-Za-z0-9]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(templ);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(templ).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        out += values.contains(name) ? quote(shell, values.value(name)) : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(templ).mid(last);
    return out;
}

} // namespace ShellQuote
