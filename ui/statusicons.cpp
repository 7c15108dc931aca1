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
    case State::Running: return QCoreApplication::translate("StatusIcons", "RUNNING");
    case State::NotRun: return QCoreApplication::translate("StatusIcons", "NOT RUN");
    }
    return {};
}

} // namespace StatusIcons
