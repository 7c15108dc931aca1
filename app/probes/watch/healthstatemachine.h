#pragma once

#include "core/profile.h"

#include <QString>

// What the load balancer thinks of a backend.
enum class LbState { Initial, Healthy, Unhealthy };
QString lbStateId(LbState state); // "initial", "healthy", "unhealthy"
QString lbStateWord(LbState state); // translated

struct HealthThresholds
{
    int healthy = 3; // passes in a row that make a backend healthy
    int unhealthy = 3; // failures in a row that make it unhealthy
    LbState initial = LbState::Initial; // where a new backend starts
    bool initialDocumented = false; // the profile cites the provider for `initial`

    static HealthThresholds fromTiming(const HealthCheckTiming &timing);
};

// The providers' threshold rule: a backend flips to unhealthy after `unhealthy` failed checks in a
// row and back to healthy after `healthy` passed checks in a row. From "initial" the first
// threshold reached decides. Pure, so a recorded run can be replayed with another provider's numbers.
class HealthStateMachine
{
public:
    explicit HealthStateMachine(const HealthThresholds &thresholds);
    // Feeds one check's result; true when the state changed.
    bool feed(bool passed);
    LbState state() const { return m_state; }
    const HealthThresholds &thresholds() const { return m_thresholds; }

private:
    HealthThresholds m_thresholds;
    LbState m_state;
    int m_passesInRow = 0;
    int m_failuresInRow = 0;
};
