#include "firewalldanalyzer.h"

#include "core/inputchannel.h"
#include "analyzers/evidencetext.h"

#include "analyzers/firewall/firewalldservices.h"
#include "analyzers/firewall/firewalldzone.h"
#include "analyzers/firewall/healthcheckpackets.h"
#include "analyzers/firewall/replypackets.h"
#include "core/shellquote.h"

#include <QCoreApplication>

#include <algorithm>

LBDOCTOR_REGISTER_ANALYZER(FirewalldAnalyzer)

namespace {

enum class Match { No, Yes, Unknown };

struct Decision
{
    RangeSet addresses;
    RangeDecision::Verdict verdict;
    QString by;
    RangeVerdicts::BlockAction action = RangeVerdicts::BlockAction::Unknown; // for Blocked
};

// Evaluates one zone for one packet on the addresses the zone takes; notes in `actions` how each
// rule that blocked some of them answers.
class ZoneEvaluation
{
public:
    ZoneEvaluation(const FirewalldZone &zone, const RangeSet &addresses, const HealthCheckPacket &packet,
                   const RunContext &context, QList<RangeVerdicts::BlockAction> &actions)
        : m_zone(zone),
          m_addresses(addresses),
          m_packet(packet),
          m_context(context),
          m_actions(actions)
    { }

    void run(RangeVerdicts &verdicts) const
    {
        if (!m_zone.problems.isEmpty()) {
            for (const QString &p : m_zone.problems) {
                if (p.contains(QStringLiteral("rich rule"))) {
                    verdicts.decide(m_addresses, RangeDecision::Verdict::Unknown, p);
                    return;
                }
            }
        }
        QList<const FirewalldRichRule *> pre, deny, allow, post;
        for (const FirewalldRichRule &r : m_zone.richRules) {
            if (r.priority < 0)
                pre << &r;
            else if (r.priority > 0)
                post << &r;
            else if (r.action == QStringLiteral("accept"))
                allow << &r;
            else if (r.action == QStringLiteral("reject") || r.action == QStringLiteral("drop"))
                deny << &r;
        }
        const auto byPriority = [](const FirewalldRichRule *a, const FirewalldRichRule *b) {
            return a->priority < b->priority;
        };
        std::stable_sort(pre.begin(), pre.end(), byPriority);
        std::stable_sort(post.begin(), post.end(), byPriority);

        for (const FirewalldRichRule *r : pre)
            apply(verdicts, {richDecision(*r)});

        // Priority 0: every drop/reject (and ICMP block) before every accept.
        QList<Decision> denyStage;
        for (const FirewalldRichRule *r : deny)
            denyStage << richDecision(*r);
        if (m_packet.protocol == HealthCheckPacket::Protocol::Icmp) {
            const bool listed = m_zone.icmpBlocks.contains(QStringLiteral("echo-request"));
            if (listed != m_zone.icmpBlockInversion)
                denyStage << Decision{
                    m_addresses, RangeDecision::Verdict::Blocked,
                    m_zone.icmpBlockInversion ? where(FirewalldAnalyzer::tr(
                        "icmp-block-inversion rejects echo-request, which icmp-blocks does not list"))
                                              : where(FirewalldAnalyzer::tr("icmp-blocks: echo-request")),
                    RangeVerdicts::BlockAction::Reject};
        }
        apply(verdicts, denyStage);

        QList<Decision> allowStage;
        for (const FirewalldRichRule *r : allow)
            allowStage << richDecision(*r);
        for (const QString &service : m_zone.services) {
            const auto ports = FirewalldServices::portsOf(service);
            if (!ports)
                allowStage << Decision{
                    m_addresses, RangeDecision::Verdict::Unknown,
                    where(FirewalldAnalyzer::tr(
                              "service %1 is not one LB Doctor knows; run firewall-cmd --info-service=%1")
                              .arg(service))};
            else if (matchesAnyPort(*ports))
                allowStage << Decision{
                    m_addresses, RangeDecision::Verdict::Allowed,
                    where(FirewalldAnalyzer::tr("service %1 (%2)").arg(service, ports->join(QLatin1Char(' '))))};
        }
        for (const QString &port : m_zone.ports) {
            if (matchesAnyPort({port}))
                allowStage << Decision{m_addresses, RangeDecision::Verdict::Allowed,
                                       where(FirewalldAnalyzer::tr("port %1").arg(port))};
        }
        for (const QString &protocol : m_zone.protocols) {
            if (protocolMatches(protocol))
                allowStage << Decision{m_addresses, RangeDecision::Verdict::Allowed,
                                       where(FirewalldAnalyzer::tr("protocol %1").arg(protocol))};
        }
        if (m_packet.protocol == HealthCheckPacket::Protocol::Icmp && m_zone.icmpBlockInversion
            && m_zone.icmpBlocks.contains(QStringLiteral("echo-request")))
            allowStage << Decision{m_addresses, RangeDecision::Verdict::Allowed,
                                   where(FirewalldAnalyzer::tr("icmp-block-inversion allows echo-request"))};
        apply(verdicts, allowStage);

        for (const FirewalldRichRule *r : post)
            apply(verdicts, {richDecision(*r)});

        const QString target = m_zone.target;
        if (target == QStringLiteral("ACCEPT"))
            verdicts.decide(m_addresses, RangeDecision::Verdict::Allowed,
                            where(FirewalldAnalyzer::tr("target ACCEPT")));
        else if (target == QStringLiteral("DROP"))
            apply(verdicts,
                  {{m_addresses, RangeDecision::Verdict::Blocked, where(FirewalldAnalyzer::tr("target DROP")),
                    RangeVerdicts::BlockAction::Drop}});
        else if (target == QStringLiteral("%%REJECT%%") || target == QStringLiteral("REJECT"))
            apply(verdicts,
                  {{m_addresses, RangeDecision::Verdict::Blocked, where(FirewalldAnalyzer::tr("target %%REJECT%%")),
                    RangeVerdicts::BlockAction::Reject}});
        else if (target == QStringLiteral("default") && m_packet.protocol == HealthCheckPacket::Protocol::Icmp)
            verdicts.decide(m_addresses, RangeDecision::Verdict::Allowed,
                            where(FirewalldAnalyzer::tr("target default, which accepts ICMP")));
        else if (target == QStringLiteral("default"))
            apply(verdicts,
                  {{m_addresses, RangeDecision::Verdict::Blocked,
                    where(FirewalldAnalyzer::tr("target default, which rejects what no rule accepts")),
                    RangeVerdicts::BlockAction::Reject}});
        else
            verdicts.decide(m_addresses, RangeDecision::Verdict::Unknown,
                            where(FirewalldAnalyzer::tr("target %1 is not one LB Doctor knows").arg(target)));
    }

private:
    QString where(const QString &what) const { return FirewalldAnalyzer::tr("zone %1: %2").arg(m_zone.name, what); }

    // Blocked and allowed decisions of one stage go before the undecidable ones: a rule LB Doctor
    // cannot read must not hide a definite rule of the same stage.
    void apply(RangeVerdicts &verdicts, const QList<Decision> &stage) const
    {
        for (const bool definite : {true, false}) {
            for (const Decision &d : stage) {
                if (d.addresses.isEmpty() || (d.verdict != RangeDecision::Verdict::Unknown) != definite)
                    continue;
                if (!verdicts.decide(d.addresses, d.verdict, d.by).isEmpty()
                    && d.verdict == RangeDecision::Verdict::Blocked)
                    m_actions << d.action;
            }
        }
    }

    bool protocolMatches(const QString &protocol) const
    {
        const QString p = protocol.toLower();
        switch (m_packet.protocol) {
        case HealthCheckPacket::Protocol::Tcp: return p == QStringLiteral("tcp") || p == QStringLiteral("6");
        case HealthCheckPacket::Protocol::Udp: return p == QStringLiteral("udp") || p == QStringLiteral("17");
        case HealthCheckPacket::Protocol::Icmp: return p == QStringLiteral("icmp") || p == QStringLiteral("1");
        }
        return false;
    }

    bool portMatches(const QString &port, const QString &protocol) const
    {
        if (m_packet.protocol == HealthCheckPacket::Protocol::Icmp || !protocolMatches(protocol))
            return false;
        const auto set = PortSet::parse(port);
        return set && set->contains(m_packet.port);
    }

    bool matchesAnyPort(const QStringList &ports) const
    {
        for (const QString &entry : ports) {
            const qsizetype slash = entry.lastIndexOf(QLatin1Char('/'));
            if (slash > 0 && portMatches(entry.left(slash), entry.mid(slash + 1)))
                return true;
        }
        return false;
    }

    Decision richDecision(const FirewalldRichRule &r) const
    {
        const QString by = where(FirewalldAnalyzer::tr("rich rule: %1").arg(r.text));
        Decision none{RangeSet(), RangeDecision::Verdict::Unknown, by};
        if (r.action != QStringLiteral("accept") && r.action != QStringLiteral("reject")
            && r.action != QStringLiteral("drop"))
            return none; // log, audit and mark only: the packet goes on
        RangeSet addresses = m_addresses;
        if (r.family == QStringLiteral("ipv4"))
            addresses = addresses.intersected(AddressRange::everything(IpFamily::V4));
        else if (r.family == QStringLiteral("ipv6"))
            addresses = addresses.intersected(AddressRange::everything(IpFamily::V6));
        Match match = Match::Yes;
        if (!r.sourceOther.isEmpty()) {
            match = Match::Unknown;
        } else if (!r.sourceAddress.isEmpty()) {
            const auto range = AddressRange::parse(r.sourceAddress);
            if (!range)
                match = Match::Unknown;
            else
                addresses =
                    addresses.intersected(r.sourceInverted ? RangeSet(*range).complemented() : RangeSet(*range));
        }
        if (!r.destinationOther.isEmpty()) {
            match = Match::Unknown;
        } else if (!r.destinationAddress.isEmpty()) {
            const auto range = AddressRange::parse(r.destinationAddress);
            if (!range || m_context.target.address.isNull())
                match = Match::Unknown;
            else if (range->contains(m_context.target.address) == r.destinationInverted)
                return none;
        }
        const Match element = elementMatches(r);
        if (element == Match::No)
            return none;
        if (element == Match::Unknown)
            match = Match::Unknown;
        if (match == Match::Unknown)
            return {addresses, RangeDecision::Verdict::Unknown, by};
        if (r.action == QStringLiteral("accept"))
            return {addresses, RangeDecision::Verdict::Allowed, by};
        return {addresses, RangeDecision::Verdict::Blocked, by,
                r.action == QStringLiteral("drop") ? RangeVerdicts::BlockAction::Drop
                                                   : RangeVerdicts::BlockAction::Reject};
    }

    Match elementMatches(const FirewalldRichRule &r) const
    {
        if (r.element.isEmpty())
            return Match::Yes;
        if (r.element == QStringLiteral("service")) {
            const auto ports = FirewalldServices::portsOf(r.elementName);
            if (!ports)
                return Match::Unknown;
            return matchesAnyPort(*ports) ? Match::Yes : Match::No;
        }
        if (r.element == QStringLiteral("port"))
            return portMatches(r.port, r.protocol) ? Match::Yes : Match::No;
        if (r.element == QStringLiteral("protocol"))
            return protocolMatches(r.elementName) ? Match::Yes : Match::No;
        if (r.element == QStringLiteral("icmp-block") || r.element == QStringLiteral("icmp-type"))
            return m_packet.protocol == HealthCheckPacket::Protocol::Icmp
                    && r.elementName == QStringLiteral("echo-request")
                ? Match::Yes
                : Match::No;
        if (r.element == QStringLiteral("source-port"))
            return protocolMatches(r.protocol) ? Match::Unknown : Match::No; // the check's source port is random
        return Match::No; // forward-port and masquerade do not filter
    }

    const FirewalldZone &m_zone;
    RangeSet m_addresses;
    HealthCheckPacket m_packet;
    const RunContext &m_context;
    QList<RangeVerdicts::BlockAction> &m_actions;
};

struct ZoneShare
{
    const FirewalldZone *zone = nullptr; // nullptr: undecidable, see why
    RangeSet addresses;
    QString why;
};

// Which zone takes which health-check address: a zone bound to a source wins, then the zone of
// the interface, then the default zone.
QList<ZoneShare> assignZones(const FirewalldConfig &config, const RangeSet &universe, const QString &interfaceName)
{
    QList<ZoneShare> shares;
    RangeSet remaining = universe;
    for (const FirewalldZone &z : config.zones) {
        for (const QString &source : z.sources) {
            const auto range = AddressRange::parse(source);
            if (!range) {
                if (!remaining.isEmpty())
                    shares.append(
                        {nullptr, remaining,
                         FirewalldAnalyzer::tr("zone %1 is bound to source %2, which may include these addresses")
                             .arg(z.name, source)});
                remaining = RangeSet();
                continue;
            }
            const RangeSet mine = remaining.intersected(*range);
            if (!mine.isEmpty()) {
                shares.append({&z, mine,
                               FirewalldAnalyzer::tr("zone %1 takes %2 (bound to source %3)")
                                   .arg(z.name, mine.toString(), source)});
                remaining = remaining.subtracted(mine);
            }
        }
    }
    if (remaining.isEmpty())
        return shares;
    for (const FirewalldZone &z : config.zones) {
        if (z.interfaces.contains(interfaceName)) {
            shares.append({&z, remaining,
                           FirewalldAnalyzer::tr("zone %1 takes %2 (interface %3)")
                               .arg(z.name, remaining.toString(), interfaceName)});
            return shares;
        }
    }
    const FirewalldZone *fallback = config.defaultZone();
    if (!fallback && config.zones.size() == 1)
        fallback = &config.zones.first(); // `--list-all` prints the default zone only
    if (fallback)
        shares.append({fallback, remaining,
                       FirewalldAnalyzer::tr("zone %1 takes %2 (default zone; no zone lists interface %3)")
                           .arg(fallback->name, remaining.toString(), interfaceName)});
    else
        shares.append(
            {nullptr, remaining,
             FirewalldAnalyzer::tr(
                 "no zone lists interface %1 and the output does not say which zone is the default; run firewall-cmd --get-default-zone and firewall-cmd --get-active-zones")
                 .arg(interfaceName)});
    return shares;
}

QString richRuleFor(const HealthCheckPacket &packet, const QString &cidr, std::optional<int> priority)
{
    QString rule = QStringLiteral("rule family=\"%1\"")
                       .arg(cidr.contains(QLatin1Char(':')) ? QStringLiteral("ipv6") : QStringLiteral("ipv4"));
    if (priority)
        rule += QStringLiteral(" priority=\"%1\"").arg(*priority);
    rule += QStringLiteral(" source address=\"%1\"").arg(cidr);
    if (packet.protocol == HealthCheckPacket::Protocol::Icmp)
        rule += QStringLiteral(" icmp-type name=\"echo-request\" accept");
    else
        rule += QStringLiteral(" port port=\"%1\" protocol=\"%2\" accept").arg(packet.port).arg(packet.protocolName());
    return rule;
}

// What the zones do not show: policy objects and direct rules. The replies of an accepted check are
// ESTABLISHED, and firewalld accepts those in its output chain ahead of every policy (nftables
// backend: "ct state established,related accept" first in filter_OUTPUT) and ahead of OUTPUT_direct
// (iptables backend: "-A OUTPUT -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT", then
// "-A OUTPUT -j OUTPUT_direct"; firewalld's src/firewall/core/nftables.py and ipXtables.py), so an
// outgoing policy or direct rule does not stop them. Direct rules on INPUT run ahead of the zones
// and are not judged here.
void appendPoliciesAndDirectRules(Finding &f, const FirewalldConfig &config, const RunContext &context)
{
    QStringList outgoing;
    for (const FirewalldZone &p : config.policies) {
        const bool fromHost = p.ingressZones.contains(QStringLiteral("HOST"));
        const bool blocks = p.target == QStringLiteral("REJECT") || p.target == QStringLiteral("%%REJECT%%")
            || p.target == QStringLiteral("DROP")
            || std::any_of(p.richRules.cbegin(), p.richRules.cend(), [](const FirewalldRichRule &r) {
                                return r.action == QStringLiteral("reject") || r.action == QStringLiteral("drop");
                            });
        if (fromHost && blocks)
            outgoing << FirewalldAnalyzer::tr("policy %1 (target %2)").arg(p.name, p.target);
        else if (p.egressZones.contains(QStringLiteral("HOST")) && blocks)
            f.evidence
                << (InputChannel::commandLine()
                        ? FirewalldAnalyzer::tr(
                            "policy %1 (target %2) filters traffic to this host, which LB Doctor does not judge: if it covers the health-check CIDR, give the output of nft list ruleset")
                        : FirewalldAnalyzer::tr(
                            "policy %1 (target %2) filters traffic to this host, which LB Doctor does not judge: if it covers the health-check CIDR, paste nft list ruleset"))
                       .arg(p.name, p.target);
    }
    QStringList inputDirect;
    for (const QString &rule : config.directRules) {
        const QStringList parts = rule.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool stops = rule.contains(QLatin1String("-j DROP")) || rule.contains(QLatin1String("-j REJECT"));
        if (parts.value(1) != QStringLiteral("filter") || !stops)
            continue;
        if (parts.value(2) == QStringLiteral("OUTPUT"))
            outgoing << FirewalldAnalyzer::tr("the direct rule %1").arg(rule);
        else if (parts.value(2) == QStringLiteral("INPUT"))
            inputDirect << rule;
    }
    if (!outgoing.isEmpty())
        f.evidence
            << (InputChannel::commandLine()
                    ? FirewalldAnalyzer::tr(
                        "The replies (%1) leave despite %2: they are ESTABLISHED, and firewalld accepts established and related packets in its output chain ahead of every policy and direct rule; if iptables-save shows an OUTPUT chain without that accept ahead of -j OUTPUT_direct, give the output of iptables-save, which LB Doctor judges packet by packet")
                    : FirewalldAnalyzer::tr(
                        "The replies (%1) leave despite %2: they are ESTABLISHED, and firewalld accepts established and related packets in its output chain ahead of every policy and direct rule; if iptables-save shows an OUTPUT chain without that accept ahead of -j OUTPUT_direct, paste iptables-save, which LB Doctor judges packet by packet"))
                   .arg(ReplyPackets::names(context), outgoing.join(QStringLiteral("; ")));
    if (inputDirect.isEmpty())
        return;
    f.evidence << FirewalldAnalyzer::tr(
                      "direct rules on INPUT run ahead of the zones and may drop the health check: %1")
                      .arg(inputDirect.join(QStringLiteral("; ")));
    if (f.status == Status::Pass) {
        f.status = Status::Warn;
        f.summary =
            (InputChannel::commandLine()
                 ? FirewalldAnalyzer::tr(
                     "firewalld's zones accept the health check, but direct rules on INPUT that drop or reject run ahead of them; LB Doctor does not judge direct rules: give the output of iptables-save to judge them")
                 : FirewalldAnalyzer::tr(
                     "firewalld's zones accept the health check, but direct rules on INPUT that drop or reject run ahead of them; LB Doctor does not judge direct rules: paste iptables-save to judge them"));
    }
}

} // namespace

QString FirewalldAnalyzer::description() const
{
    return FirewalldAnalyzer::tr("firewalld zones (firewall-cmd --list-all-zones)");
}

int FirewalldAnalyzer::recognize(QStringView whole) const
{
    if (whole.size() < 200 && whole.contains(QStringLiteral("FirewallD is not running"), Qt::CaseInsensitive))
        return 90;
    // Routing a paste asks every analyzer: look at a bounded head, as the other firewall kinds do.
    const QStringView text = whole.left(256 * 1024);
    int score = 0;
    if (text.contains(QStringLiteral("icmp-block-inversion:")))
        score += 45;
    if (text.contains(QStringLiteral("rich rules:")))
        score += 25;
    if (text.contains(QStringLiteral("  target: ")) || text.contains(QStringLiteral("\ttarget: ")))
        score += 15;
    if (text.contains(QStringLiteral("  services:")) || text.contains(QStringLiteral("\tservices:")))
        score += 10;
    if (text.contains(QStringLiteral("  interfaces:")) || text.contains(QStringLiteral("\tinterfaces:")))
        score += 5;
    return std::min(score, 100);
}

QString FirewalldAnalyzer::emptyInputSummary() const
{
    return (
        InputChannel::commandLine()
            ? FirewalldAnalyzer::tr(
                "unknown, because the firewalld output is empty; give the output of firewall-cmd --list-all-zones")
            : FirewalldAnalyzer::tr(
                "unknown, because the firewalld output is empty; paste the output of firewall-cmd --list-all-zones"));
}

Finding FirewalldAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    const FirewalldConfig config = FirewalldConfig::parse(input.text);
    if (config.notRunning && config.zones.isEmpty()) {
        f.status = Status::Pass;
        f.outcome = FindingOutcome::Allowed;
        f.summary = FirewalldAnalyzer::tr(
            "firewalld is not running, so it blocks nothing; rules loaded directly into iptables or nftables may still block: check iptables-save and nft list ruleset");
        return f;
    }
    if (!config.error.isEmpty()) {
        f.summary = FirewalldAnalyzer::tr("unknown, because this is not firewall-cmd output: %1").arg(config.error);
        return f;
    }
    const auto universe = HealthCheckPackets::sources(input.context);
    if (!universe) {
        f.summary = universe.error();
        return f;
    }
    const QList<ZoneShare> shares = assignZones(config, *universe, input.context.target.interfaceName);
    for (const ZoneShare &s : shares)
        f.evidence << s.why;
    for (const FirewalldZone &z : config.zones) {
        for (const QString &p : z.problems)
            f.evidence << p;
    }

    QList<std::pair<HealthCheckPacket, RangeVerdicts>> perPacket;
    bool limited = false;
    QList<RangeVerdicts::BlockAction> blockActions;
    for (const HealthCheckPacket &packet : HealthCheckPackets::of(input.context)) {
        RangeVerdicts verdicts(*universe);
        for (const ZoneShare &s : shares) {
            if (!s.zone)
                verdicts.decide(s.addresses, RangeDecision::Verdict::Unknown, s.why);
            else
                ZoneEvaluation(*s.zone, s.addresses, packet, input.context, blockActions).run(verdicts);
        }
        for (const RangeDecision &d : verdicts.decisions()) {
            if (d.verdict == RangeDecision::Verdict::Allowed && d.decidedBy.contains(QStringLiteral(" limit ")))
                limited = true;
        }
        perPacket.append({packet, verdicts});
    }
    const RangeVerdicts combined = HealthCheckPackets::combine(*universe, perPacket);
    combined.fill(f, QStringLiteral("firewalld"));
    RangeVerdicts::refineOutcome(f, blockActions);
    for (const RangeDecision &d : f.ranges)
        f.evidence << QStringLiteral("%1 %2: %3").arg(d.cidr, verdictId(d.verdict), d.decidedBy);
    appendPoliciesAndDirectRules(f, config, input.context);

    if (f.status == Status::Fail) {
        // One accept rule per blocked packet and CIDR, in the zone that blocks it, ahead of any
        // rich rule that rejects or drops it.
        QStringList zonesDone;
        for (const ZoneShare &s : shares) {
            if (!s.zone || zonesDone.contains(s.zone->name))
                continue;
            std::optional<int> priority;
            for (const FirewalldRichRule &r : s.zone->richRules) {
                if (r.action == QStringLiteral("reject") || r.action == QStringLiteral("drop"))
                    priority = std::max(-32768, std::min(priority.value_or(0), r.priority) - 1);
            }
            if (!s.zone->icmpBlocks.isEmpty() || s.zone->icmpBlockInversion)
                priority = std::min(priority.value_or(-1), -1);
            bool any = false;
            for (const auto &[packet, verdicts] : perPacket) {
                if (!verdicts.addressesWith(RangeDecision::Verdict::Blocked).intersects(s.addresses))
                    continue;
                for (const QString &cidr : input.context.healthCheckCidrs()) {
                    f.commands << QStringLiteral("firewall-cmd --permanent --zone=%1 --add-rich-rule=%2")
                                      .arg(ShellQuote::quote(Shell::Posix, s.zone->name),
                                           ShellQuote::quote(Shell::Posix,
                                                             richRuleFor(packet, cidr.trimmed(), priority)));
                    any = true;
                }
            }
            if (any)
                zonesDone << s.zone->name;
        }
        if (!f.commands.isEmpty())
            f.commands << QStringLiteral("firewall-cmd --reload");
        f.fix = FirewalldAnalyzer::tr(
            "Add a rich rule that accepts the health-check CIDR on the health-check port in the zone that takes it (with a lower priority number than any rich rule that rejects or drops it), then reload firewalld.");
        if (input.context.target.listener == Listener::Udp)
            f.appendFix(
                FirewalldAnalyzer::tr("A UDP health check pings first, so ICMP echo-request must be accepted too."));
        EvidenceText::appendGuidanceFix(f, input.context);
    } else if (f.status == Status::Pass && limited) {
        f.status = Status::Warn;
        f.summary = FirewalldAnalyzer::tr(
                        "firewalld accepts all of %1, but with a rate limit: frequent health checks may be dropped")
                        .arg(universe->toString());
        f.fix = FirewalldAnalyzer::tr("Remove the limit from the rich rule that accepts the health-check CIDR.");
    }
    return f;
}
