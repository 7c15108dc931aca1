#include "diagnosis.h"

#include <QCoreApplication>

namespace {

// How directly a failing step stops the health check: what blocks packets comes before what
// only answers wrongly, because the former explains the latter.
int causalRank(const QString &step)
{
    static const QStringList order{QStringLiteral("secgroup"), QStringLiteral("firewall"), QStringLiteral("tcpwrappers"),
                                   QStringLiteral("listening"), QStringLiteral("route"), QStringLiteral("sysctl"),
                                   QStringLiteral("icmp"), QStringLiteral("tcp"), QStringLiteral("udp"),
                                   QStringLiteral("load"), QStringLiteral("http"), QStringLiteral("bandwidth")};
    const qsizetype i = order.indexOf(step);
    return i < 0 ? int(order.size()) : int(i);
}

QString decisiveStep(Listener listener)
{
    switch (listener) {
    case Listener::Tcp: return QStringLiteral("tcp");
    case Listener::Udp: return QStringLiteral("udp");
    case Listener::Http:
    case Listener::Https: return QStringLiteral("http");
    }
    return {};
}

} // namespace

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy: return QStringLiteral("healthy");
    case Verdict::Unhealthy: return QStringLiteral("unhealthy");
    case Verdict::Inconclusive: return QStringLiteral("inconclusive");
    }
    return {};
}

QString verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy: return QCoreApplication::translate("Diagnosis", "Healthy");
    case Verdict::Unhealthy: return QCoreApplication::translate("Diagnosis", "Unhealthy");
    case Verdict::Inconclusive: return QCoreApplication::translate("Diagnosis", "Inconclusive");
    }
    return {};
}

namespace Diagnosis {

Verdict verdict(const QList<Finding> &findings, Listener listener)
{
    bool decisivePassed = false;
    for (const Finding &f : findings) {
        if (f.status == Status::Fail)
            return Verdict::Unhealthy;
        if (f.step == decisiveStep(listener) && (f.status == Status::Pass || f.status == Status::Warn))
            decisivePassed = true;
    }
    return decisivePassed ? Verdict::Healthy : Verdict::Inconclusive;
}

std::optional<qsizetype> rootCause(const QList<Finding> &findings, Listener listener)
{
    Q_UNUSED(listener)
    std::optional<qsizetype> best;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (findings[i].status != Status::Fail)
            continue;
        if (!best || causalRank(findings[i].step) < causalRank(findings[*best].step))
            best = i;
    }
    return best;
}

QStringList explained(const QList<Finding> &findings, Listener listener)
{
    QStringList out;
    const auto root = rootCause(findings, listener);
    if (!root)
        return out;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (i != *root && findings[i].status == Status::Fail)
            out << findings[i].step;
    }
    return out;
}

} // namespace Diagnosis
