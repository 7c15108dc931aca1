#pragma once

#include "groupanalysis.h"
#include "grouprunner.h"

#include "core/session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// A whole group's run: the shared context, every backend with its findings, and the group's
// answer. What the CLI prints and the reports render.
struct GroupSession
{
    RunContext context; // the run's (the first backend's address)
    QList<Step> plan;
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    int concurrency = 0;
    QList<GroupMember> members;
    GroupAnswer answer;
    QStringList targetProblems; // rows of the list that were left out, each naming its line
    QHash<QString, Evidence> evidence; // given to every backend (the load balancer status)

    static GroupSession fromRun(const GroupRunner &runner, const QDateTime &startedAt);
    // One backend as a single check's session.
    Session sessionFor(int index) const;
    // The steps worth a column: the probes, and every step that any backend has a non-skip finding for.
    QStringList tableSteps() const;

    // {"tool", "backends":[<check object>...], "groups":[...], "verdict", "summary", ...}
    QJsonObject toJson() const;
};
