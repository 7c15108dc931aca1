#include "lbstatusfinding.h"

#include <QCoreApplication>

namespace {

QString providerName(const QString &profileId)
{
    if (profileId == QStringLiteral("aws"))
        return QStringLiteral("AWS");
    if (profileId == QStringLiteral("tencent"))
        return QStringLiteral("Tencent Cloud");
    if (profileId == QStringLiteral("alibaba"))
        return QStringLiteral("Alibaba Cloud");
    return QStringLiteral("Huawei Cloud");
}

QString reasonFix(const QString &outcome)
{
    if (outcome == FindingOutcome::Timeout)
        return LbStatusFinding::Tr::tr(
            "The load balancer's checks time out: something between it and the backend drops them (security group, network ACL, host firewall, route back) or the application answers too slowly.");
    if (outcome == FindingOutcome::Refused)
        return LbStatusFinding::Tr::tr(
            "The load balancer cannot connect: nothing listens on the check port at the address it reaches, or a firewall rejects it.");
    if (outcome == FindingOutcome::BadStatus)
        return LbStatusFinding::Tr::tr(
            "The backend answers the check with a status code outside the healthy codes: check the path, the domain (Host header) and what the application answers.");
    if (outcome == FindingOutcome::Failed)
        return LbStatusFinding::Tr::tr(
            "The load balancer's checks fail (the connection or the answer): the steps below tell which.");
    if (outcome == QStringLiteral("internal"))
        return LbStatusFinding::Tr::tr(
            "The provider reports an internal error of the load balancer: nothing on the backend explains it; ask the provider's support.");
    return {};
}

bool allUnhealthy(const LbStatusReport &report)
{
    return !report.listsOnlyProblems
        && std::all_of(report.backends.cbegin(), report.backends.cend(),
                       [](const LbBackend &b) { return b.state == QStringLiteral("unhealthy"); });
}

} // namespace

namespace LbStatusFinding {

const LbBackend *chosen(const LbStatusReport &report, const RunContext &context)
{
    const Target &t = context.target;
    if (!t.address.isNull()) {
        if (const LbBackend *b = report.find(t.address.toString(), t.port))
            return b;
        if (const LbBackend *b = report.find(t.host, t.port))
            return b;
        // An instance id typed as the host.
        for (const LbBackend &b : report.backends) {
            if (!b.id.isEmpty() && b.id == t.host)
                return &b;
        }
    }
    if (report.backends.size() == 1 && !report.listsOnlyProblems)
        return &report.backends.first();
    return nullptr;
}

QString backendLine(const LbBackend &b)
{
    QString line = QStringLiteral("%1  %2").arg(b.address(), b.providerState.isEmpty() ? b.state : b.providerState);
    if (!b.reason.isEmpty())
        line += QStringLiteral("  ") + b.reason;
    if (!b.detail.isEmpty())
        line += QStringLiteral(": ") + b.detail;
    return line;
}

Finding finding(const LbStatusReport &report, const RunContext &context, const QString &raw)
{
    Finding f = Finding::make(QStringLiteral("lbstatus"), Status::Unknown, {});
    f.kind = QStringLiteral("lbstatus");
    f.raw = raw;
    const QString provider = providerName(report.profileId);
    const LbBackend *b = chosen(report, context);
    const QString wanted = context.target.address.isNull()
        ? context.target.host
        : QStringLiteral("%1:%2").arg(context.target.address.toString()).arg(context.target.port);
    if (!b && report.listsOnlyProblems && !context.target.address.isNull()) {
        f.status = Status::Pass;
        f.outcome = FindingOutcome::Healthy;
        f.summary =
            LbStatusFinding::Tr::tr(
                "%1 (%2) does not list %3 among the backends that are not healthy: the load balancer sees it healthy")
                .arg(provider, report.api, wanted);
    } else if (!b) {
        f.summary = context.target.address.isNull()
            ? LbStatusFinding::Tr::tr("%1 (%2) lists %3 backends; pick the one to diagnose")
                  .arg(provider, report.api)
                  .arg(report.backends.size())
            : LbStatusFinding::Tr::tr("%1 (%2) does not list %3: is this the right load balancer, listener or port?")
                  .arg(provider, report.api, wanted);
    } else {
        f.summary =
            LbStatusFinding::Tr::tr("%1 (%2) reports %3 as %4")
                .arg(provider, report.api, b->address(), b->providerState.isEmpty() ? b->state : b->providerState);
        if (!b->reason.isEmpty())
            f.summary += QStringLiteral(": ") + b->reason;
        if (!b->detail.isEmpty())
            f.summary += QStringLiteral(" (") + b->detail + QLatin1Char(')');
        if (b->state == QStringLiteral("healthy")) {
            f.status = Status::Pass;
            f.outcome = FindingOutcome::Healthy;
        } else if (b->state == QStringLiteral("unhealthy")) {
            f.status = Status::Fail;
            f.outcome = b->outcome.isEmpty() ? FindingOutcome::Unhealthy : b->outcome;
            const QString fix = reasonFix(b->outcome);
            if (!fix.isEmpty())
                f.appendFix(fix);
        } else if (b->state == QStringLiteral("initial") || b->state == QStringLiteral("unused")) {
            f.status = Status::Warn;
            f.outcome = b->state;
            f.appendFix(
                b->state == QStringLiteral("initial")
                    ? LbStatusFinding::Tr::tr(
                        "The load balancer is still running its first checks on this backend: wait for interval x healthy threshold, then look again.")
                    : LbStatusFinding::Tr::tr(
                        "The load balancer does not use this backend (not registered, draining, or in a zone the load balancer does not serve): no health check reaches it."));
        }
    }
    f.evidence << LbStatusFinding::Tr::tr("Backends as %1 reports them (%2):").arg(provider, report.api);
    for (const LbBackend &backend : report.backends)
        f.evidence << (b == &backend ? QStringLiteral("> ") : QStringLiteral("  ")) + backendLine(backend);
    for (const QString &note : report.notes)
        f.evidence << note;
    if (allUnhealthy(report) && report.backends.size() > 1
        && (report.profileId == QStringLiteral("aws") || report.profileId == QStringLiteral("tencent")))
        f.evidence
            << LbStatusFinding::Tr::tr(
                   "Every backend is unhealthy: %1 then sends traffic to all of them (fails open), so the service may seem to work while every check fails.")
                   .arg(provider);
    return f;
}

} // namespace LbStatusFinding

Finding relateLbStatus(const Finding &lbstatus, const Finding &other, const RunContext &)
{
    if (lbstatus.status != Status::Fail)
        return lbstatus;
    QString sentence;
    const QString why = lbstatus.outcome;
    const bool connected =
        other.step == StepId::Tcp && (other.status == Status::Pass || other.outcome == FindingOutcome::Connected);
    const bool httpHealthy =
        other.step == StepId::Http && (other.status == Status::Pass || other.outcome == FindingOutcome::Healthy);
    if (connected && why == QStringLiteral("timeout"))
        sentence = LbStatusFinding::Tr::tr(
            "The load balancer reports a timeout, but the connection from here works: look at what differs between here and the load balancer: the source CIDR rules, the security group.");
    else if (connected && (why == QStringLiteral("refused") || why == QStringLiteral("failed")))
        sentence = LbStatusFinding::Tr::tr(
            "The load balancer cannot connect, but the connection from here works: look at what differs between here and the load balancer: the source CIDR rules, the security group, the address the service listens on.");
    else if (httpHealthy && why == QStringLiteral("bad-status"))
        sentence = LbStatusFinding::Tr::tr(
            "The load balancer gets an unexpected status code, but the request from here gets a healthy one: compare what differs: the domain (Host header), the path, the HTTP version and method, the source address.");
    else if (httpHealthy
             && (why == QStringLiteral("timeout") || why == QStringLiteral("failed")
                 || why == QStringLiteral("unhealthy")))
        sentence = LbStatusFinding::Tr::tr(
            "The load balancer marks the backend unhealthy, but the health-check request from here is answered as healthy: look at what differs between here and the load balancer: the source CIDR rules, the security group.");
    if (sentence.isEmpty() || lbstatus.evidence.contains(sentence))
        return lbstatus;
    Finding f = lbstatus;
    f.evidence << sentence;
    f.appendFix(sentence);
    return f;
}
