#pragma once

#include "findingoutcome.h"
#include "result.h"
#include "status.h"
#include "stepid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One piece of the health-check address space and what decided its fate
// (a firewall rule, a policy, a security-group entry).
struct RangeDecision
{
    enum class Verdict { Allowed, Blocked, Unknown };
    QString cidr;
    Verdict verdict = Verdict::Unknown;
    QString decidedBy; // "filter INPUT rule 3: -A INPUT -s 100.64.0.0/10 -j DROP", "policy DROP", ...

    QJsonObject toJson() const;
    static Result<RangeDecision> fromJson(const QJsonObject &object);
    bool operator==(const RangeDecision &) const = default;
};

QString verdictId(RangeDecision::Verdict verdict); // "allowed", "blocked", "unknown"

// The result of one step, whatever produced it (probe, collection, pasted evidence).
struct Finding
{
    QString step; // a StepId: "firewall", "tcp", ...
    QString kind; // evidence kind for analyzer findings ("iptables"), empty for probes
    Status status = Status::Unknown;
    QString summary; // one line
    QStringList evidence; // the lines that support the summary
    QString fix; // what to do, in words
    QStringList commands; // exact commands that fix it, in order
    QString raw; // the raw output, request/response bytes, ...
    qint64 durationMs = -1;
    QList<RangeDecision> ranges; // firewall-like steps only
    // The machine-readable result, so Diagnosis links causes without parsing summaries. Empty when
    // the producer does not know; JSON "outcome", only when set. FindingOutcome's values, per step:
    //   tcp:        connected | refused | timeout | unreachable | resolve
    //   http:       healthy | bad-status | slow | timeout | refused | reset | unreachable | tls | protocol | resolve
    //   udp:        answered | no-answer | refused (ICMP port unreachable) | unreachable
    //   icmp:       reply | timeout | unreachable
    //   firewall, secgroup: allowed | drop | reject | blocked (blocked, action not known)
    //   listening:  listening | not-listening | loopback-only | wrong-address
    //   load:       normal | high
    //   capture:    answered | no-answer | reset | icmp | bad-status | slow | no-packets | unreadable | mixed
    //   watch:      steady | slow | intermittent | flapping | down
    QString outcome;
    // Step-specific machine-readable fields merged into the JSON object as they are (capture:
    // "attempts", "attemptTotals", "sources"); keys the JSON above does not use.
    QJsonObject details;
    // Where the evidence came from: local | ssh | bundle | paste | file; JSON "source", only when set.
    QString source;

    bool hasRanges() const { return !ranges.isEmpty(); }
    QStringList rangesWith(RangeDecision::Verdict verdict) const;
    // One more sentence of advice after `fix`, joined as its language joins sentences.
    void appendFix(const QString &sentence);

    QJsonObject toJson() const;
    static Result<Finding> fromJson(const QJsonObject &object);
    bool operator==(const Finding &) const = default;

    static Finding make(const QString &step, Status status, const QString &summary);

    Q_DECLARE_TR_FUNCTIONS(Finding)
};
