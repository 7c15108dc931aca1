#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The outcome of one step. Order matters: higher is worse when findings are combined.
enum class Status { Pass, Skip, Unknown, Warn, Fail };

QString statusId(Status status); // "pass", "fail", ... (JSON, CLI)
std::optional<Status> statusFromId(QStringView id);
QString statusWord(Status status); // translated word for people: "PASS"
QString statusSymbol(Status status); // plain-text symbol, readable without colour

// The translation context "Status" of its texts.
struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(Status)
};
