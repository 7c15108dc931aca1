#pragma once

#include "watchrecord.h"
#include "watchsettings.h"

#include "core/finding.h"

#include <QList>

// Turns a recorded watch into the `watch` finding: transitions, flapping and its pattern, latency
// against the timeout, the failed share and what other providers' thresholds would have made of
// it. Pure: no I/O, no clock.
namespace WatchAnalysis {

// Failures close together (within two and a half intervals) form one burst.
struct Burst
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int failures = 0;
};

struct Pattern
{
    enum class Kind { None, Periodic, Bursts, Scattered };
    Kind kind = Kind::None;
    qint64 periodMs = 0; // Periodic: median distance between burst starts
    QList<Burst> bursts;
    int longestRun = 0; // most failures in a row
};

QList<Burst> bursts(const QList<WatchSample> &samples, qint64 intervalMs);
Pattern pattern(const QList<WatchSample> &samples, qint64 intervalMs);
// Latency at quantile q (0..1) over the samples that have one; -1 when none.
qint64 percentile(const QList<WatchSample> &samples, double q);
// Times the backend would have gone unhealthy with these thresholds on these checks.
int replayUnhealthy(const QList<WatchSample> &samples, const HealthThresholds &thresholds);
// "answers grow slower": median latency of the last quarter against the first; 0 when no drift.
struct Drift
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool rising() const { return toMs > 0; }
};
Drift drift(const QList<WatchSample> &samples, int timeoutMs);

Finding analyze(const WatchRecord &record, const WatchSettings &settings,
                const QList<ThresholdAlternative> &others = {});

QString clockText(qint64 ms); // "1:05", "1:02:03" from the start
QString durationText(qint64 ms); // "10 min 0 s", "45 s", "1.5 s"
} // namespace WatchAnalysis
