#pragma once

#include <QString>

struct Finding;
struct RunContext;

// Adds the profile's advice for a step to a probe's finding: the outcome-specific fix comes first,
// then the provider's wording, then its commands expanded for a POSIX shell on the backend.
namespace ProbeGuidance {
void apply(Finding &finding, const RunContext &context, const QString &stepId);
// "why" text of the profile for the step, empty when the profile has none.
QString why(const RunContext &context, const QString &stepId);
} // namespace ProbeGuidance
