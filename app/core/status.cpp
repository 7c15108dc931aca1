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
    case Status::Pass: return QCoreApplication::translate("Status", "PASS");
    case Status::Fail: return QCoreApplication::translate("Status", "FAIL");
    case Status::Warn: return QCoreApplication::translate("Status", "WARN");
    case Status::Skip: return QCoreApplication::translate("Status", "NOT RUN");
    case Status::Unknown: return QCoreApplication::translate("Status", "UNKNOWN");
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
