#pragma once

#include "finding.h"
#include "listener.h"

#include <QList>
#include <QString>

#include <optional>

enum class Verdict { Healthy, Unhealthy, Inconclusive };
QString verdictId(Verdict verdict);     // "healthy", "unhealthy", "inconclusive"
QString verdictWord(Verdict verdict);   // translated

// Adds findings up to one answer: the verdict, and the one finding that best explains the rest.
namespace Diagnosis {
Verdict verdict(const QList<Finding> &findings, Listener listener);
// Index into findings of the root cause; nullopt when nothing failed.
std::optional<qsizetype> rootCause(const QList<Finding> &findings, Listener listener);
// Why the root cause explains the other failures ("the firewall drop explains the TCP timeout").
QStringList explained(const QList<Finding> &findings, Listener listener);
}
