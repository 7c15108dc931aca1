#pragma once

#include "diagnosis.h"
#include "finding.h"
#include "profile.h"
#include "runcontext.h"
#include "step.h"
#include "target.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

class ProfileStore;

// One diagnosis: what was checked, against what, and what came out. Saved and loaded as JSON.
struct Session
{
    // Version of the JSON shape ("schema"). Raise it when a reader of the old version would
    // misread the new shape; a reader refuses a newer schema rather than guess.
    static constexpr int schemaVersion = 1;

    RunContext context;
    QDateTime startedAt;
    QList<Finding> findings;
    QHash<QString, Evidence> evidence; // pasted or loaded evidence, so a reopened session can continue
    // The watch's timeline picture (SVG markup from WatchTimeline), embedded by the HTML report.
    // Never saved or loaded: markup read back from a file would be hostile input.
    QString timelineSvg;

    Verdict verdict() const;
    const Finding *rootCause() const;
    // With notVerified and restsOn filled from the plan of this session's context.
    DiagnosisResult diagnosis() const;
    // The ids of the steps the plan for this context runs.
    QStringList plannedSteps() const;

    // docs/cli.md's check --json object, plus "schema" and the evidence a reopened session needs.
    QJsonObject toJson() const;
    // Refuses a newer schema, an unknown profile and broken findings with a message saying which.
    static Result<Session> fromJson(const QJsonObject &object, const ProfileStore &profiles);

    Q_DECLARE_TR_FUNCTIONS(Session)
};

QJsonObject toolJson();
