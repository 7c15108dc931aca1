#pragma once

#include "healthstatemachine.h"

#include "core/findingoutcome.h"

#include <QList>
#include <QString>

#include <vector>

// One health check of a watch, as the load balancer would have seen it.
struct WatchSample
{
    qint64 tMs = 0; // when it was sent, from the watch's start
    qint64 scheduledMs = 0; // when it was due (start + k * interval)
    bool passed = false;
    qint64 latencyMs = -1; // until the verdict (answer, reset or timeout)
    int statusCode = -1; // HTTP only
    qint64 connectMs = -1; // TCP handshake, when the probe measures it
    qint64 firstByteMs = -1; // HTTP: first byte of the answer
    QString outcome; // the probe's Finding::outcome ("timeout", "bad-status", ...)
    LbState stateAfter = LbState::Initial;
    bool answered() const { return outcome != FindingOutcome::Timeout && outcome != FindingOutcome::NoAnswer; }
};

struct WatchTransition
{
    qint64 tMs = 0;
    LbState from = LbState::Initial;
    LbState to = LbState::Initial;
};

// Every check of a watch in bounded memory: the newest `capacity` samples in a ring, the
// transitions (the newest maxTransitions), and totals over the whole run that the ring never loses.
class WatchRecord
{
public:
    static constexpr qsizetype defaultCapacity = 24 * 3600; // a day at one check a second
    static constexpr qsizetype maxTransitions = 10000;

    explicit WatchRecord(qsizetype capacity = defaultCapacity);
    void add(const WatchSample &sample);
    void addTransition(const WatchTransition &transition);

    QList<WatchSample> samples() const; // the kept ones, oldest first
    const QList<WatchTransition> &transitions() const { return m_transitions; }
    qsizetype capacity() const { return m_capacity; }
    qint64 total() const { return m_total; }
    qint64 failures() const { return m_failures; }
    qint64 dropped() const { return m_total - qint64(m_ring.size()); } // oldest samples no longer kept
    qint64 transitionsTotal() const { return m_transitionsTotal; }
    bool everUnhealthy() const { return m_everUnhealthy; }
    qint64 maxLatencyMs() const { return m_maxLatencyMs; }
    qint64 lastMs() const { return m_lastMs; }
    qint64 maxSendLagMs() const { return m_maxSendLagMs; } // how late a check left against its schedule
    bool isEmpty() const { return m_total == 0; }

private:
    qsizetype m_capacity;
    std::vector<WatchSample> m_ring;
    qsizetype m_next = 0; // where the next sample goes once the ring is full
    QList<WatchTransition> m_transitions;
    qint64 m_total = 0;
    qint64 m_failures = 0;
    qint64 m_transitionsTotal = 0;
    qint64 m_maxLatencyMs = -1;
    qint64 m_lastMs = 0;
    qint64 m_maxSendLagMs = 0;
    bool m_everUnhealthy = false;
};
