#include "iptablesevaluator.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// A hostile ruleset can make a DAG of jumps that is exponential to walk; past this many rule
// visits the rest is reported as unknown instead of hanging.
constexpr qint64 visitBudget = 4'000'000;
constexpr int maxDepth = 64;
// Conntrack runs at priority -200 of prerouting: earlier chains see no connection (INVALID).
constexpr int conntrackPriority = -200;

enum class Tri { False, True, Unknown };

enum class Flow { Accept, Drop, Reject, Return, Unknown };

struct Part
{
    RangeSet set;
    Flow flow;
    const IptablesChain *chain;
    const IptablesRule *rule;
    QString reason; // Unknown only
};

struct Cond
{
    RangeSet matched;
    RangeSet unknown;
    QString reason;
};

struct Walk
{
    const IptablesPacket &packet;
    const IptablesTable *table = nullptr;
    RangeSet untracked;
    RangeSet stateUnknown;
    bool conntrackDone = true;
    qint64 visits = 0;
    QList<const IptablesChain *> stack;
};

bool portIn(const QList<IptablesPortRange> &ports, quint16 port)
{
    return std::any_of(ports.begin(), ports.end(),
                       [port](const IptablesPortRange &r) { return r.first <= port && port <= r.last; });
}

bool hasPorts(int protocol)
{
    return protocol == 6 || protocol == 17 || protocol == 132 || protocol == 33 || protocol == 136;
}

Tri negate(Tri t, bool negated)
{
    if (!negated || t == Tri::Unknown)
        return t;
    return t == Tri::True ? Tri::False : Tri::True;
}

Tri fromBool(bool b)
{
    return b ? Tri::True : Tri::False;
}

// The health-check address: the source on the way in, the destination of a reply.
bool isPeerAddress(const IptablesMatch &m, const IptablesPacket &p)
{
    return m.kind == (p.isOut() ? IptablesMatch::Kind::Destination : IptablesMatch::Kind::Source);
}

Tri interfaceMatch(const IptablesMatch &m, const QString &name)
{
    const bool hit = m.interfacePrefix ? name.startsWith(m.interfaceName) : name == m.interfaceName;
    return negate(fromBool(hit), m.negated);
}

// --src-type / --dst-type of an address of this host (LOCAL) or of the prober (remote UNICAST).
Tri addrTypeMatch(const IptablesMatch &m, bool local, QString *reason)
{
    if (m.addrTypes & (local ? IptablesMatch::Local : IptablesMatch::Unicast))
        return negate(Tri::True, m.negated);
    if (m.addrTypes & IptablesMatch::OtherType) {
        *reason = IptablesEvaluator::tr("an address type LB Doctor does not model");
        return Tri::Unknown;
    }
    return negate(Tri::False, m.negated);
}

// The prober's own port is an ephemeral one, 1024-65535 (the range the providers document for
// their health checkers' replies), but which one is not known: a match is true only when it
// covers them all, false when it covers none of them.
Tri proberPortMatch(const QList<IptablesPortRange> &ports)
{
    const bool any = std::any_of(ports.begin(), ports.end(), [](const IptablesPortRange &r) { return r.last >= 1024; });
    if (!any)
        return Tri::False;
    return std::any_of(ports.begin(), ports.end(),
                       [](const IptablesPortRange &r) { return r.first <= 1024 && r.last == 65535; })
        ? Tri::True
        : Tri::Unknown;
}

// A port of this host (known) or of the prober (an ephemeral port, not known in advance).
Tri portMatch(const IptablesMatch &m, const IptablesPacket &p, bool ours, QString *reason)
{
    if (!hasPorts(p.protocol)) {
        *reason = IptablesEvaluator::tr("a port match on a packet without ports");
        return Tri::Unknown;
    }
    if (ours)
        return negate(fromBool(portIn(m.ports, p.destinationPort)), m.negated);
    const Tri t = proberPortMatch(m.ports);
    if (t == Tri::Unknown)
        *reason = IptablesEvaluator::tr(
            "the health check's own port is an ephemeral one (1024-65535), but which one is not known in advance");
    return negate(t, m.negated);
}

// Matches that do not depend on the health-check address: true, false or unknown for the packet.
Tri packetMatch(const IptablesMatch &m, const IptablesPacket &p, QString *reason)
{
    using K = IptablesMatch::Kind;
    const bool out = p.isOut();
    switch (m.kind) {
    case K::Protocol: {
        const bool any =
            std::any_of(m.protocols.begin(), m.protocols.end(), [&](int n) { return n == 0 || n == p.protocol; });
        return negate(fromBool(any), m.negated);
    }
    // A locally generated reply has no input interface; it leaves by the one the check came in on.
    case K::InInterface: return interfaceMatch(m, out ? QString() : p.inInterface);
    case K::OutInterface: return interfaceMatch(m, out ? p.inInterface : QString());
    case K::DestPort: return portMatch(m, p, !out, reason);
    case K::SourcePort: return portMatch(m, p, out, reason);
    case K::EitherPort: {
        if (hasPorts(p.protocol) && portIn(m.ports, p.destinationPort))
            return negate(Tri::True, m.negated);
        return portMatch(m, p, false, reason);
    }
    case K::TcpFlags:
        if (p.protocol != 6)
            return negate(Tri::False, m.negated);
        if (m.flagAny)
            return negate(fromBool((p.tcpFlags & m.flagMask) != 0), m.negated);
        return negate(fromBool((p.tcpFlags & m.flagMask) == m.flagCompare), m.negated);
    case K::IcmpType:
        if (p.protocol != (m.icmpv6 ? 58 : 1))
            return negate(Tri::False, m.negated);
        if (!m.icmpTypes.isEmpty())
            return negate(fromBool(m.icmpTypes.contains(-1) || m.icmpTypes.contains(p.icmpType)), m.negated);
        return negate(
            fromBool(m.icmpType == -1
                     || (m.icmpType == p.icmpType && m.icmpCodeFirst <= p.icmpCode && p.icmpCode <= m.icmpCodeLast)),
            m.negated);
    case K::DstAddrType: return addrTypeMatch(m, !out, reason);
    case K::SrcAddrType: return addrTypeMatch(m, out, reason);
    case K::Fragment: return negate(Tri::False, m.negated);
    case K::NotIpv4:
        if (p.family == IpFamily::V4)
            return Tri::False;
        *reason = IptablesEvaluator::tr("an IPv6 match of an inet table");
        return Tri::Unknown;
    case K::Source:
    case K::Destination:
        if (isPeerAddress(m, p))
            break;
        if (p.destination.isNull()) {
            if (m.addresses.containsAll(RangeSet(AddressRange::everything(p.family))))
                return negate(Tri::True, m.negated);
            *reason = IptablesEvaluator::tr("the backend address is not known; pass --ip");
            return Tri::Unknown;
        }
        return negate(fromBool(m.addresses.contains(p.destination)), m.negated);
    case K::Unknown: *reason = m.reason; return Tri::Unknown;
    case K::State: break;
    }
    return Tri::True;
}

bool isAddressDependent(const IptablesMatch &m, const IptablesPacket &p)
{
    return m.kind == IptablesMatch::Kind::State || isPeerAddress(m, p);
}

Cond evaluateMatches(const QList<IptablesMatch> &matches, const RangeSet &in, const Walk &w)
{
    Cond c;
    Tri packet = Tri::True;
    for (const IptablesMatch &m : matches) {
        if (isAddressDependent(m, w.packet))
            continue;
        QString reason;
        const Tri t = packetMatch(m, w.packet, &reason);
        if (t == Tri::False)
            return c;
        if (t == Tri::Unknown && packet == Tri::True) {
            packet = Tri::Unknown;
            c.reason = reason;
        }
    }
    RangeSet set = in;
    RangeSet doubt; // part of `set` where a state match cannot be decided
    for (const IptablesMatch &m : matches) {
        if (m.kind == IptablesMatch::Kind::State) {
            const quint8 trackedState = w.conntrackDone ? w.packet.ctState : quint8(IptablesMatch::Invalid);
            const RangeSet undecidable =
                w.conntrackDone ? set.intersected(w.stateUnknown).subtracted(w.untracked) : RangeSet();
            RangeSet hit;
            if (m.states & trackedState)
                hit = set.subtracted(w.untracked).subtracted(undecidable);
            if (m.states & IptablesMatch::Untracked)
                hit = hit.united(set.intersected(w.untracked));
            set = m.negated ? set.subtracted(hit) : hit.united(undecidable);
            if (!undecidable.isEmpty()) {
                doubt = doubt.united(undecidable);
                if (c.reason.isEmpty())
                    c.reason = IptablesEvaluator::tr(
                        "a NOTRACK rule leaves only part of the exchange tracked, so conntrack's state for this packet is not modelled");
            }
        } else if (isPeerAddress(m, w.packet)) {
            set = m.negated ? set.subtracted(m.addresses) : set.intersected(m.addresses);
        } else {
            continue;
        }
        doubt = doubt.intersected(set);
        if (set.isEmpty())
            return c;
    }
    if (packet == Tri::Unknown) {
        c.unknown = set;
    } else {
        c.unknown = doubt;
        c.matched = set.subtracted(doubt);
    }
    return c;
}

Flow flowOf(IptablesRule::Action a)
{
    switch (a) {
    case IptablesRule::Action::Accept: return Flow::Accept;
    case IptablesRule::Action::Drop: return Flow::Drop;
    case IptablesRule::Action::Reject: return Flow::Reject;
    case IptablesRule::Action::Return: return Flow::Return;
    default: return Flow::Unknown;
    }
}

QList<Part> walkChain(Walk &w, const IptablesChain &chain, RangeSet remaining)
{
    QList<Part> out;
    if (w.stack.contains(&chain)) {
        out.append({remaining, Flow::Unknown, &chain, nullptr,
                    IptablesEvaluator::tr("chain %1 is reached again from itself (a loop the kernel would refuse)")
                        .arg(chain.name)});
        return out;
    }
    if (w.stack.size() >= maxDepth) {
        out.append({remaining, Flow::Unknown, &chain, nullptr,
                    IptablesEvaluator::tr("chains nest deeper than %1").arg(maxDepth)});
        return out;
    }
    w.stack.append(&chain);
    for (const IptablesRule &rule : chain.rules) {
        if (remaining.isEmpty())
            break;
        if (++w.visits > visitBudget) {
            out.append({remaining, Flow::Unknown, &chain, &rule,
                        IptablesEvaluator::tr("the ruleset is too large to walk completely")});
            remaining = RangeSet();
            break;
        }
        const Cond c = evaluateMatches(rule.matches, remaining, w);
        if (!c.unknown.isEmpty() && rule.action != IptablesRule::Action::Continue) {
            out.append({c.unknown, Flow::Unknown, &chain, &rule, c.reason});
            remaining = remaining.subtracted(c.unknown);
        }
        if (c.matched.isEmpty())
            continue;
        switch (rule.action) {
        case IptablesRule::Action::Continue: break;
        case IptablesRule::Action::NoTrack:
            // After conntrack has seen the packet, notrack is a no-op.
            if (!w.conntrackDone)
                w.untracked = w.untracked.united(c.matched);
            break;
        case IptablesRule::Action::Accept:
        case IptablesRule::Action::Drop:
        case IptablesRule::Action::Reject:
        case IptablesRule::Action::Return:
            out.append({c.matched, flowOf(rule.action), &chain, &rule, {}});
            remaining = remaining.subtracted(c.matched);
            break;
        case IptablesRule::Action::Unknown:
            out.append({c.matched, Flow::Unknown, &chain, &rule,
                        IptablesEvaluator::tr("target %1 is not modelled").arg(rule.target)});
            remaining = remaining.subtracted(c.matched);
            break;
        case IptablesRule::Action::Jump:
        case IptablesRule::Action::Goto: {
            const auto it = w.table->chains.constFind(rule.target);
            if (it == w.table->chains.constEnd()) {
                out.append({c.matched, Flow::Unknown, &chain, &rule,
                            IptablesEvaluator::tr("chain %1 is not in the ruleset").arg(rule.target)});
                remaining = remaining.subtracted(c.matched);
                break;
            }
            const QList<Part> sub = walkChain(w, *it, c.matched);
            for (const Part &p : sub) {
                // RETURN from a jumped-to chain resumes here; from a goto it returns from this chain too.
                if (p.flow == Flow::Return && rule.action == IptablesRule::Action::Jump)
                    continue;
                out.append(p);
                remaining = remaining.subtracted(p.set);
            }
            if (rule.action == IptablesRule::Action::Goto)
                remaining = remaining.subtracted(c.matched);
            break;
        }
        }
    }
    w.stack.removeLast();
    if (!remaining.isEmpty())
        out.append({remaining, chain.base ? flowOf(chain.policy) : Flow::Return, &chain, nullptr, {}});
    return out;
}

int hookOrder(const QString &hook, IptablesPacket::Direction direction)
{
    if (direction == IptablesPacket::Direction::Out)
        return hook == QLatin1String("output") ? 0 : hook == QLatin1String("postrouting") ? 1 : -1;
    if (hook == QLatin1String("ingress"))
        return 0;
    if (hook == QLatin1String("prerouting"))
        return 1;
    if (hook == QLatin1String("input"))
        return 2;
    return -1;
}

QList<IptablesHookChain> pathFor(const IptablesRuleset &ruleset, IptablesPacket::Direction direction,
                                 const QString &interfaceName, IpFamily family)
{
    struct Entry
    {
        IptablesHookChain hc;
        int hook;
        int priority;
        qsizetype order;
    };
    QList<Entry> entries;
    qsizetype order = 0;
    for (const IptablesTable &table : ruleset.tables) {
        const QLatin1StringView own = family == IpFamily::V4 ? QLatin1StringView("ip") : QLatin1StringView("ip6");
        if (!table.family.isEmpty() && table.family != own && table.family != QLatin1String("inet")
            && table.family != QLatin1String("netdev"))
            continue;
        for (const QString &name : table.chainOrder) {
            const IptablesChain &chain = *table.chains.constFind(name);
            const int hook = hookOrder(chain.hook, direction);
            if (!chain.base || hook < 0 || chain.type == QLatin1String("nat"))
                continue;
            if (chain.hook == QLatin1String("ingress") && chain.device != interfaceName)
                continue;
            entries.append({{&table, &chain}, hook, chain.priority, order++});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.hook != b.hook)
            return a.hook < b.hook;
        return a.priority < b.priority;
    });
    QList<IptablesHookChain> out;
    for (const Entry &e : entries)
        out.append(e.hc);
    return out;
}

QString policyName(IptablesRule::Action a)
{
    switch (a) {
    case IptablesRule::Action::Drop: return QStringLiteral("DROP");
    case IptablesRule::Action::Accept: return QStringLiteral("ACCEPT");
    default: return QStringLiteral("?");
    }
}

} // namespace

QString IptablesPacket::describe() const
{
    if (isOut()) {
        switch (protocol) {
        case 6:
            return tcpFlags & IptablesMatch::Syn
                ? IptablesEvaluator::tr("TCP SYN-ACK from port %1").arg(destinationPort)
                : IptablesEvaluator::tr("TCP response data from port %1").arg(destinationPort);
        case 17: return IptablesEvaluator::tr("UDP reply from port %1").arg(destinationPort);
        case 1:
        case 58:
            return isEcho()      ? (protocol == 58 ? IptablesEvaluator::tr("ICMPv6 echo reply")
                                                   : IptablesEvaluator::tr("ICMP echo reply"))
                : protocol == 58 ? IptablesEvaluator::tr("ICMPv6 port unreachable for port %1").arg(destinationPort)
                                 : IptablesEvaluator::tr("ICMP port unreachable for port %1").arg(destinationPort);
        default: return IptablesEvaluator::tr("IP protocol %1 reply").arg(protocol);
        }
    }
    switch (protocol) {
    case 6:
        if (tcpFlags & IptablesMatch::Syn)
            return IptablesEvaluator::tr("TCP SYN to port %1").arg(destinationPort);
        return tcpFlags & IptablesMatch::Psh ? IptablesEvaluator::tr("TCP request data to port %1").arg(destinationPort)
                                             : IptablesEvaluator::tr("TCP ACK to port %1").arg(destinationPort);
    case 17: return IptablesEvaluator::tr("UDP datagram to port %1").arg(destinationPort);
    case 1: return IptablesEvaluator::tr("ICMP echo request");
    case 58: return IptablesEvaluator::tr("ICMPv6 echo request");
    default: return IptablesEvaluator::tr("IP protocol %1 packet").arg(protocol);
    }
}

QString IptablesPacket::role() const
{
    if (protocol == 6) {
        if (isOut())
            return tcpFlags & IptablesMatch::Syn ? IptablesEvaluator::tr("the SYN-ACK")
                                                 : IptablesEvaluator::tr("the response data");
        if (tcpFlags & IptablesMatch::Syn)
            return IptablesEvaluator::tr("the SYN");
        return tcpFlags & IptablesMatch::Psh ? IptablesEvaluator::tr("the request data")
                                             : IptablesEvaluator::tr("the handshake's ACK");
    }
    if (protocol == 17)
        return isOut() ? IptablesEvaluator::tr("the UDP reply") : IptablesEvaluator::tr("the UDP datagram");
    if (isIcmp())
        return isOut()
            ? (isEcho() ? IptablesEvaluator::tr("the echo reply") : IptablesEvaluator::tr("the ICMP port unreachable"))
            : IptablesEvaluator::tr("the echo request");
    return describe();
}

IptablesEvaluator::IptablesEvaluator(const IptablesPacket &packet) : m_packet(packet) { }

QString IptablesEvaluator::describeRule(const IptablesTable &table, const IptablesChain &chain,
                                        const IptablesRule &rule)
{
    QString text = rule.text;
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("...");
    if (!rule.handle.isEmpty())
        return IptablesEvaluator::tr("%1 %2 rule %3 (handle %4): %5")
            .arg(table.displayName(), chain.name)
            .arg(rule.number)
            .arg(rule.handle, text);
    return IptablesEvaluator::tr("%1 %2 rule %3: %4").arg(table.displayName(), chain.name).arg(rule.number).arg(text);
}

QString IptablesEvaluator::describePolicy(const IptablesTable &table, const IptablesChain &chain)
{
    const QString policy = table.family.isEmpty() ? policyName(chain.policy) : policyName(chain.policy).toLower();
    return IptablesEvaluator::tr("policy %1 of %2 %3").arg(policy, table.displayName(), chain.name);
}

bool IptablesEvaluator::packetMayMatch(const IptablesRule &rule, const IptablesPacket &packet)
{
    for (const IptablesMatch &m : rule.matches) {
        if (isAddressDependent(m, packet))
            continue;
        QString reason;
        if (packetMatch(m, packet, &reason) == Tri::False)
            return false;
    }
    return true;
}

QList<IptablesHookChain> IptablesEvaluator::inputPath(const IptablesRuleset &ruleset, const QString &interfaceName,
                                                      IpFamily family)
{
    return pathFor(ruleset, IptablesPacket::Direction::In, interfaceName, family);
}

QList<IptablesHookChain> IptablesEvaluator::outputPath(const IptablesRuleset &ruleset, IpFamily family)
{
    return pathFor(ruleset, IptablesPacket::Direction::Out, QString(), family);
}

QList<IptablesHookChain> IptablesEvaluator::pathOf(const IptablesRuleset &ruleset, const IptablesPacket &packet)
{
    return packet.isOut() ? outputPath(ruleset, packet.family) : inputPath(ruleset, packet.inInterface, packet.family);
}

QList<IptablesPiece> IptablesEvaluator::evaluate(const QList<IptablesHookChain> &path, const RangeSet &sources) const
{
    return evaluate(path, sources, {}, nullptr);
}

QList<IptablesPiece> IptablesEvaluator::evaluate(const QList<IptablesHookChain> &path, const RangeSet &sources,
                                                 const RangeSet &stateUnknown, RangeSet *untracked) const
{
    QList<IptablesPiece> out;
    Walk w{m_packet, nullptr, {}, stateUnknown, true, 0, {}};
    RangeSet alive = sources;
    QList<IptablesPiece> accepted;
    for (const IptablesHookChain &hc : path) {
        if (alive.isEmpty())
            break;
        w.table = hc.table;
        // Conntrack runs at priority -200 of prerouting and of output.
        w.conntrackDone = hc.chain->hook != QLatin1String("ingress")
            && !((hc.chain->hook == QLatin1String("prerouting") || hc.chain->hook == QLatin1String("output"))
                 && hc.chain->priority < conntrackPriority);
        const QList<Part> parts = walkChain(w, *hc.chain, alive);
        accepted.clear();
        alive = RangeSet();
        for (const Part &p : parts) {
            IptablesPiece piece;
            piece.addresses = p.set;
            piece.table = hc.table;
            piece.chain = p.chain;
            piece.rule = p.rule;
            piece.baseChain = hc.chain;
            Flow flow = p.flow;
            if (flow == Flow::Return) {
                // RETURN in (or falling off) a base chain applies its policy.
                flow = flowOf(hc.chain->policy);
                piece.chain = hc.chain;
                piece.rule = nullptr;
            }
            if (piece.rule)
                piece.decidedBy = describeRule(*hc.table, *piece.chain, *piece.rule);
            else if (flow != Flow::Unknown)
                piece.decidedBy = describePolicy(*hc.table, *piece.chain);
            else
                piece.decidedBy = hc.table->displayName() + QLatin1Char(' ') + piece.chain->name;
            if (flow == Flow::Unknown && !p.reason.isEmpty())
                piece.decidedBy += QStringLiteral(" (") + p.reason + QLatin1Char(')');
            switch (flow) {
            case Flow::Accept:
                piece.outcome = IptablesPiece::Outcome::Accept;
                alive = alive.united(p.set);
                accepted.append(piece);
                continue;
            case Flow::Drop: piece.outcome = IptablesPiece::Outcome::Drop; break;
            case Flow::Reject: piece.outcome = IptablesPiece::Outcome::Reject; break;
            default: piece.outcome = IptablesPiece::Outcome::Unknown; break;
            }
            out.append(piece);
        }
    }
    if (path.isEmpty()) {
        IptablesPiece piece;
        piece.addresses = sources;
        piece.outcome = IptablesPiece::Outcome::Accept;
        piece.decidedBy = m_packet.isOut() ? IptablesEvaluator::tr("no filtering chain on the way out")
                                           : IptablesEvaluator::tr("no filtering chain on the way in");
        out.append(piece);
    }
    out.append(accepted);
    if (untracked)
        *untracked = w.untracked;
    return out;
}
