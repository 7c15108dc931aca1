#include "watchanalysis.h"
#include "watch.h" // the "Watch" translation context

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString secondsText(qint64 ms)
{
    if (ms < 1000)
        return Watch::tr("%1 ms").arg(ms);
    if (ms < 10000 && ms % 1000)
        return Watch::tr("%1 s").arg(QString::number(ms / 1000.0, 'f', 1));
    return Watch::tr("%1 s").arg(qRound64(ms / 1000.0));
}

// What failed checks mostly ran into, in words.
QString failureKind(const QString &outcome)
{
    if (outcome == FindingOutcome::Timeout || outcome == FindingOutcome::NoAnswer)
        return Watch::tr("time out");
    if (outcome == FindingOutcome::Refused)
        return Watch::tr("are refused");
    if (outcome == FindingOutcome::Reset)
        return Watch::tr("are reset mid-answer");
    if (outcome == FindingOutcome::BadStatus)
        return Watch::tr("get an unhealthy status code");
    if (outcome == FindingOutcome::Slow)
        return Watch::tr("answer after the timeout");
    return Watch::tr("fail");
}

QString thresholdsText(const HealthThresholds &t)
{
    return Watch::tr("unhealthy after %1 failures in a row, healthy after %2 passes in a row")
        .arg(t.unhealthy)
        .arg(t.healthy);
}

} // namespace

namespace WatchAnalysis {

QString clockText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString durationText(qint64 ms)
{
    if (ms < 60000)
        return secondsText(ms);
    const qint64 s = qRound64(ms / 1000.0);
    if (s >= 3600)
        return Watch::tr("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60);
    return Watch::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

QList<Burst> bursts(const QList<WatchSample> &samples, qint64 intervalMs)
{
    QList<Burst> out;
    const qint64 joinMs = std::max<qint64>(1, intervalMs) * 5 / 2;
    for (const WatchSample &s : samples) {
        if (s.passed)
            continue;
        if (!out.isEmpty() && s.tMs - out.last().endMs <= joinMs) {
            out.last().endMs = s.tMs;
            ++out.last().failures;
        } else {
            out.append({s.tMs, s.tMs, 1});
        }
    }
    return out;
}

Pattern pattern(const QList<WatchSample> &samples, qint64 intervalMs)
{
    Pattern p;
    p.bursts = bursts(samples, intervalMs);
    int run = 0;
    for (const WatchSample &s : samples) {
        run = s.passed ? 0 : run + 1;
        p.longestRun = std::max(p.longestRun, run);
    }
    if (p.bursts.isEmpty())
        return p;
    // Regular bursts, among all of them or among the longer ones (a periodic job's bursts with
    // single stray failures in between).
    const auto periodOf = [intervalMs](const QList<Burst> &list) -> qint64 {
        if (list.size() < 3)
            return 0;
        QList<qint64> gaps;
        for (qsizetype i = 1; i < list.size(); ++i)
            gaps << list[i].startMs - list[i - 1].startMs;
        const qint64 period = median(gaps);
        // A load balancer's check lands anywhere within its interval of the job's start, so the
        // distance between bursts wobbles by up to one interval (and a little scheduling noise).
        const qint64 tolerance = std::max<qint64>(intervalMs + intervalMs / 2, period * 15 / 100);
        const bool regular =
            std::all_of(gaps.cbegin(), gaps.cend(), [&](qint64 g) { return std::llabs(g - period) <= tolerance; });
        return regular && period > intervalMs ? period : 0;
    };
    qint64 period = periodOf(p.bursts);
    if (!period) {
        QList<Burst> longer;
        std::copy_if(p.bursts.cbegin(), p.bursts.cend(), std::back_inserter(longer),
                     [](const Burst &b) { return b.failures >= 2; });
        period = periodOf(longer);
    }
    if (period) {
        p.kind = Pattern::Kind::Periodic;
        p.periodMs = period;
        return p;
    }
    p.kind = p.longestRun >= 2 ? Pattern::Kind::Bursts : Pattern::Kind::Scattered;
    return p;
}

qint64 percentile(const QList<WatchSample> &samples, double q)
{
    QList<qint64> values;
    values.reserve(samples.size());
    for (const WatchSample &s : samples)
        if (s.latencyMs >= 0)
            values << s.latencyMs;
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least q of the values at or below it.
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(q * values.size())), 1, values.size());
    return values[rank - 1];
}

int replayUnhealthy(const QList<WatchSample> &samples, const HealthThresholds &thresholds)
{
    HealthStateMachine machine(thresholds);
    int count = 0;
    for (const WatchSample &s : samples)
        if (machine.feed(s.passed) && machine.state() == LbState::Unhealthy)
            ++count;
    return count;
}

Drift drift(const QList<WatchSample> &samples, int timeoutMs)
{
    QList<qint64> answered;
    for (const WatchSample &s : samples)
        if (s.passed && s.latencyMs >= 0)
            answered << s.latencyMs;
    if (answered.size() < 12)
        return {};
    const qsizetype quarter = answered.size() / 4;
    const qint64 first = median(answered.mid(0, quarter));
    const qint64 last = median(answered.mid(answered.size() - quarter));
    if (last >= 2 * std::max<qint64>(1, first) && last - first >= std::max<qint64>(50, timeoutMs / 10))
        return {first, last};
    return {};
}

Finding analyze(const WatchRecord &record, const WatchSettings &settings, const QList<ThresholdAlternative> &others)
{
    Finding f;
    f.step = StepId::Watch;
    if (record.isEmpty()) {
        f.status = Status::Unknown;
        f.summary = Watch::tr("unknown, because no check finished during the watch");
        return f;
    }
    const QList<WatchSample> samples = record.samples();
    const qint64 total = record.total();
    const qint64 failed = record.failures();
    const double share = 100.0 * double(failed) / double(total);
    const QString shareText = share > 0 && share < 1 ? QString::number(share, 'f', 1) : QString::number(qRound(share));
    const qint64 span = record.lastMs();

    f.evidence << Watch::tr("%1 checks in %2 every %3, timeout %4; %5 failed (%6 %)")
                      .arg(total)
                      .arg(durationText(span), secondsText(settings.intervalMs), secondsText(settings.timeoutMs))
                      .arg(failed)
                      .arg(shareText);
    f.evidence << Watch::tr("thresholds: %1").arg(thresholdsText(settings.thresholds));
    f.evidence
        << (settings.thresholds.initialDocumented
                ? Watch::tr("a new backend starts %1, as the provider documents")
                      .arg(lbStateWord(settings.thresholds.initial))
                : Watch::tr(
                    "the profile cites no documented initial state; assumed: no verdict until a threshold is reached"));
    if (record.dropped() > 0)
        f.evidence << Watch::tr(
                          "the oldest %1 checks are counted but no longer kept; pattern and latency cover the last %2")
                          .arg(record.dropped())
                          .arg(samples.size());

    // Transitions.
    constexpr qsizetype shownTransitions = 20;
    const QList<WatchTransition> &transitions = record.transitions();
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const WatchTransition &t = transitions[i];
        if (i < shownTransitions)
            f.evidence << Watch::tr("at %1 the load balancer would mark the backend %2 (was %3)")
                              .arg(clockText(t.tMs), lbStateWord(t.to), lbStateWord(t.from));
    }
    if (transitions.size() > shownTransitions)
        f.evidence << Watch::tr("... and %1 more transitions").arg(record.transitionsTotal() - shownTransitions);

    // Latency against the timeout.
    const qint64 p50 = percentile(samples, 0.50), p90 = percentile(samples, 0.90), p99 = percentile(samples, 0.99);
    QString latencySentence;
    if (p50 >= 0) {
        f.evidence << Watch::tr("latency p50 %1, p90 %2, p99 %3, max %4")
                          .arg(secondsText(p50), secondsText(p90), secondsText(p99),
                               secondsText(record.maxLatencyMs()));
        if (p99 >= settings.timeoutMs)
            latencySentence = Watch::tr("p99 reaches the %1 timeout: more than one check in a hundred runs out of time")
                                  .arg(secondsText(settings.timeoutMs));
        else if (p99 * 2 > settings.timeoutMs)
            latencySentence = Watch::tr("p99 is %1 against a %2 timeout: one slow answer in a hundred fails the check")
                                  .arg(secondsText(p99), secondsText(settings.timeoutMs));
        if (!latencySentence.isEmpty())
            f.evidence << latencySentence;
    }
    const Drift d = drift(samples, settings.timeoutMs);
    if (d.rising())
        f.evidence << Watch::tr("slow drift: the median answer time rose from %1 to %2 during the watch")
                          .arg(secondsText(d.fromMs), secondsText(d.toMs));

    // The failures' pattern.
    const Pattern p = pattern(samples, settings.intervalMs);
    QHash<QString, int> outcomes;
    for (const WatchSample &s : samples)
        if (!s.passed)
            ++outcomes[s.outcome];
    QString mainOutcome;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        if (mainOutcome.isEmpty() || it.value() > outcomes.value(mainOutcome))
            mainOutcome = it.key();
    QString patternText;
    switch (p.kind) {
    case Pattern::Kind::Periodic: patternText = Watch::tr("in bursts every %1").arg(secondsText(p.periodMs)); break;
    case Pattern::Kind::Bursts:
        patternText = Watch::tr("in %1 bursts, up to %2 in a row").arg(p.bursts.size()).arg(p.longestRun);
        break;
    case Pattern::Kind::Scattered: patternText = Watch::tr("scattered, never two in a row"); break;
    case Pattern::Kind::None: break;
    }
    if (!patternText.isEmpty())
        f.evidence << Watch::tr("failures: %1").arg(patternText);

    // The same checks with other providers' thresholds.
    const bool wentUnhealthy = record.everUnhealthy();
    QStringList seen;
    for (const ThresholdAlternative &alt : others) {
        const int times = replayUnhealthy(samples, alt.thresholds);
        if ((times > 0) == wentUnhealthy || seen.size() >= 3)
            continue;
        const QString key = thresholdsText(alt.thresholds);
        if (seen.contains(key))
            continue;
        seen << key;
        f.evidence << (times > 0
                           ? Watch::tr(
                                 "with %1's thresholds (%2) the same checks would have made it unhealthy %3 times")
                                 .arg(alt.name, key)
                                 .arg(times)
                           : Watch::tr("with %1's thresholds (%2) the same checks would never have made it unhealthy")
                                 .arg(alt.name, key));
    }

    // The verdict.
    const qint64 unhealthyTimes = std::count_if(transitions.cbegin(), transitions.cend(),
                                                [](const WatchTransition &t) { return t.to == LbState::Unhealthy; });
    const bool recovered = std::any_of(transitions.cbegin(), transitions.cend(), [](const WatchTransition &t) {
        return t.from == LbState::Unhealthy && t.to == LbState::Healthy;
    });
    const QString failSentence = failed == 0
        ? QString()
        : (outcomes.size() == 1 ? Watch::tr("%1 % of checks %2").arg(shareText, failureKind(mainOutcome))
                                : Watch::tr("%1 % of checks fail (most %2)").arg(shareText, failureKind(mainOutcome)))
            + (patternText.isEmpty() ? QString() : QStringLiteral(", ") + patternText);
    if (failed == 0) {
        f.status = latencySentence.isEmpty() && !d.rising() ? Status::Pass : Status::Warn;
        f.outcome = f.status == Status::Pass ? FindingOutcome::Steady : FindingOutcome::Slow;
        f.summary = Watch::tr("all %1 checks passed in %2; the load balancer's state at the end: %3")
                        .arg(total)
                        .arg(durationText(span), lbStateWord(samples.last().stateAfter));
        if (!latencySentence.isEmpty())
            f.summary += QStringLiteral("; ") + latencySentence;
    } else if (failed == total || (wentUnhealthy && !recovered)) {
        f.status = Status::Fail;
        f.outcome = FindingOutcome::Down;
        f.summary = Watch::tr("unhealthy: %1; the load balancer would mark the backend unhealthy and keep it so")
                        .arg(failSentence);
    } else if (wentUnhealthy) {
        f.status = Status::Fail;
        f.outcome = FindingOutcome::Flapping;
        f.summary = Watch::tr("flapping: the load balancer would have marked the backend unhealthy %1 times in %2; %3")
                        .arg(unhealthyTimes)
                        .arg(durationText(span), failSentence);
    } else {
        f.status = Status::Warn;
        f.outcome = FindingOutcome::Intermittent;
        f.summary = Watch::tr("intermittent: %1; never %2 in a row, so these thresholds kept the backend in service")
                        .arg(failSentence)
                        .arg(settings.thresholds.unhealthy);
    }
    if (failed > 0) {
        switch (p.kind) {
        case Pattern::Kind::Periodic:
            f.fix =
                Watch::tr(
                    "Look for a periodic job on the backend that runs every %1 (cron, backup, log rotation, garbage collection, a cache refresh).")
                    .arg(secondsText(p.periodMs));
            break;
        case Pattern::Kind::Bursts:
            f.fix = Watch::tr(
                "Look at what happens on the backend at the times above: restarts, deployments, a full worker pool or connection limit.");
            break;
        default:
            f.fix = Watch::tr(
                "Single failures without a pattern point at a race or a limit: keep-alive timeouts, a full accept queue, a worker pool at its maximum.");
            break;
        }
    }
    if (d.rising())
        f.appendFix(Watch::tr(
            "Answers keep getting slower: look for a leak or a growing queue before it reaches the timeout."));
    else if (!latencySentence.isEmpty())
        f.appendFix(Watch::tr(
            "Make the health-check page cheap (no database, no remote calls) or raise the health-check timeout."));
    f.durationMs = span;
    return f;
}

} // namespace WatchAnalysis
