#include "iptablesreport.h"
#include "analyzers/evidencetext.h"

#include "analyzers/firewall/rangeverdicts.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

constexpr int maxEvidenceRanges = 40;

struct FixSite
{
    QString table;
    QString chain;
    int position;
    QStringList commands;
};

} // namespace

namespace IptablesReport {

Question question(const RunContext &context, IpFamily family)
{
    Question q;
    q.family = family;
    const QStringList cidrs = context.healthCheckCidrs();
    const auto universe = RangeSet::parseCidrs(cidrs);
    if (!universe) {
        q.error = IptablesReport::Tr::tr("the health-check CIDR is not valid: %1").arg(universe.error());
        return q;
    }
    q.universe = *universe;
    if (q.universe.isEmpty()) {
        q.error = IptablesReport::Tr::tr("the profile has no health-check CIDR; pass --source-cidr");
        return q;
    }
    q.ipv4 = q.universe.intersected(RangeSet(AddressRange::everything(IpFamily::V4)));
    q.covered = q.universe.intersected(RangeSet(AddressRange::everything(family)));
    for (const QString &c : cidrs) {
        if (c.contains(QLatin1Char(':')) == (family == IpFamily::V6))
            q.cidrs << c.trimmed();
    }
    const bool v6 = family == IpFamily::V6;
    IptablesPacket packet;
    packet.family = family;
    packet.inInterface = context.target.interfaceName.isEmpty() ? QStringLiteral("eth0") : context.target.interfaceName;
    if (context.target.address.protocol() == (v6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol))
        packet.destination = context.target.address;
    packet.destinationPort = context.target.checkPort ? context.target.checkPort : context.target.port;
    const auto reply = [](IptablesPacket p, quint8 tcpFlags) {
        p.direction = IptablesPacket::Direction::Out;
        p.ctState = IptablesMatch::Established;
        p.tcpFlags = tcpFlags;
        return p;
    };
    if (context.target.listener == Listener::Udp) {
        packet.protocol = 17;
        packet.tcpFlags = 0;
        q.packets << packet;
        // A check with an expected response needs the reply; otherwise it counts silence as healthy.
        if (!context.variant.udpResponse.isEmpty() || !context.variant.udpRequest.isEmpty())
            q.packets << reply(packet, 0);
        else
            q.notDecisive << IptablesReport::Tr::tr("a UDP reply (this check expects none)");
        if (context.variant.icmpRequired) {
            IptablesPacket echo = packet;
            echo.protocol = v6 ? 58 : 1;
            echo.icmpType = v6 ? 128 : 8;
            echo.destinationPort = 0;
            q.packets << echo;
            IptablesPacket echoReply = reply(echo, 0);
            echoReply.icmpType = v6 ? 129 : 0;
            q.packets << echoReply;
        }
        IptablesPacket unreachable = reply(packet, 0);
        unreachable.protocol = v6 ? 58 : 1;
        unreachable.icmpType = v6 ? 1 : 3;
        unreachable.icmpCode = v6 ? 4 : 3;
        unreachable.ctState = IptablesMatch::Related;
        q.closedPort << packet << unreachable;
        q.notDecisive << IptablesReport::Tr::tr("the ICMP port unreachable a closed port sends (state RELATED)");
    } else {
        q.packets << packet << reply(packet, IptablesMatch::Syn | IptablesMatch::Ack);
        if (context.target.listener == Listener::Http || context.target.listener == Listener::Https) {
            IptablesPacket request = packet;
            request.ctState = IptablesMatch::Established;
            request.tcpFlags = IptablesMatch::Ack | IptablesMatch::Psh;
            q.packets << request << reply(packet, IptablesMatch::Ack | IptablesMatch::Psh);
            q.notDecisive << IptablesReport::Tr::tr(
                "the handshake's ACK (the request data completes the handshake as well)");
        } else {
            q.notDecisive << IptablesReport::Tr::tr(
                "the handshake's ACK or the prober's RST (the check succeeds when the SYN-ACK arrives)");
        }
        q.notDecisive << IptablesReport::Tr::tr("FIN and RST at the end (the verdict is in by then)");
    }
    return q;
}

QList<IptablesPiece> evaluate(const IptablesRuleset &ruleset, const IptablesPacket &packet, const RangeSet &sources)
{
    const IptablesEvaluator evaluator(packet);
    return evaluator.evaluate(IptablesEvaluator::inputPath(ruleset, packet.inInterface, packet.family), sources);
}

QString protocolName(const IptablesPacket &packet)
{
    return packet.protocol == 17 ? QStringLiteral("udp")
        : packet.protocol == 1   ? QStringLiteral("icmp")
        : packet.protocol == 58  ? QStringLiteral("ipv6-icmp")
                                 : QStringLiteral("tcp");
}

QStringList firewalldCommands(const IptablesPacket &packet, const QStringList &cidrs)
{
    QStringList out;
    for (const QString &cidr : cidrs) {
        const QString what = packet.isIcmp()
            ? QStringLiteral("icmp-type name=\"echo-request\"")
            : QStringLiteral("port port=\"%1\" protocol=\"%2\"").arg(packet.destinationPort).arg(protocolName(packet));
        const QString rule =
            QStringLiteral("rule family=\"%3\" source address=\"%1\" %2 accept")
                .arg(cidr, what, packet.family == IpFamily::V6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4"));
        out << QStringLiteral("firewall-cmd --permanent --add-rich-rule=") + ShellQuote::quote(Shell::Posix, rule);
    }
    out << QStringLiteral("firewall-cmd --reload");
    return out;
}

QList<PacketWalk> walkExchange(const IptablesRuleset &ruleset, const QList<IptablesPacket> &packets,
                               const RangeSet &sources)
{
    QList<PacketWalk> out;
    // Per flow (one per protocol in a check): the addresses for which an earlier packet was UNTRACKED.
    QHash<int, RangeSet> untrackedBefore;
    for (const IptablesPacket &packet : packets) {
        const IptablesEvaluator evaluator(packet);
        PacketWalk w{packet, {}, {}};
        const int flow = packet.flowProtocol();
        const RangeSet stateUnknown = packet.ctState == IptablesMatch::New ? RangeSet() : untrackedBefore.value(flow);
        w.pieces = evaluator.evaluate(IptablesEvaluator::pathOf(ruleset, packet), sources, stateUnknown, &w.untracked);
        untrackedBefore[flow] = untrackedBefore.value(flow).united(w.untracked);
        out.append(w);
    }
    return out;
}

namespace {

QString stateName(const PacketWalk &w, const RangeSet &addresses)
{
    if (!addresses.intersected(w.untracked).isEmpty())
        return QStringLiteral("UNTRACKED");
    return w.packet.ctState == IptablesMatch::New    ? QStringLiteral("NEW")
        : w.packet.ctState == IptablesMatch::Related ? QStringLiteral("RELATED")
                                                     : QStringLiteral("ESTABLISHED");
}

bool isFirstOfFlow(const QList<PacketWalk> &walks, int index)
{
    return !walks[index].packet.isOut() && walks[index].packet.ctState == IptablesMatch::New;
}

// Does the base chain, or a chain it jumps to, accept established traffic at all?
bool acceptsEstablished(const IptablesTable &table, const IptablesChain &base)
{
    QList<const IptablesChain *> chains{&base};
    for (const IptablesRule &rule : base.rules) {
        const auto it = table.chains.constFind(rule.target);
        if ((rule.action == IptablesRule::Action::Jump || rule.action == IptablesRule::Action::Goto)
            && it != table.chains.constEnd())
            chains << &*it;
    }
    for (const IptablesChain *chain : std::as_const(chains)) {
        for (const IptablesRule &rule : chain->rules) {
            if (rule.action != IptablesRule::Action::Accept)
                continue;
            for (const IptablesMatch &m : rule.matches) {
                if (m.kind == IptablesMatch::Kind::State && !m.negated && (m.states & IptablesMatch::Established))
                    return true;
            }
        }
    }
    return false;
}

} // namespace

QList<ExchangePiece> exchangeOutcome(const QList<PacketWalk> &walks)
{
    QList<ExchangePiece> out;
    if (walks.isEmpty())
        return out;
    RangeSet undecided;
    for (const IptablesPiece &p : walks.first().pieces)
        undecided = undecided.united(p.addresses);
    int firstCount = 0;
    for (int i = 0; i < walks.size(); ++i)
        firstCount += isFirstOfFlow(walks, i) ? 1 : 0;
    const auto take = [&](int index, const IptablesPiece &p, const RangeSet &now) {
        const PacketWalk &w = walks[index];
        ExchangePiece e{p, index};
        e.piece.addresses = now;
        if (isFirstOfFlow(walks, index)) {
            if (firstCount > 1)
                e.piece.decidedBy = w.packet.describe() + QStringLiteral(": ") + p.decidedBy;
        } else if (p.outcome != IptablesPiece::Outcome::Accept) {
            // Name the packet that passed first and the one stopped.
            QString before, beforeBy;
            for (int k = 0; k < index && before.isEmpty(); ++k) {
                if (!isFirstOfFlow(walks, k) || walks[k].packet.protocol != w.packet.protocol)
                    continue;
                for (const IptablesPiece &a : walks[k].pieces) {
                    if (a.outcome == IptablesPiece::Outcome::Accept && !a.addresses.intersected(now).isEmpty()) {
                        before = walks[k].packet.role();
                        beforeBy = a.decidedBy;
                        break;
                    }
                }
            }
            const QString state = stateName(w, now);
            if (before.isEmpty()) {
                const char *text = p.outcome == IptablesPiece::Outcome::Reject
                    ? QT_TRANSLATE_NOOP("IptablesReport", "%1 (%2, state %3) is rejected by %4")
                    : p.outcome == IptablesPiece::Outcome::Drop
                    ? QT_TRANSLATE_NOOP("IptablesReport", "%1 (%2, state %3) is dropped by %4")
                    : QT_TRANSLATE_NOOP("IptablesReport", "%1 (%2, state %3) cannot be decided at %4");
                e.piece.decidedBy =
                    IptablesReport::Tr::tr(text).arg(w.packet.role(), w.packet.describe(), state, p.decidedBy);
            } else {
                const char *text = p.outcome == IptablesPiece::Outcome::Reject
                    ? QT_TRANSLATE_NOOP("IptablesReport", "%1 passes (%2), but %3 (%4, state %5) is rejected by %6")
                    : p.outcome == IptablesPiece::Outcome::Drop
                    ? QT_TRANSLATE_NOOP("IptablesReport", "%1 passes (%2), but %3 (%4, state %5) is dropped by %6")
                    : QT_TRANSLATE_NOOP("IptablesReport",
                                        "%1 passes (%2), but %3 (%4, state %5) cannot be decided at %6");
                e.piece.decidedBy = IptablesReport::Tr::tr(text).arg(before, beforeBy, w.packet.role(),
                                                                     w.packet.describe(), state, p.decidedBy);
            }
            if (p.outcome != IptablesPiece::Outcome::Unknown && state == QLatin1String("ESTABLISHED") && p.table
                && p.baseChain && !acceptsEstablished(*p.table, *p.baseChain))
                e.piece.decidedBy = IptablesReport::Tr::tr("%1: %2 %3 has no ESTABLISHED,RELATED accept")
                                        .arg(e.piece.decidedBy, p.table->displayName(), p.baseChain->name);
        }
        out.append(e);
        undecided = undecided.subtracted(now);
    };
    for (const IptablesPiece::Outcome wanted :
         {IptablesPiece::Outcome::Drop, IptablesPiece::Outcome::Unknown, IptablesPiece::Outcome::Accept}) {
        for (int i = 0; i < walks.size(); ++i) {
            if (!walks[i].packet.required || (wanted == IptablesPiece::Outcome::Accept && i > 0))
                continue;
            for (const IptablesPiece &p : walks[i].pieces) {
                const bool stops =
                    p.outcome == IptablesPiece::Outcome::Drop || p.outcome == IptablesPiece::Outcome::Reject;
                if (wanted == IptablesPiece::Outcome::Drop ? !stops : p.outcome != wanted)
                    continue;
                const RangeSet now = undecided.intersected(p.addresses);
                if (!now.isEmpty())
                    take(i, p, now);
            }
        }
    }
    return out;
}

bool needsEstablishedAccept(const IptablesPiece &piece, const IptablesPacket &packet)
{
    if (!(packet.ctState & (IptablesMatch::Established | IptablesMatch::Related)) || !piece.baseChain || !piece.table)
        return false;
    const QString &hook = piece.baseChain->hook;
    if (hook == QLatin1String("ingress"))
        return false;
    // Before conntrack (raw), no packet has a state yet.
    return !((hook == QLatin1String("prerouting") || hook == QLatin1String("output"))
             && piece.baseChain->priority < -200);
}

Finding build(const RunContext &context, const Question &q, const IptablesRuleset &ruleset, const Style &style,
              const QStringList &warnings)
{
    Finding f = Finding::make(QStringLiteral("firewall"), Status::Unknown, {});
    RangeVerdicts verdicts(q.universe);
    const RangeSet other = q.universe.subtracted(q.covered);
    verdicts.decide(other, RangeDecision::Verdict::Unknown,
                    !style.otherFamily.isEmpty()
                        ? style.otherFamily
                        : IptablesReport::Tr::tr("IPv6 addresses: this analysis models the IPv4 packet only"));

    const QList<PacketWalk> walks = walkExchange(ruleset, q.packets, q.covered);
    // Blocked for any packet beats unknown, which beats allowed for all: the check needs every packet.
    QList<FixSite> sites;
    bool anyEstablished = false;
    bool allEstablished = true;
    for (const ExchangePiece &e : exchangeOutcome(walks)) {
        const IptablesPiece &p = e.piece;
        switch (p.outcome) {
        case IptablesPiece::Outcome::Drop:
        case IptablesPiece::Outcome::Reject: {
            verdicts.decide(p.addresses, RangeDecision::Verdict::Blocked, p.decidedBy);
            IptablesPacket packet = walks[e.packet].packet;
            if (!p.addresses.intersected(walks[e.packet].untracked).isEmpty())
                packet.ctState = IptablesMatch::Untracked;
            const bool established = needsEstablishedAccept(p, packet);
            anyEstablished = anyEstablished || established;
            allEstablished = allEstablished && established;
            FixSite site{p.table ? p.table->displayName() : QString(),
                         established   ? p.baseChain->name
                             : p.chain ? p.chain->name
                                       : QString(),
                         established || !p.rule ? 1 : p.rule->number, style.fix(p, packet, q.cidrs)};
            sites.append(site);
            break;
        }
        case IptablesPiece::Outcome::Unknown:
            verdicts.decide(p.addresses, RangeDecision::Verdict::Unknown, p.decidedBy);
            break;
        case IptablesPiece::Outcome::Accept:
            verdicts.decide(p.addresses, RangeDecision::Verdict::Allowed, p.decidedBy);
            break;
        }
    }
    verdicts.fill(f, style.what);

    QStringList packetNames;
    for (const IptablesPacket &p : q.packets) {
        packetNames << QStringLiteral("%1 (%2)").arg(p.describe(),
                                                     p.ctState == IptablesMatch::New ? QStringLiteral("NEW")
                                                         : p.ctState == IptablesMatch::Related
                                                         ? QStringLiteral("RELATED")
                                                         : QStringLiteral("ESTABLISHED"));
    }
    f.evidence << IptablesReport::Tr::tr(
                      "modelled: %1 from %2, arriving on %3, to %4; the replies leave by the same interface; "
                      "each packet walks the chains of its direction and must pass")
                      .arg(packetNames.join(QStringLiteral(" + ")), q.universe.toString(),
                           q.packets.value(0).inInterface,
                           q.packets.value(0).destination.isNull()
                               ? IptablesReport::Tr::tr("this host (address not given)")
                               : q.packets.value(0).destination.toString());
    if (!q.notDecisive.isEmpty())
        f.evidence << IptablesReport::Tr::tr("not needed for the check's result, so not modelled: %1")
                          .arg(q.notDecisive.join(QStringLiteral("; ")));
    // One evidence line per deciding rule, its ranges listed, in address order of first appearance.
    QList<std::pair<QString, QStringList>> groups;
    for (const RangeDecision &d : f.ranges) {
        const QString key = verdictId(d.verdict) + QLatin1Char('\t') + d.decidedBy;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == key; });
        if (it == groups.end())
            groups.append({key, {d.cidr}});
        else
            it->second << d.cidr;
    }
    int shown = 0;
    for (const auto &[key, cidrs] : std::as_const(groups)) {
        if (++shown > maxEvidenceRanges) {
            f.evidence << IptablesReport::Tr::tr("... and %1 more rules").arg(groups.size() - maxEvidenceRanges);
            break;
        }
        const QString verdict = key.section(QLatin1Char('\t'), 0, 0);
        const QString by = key.section(QLatin1Char('\t'), 1);
        QString list = QStringList(cidrs.mid(0, 8)).join(QStringLiteral(", "));
        if (cidrs.size() > 8)
            list += IptablesReport::Tr::tr(" and %1 more").arg(cidrs.size() - 8);
        f.evidence << QStringLiteral("%1 %2: %3").arg(verdict, list, by);
    }
    for (const QString &p : ruleset.problems)
        f.evidence << IptablesReport::Tr::tr("note: %1").arg(p);
    f.evidence << warnings;

    if (f.status == Status::Pass && !warnings.isEmpty()) {
        f.status = Status::Warn;
        f.summary = IptablesReport::Tr::tr("%1 allows all of %2, but %3")
                        .arg(style.what, q.universe.toString(), warnings.first());
    }
    if (ruleset.truncated && f.status != Status::Fail) {
        f.status = Status::Unknown;
        f.summary = IptablesReport::Tr::tr(
                        "unknown, because the %1 rules are truncated (%2); rules after the cut could still block")
                        .arg(style.what, ruleset.problems.value(0));
    }

    if (f.status == Status::Fail) {
        // Insert at the highest positions first so earlier inserts do not shift later ones.
        std::stable_sort(sites.begin(), sites.end(), [](const FixSite &a, const FixSite &b) {
            if (a.table != b.table || a.chain != b.chain)
                return std::tie(a.table, a.chain) < std::tie(b.table, b.chain);
            return a.position > b.position;
        });
        QSet<QString> seen;
        for (const FixSite &s : sites) {
            for (const QString &c : s.commands) {
                if (!seen.contains(c)) {
                    seen.insert(c);
                    f.commands << c;
                }
            }
        }
        QStringList firewalld;
        for (const IptablesPacket &p : q.packets) {
            if (!p.isOut() && p.ctState == IptablesMatch::New)
                firewalld << firewalldCommands(p, q.cidrs);
        }
        firewalld.removeDuplicates();
        f.fix =
            IptablesReport::Tr::tr(
                "Allow the health-check addresses to the port before the rule that blocks them (the commands below insert "
                "an accept rule right there). %1 If firewalld manages this host, add the rule through firewalld instead "
                "(%2), or its next reload removes the change.")
                .arg(style.persistText, firewalld.join(QStringLiteral("; ")));
        if (anyEstablished && allEstablished)
            f.fix =
                IptablesReport::Tr::tr(
                    "The check's later packets or replies (conntrack state ESTABLISHED) are stopped: accept established and related "
                    "traffic first thing in the chain that stops them, as the commands below do. %1")
                    .arg(style.persistText);
        else if (anyEstablished)
            f.fix =
                IptablesReport::Tr::tr(
                    "The check's later packets or replies (conntrack state ESTABLISHED) are stopped: accept established and related "
                    "traffic first thing in the chain that stops them, as the commands below do.")
                + QLatin1Char(' ') + f.fix;
        EvidenceText::appendGuidanceFix(f, context);
    } else if (f.status == Status::Unknown) {
        f.fix = IptablesReport::Tr::tr(
            "Check the rules named in the evidence by hand: LB Doctor cannot decide them for the health-check addresses. "
            "Where a rule depends on the destination, pass the backend address with --ip.");
    }
    return f;
}

} // namespace IptablesReport
