#include "securitygroupanalyzer.h"
#include "analyzers/evidencetext.h"

#include "analyzers/firewall/healthcheckpackets.h"
#include "analyzers/firewall/replypackets.h"
#include "analyzers/firewall/securitygrouprules.h"
#include "core/shellquote.h"

#include <QCoreApplication>

#include <algorithm>

LBDOCTOR_REGISTER_ANALYZER(SecurityGroupAnalyzer)

namespace {

enum class Match { No, Yes, Unknown };

bool isAll(const QString &v)
{
    const QString s = v.trimmed().toLower();
    return s.isEmpty() || s == QStringLiteral("all") || s == QStringLiteral("any") || s == QStringLiteral("-1")
        || s == QStringLiteral("-1/-1");
}

Match protocolMatch(const SecurityGroupRule &r, const HealthCheckPacket &packet)
{
    if (isAll(r.protocol))
        return Match::Yes;
    const QString p = r.protocol;
    switch (packet.protocol) {
    case HealthCheckPacket::Protocol::Tcp:
        return p == QStringLiteral("tcp") || p == QStringLiteral("6") ? Match::Yes : Match::No;
    case HealthCheckPacket::Protocol::Udp:
        return p == QStringLiteral("udp") || p == QStringLiteral("17") ? Match::Yes : Match::No;
    case HealthCheckPacket::Protocol::Icmp:
        return p == QStringLiteral("icmp") || p == QStringLiteral("1") ? Match::Yes : Match::No;
    }
    return Match::No;
}

Match portMatch(const SecurityGroupRule &r, const HealthCheckPacket &packet)
{
    if (!r.serviceReference.isEmpty())
        return Match::Unknown;
    if (isAll(r.ports))
        return Match::Yes;
    const auto set = PortSet::parse(r.ports);
    if (!set)
        return Match::Unknown;
    // For ICMP rules the "port" is the ICMP type where a provider has one: echo request is 8.
    return set->contains(packet.protocol == HealthCheckPacket::Protocol::Icmp ? 8 : packet.port) ? Match::Yes
                                                                                                 : Match::No;
}

// First match over rules some of which LB Doctor cannot decide (a referenced security group): an
// undecidable rule leaves its addresses open until a later rule or the default decides them; if
// that later verdict equals the undecidable rule's, the answer is certain either way.
class FirstMatch
{
public:
    explicit FirstMatch(const RangeSet &universe) : m_verdicts(universe) { }

    void definite(const RangeSet &addresses, RangeDecision::Verdict verdict, const QString &by)
    {
        for (const Pending &p : m_pending) {
            if (p.verdict != verdict)
                m_verdicts.decide(addresses.intersected(p.addresses), RangeDecision::Verdict::Unknown, p.by);
        }
        m_verdicts.decide(addresses, verdict, by);
    }
    void maybe(const RangeSet &addresses, RangeDecision::Verdict verdict, const QString &by)
    {
        m_pending.append({m_verdicts.undecided().intersected(addresses), verdict, by});
    }
    const RangeSet &undecided() const { return m_verdicts.undecided(); }
    RangeVerdicts finish(RangeDecision::Verdict verdict, const QString &by)
    {
        definite(m_verdicts.undecided(), verdict, by);
        return m_verdicts;
    }

private:
    struct Pending
    {
        RangeSet addresses;
        RangeDecision::Verdict verdict;
        QString by;
    };
    RangeVerdicts m_verdicts;
    QList<Pending> m_pending;
};

QString layerName(const SecurityGroupLayer &layer)
{
    if (layer.kind == SecurityGroupLayer::Kind::NetworkAcl)
        return layer.id.isEmpty() ? SecurityGroupAnalyzer::tr("the network ACL")
                                  : SecurityGroupAnalyzer::tr("network ACL %1").arg(layer.id);
    return layer.id.isEmpty() ? SecurityGroupAnalyzer::tr("the security group")
                              : SecurityGroupAnalyzer::tr("security group %1").arg(layer.id);
}

struct LayerResult
{
    RangeVerdicts verdicts;
    std::optional<int> blockingPriority; // the most urgent deny rule that blocked something
    bool blocked = false;
    bool denyRule = false; // a deny rule (not only the default) blocked something
};

// The health checker's source port, which is the destination port of this host's reply, is not
// documented by any provider: a stateless ACL must let the replies out to every port a client may
// pick, 1024-65535 (the range AWS's network ACL guide recommends for unknown clients).
constexpr int ephemeralFirst = 1024, ephemeralLast = 65535;

// What this host answers to `packet`, named for a finding.
QString replyName(const HealthCheckPacket &packet, const RunContext &context)
{
    switch (packet.protocol) {
    case HealthCheckPacket::Protocol::Icmp: return SecurityGroupAnalyzer::tr("the ICMP echo reply");
    case HealthCheckPacket::Protocol::Udp: return SecurityGroupAnalyzer::tr("the UDP reply");
    case HealthCheckPacket::Protocol::Tcp: break;
    }
    return ReplyPackets::names(context);
}

Match replyPortMatch(const SecurityGroupRule &r, const HealthCheckPacket &packet)
{
    if (packet.protocol == HealthCheckPacket::Protocol::Icmp || isAll(r.ports))
        return Match::Yes;
    const auto set = PortSet::parse(r.ports);
    if (!set)
        return Match::Unknown;
    if (set->containsAll(ephemeralFirst, ephemeralLast))
        return Match::Yes;
    return set->containsAny(ephemeralFirst, ephemeralLast) ? Match::Unknown : Match::No;
}

// `reply`: judge this host's reply to the packet by the outbound rules (a stateless network ACL).
LayerResult evaluate(const SecurityGroupLayer &layer, const HealthCheckPacket &packet, const RangeSet &universe,
                     const RunContext &context, bool reply = false)
{
    const Target &target = context.target;
    LayerResult result{RangeVerdicts(universe), std::nullopt, false, false};
    if (!layer.enabled) {
        result.verdicts.decideRest(RangeDecision::Verdict::Allowed,
                                   SecurityGroupAnalyzer::tr("%1 is disabled").arg(layerName(layer)));
        return result;
    }
    QList<const SecurityGroupRule *> rules;
    for (const SecurityGroupRule &r : layer.rules) {
        if (r.ingress != reply && r.enabled)
            rules << &r;
    }
    // Priority first (smaller wins); on a tie the deny rule wins, as Alibaba and Huawei document.
    std::stable_sort(rules.begin(), rules.end(), [&](const SecurityGroupRule *a, const SecurityGroupRule *b) {
        if (a->order != b->order)
            return a->order < b->order;
        return layer.byPriority && !a->allow && b->allow;
    });
    FirstMatch match(universe);
    for (const SecurityGroupRule *r : rules) {
        if (protocolMatch(*r, packet) == Match::No)
            continue;
        // A rule for the group's own members (every default Huawei and Alibaba group has one) admits
        // other instances of the group, never the provider's health-check nodes.
        if (!r->sourceGroup.isEmpty() && layer.id.split(QStringLiteral(", ")).contains(r->sourceGroup))
            continue;
        Match m = reply ? replyPortMatch(*r, packet)
            : packet.protocol == HealthCheckPacket::Protocol::Icmp && layer.provider == QStringLiteral("alibaba")
            ? Match::Yes
            : portMatch(*r, packet);
        if (m == Match::No)
            continue;
        if (!isAll(r->destination) && r->destination != QStringLiteral("0.0.0.0/0")
            && r->destination != QStringLiteral("::/0")) {
            const auto range = AddressRange::parse(r->destination);
            if (!range || target.address.isNull())
                m = Match::Unknown;
            else if (!range->contains(target.address))
                continue;
        }
        RangeSet addresses;
        if (r->sources.isEmpty() && r->sourceReference.isEmpty())
            addresses = RangeSet::everything();
        for (const QString &cidr : r->sources) {
            const auto range = AddressRange::parse(cidr);
            if (range)
                addresses = addresses.united(*range);
            else
                m = Match::Unknown;
        }
        const auto verdict = r->allow ? RangeDecision::Verdict::Allowed : RangeDecision::Verdict::Blocked;
        QString by = SecurityGroupAnalyzer::tr("%1: %2").arg(layerName(layer), r->text);
        if (reply) {
            by = SecurityGroupAnalyzer::tr("%1: %2, for the reply (%3)")
                     .arg(layerName(layer), r->text, replyName(packet, context));
            if (m == Match::Unknown)
                by += QLatin1String("; ")
                    + SecurityGroupAnalyzer::tr(
                          "it covers only part of the ports %1-%2 the health checker may send from")
                          .arg(ephemeralFirst)
                          .arg(ephemeralLast);
        }
        if (!r->sourceReference.isEmpty())
            match.maybe(RangeSet::everything(), verdict,
                        SecurityGroupAnalyzer::tr(
                            "%1: %2 allows %3; LB Doctor cannot tell whether the health-check addresses belong to it")
                            .arg(layerName(layer), r->text, r->sourceReference));
        if (m == Match::Unknown) {
            match.maybe(addresses, verdict, by);
            continue;
        }
        if (!addresses.isEmpty() && !r->allow && match.undecided().intersects(addresses)) {
            result.blocked = true;
            result.denyRule = true;
            if (layer.byPriority && (!result.blockingPriority || r->order < *result.blockingPriority))
                result.blockingPriority = r->order;
        }
        match.definite(addresses, verdict, by);
    }
    const QString fallback = reply
        ? SecurityGroupAnalyzer::tr(
              "%1: no outbound rule allows the reply (%2) to the health-check CIDR; the ACL is stateless, so replies need an outbound rule, and it denies by default (%3)")
              .arg(layerName(layer), replyName(packet, context), layer.stateDoc)
        : layer.kind == SecurityGroupLayer::Kind::NetworkAcl
        ? SecurityGroupAnalyzer::tr("%1: no rule allows it (a network ACL denies by default)").arg(layerName(layer))
        : SecurityGroupAnalyzer::tr("%1: no rule allows it (inbound traffic is denied by default)")
              .arg(layerName(layer));
    result.verdicts = match.finish(RangeDecision::Verdict::Blocked, fallback);
    if (!result.verdicts.addressesWith(RangeDecision::Verdict::Blocked).isEmpty())
        result.blocked = true;
    return result;
}

QStringList commandsFor(const SecurityGroupLayer &layer, const HealthCheckPacket &packet, const QStringList &cidrs,
                        int priority)
{
    QStringList out;
    const QString sg = layer.id.isEmpty() ? QStringLiteral("<sg-id>") : ShellQuote::quote(Shell::Posix, layer.id);
    const bool icmp = packet.protocol == HealthCheckPacket::Protocol::Icmp;
    for (const QString &raw : cidrs) {
        const QString cidr = raw.trimmed();
        if (layer.provider == QStringLiteral("alibaba")) {
            out << QStringLiteral(
                       "aliyun ecs AuthorizeSecurityGroup --RegionId %1 --SecurityGroupId %2 --IpProtocol %3 --PortRange %4 --SourceCidrIp %5 --Policy accept --Priority %6")
                       .arg(layer.region.isEmpty() ? QStringLiteral("<region>")
                                                   : ShellQuote::quote(Shell::Posix, layer.region),
                            sg, packet.protocolName(),
                            icmp ? QStringLiteral("-1/-1") : QStringLiteral("%1/%1").arg(packet.port),
                            ShellQuote::quote(Shell::Posix, cidr))
                       .arg(priority);
        } else if (layer.provider == QStringLiteral("tencent")) {
            const QString policy = icmp
                ? QStringLiteral(
                      "{\"Ingress\":[{\"PolicyIndex\":0,\"Protocol\":\"ICMP\",\"CidrBlock\":\"%1\",\"Action\":\"ACCEPT\",\"PolicyDescription\":\"LB health check\"}]}")
                      .arg(cidr)
                : QStringLiteral(
                      "{\"Ingress\":[{\"PolicyIndex\":0,\"Protocol\":\"%1\",\"Port\":\"%2\",\"CidrBlock\":\"%3\",\"Action\":\"ACCEPT\",\"PolicyDescription\":\"LB health check\"}]}")
                      .arg(packet.protocolName().toUpper())
                      .arg(packet.port)
                      .arg(cidr);
            out << QStringLiteral(
                       "tccli vpc CreateSecurityGroupPolicies --SecurityGroupId %1 --SecurityGroupPolicySet %2")
                       .arg(sg, ShellQuote::quote(Shell::Posix, policy));
        } else {
            out << QStringLiteral(
                       "hcloud VPC CreateSecurityGroupRule/v3 --security_group_rule.security_group_id=%1 --security_group_rule.direction=ingress --security_group_rule.protocol=%2%3 --security_group_rule.remote_ip_prefix=%4 --security_group_rule.action=allow --security_group_rule.priority=%5")
                       .arg(sg, packet.protocolName(),
                            icmp ? QString() : QStringLiteral(" --security_group_rule.multiport=%1").arg(packet.port),
                            ShellQuote::quote(Shell::Posix, cidr))
                       .arg(priority);
        }
    }
    return out;
}

// How to let a stateless network ACL pass the replies: a command where adding a rule is enough
// and safe, otherwise the console steps (Alibaba's API replaces the whole outbound list).
struct ReplyFix
{
    QStringList commands;
    QString text;
};

// `earlier`: commands already made for this ACL (AWS rule numbers must differ).
ReplyFix replyFix(const SecurityGroupLayer &layer, const HealthCheckPacket &packet, const RunContext &context,
                  bool denyRule, int earlier)
{
    ReplyFix fix;
    const bool icmp = packet.protocol == HealthCheckPacket::Protocol::Icmp;
    const QString reply = replyName(packet, context);
    const QString acl = layer.id.isEmpty() ? QStringLiteral("<acl-id>") : ShellQuote::quote(Shell::Posix, layer.id);
    const QString ports = QStringLiteral("%1-%2").arg(ephemeralFirst).arg(ephemeralLast);
    fix.text = icmp
        ? SecurityGroupAnalyzer::tr(
              "%1 is stateless, so %2 needs an outbound rule: allow ICMP echo reply (type 0) to the health-check CIDR, above any outbound deny rule that covers it.")
              .arg(layerName(layer), reply)
        : SecurityGroupAnalyzer::tr(
              "%1 is stateless, so %2 needs an outbound rule: allow %3 to the health-check CIDR on destination ports %4, above any outbound deny rule that covers it.")
              .arg(layerName(layer), reply, packet.protocolName().toUpper(), ports);
    if (layer.provider == QStringLiteral("aws")) {
        // Rule numbers are unique per direction: take a free one below every outbound rule that
        // could deny the reply, so the new rule comes first.
        int number = 0;
        for (const SecurityGroupRule &r : layer.rules) {
            if (!r.ingress && r.order < 32767)
                number = number == 0 ? r.order : std::min(number, r.order);
        }
        const QStringList cidrs = context.healthCheckCidrs();
        number = (number == 0 ? 100 : number - 1) - earlier;
        if (number - int(cidrs.size()) + 1 < 1) {
            fix.text += QLatin1Char(' ')
                + SecurityGroupAnalyzer::tr("Outbound rule 1 is taken: renumber the outbound rules first.");
            return fix;
        }
        for (const QString &raw : cidrs) {
            const QString what = icmp ? QStringLiteral("--protocol icmp --icmp-type-code Type=0,Code=0")
                                      : QStringLiteral("--protocol %1 --port-range From=%2,To=%3")
                                            .arg(packet.protocolName())
                                            .arg(ephemeralFirst)
                                            .arg(ephemeralLast);
            fix.commands
                << QStringLiteral(
                       "aws ec2 create-network-acl-entry --network-acl-id %1 --egress --rule-number %2 %3 --cidr-block %4 --rule-action allow")
                       .arg(acl)
                       .arg(number--)
                       .arg(what, ShellQuote::quote(Shell::Posix, raw.trimmed()));
        }
    } else if (layer.provider == QStringLiteral("tencent") && !denyRule) {
        // Only the default rule denies, and it always comes last: an added rule is enough.
        for (const QString &raw : context.healthCheckCidrs()) {
            const QString entry = icmp
                ? QStringLiteral(
                      "{\"Egress\":[{\"Protocol\":\"ICMP\",\"CidrBlock\":\"%1\",\"Action\":\"ACCEPT\",\"Description\":\"LB health check replies\"}]}")
                      .arg(raw.trimmed())
                : QStringLiteral(
                      "{\"Egress\":[{\"Protocol\":\"%1\",\"Port\":\"%2\",\"CidrBlock\":\"%3\",\"Action\":\"ACCEPT\",\"Description\":\"LB health check replies\"}]}")
                      .arg(packet.protocolName().toUpper(), ports, raw.trimmed());
            fix.commands << QStringLiteral(
                                "tccli vpc CreateNetworkAclEntries --NetworkAclId %1 --NetworkAclEntrySet %2")
                                .arg(acl, ShellQuote::quote(Shell::Posix, entry));
        }
    } else {
        fix.text +=
            QLatin1Char(' ')
            + SecurityGroupAnalyzer::tr(
                "In the console open Virtual Private Cloud > Network ACLs, select the ACL, and under Outbound Rules add the rule above the first deny rule.");
    }
    return fix;
}

} // namespace

QString SecurityGroupAnalyzer::description() const
{
    return SecurityGroupAnalyzer::tr("security group or network ACL rules (provider CLI JSON)");
}

int SecurityGroupAnalyzer::recognize(QStringView text) const
{
    return SecurityGroupPaste::recognize(text);
}

QString SecurityGroupAnalyzer::emptyInputSummary() const
{
    return SecurityGroupAnalyzer::tr(
        "unknown, because the security-group export is empty; export the inbound rules as JSON with the provider's CLI");
}

namespace {

// What to change when the check is blocked: inbound rules ahead of the denies, the stateless
// ACLs' reply rules, ICMP for a UDP check, and the ACLs that block it too.
void addFixes(Finding &f, QStringList commands, QStringList aclsBlocking, const QList<ReplyFix> &replyFixes,
              bool tiedDeny, const RunContext &context)
{
    aclsBlocking.removeDuplicates();
    const bool inboundBlocked = !commands.isEmpty() || !aclsBlocking.isEmpty();
    for (const ReplyFix &r : std::as_const(replyFixes))
        commands << r.commands;
    commands.removeDuplicates();
    f.commands = commands;
    // The inbound advice does not apply when only the replies are stopped.
    if (inboundBlocked)
        f.fix = SecurityGroupAnalyzer::tr(
            "Add an inbound rule that allows the listener protocol on the health-check port from the health-check CIDR, with a higher priority (smaller number) than any deny rule that covers it.");
    if (!replyFixes.isEmpty()) {
        QStringList texts;
        for (const ReplyFix &r : std::as_const(replyFixes)) {
            if (!texts.contains(r.text))
                texts << r.text;
        }
        for (const QString &t : std::as_const(texts))
            f.appendFix(t);
    }
    if (context.target.listener == Listener::Udp)
        f.appendFix(SecurityGroupAnalyzer::tr(
            "For a UDP listener allow ICMP from the health-check CIDR too: the check pings first."));
    if (tiedDeny)
        f.appendFix(SecurityGroupAnalyzer::tr(
            "A deny rule with priority 1 covers the health-check CIDR; a deny wins over an allow of the same priority, so remove that rule or narrow its source."));
    if (!aclsBlocking.isEmpty())
        f.appendFix(
            SecurityGroupAnalyzer::tr(
                "%1 blocks it too: in the console open Virtual Private Cloud > Access Control > Network ACLs, select the ACL, and under Inbound Rules add an Allow rule for the health-check CIDR and port above any Deny rule that covers it.")
                .arg(aclsBlocking.join(QStringLiteral(", "))));
    if (inboundBlocked) // the profile's guidance is about inbound rules
        EvidenceText::appendGuidanceFix(f, context);
}

} // namespace

Finding SecurityGroupAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    const SecurityGroupPaste paste = SecurityGroupPaste::parse(input.text);
    f.evidence << paste.problems;
    if (!paste.error.isEmpty()) {
        f.summary = SecurityGroupAnalyzer::tr("unknown, because %1").arg(paste.error);
        return f;
    }
    const auto universe = HealthCheckPackets::sources(input.context);
    if (!universe) {
        f.summary = universe.error();
        return f;
    }
    // Several security groups of one instance act as one set of rules: merge them per provider.
    QList<SecurityGroupLayer> layers;
    for (const SecurityGroupLayer &l : paste.layers) {
        auto same = std::find_if(layers.begin(), layers.end(), [&](const SecurityGroupLayer &o) {
            return o.kind == SecurityGroupLayer::Kind::SecurityGroup && l.kind == o.kind && l.provider == o.provider;
        });
        if (same == layers.end()) {
            layers << l;
        } else {
            same->rules << l.rules;
            same->id += QStringLiteral(", ") + l.id;
        }
    }
    for (const SecurityGroupLayer &l : layers) {
        const int inbound =
            int(std::count_if(l.rules.cbegin(), l.rules.cend(), [](const SecurityGroupRule &r) { return r.ingress; }));
        f.evidence
            << SecurityGroupAnalyzer::tr("%1 (%2): %n inbound rule(s)", nullptr, inbound).arg(layerName(l), l.provider);
        if (l.kind != SecurityGroupLayer::Kind::NetworkAcl)
            continue;
        if (l.stateless)
            f.evidence
                << SecurityGroupAnalyzer::tr(
                       "%1 is stateless (%2): the replies of the check (%3) must pass its %n outbound rule(s) too",
                       nullptr, int(l.rules.size()) - inbound)
                       .arg(layerName(l), l.stateDoc, ReplyPackets::names(input.context));
        else if (!l.stateDoc.isEmpty())
            f.evidence << SecurityGroupAnalyzer::tr(
                              "%1 is stateful (%2): the replies of an allowed check leave without an outbound rule")
                              .arg(layerName(l), l.stateDoc);
    }

    const QList<HealthCheckPacket> packets = HealthCheckPackets::of(input.context);
    QList<std::pair<HealthCheckPacket, RangeVerdicts>> perPacket;
    QStringList commands;
    bool tiedDeny = false;
    QStringList aclsBlocking;
    QList<ReplyFix> replyFixes;
    for (const HealthCheckPacket &packet : packets) {
        QList<std::pair<QString, RangeVerdicts>> perLayer;
        for (const SecurityGroupLayer &l : layers) {
            const LayerResult r = evaluate(l, packet, *universe, input.context);
            perLayer.append({layerName(l), r.verdicts});
            if (l.stateless) {
                const LayerResult out = evaluate(l, packet, *universe, input.context, true);
                perLayer.append({SecurityGroupAnalyzer::tr("%1, outbound").arg(layerName(l)), out.verdicts});
                if (out.blocked) {
                    int earlier = 0;
                    for (const ReplyFix &r : std::as_const(replyFixes))
                        earlier += int(r.commands.size());
                    replyFixes << replyFix(l, packet, input.context, out.denyRule, earlier);
                }
            }
            if (!r.blocked)
                continue;
            if (l.kind == SecurityGroupLayer::Kind::NetworkAcl) {
                aclsBlocking << layerName(l);
                continue;
            }
            const int priority = std::max(1, r.blockingPriority.value_or(2) - 1);
            if (r.blockingPriority && *r.blockingPriority <= 1)
                tiedDeny = true;
            commands << commandsFor(l, packet, input.context.healthCheckCidrs(), priority);
        }
        perPacket.append({packet, HealthCheckPackets::allOf(*universe, perLayer)});
    }
    const RangeVerdicts combined = HealthCheckPackets::combine(*universe, perPacket);
    combined.fill(f,
                  layers.size() == 1 ? layerName(layers.first())
                                     : SecurityGroupAnalyzer::tr("the security group and network ACL"));
    // Security groups and network ACLs of every provider discard denied packets without an answer.
    RangeVerdicts::refineOutcome(f, {RangeVerdicts::BlockAction::Drop});
    for (const RangeDecision &d : f.ranges)
        f.evidence << QStringLiteral("%1 %2: %3").arg(d.cidr, verdictId(d.verdict), d.decidedBy);
    if (input.context.target.listener == Listener::Udp) {
        const bool icmpBlocked = !perPacket.first().second.addressesWith(RangeDecision::Verdict::Blocked).isEmpty();
        f.evidence
            << (icmpBlocked
                    ? SecurityGroupAnalyzer::tr(
                        "UDP listener: the health check pings first, and ICMP from the health-check CIDR is not allowed")
                    : SecurityGroupAnalyzer::tr(
                        "UDP listener: the health check pings first; ICMP from the health-check CIDR is allowed"));
    }
    if (f.status != Status::Fail)
        return f;
    addFixes(f, commands, aclsBlocking, replyFixes, tiedDeny, input.context);
    return f;
}
