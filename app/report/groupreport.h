#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>
#include <QStringList>

struct GroupSession;

// The report of a whole group: the group's answer (headline, backend x step table, the groups with
// what they share and their root cause once each), then every backend's own report. HTML,
// Markdown and JSON, chosen by the file's extension like a single check's report.
namespace GroupReport {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupReport)
};

QStringList extensions(); // html, md, json
bool supports(const QString &fileName);
QByteArray render(const GroupSession &group, const QString &extension);
// Saves atomically (QSaveFile); a failure leaves any existing file as it was.
Result<void> write(const GroupSession &group, const QString &fileName);
} // namespace GroupReport
