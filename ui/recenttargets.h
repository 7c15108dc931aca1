#pragma once

#include "core/step.h"
#include "core/target.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A target the user checked before, as typed, with the context it was checked in: provider,
// Custom's values and where LB Doctor ran.
struct RecentTarget
{
    QString profileId;
    QString variantId;
    TargetInput input;
    QJsonObject customValues; // ProfileVariant::toJson() of an editable variant as used; empty otherwise
    QString mode; // runModeId(), empty until the mode page was passed

    std::optional<RunMode> runMode() const;

    QString label() const; // "http 10.0.0.5:80 /health (aliyun/shared)"
    bool sameTarget(const RecentTarget &other) const;
};

// Remembered in QSettings, newest first, so a follow-up call with the same customer starts filled in.
namespace RecentTargets {
constexpr int maxCount = 10;
QList<RecentTarget> load();
// Puts `target` first. Without a mode it keeps the mode the same target was last run in, so
// passing the target page again does not forget it.
void remember(const RecentTarget &target);
void clear();
} // namespace RecentTargets
