#pragma once

#include "diagnosis.h"
#include "finding.h"
#include "profile.h"
#include "runcontext.h"
#include "step.h"
#include "target.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

class ProfileStore;

// One diagnosis: what was checked, against what, and what came out. Saved and loaded as JSON.
struct Session
{
    RunContext context;
    QDateTime startedAt;
    QList<Finding> findings;
    QHash<QString, Evidence> evidence; // pasted or loaded evidence, so a reopened session can continue

    Verdict verdict() const;
    const Finding *rootCause() const;

    QJsonObject toJson() const; // DESIGN.md's check --json object
    static std::optional<Session> fromJson(const QJsonObject &object, const ProfileStore &profiles, QString *error);
};

QJsonObject toolJson();
