#pragma once

#include "grouprunner.h"

#include "core/diagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One backend's answer within its group.
struct BackendAnswer
{
    Verdict verdict = Verdict::Inconclusive;
    bool checked = false;
    std::optional<qsizetype> rootCause; // index into the member's findings
    QString signature; // what its failure looks like: "tcp:refused@80", "healthy"
    int group = -1; // index into GroupAnswer::groups
};

// Backends whose checks came out the same way, and what explains them once for all.
struct BackendGroup
{
    QString signature;
    Verdict verdict = Verdict::Inconclusive;
    QList<int> members; // indexes into the run's members
    QString behaviour; // "refuse connections on port 80" (what all of them do)
    QString sentence; // "3 of 12 fail: all 3 refuse connections on port 80"
    QStringList shared; // what they share that the healthy ones do not: "subnet 10.0.2.0/24"
    QString sharedAgainst; // "the healthy ones: subnet 10.0.1.0/24" (what the others show instead)
    QString rootStep; // the root cause's step, for a failing group
    QString rootCause; // the root cause in words, once for the group
    QString fix;

    QJsonObject toJson(const QList<GroupMember> &runMembers) const;
};

struct GroupAnswer
{
    Verdict verdict = Verdict::Inconclusive;
    int total = 0;
    int failing = 0;
    int healthy = 0;
    QList<BackendAnswer> backends; // one per member, in member order
    QList<BackendGroup> groups; // failing groups first (largest first), then the healthy, then the rest
    QString headline; // "3 of 12 fail: all 3 refuse connections on port 80; the other 9 answer 200 in 4 ms"

    QJsonArray groupsJson(const QList<GroupMember> &runMembers) const;
};

// Adds a group's findings up: one verdict per backend, the backends grouped by how they fail, and
// what each failing group has in common that the healthy backends do not (subnet, port, status
// code, Server header, connect-time band, evidence the other steps gave). Pure: no I/O.
namespace GroupAnalysis {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupAnalysis)
};

GroupAnswer analyze(const QList<GroupMember> &members, Listener listener);

// Pieces the analysis reads from a finding, public for tests.
int statusCode(const Finding &http); // 0 when the raw output holds no HTTP response
QString serverHeader(const Finding &http);
QString subnetOf(const QHostAddress &address); // "10.0.2.0/24", "2001:db8:1::/64"
QString latencyBand(qint64 ms);
} // namespace GroupAnalysis
