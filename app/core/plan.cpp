#include "plan.h"

#include "profile.h"

namespace Plan {

QList<Step> build(const ProfileVariant &variant, Listener listener, RunMode mode)
{
    // The order follows the seeds: what the cloud lets through, what the host lets through, what
    // listens, what the load balancer's own check sees, then the host's quieter causes.
    QStringList ids{StepId::Secgroup, StepId::Firewall, StepId::Listening};
    if (listener == Listener::Udp) {
        ids << StepId::Icmp << StepId::Udp;
    } else {
        ids << StepId::Tcp;
        if (isHttpListener(listener))
            ids << StepId::Http;
        ids << StepId::TcpWrappers;
    }
    ids << StepId::Route << StepId::Sysctl << StepId::Load;
    for (const QString &extra : variant.steps) {
        if (!ids.contains(extra))
            ids << extra;
    }
    // Offline with a customer, a capture of the checks on the backend is the proof to ask for.
    if (mode == RunMode::Guided && !ids.contains(StepId::Capture))
        ids << StepId::Capture;

    QList<Step> steps;
    for (const QString &id : std::as_const(ids)) {
        Step s;
        s.id = id;
        s.side = Step::sideOf(id);
        switch (s.side) {
        case StepSide::Network: s.source = mode == RunMode::Guided ? StepSource::Paste : StepSource::Probe; break;
        case StepSide::Backend: s.source = mode == RunMode::Collect ? StepSource::Collect : StepSource::Paste; break;
        case StepSide::Console: s.source = StepSource::Paste; break;
        }
        steps << s;
    }
    return steps;
}

} // namespace Plan
