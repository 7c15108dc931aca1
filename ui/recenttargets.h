#pragma once

#include "core/target.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A target the user checked before, as typed, with the provider it was checked for.
struct RecentTarget
{
    QString profileId;
    QString variantId;
    TargetInput input;

    QString label() const; // "http 10.0.0.5:80 /health (aliyun/shared)"
    bool sameTarget(const RecentTarget &other) const;
};

// Remembered in QSettings, newest first, so a follow-up call with the same customer starts filled in.
namespace RecentTargets {
constexpr int maxCount = 10;
QList<RecentTarget> load();
void remember(const RecentTarget &target);
void clear();
}
