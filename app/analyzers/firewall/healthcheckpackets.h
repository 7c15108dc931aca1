#pragma once

#include "analyzers/firewall/rangeverdicts.h"
#include "core/result.h"
#include "core/runcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// One packet of a health check as a firewall sees it. A TCP or HTTP check opens with a SYN to the
// check port; a UDP check pings first (ICMP echo), then sends a datagram, so both must pass.
struct HealthCheckPacket
{
    enum class Protocol { Tcp, Udp, Icmp };
    Protocol protocol = Protocol::Tcp;
    quint16 port = 0; // 0 for ICMP

    QString protocolName() const; // "tcp", "udp", "icmp"
    QString name() const; // "TCP port 80", "ICMP echo"

    Q_DECLARE_TR_FUNCTIONS(HealthCheckPacket)
};

// A set of ports as firewalls and security groups write them: "80", "80-90", "80:90", "80/90",
// "22,80,443". Keywords ("any", "all") are the caller's business, because each format has its own.
class PortSet
{
public:
    static PortSet all();
    static Result<PortSet> parse(QStringView text);
    bool contains(int port) const;
    bool isAll() const;
    bool containsAll(int from, int to) const; // every port of from..to
    bool containsAny(int from, int to) const; // at least one port of from..to

private:
    QList<std::pair<int, int>> m_ranges;

    Q_DECLARE_TR_FUNCTIONS(PortSet)
};

namespace HealthCheckPackets {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheckPackets)
};

// The packets of this context's health check, in the order they are sent.
QList<HealthCheckPacket> of(const RunContext &context);
// The health-check source addresses as a set; nullopt with a message when they are missing or bad.
Result<RangeSet> sources(const RunContext &context);
// The fate of each address for the whole check: an address passes only if every packet passes.
// Blocked beats unknown beats allowed; each piece names the packet and the rule that decided it.
RangeVerdicts combine(const RangeSet &universe, const QList<std::pair<HealthCheckPacket, RangeVerdicts>> &perPacket);
// The same for any layers that must all pass (a security group and a network ACL), each named by
// its label; with one layer the names stay as they are.
RangeVerdicts allOf(const RangeSet &universe, const QList<std::pair<QString, RangeVerdicts>> &layers);
// A set of addresses from one CIDR string of RangeVerdicts::decisions().
RangeSet fromCidr(const QString &cidr);
} // namespace HealthCheckPackets
