#pragma once

#include "healthstatemachine.h"

#include <QString>

// How a watch checks: the load balancer's interval, timeout and thresholds.
struct WatchSettings
{
    qint64 intervalMs = 5000;
    int timeoutMs = 2000;
    qint64 durationMs = 0; // 0: until stopped
    HealthThresholds thresholds;
};

// Another provider's thresholds, to replay a recorded run with ("AWS ALB: 2 failures in a row").
struct ThresholdAlternative
{
    QString name;
    HealthThresholds thresholds;
};
