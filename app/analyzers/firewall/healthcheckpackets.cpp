#include "healthcheckpackets.h"

#include <QCoreApplication>

#include <algorithm>

QString HealthCheckPacket::protocolName() const
{
    switch (protocol) {
    case Protocol::Tcp: return QStringLiteral("tcp");
    case Protocol::Udp: return QStringLiteral("udp");
    case Protocol::Icmp: return QStringLiteral("icmp");
    }
    return {};
}

QString HealthCheckPacket::name() const
{
    switch (protocol) {
    case Protocol::Tcp: return HealthCheckPacket::tr("TCP port %1").arg(port);
    case Protocol::Udp: return HealthCheckPacket::tr("UDP port %1").arg(port);
    case Protocol::Icmp: return HealthCheckPacket::tr("ICMP echo");
    }
    return {};
}

PortSet PortSet::all()
{
    PortSet s;
    s.m_ranges.append({0, 65535});
    return s;
}

Result<PortSet> PortSet::parse(QStringView text)
{
    PortSet s;
    for (QStringView part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        qsizetype sep = -1;
        for (const QChar c : {QLatin1Char('-'), QLatin1Char(':'), QLatin1Char('/')}) {
            sep = part.indexOf(c);
            if (sep > 0)
                break;
        }
        bool ok1 = false, ok2 = false;
        const int from = (sep > 0 ? part.left(sep) : part).trimmed().toInt(&ok1);
        const int to = sep > 0 ? part.mid(sep + 1).trimmed().toInt(&ok2) : from;
        if (!ok1 || (sep > 0 && !ok2) || from < 0 || to > 65535 || from > to)
            return Error{PortSet::tr("\"%1\" is not a port or port range").arg(part.toString())};
        s.m_ranges.append({from, to});
    }
    if (s.m_ranges.isEmpty())
        return Error{PortSet::tr("no port given")};
    return s;
}

bool PortSet::contains(int port) const
{
    for (const auto &[from, to] : m_ranges) {
        if (port >= from && port <= to)
            return true;
    }
    return false;
}

bool PortSet::isAll() const
{
    for (const auto &[from, to] : m_ranges) {
        if (from <= 1 && to >= 65535)
            return true;
    }
    return false;
}

bool PortSet::containsAll(int from, int to) const
{
    // The ranges may overlap and come in any order: walk from `from` as far as they reach.
    int next = from;
    bool grew = true;
    while (next <= to && grew) {
        grew = false;
        for (const auto &[lo, hi] : m_ranges) {
            if (lo <= next && hi >= next) {
                next = hi + 1;
                grew = true;
            }
        }
    }
    return next > to;
}

bool PortSet::containsAny(int from, int to) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(),
                       [&](const std::pair<int, int> &r) { return r.first <= to && r.second >= from; });
}

namespace HealthCheckPackets {

QList<HealthCheckPacket> of(const RunContext &context)
{
    const quint16 port = context.target.checkPort ? context.target.checkPort : context.target.port;
    if (context.target.listener == Listener::Udp)
        return {{HealthCheckPacket::Protocol::Icmp, 0}, {HealthCheckPacket::Protocol::Udp, port}};
    return {{HealthCheckPacket::Protocol::Tcp, port}};
}

Result<RangeSet> sources(const RunContext &context)
{
    const QStringList cidrs = context.healthCheckCidrs();
    if (cidrs.isEmpty()) {
        return Error{HealthCheckPackets::Tr::tr(
            "unknown, because no health-check CIDR is known for this profile; enter the CIDR the load balancer checks from")};
    }
    const auto set = RangeSet::parseCidrs(cidrs);
    if (!set || set->isEmpty())
        return Error{
            HealthCheckPackets::Tr::tr("unknown, because the health-check CIDR is not valid: %1").arg(set.error())};
    return *set;
}

RangeSet fromCidr(const QString &cidr)
{
    const auto range = AddressRange::parse(cidr);
    return range ? RangeSet(*range) : RangeSet();
}

RangeVerdicts combine(const RangeSet &universe, const QList<std::pair<HealthCheckPacket, RangeVerdicts>> &perPacket)
{
    QList<std::pair<QString, RangeVerdicts>> layers;
    for (const auto &[packet, verdicts] : perPacket)
        layers.append({packet.name(), verdicts});
    return allOf(universe, layers);
}

RangeVerdicts allOf(const RangeSet &universe, const QList<std::pair<QString, RangeVerdicts>> &layers)
{
    RangeVerdicts out(universe);
    const bool several = layers.size() > 1;
    for (const auto verdict :
         {RangeDecision::Verdict::Blocked, RangeDecision::Verdict::Unknown, RangeDecision::Verdict::Allowed}) {
        for (const auto &[label, verdicts] : layers) {
            for (const RangeDecision &d : verdicts.decisions()) {
                if (d.verdict == verdict)
                    out.decide(fromCidr(d.cidr), verdict,
                               several ? label + QStringLiteral(": ") + d.decidedBy : d.decidedBy);
            }
        }
    }
    return out;
}

} // namespace HealthCheckPackets
