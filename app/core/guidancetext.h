#pragma once

#include <QString>

struct RunContext;
struct StepGuidance;

// A profile's guidance prose for this run: its placeholders ({cidrs}, {cidr}, {checkPort}, {port},
// {proto}, {ip}) filled, so the prose names the same addresses as the commands beside it (Huawei's
// dedicated load balancer checks from the backend subnet, not from 100.125.0.0/16).
namespace GuidanceText {
QString expand(const QString &text, const RunContext &context);
QString fix(const StepGuidance *guidance, const RunContext &context); // empty without guidance
} // namespace GuidanceText
