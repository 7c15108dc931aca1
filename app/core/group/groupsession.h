#pragma once

#include "groupanalysis.h"
#include "grouprunner.h"

#include "core/session.h"

#include <QCoreApplication>

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
    QStringList evidenceProblems; // bundles that matched no backend, files that could not be read
    QHash<QString, Evidence> evidence; // given to every backend (the load balancer status)

    static GroupSession fromRun(const GroupRunner &runner, const QDateTime &startedAt);
    // One backend as a single check's session.
    Session sessionFor(int index) const;
    // The steps worth a column: the probes, and every step that any backend has a non-skip finding for.
    QStringList tableSteps() const;

    // {"tool", "backends":[<check object>...], "groups":[...], "verdict", "summary", ...}; a
    // backend's own evidence adds "evidenceSource" and "evidenceNotes" to its check object, the
    // evidence every backend shares is in "shared" (a check object without findings).
    QJsonObject toJson() const;
    // A group saved by toJson: each backend through Session::fromJson, the answer worked out again.
    static Result<GroupSession> fromJson(const QJsonObject &object, const ProfileStore &profiles);
    static bool looksLikeGroup(const QJsonObject &object); // has "backends"
    // What the backend-side columns rest on: "Evidence from the backends themselves: 2 of 4 ...",
    // then the problems and each backend's notes ("web-3: not collected over ssh ..."), at most
    // maxLines of them; empty when no backend gave evidence and nothing went wrong.
    QStringList evidenceLines(int maxLines = 20) const;

    Q_DECLARE_TR_FUNCTIONS(GroupSession)
};
