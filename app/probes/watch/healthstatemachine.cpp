#include "healthstatemachine.h"
#include "watch.h" // the "Watch" translation context

#include <QCoreApplication>

#include <algorithm>

QString lbStateId(LbState state)
{
    switch (state) {
    case LbState::Initial: return QStringLiteral("initial");
    case LbState::Healthy: return QStringLiteral("healthy");
    case LbState::Unhealthy: return QStringLiteral("unhealthy");
    }
    return {};
}

QString lbStateWord(LbState state)
{
    switch (state) {
    case LbState::Initial: return Watch::tr("initial (no verdict yet)");
    case LbState::Healthy: return Watch::tr("healthy");
    case LbState::Unhealthy: return Watch::tr("unhealthy");
    }
    return {};
}

HealthThresholds HealthThresholds::fromTiming(const HealthCheckTiming &timing)
{
    HealthThresholds t;
    t.healthy = std::max(1, timing.healthyThreshold);
    t.unhealthy = std::max(1, timing.unhealthyThreshold);
    t.initialDocumented = !timing.initialState.isEmpty();
    if (timing.initialState == QStringLiteral("healthy"))
        t.initial = LbState::Healthy;
    else if (timing.initialState == QStringLiteral("unhealthy"))
        t.initial = LbState::Unhealthy;
    return t;
}

HealthStateMachine::HealthStateMachine(const HealthThresholds &thresholds)
    : m_thresholds(thresholds),
      m_state(thresholds.initial)
{ }

bool HealthStateMachine::feed(bool passed)
{
    if (passed) {
        ++m_passesInRow;
        m_failuresInRow = 0;
    } else {
        ++m_failuresInRow;
        m_passesInRow = 0;
    }
    LbState next = m_state;
    if (m_state != LbState::Healthy && m_passesInRow >= m_thresholds.healthy)
        next = LbState::Healthy;
    else if (m_state != LbState::Unhealthy && m_failuresInRow >= m_thresholds.unhealthy)
        next = LbState::Unhealthy;
    if (next == m_state)
        return false;
    m_state = next;
    return true;
}
