#include "statusicons.h"

#include <QCoreApplication>
#include <QHash>

namespace StatusIcons {

State stateOf(Status status)
{
    switch (status) {
    case Status::Pass: return State::Pass;
    case Status::Fail: return State::Fail;
    case Status::Warn: return State::Warn;
    case Status::Unknown: return State::Unknown;
    case Status::Skip: return State::NotRun;
    }
    return State::Unknown;
}

QString resourcePath(State state)
{
    switch (state) {
    case State::Pass: return QStringLiteral(":/icons/status-pass.svg");
    case State::Fail: return QStringLiteral(":/icons/status-fail.svg");
    case State::Warn: return QStringLiteral(":/icons/status-warn.svg");
    case State::Unknown: return QStringLiteral(":/icons/status-unknown.svg");
    case State::Running: return QStringLiteral(":/icons/status-running.svg");
    case State::NotRun: return QStringLiteral(":/icons/status-notrun.svg");
    }
    return {};
}

QIcon icon(State state)
{
    // QIcon renders the SVG at whatever size and device pixel ratio it is painted, so one file
    // serves every DPI; the cache only avoids re-parsing.
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it == cache.end())
        it = cache.insert(int(state), QIcon(resourcePath(state)));
    return *it;
}

QIcon icon(Status status)
{
    return icon(stateOf(status));
}

QString word(State state)
{
    switch (state) {
    case State::Pass: return statusWord(Status::Pass);
    case State::Fail: return statusWord(Status::Fail);
    case State::Warn: return statusWord(Status::Warn);
    case State::Unknown: return statusWord(Status::Unknown);
    case State::Running: return StatusIcons::Tr::tr("RUNNING");
    case State::NotRun: return StatusIcons::Tr::tr("NOT RUN");
    }
    return {};
}

} // namespace StatusIcons

QString StatusIcons::label(State state, const QString &text)
{
    const QString w = word(state);
    QString rest = text;
    // Summaries start with their status in words ("unknown, because ..."); do not say it twice.
    for (const QString &prefix : {w, statusWord(Status::Unknown)}) {
        if (!prefix.isEmpty() && rest.startsWith(prefix, Qt::CaseInsensitive) && rest.size() > prefix.size()) {
            const QChar next = rest.at(prefix.size());
            if (next == QLatin1Char(',') || next == QChar(0xFF0C) || next == QLatin1Char(':')
                || next == QChar(0xFF1A)) {
                rest = rest.mid(prefix.size() + 1).trimmed();
                break;
            }
        }
    }
    return rest.isEmpty() ? w : w + QStringLiteral(": ") + rest;
}

QString StatusIcons::label(Status status, const QString &text)
{
    return label(stateOf(status), text);
}
