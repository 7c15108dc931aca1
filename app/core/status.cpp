#include "status.h"

#include <QCoreApplication>

QString statusId(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("pass");
    case Status::Fail: return QStringLiteral("fail");
    case Status::Warn: return QStringLiteral("warn");
    case Status::Skip: return QStringLiteral("skip");
    case Status::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<Status> statusFromId(QStringView id)
{
    for (Status s : {Status::Pass, Status::Fail, Status::Warn, Status::Skip, Status::Unknown}) {
        if (id == statusId(s))
            return s;
    }
    return std::nullopt;
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Pass: return StatusText::tr("PASS");
    case Status::Fail: return StatusText::tr("FAIL");
    case Status::Warn: return StatusText::tr("WARN");
    case Status::Skip: return StatusText::tr("NOT RUN");
    case Status::Unknown: return StatusText::tr("UNKNOWN");
    }
    return {};
}

QString statusSymbol(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("[ok]");
    case Status::Fail: return QStringLiteral("[XX]");
    case Status::Warn: return QStringLiteral("[!!]");
    case Status::Skip: return QStringLiteral("[--]");
    case Status::Unknown: return QStringLiteral("[??]");
    }
    return {};
}
