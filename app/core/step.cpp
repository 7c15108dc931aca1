#include "step.h"

#include <QCoreApplication>
#include <QHash>

QString runModeId(RunMode mode)
{
    switch (mode) {
    case RunMode::Probe: return QStringLiteral("probe");
    case RunMode::Collect: return QStringLiteral("collect");
    case RunMode::Guided: return QStringLiteral("guided");
    }
    return {};
}

const QStringList &Step::allIds()
{
    static const QStringList ids{QStringLiteral("secgroup"), QStringLiteral("firewall"), QStringLiteral("listening"),
                                 QStringLiteral("tcp"), QStringLiteral("http"), QStringLiteral("udp"),
                                 QStringLiteral("icmp"), QStringLiteral("tcpwrappers"), QStringLiteral("route"),
                                 QStringLiteral("sysctl"), QStringLiteral("load"), QStringLiteral("bandwidth"),
                                 QStringLiteral("capture"), QStringLiteral("lbconfig"), QStringLiteral("lbstatus")};
    return ids;
}

QString Step::titleFor(const QString &id)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("secgroup"), QT_TRANSLATE_NOOP("Step", "Security group and network ACL allow the health check")},
        {QStringLiteral("firewall"), QT_TRANSLATE_NOOP("Step", "Host firewall allows the health-check addresses")},
        {QStringLiteral("listening"), QT_TRANSLATE_NOOP("Step", "A process listens on the port at a reachable address")},
        {QStringLiteral("tcp"), QT_TRANSLATE_NOOP("Step", "TCP connection to the health-check port")},
        {QStringLiteral("http"), QT_TRANSLATE_NOOP("Step", "HTTP request as the load balancer sends it")},
        {QStringLiteral("udp"), QT_TRANSLATE_NOOP("Step", "UDP datagram to the health-check port")},
        {QStringLiteral("icmp"), QT_TRANSLATE_NOOP("Step", "ICMP echo (ping) to the backend")},
        {QStringLiteral("tcpwrappers"), QT_TRANSLATE_NOOP("Step", "TCP wrappers (/etc/hosts.allow, /etc/hosts.deny)")},
        {QStringLiteral("route"), QT_TRANSLATE_NOOP("Step", "Default route and return path")},
        {QStringLiteral("sysctl"), QT_TRANSLATE_NOOP("Step", "Kernel settings (tcp_tw_recycle, ICMP, rp_filter)")},
        {QStringLiteral("load"), QT_TRANSLATE_NOOP("Step", "Server load and memory")},
        {QStringLiteral("bandwidth"), QT_TRANSLATE_NOOP("Step", "Backend public bandwidth (account type)")},
        {QStringLiteral("capture"), QT_TRANSLATE_NOOP("Step", "Packet capture: did the health checks arrive, and what was answered")},
        {QStringLiteral("lbconfig"), QT_TRANSLATE_NOOP("Step", "The load balancer's health-check settings")},
        {QStringLiteral("lbstatus"), QT_TRANSLATE_NOOP("Step", "The load balancer's view of the backend")},
        {QStringLiteral("watch"), QT_TRANSLATE_NOOP("Step", "Health checks over time, with the load balancer's thresholds")},
    };
    const char *title = titles.value(id);
    return title ? QCoreApplication::translate("Step", title) : id;
}

StepSide Step::sideOf(const QString &id)
{
    if (id == QStringLiteral("tcp") || id == QStringLiteral("http") || id == QStringLiteral("udp") || id == QStringLiteral("icmp")
        || id == QStringLiteral("watch"))
        return StepSide::Network;
    if (id == QStringLiteral("secgroup") || id == QStringLiteral("bandwidth") || id == QStringLiteral("lbconfig") || id == QStringLiteral("lbstatus"))
        return StepSide::Console;
    return StepSide::Backend;
}

QStringList Step::evidenceKindsFor(const QString &id)
{
    static const QHash<QString, QStringList> kinds{
        {QStringLiteral("firewall"), {QStringLiteral("iptables"), QStringLiteral("nftables"), QStringLiteral("firewalld"),
                                      QStringLiteral("ufw"), QStringLiteral("netsh")}},
        {QStringLiteral("secgroup"), {QStringLiteral("secgroup")}},
        {QStringLiteral("listening"), {QStringLiteral("sockets")}},
        {QStringLiteral("route"), {QStringLiteral("routes")}},
        {QStringLiteral("tcpwrappers"), {QStringLiteral("tcpwrappers")}},
        {QStringLiteral("sysctl"), {QStringLiteral("sysctl")}},
        {QStringLiteral("load"), {QStringLiteral("load")}},
        {QStringLiteral("capture"), {QStringLiteral("capture")}},
        {QStringLiteral("lbconfig"), {QStringLiteral("lbconfig")}},
        {QStringLiteral("lbstatus"), {QStringLiteral("lbstatus")}},
    };
    return kinds.value(id);
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
