#include "kindname.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// "a; b; c", in Chinese "a；b；c".
QString joined(const QStringList &items)
{
    QString out = items.value(0);
    for (qsizetype i = 1; i < items.size(); ++i)
        out = KindName::Tr::tr("%1; %2").arg(out, items[i]);
    return out;
}
} // namespace

namespace KindName {

QString of(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("iptables"), QT_TRANSLATE_NOOP("KindName", "iptables rules (iptables-save)")},
        {QStringLiteral("nftables"), QT_TRANSLATE_NOOP("KindName", "nftables ruleset (nft list ruleset)")},
        {QStringLiteral("firewalld"), QT_TRANSLATE_NOOP("KindName", "firewalld zones (firewall-cmd --list-all-zones)")},
        {QStringLiteral("ufw"), QT_TRANSLATE_NOOP("KindName", "ufw status (ufw status verbose)")},
        {QStringLiteral("netsh"), QT_TRANSLATE_NOOP("KindName", "Windows Firewall rules (netsh advfirewall)")},
        {QStringLiteral("secgroup"),
         QT_TRANSLATE_NOOP("KindName", "the security group's rules (the provider's CLI output or console export)")},
        {QStringLiteral("sockets"), QT_TRANSLATE_NOOP("KindName", "listening sockets (ss -ltnup or netstat)")},
        {QStringLiteral("routes"), QT_TRANSLATE_NOOP("KindName", "routing table (ip route)")},
        {QStringLiteral("tcpwrappers"),
         QT_TRANSLATE_NOOP("KindName", "TCP wrappers (/etc/hosts.allow, /etc/hosts.deny)")},
        {QStringLiteral("sysctl"), QT_TRANSLATE_NOOP("KindName", "kernel settings (sysctl)")},
        {QStringLiteral("load"), QT_TRANSLATE_NOOP("KindName", "load and memory (/proc/loadavg, free)")},
        {QStringLiteral("capture"), QT_TRANSLATE_NOOP("KindName", "packet capture (tcpdump text, pcap, pcapng)")},
        {QStringLiteral("lbconfig"),
         QT_TRANSLATE_NOOP("KindName", "the load balancer's health-check settings (CLI or API JSON)")},
        {QStringLiteral("lbstatus"),
         QT_TRANSLATE_NOOP("KindName", "the load balancer's backend status (CLI or API JSON)")},
    };
    const char *name = names.value(kind);
    return name ? KindName::Tr::tr(name) : kind;
}

QString list(const QStringList &kinds)
{
    QStringList out;
    for (const QString &k : kinds)
        out << of(k);
    return joined(out);
}

} // namespace KindName
