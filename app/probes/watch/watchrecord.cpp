#include "watchrecord.h"

#include <algorithm>

WatchRecord::WatchRecord(qsizetype capacity) : m_capacity(std::max<qsizetype>(1, capacity)) { }

void WatchRecord::add(const WatchSample &sample)
{
    if (qsizetype(m_ring.size()) < m_capacity) {
        m_ring.push_back(sample);
    } else {
        m_ring[m_next] = sample;
        m_next = (m_next + 1) % m_capacity;
    }
    ++m_total;
    if (!sample.passed)
        ++m_failures;
    m_maxLatencyMs = std::max(m_maxLatencyMs, sample.latencyMs);
    m_lastMs = std::max(m_lastMs, sample.tMs + std::max<qint64>(0, sample.latencyMs));
    m_maxSendLagMs = std::max(m_maxSendLagMs, sample.tMs - sample.scheduledMs);
}

void WatchRecord::addTransition(const WatchTransition &transition)
{
    if (m_transitions.size() >= maxTransitions)
        m_transitions.removeFirst();
    m_transitions.append(transition);
    ++m_transitionsTotal;
    if (transition.to == LbState::Unhealthy)
        m_everUnhealthy = true;
}

QList<WatchSample> WatchRecord::samples() const
{
    QList<WatchSample> out;
    out.reserve(qsizetype(m_ring.size()));
    for (qsizetype i = 0; i < qsizetype(m_ring.size()); ++i)
        out.append(m_ring[(m_next + i) % qsizetype(m_ring.size())]);
    return out;
}
