#include "step.h"

#include <QCoreApplication>
#include <QList>

QString runModeId(RunMode mode)
{
    switch (mode) {
    case RunMode::Probe: return QStringLiteral("probe");
    case RunMode::Collect: return QStringLiteral("collect");
    case RunMode::Guided: return QStringLiteral("guided");
    }
    return {};
}

namespace {

// Everything known about each step, in the order the procedures walk them. causalRank orders
// problems that explain nothing else: what stops every packet comes before what only answers
// wrongly, and the observed failure of the check itself before conditions that only sometimes
// make it fail.
struct StepInfo
{
    QLatin1String id;
    StepSide side;
    const char *title;
    QStringList evidenceKinds;
    int causalRank;
    bool planned; // a step of the procedure; watch is a run of its own
};

const QList<StepInfo> &steps()
{
    static const QList<StepInfo> table{
        {StepId::Secgroup,
         StepSide::Console,
         QT_TRANSLATE_NOOP("Step", "Security group and network ACL allow the health check"),
         {QStringLiteral("secgroup")},
         0,
         true},
        {StepId::Firewall,
         StepSide::Backend,
         QT_TRANSLATE_NOOP("Step", "Host firewall allows the health-check addresses"),
         {QStringLiteral("iptables"), QStringLiteral("nftables"), QStringLiteral("firewalld"), QStringLiteral("ufw"),
          QStringLiteral("netsh")},
         1,
         true},
        {StepId::Listening,
         StepSide::Backend,
         QT_TRANSLATE_NOOP("Step", "A process listens on the port at a reachable address"),
         {QStringLiteral("sockets")},
         2,
         true},
        {StepId::Tcp,
         StepSide::Network,
         QT_TRANSLATE_NOOP("Step", "TCP connection to the health-check port"),
         {},
         6,
         true},
        {StepId::Http,
         StepSide::Network,
         QT_TRANSLATE_NOOP("Step", "HTTP request as the load balancer sends it"),
         {},
         9,
         true},
        {StepId::Udp,
         StepSide::Network,
         QT_TRANSLATE_NOOP("Step", "UDP datagram to the health-check port"),
         {},
         7,
         true},
        {StepId::Icmp, StepSide::Network, QT_TRANSLATE_NOOP("Step", "ICMP echo (ping) to the backend"), {}, 8, true},
        {StepId::TcpWrappers,
         StepSide::Backend,
         QT_TRANSLATE_NOOP("Step", "TCP wrappers (/etc/hosts.allow, /etc/hosts.deny)"),
         {QStringLiteral("tcpwrappers")},
         3,
         true},
        {StepId::Route,
         StepSide::Backend,
         QT_TRANSLATE_NOOP("Step", "Default route and return path"),
         {QStringLiteral("routes")},
         4,
         true},
        {StepId::Sysctl,
         StepSide::Backend,
         QT_TRANSLATE_NOOP("Step", "Kernel settings (tcp_tw_recycle, ICMP, rp_filter)"),
         {QStringLiteral("sysctl")},
         12,
         true},
        {StepId::Load,
         StepSide::Backend,
         QT_TRANSLATE_NOOP("Step", "Server load and memory"),
         {QStringLiteral("load")},
         14,
         true},
        {StepId::Bandwidth,
         StepSide::Console,
         QT_TRANSLATE_NOOP("Step", "Backend public bandwidth (account type)"),
         {},
         13,
         true},
        {StepId::Capture,
         StepSide::Backend,
         QT_TRANSLATE_NOOP("Step", "Packet capture: did the health checks arrive, and what was answered"),
         {QStringLiteral("capture")},
         15,
         true},
        {StepId::LbConfig,
         StepSide::Console,
         QT_TRANSLATE_NOOP("Step", "The load balancer's health-check settings"),
         {QStringLiteral("lbconfig")},
         5,
         true},
        {StepId::LbStatus,
         StepSide::Console,
         QT_TRANSLATE_NOOP("Step", "The load balancer's view of the backend"),
         {QStringLiteral("lbstatus")},
         10,
         true},
        {StepId::Watch,
         StepSide::Network,
         QT_TRANSLATE_NOOP("Step", "Health checks over time, with the load balancer's thresholds"),
         {},
         11,
         false},
    };
    return table;
}

const StepInfo *infoFor(const QString &id)
{
    for (const StepInfo &info : steps()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

} // namespace

const QStringList &Step::allIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const StepInfo &info : steps()) {
            if (info.planned)
                list.append(info.id);
        }
        return list;
    }();
    return ids;
}

bool Step::isKnown(const QString &id)
{
    return infoFor(id) != nullptr;
}

QString Step::titleFor(const QString &id)
{
    const StepInfo *info = infoFor(id);
    return info ? Step::tr(info->title) : id;
}

StepSide Step::sideOf(const QString &id)
{
    const StepInfo *info = infoFor(id);
    return info ? info->side : StepSide::Backend;
}

QStringList Step::evidenceKindsFor(const QString &id)
{
    const StepInfo *info = infoFor(id);
    return info ? info->evidenceKinds : QStringList();
}

int Step::causalRank(const QString &id)
{
    const StepInfo *info = infoFor(id);
    return info ? info->causalRank : int(steps().size());
}

QString Step::stepForKind(const QString &kind)
{
    for (const QString &id : allIds()) {
        if (evidenceKindsFor(id).contains(kind))
            return id;
    }
    return {};
}

QString Step::title() const
{
    return titleFor(id);
}

QStringList Step::evidenceKinds() const
{
    return evidenceKindsFor(id);
}
