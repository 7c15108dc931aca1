#include "ufwanalyzer.h"

#include "core/inputchannel.h"

#include "analyzers/evidencetext.h"

#include "analyzers/firewall/healthcheckpackets.h"
#include "analyzers/firewall/replypackets.h"
#include "analyzers/firewall/ufwstatus.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

LBDOCTOR_REGISTER_ANALYZER(UfwAnalyzer)

namespace {

enum class Match { No, Yes, Unknown };

// The application profiles Ubuntu's server packages install in /etc/ufw/applications.d, and the
// ones Debian's ufw package ships there itself: "ports[/protocol]" alternatives, "|" between.
std::optional<QStringList> appPorts(const QString &app)
{
    static const QHash<QString, QString> apps{
        {QStringLiteral("OpenSSH"), QStringLiteral("22/tcp")},
        {QStringLiteral("Apache"), QStringLiteral("80/tcp")},
        {QStringLiteral("Apache Secure"), QStringLiteral("443/tcp")},
        {QStringLiteral("Apache Full"), QStringLiteral("80,443/tcp")},
        {QStringLiteral("Nginx HTTP"), QStringLiteral("80/tcp")},
        {QStringLiteral("Nginx HTTPS"), QStringLiteral("443/tcp")},
        {QStringLiteral("Nginx Full"), QStringLiteral("80,443/tcp")},
        {QStringLiteral("SSH"), QStringLiteral("22/tcp")},
        {QStringLiteral("WWW"), QStringLiteral("80/tcp")},
        {QStringLiteral("WWW Secure"), QStringLiteral("443/tcp")},
        {QStringLiteral("WWW Full"), QStringLiteral("80,443/tcp")},
        {QStringLiteral("WWW Cache"), QStringLiteral("8080/tcp")},
        {QStringLiteral("Transparent Proxy"), QStringLiteral("8081/tcp")},
        {QStringLiteral("Socks"), QStringLiteral("1080/tcp")},
        {QStringLiteral("DNS"), QStringLiteral("53")},
        {QStringLiteral("IPP"), QStringLiteral("631")},
        {QStringLiteral("LDAP"), QStringLiteral("389/tcp")},
        {QStringLiteral("LDAPS"), QStringLiteral("636/tcp")},
        {QStringLiteral("SMTP"), QStringLiteral("25/tcp")},
        {QStringLiteral("Mail submission"), QStringLiteral("587/tcp")},
        {QStringLiteral("IMAP"), QStringLiteral("143/tcp")},
        {QStringLiteral("IMAPS"), QStringLiteral("993/tcp")},
        {QStringLiteral("POP3"), QStringLiteral("110/tcp")},
        {QStringLiteral("POP3S"), QStringLiteral("995/tcp")},
        {QStringLiteral("Telnet"), QStringLiteral("23/tcp")},
        {QStringLiteral("VNC"), QStringLiteral("5900/tcp")},
        {QStringLiteral("CIFS"), QStringLiteral("137,138/udp|139,445/tcp")},
        {QStringLiteral("NFS"), QStringLiteral("2049,111/tcp|2049,111/udp")},
        {QStringLiteral("Kerberos KDC"), QStringLiteral("88")},
        {QStringLiteral("Kerberos Admin"), QStringLiteral("749/tcp")},
        {QStringLiteral("Kerberos Password"), QStringLiteral("464/udp")},
        {QStringLiteral("Kerberos Full"), QStringLiteral("88,749/tcp|464/udp")},
        {QStringLiteral("svnserve"), QStringLiteral("3690/tcp")},
        {QStringLiteral("LPD"), QStringLiteral("515/tcp")},
        {QStringLiteral("XMPP"), QStringLiteral("5222/tcp|5269/tcp")},
        {QStringLiteral("AIM"), QStringLiteral("5190/tcp")},
        {QStringLiteral("Yahoo"), QStringLiteral("5050")},
        {QStringLiteral("MSN"), QStringLiteral("1863|6891:6900/tcp|6901")},
        {QStringLiteral("MSN SSL"), QStringLiteral("443/tcp")},
        {QStringLiteral("Bonjour"), QStringLiteral("5353/udp|5298")},
        {QStringLiteral("PeopleNearby"), QStringLiteral("5353/udp|5298")},
        {QStringLiteral("Transmission"), QStringLiteral("51413")},
        {QStringLiteral("Deluge"), QStringLiteral("6881:6891/tcp")},
        {QStringLiteral("KTorrent"), QStringLiteral("6881/tcp|4444/udp")},
        {QStringLiteral("qBittorrent"), QStringLiteral("6881/tcp")},
    };
    const auto it = apps.constFind(app);
    if (it == apps.constEnd())
        return std::nullopt;
    return it->split(QLatin1Char('|'));
}

// One "ports[/protocol]" of a rule; an empty port list is every port.
Match portsMatch(const QString &ports, const QString &protocol, const HealthCheckPacket &packet)
{
    if (packet.protocol == HealthCheckPacket::Protocol::Icmp)
        return ports.isEmpty() && (protocol.isEmpty() || protocol == QStringLiteral("icmp")) ? Match::Yes : Match::No;
    if (!protocol.isEmpty() && protocol != packet.protocolName())
        return Match::No;
    if (ports.isEmpty())
        return Match::Yes;
    const auto set = PortSet::parse(ports);
    if (!set)
        return Match::Unknown;
    return set->contains(packet.port) ? Match::Yes : Match::No;
}

Match portMatches(const UfwRule &rule, const HealthCheckPacket &packet)
{
    const UfwEndpoint &to = rule.to;
    // status verbose shows an application's ports itself; numbered and plain status only its name.
    if (!to.app.isEmpty() && to.ports.isEmpty()) {
        const auto specs = appPorts(to.app);
        if (!specs)
            return Match::Unknown;
        Match result = Match::No;
        for (const QString &spec : *specs) {
            const Match m =
                portsMatch(spec.section(QLatin1Char('/'), 0, 0), spec.section(QLatin1Char('/'), 1, 1), packet);
            if (m == Match::Yes)
                return m;
            if (m == Match::Unknown)
                result = m;
        }
        return result;
    }
    return portsMatch(to.ports, rule.protocol(), packet);
}

} // namespace

QString UfwAnalyzer::description() const
{
    return UfwAnalyzer::tr("ufw rules (ufw status verbose)");
}

int UfwAnalyzer::recognize(QStringView text) const
{
    static const QRegularExpression status(QStringLiteral("(^|\\n)Status: (in)?active\\s*(\\n|$)"));
    static const QRegularExpression header(QStringLiteral("(^|\\n)\\s*To\\s+Action\\s+From\\s*(\\n|$)"));
    int score = 0;
    const QString s = text.left(256 * 1024).toString();
    if (status.match(s).hasMatch())
        score += 45;
    if (header.match(s).hasMatch())
        score += 40;
    if (s.contains(QStringLiteral("(incoming)")))
        score += 15;
    if (s.contains(QStringLiteral("ALLOW IN")) || s.contains(QStringLiteral("DENY IN")))
        score += 5;
    return std::min(score, 100);
}

QString UfwAnalyzer::emptyInputSummary() const
{
    return (InputChannel::commandLine()
                ? UfwAnalyzer::tr("unknown, because the ufw output is empty; give the output of ufw status verbose")
                : UfwAnalyzer::tr("unknown, because the ufw output is empty; paste the output of ufw status verbose"));
}

namespace {

// What ufw does with one packet of the check: its user rules in order, then the default incoming policy.
struct PacketJudgement
{
    RangeVerdicts verdicts;
    bool limited = false; // a LIMIT rule let some of it through
    int firstBlocking = 0; // the number of the first rule that blocks some of it
    QList<RangeVerdicts::BlockAction> blockActions; // of every rule or policy that blocked something
};

PacketJudgement judgeIncoming(const UfwStatus &status, const HealthCheckPacket &packet, const RangeSet &universe,
                              const RangeSet &universeV4, const RangeSet &universeV6, const Target &target)
{
    PacketJudgement j{RangeVerdicts(universe), false, 0, {}};
    RangeVerdicts &verdicts = j.verdicts;
    if (packet.protocol == HealthCheckPacket::Protocol::Icmp) {
        // ufw's before.rules accept echo-request ahead of every user rule.
        verdicts.decideRest(
            RangeDecision::Verdict::Allowed,
            UfwAnalyzer::tr(
                "/etc/ufw/before.rules: -A ufw-before-input -p icmp --icmp-type echo-request -j ACCEPT (ufw's default; check that file if it was edited)"));
        return j;
    }
    for (const UfwRule &r : status.rules) {
        if (r.direction != QStringLiteral("IN"))
            continue;
        const QString onInterface = r.to.interfaceName.isEmpty() ? r.from.interfaceName : r.to.interfaceName;
        if (!onInterface.isEmpty() && !target.interfaceName.isEmpty() && onInterface != target.interfaceName)
            continue;
        RangeSet addresses = r.to.v6 || r.from.v6 ? universeV6 : universeV4;
        Match match = Match::Yes;
        if (!r.from.address.isEmpty()) {
            const auto range = AddressRange::parse(r.from.address);
            const RangeSet &open = verdicts.undecided();
            if (!range)
                match = Match::Unknown;
            else if (std::none_of(open.ranges().cbegin(), open.ranges().cend(),
                                  [&](const AddressRange &u) { return u.overlaps(*range); }))
                continue; // decides nothing: most of a long deny list is outside the health-check range
            else
                addresses = addresses.intersected(*range);
        }
        if (!r.to.address.isEmpty()) {
            const auto range = AddressRange::parse(r.to.address);
            if (!range || target.address.isNull())
                match = Match::Unknown;
            else if (!range->contains(target.address))
                continue;
        }
        const Match port = portMatches(r, packet);
        if (port == Match::No)
            continue;
        if (port == Match::Unknown)
            match = Match::Unknown;
        if (!r.from.ports.isEmpty() || !r.from.app.isEmpty())
            match = Match::Unknown; // a source port: the health check's source port is random
        // Nothing left for this rule to decide: decide() would return empty, so skip building
        // its description (most rules of a long deny list are outside the health-check range).
        if (!verdicts.undecided().intersects(addresses))
            continue;
        // Without "[ n]" and with outgoing or routed rules listed apart, the number is unknown.
        QString by = r.number
            ? UfwAnalyzer::tr("rule %1: %2").arg(r.number).arg(r.text)
            : (InputChannel::commandLine()
                   ? UfwAnalyzer::tr("the rule %1 (give the output of ufw status numbered for its number)")
                   : UfwAnalyzer::tr("the rule %1 (paste ufw status numbered for its number)"))
                  .arg(r.text);
        if (!onInterface.isEmpty() && target.interfaceName.isEmpty()) {
            match = Match::Unknown;
            by += QLatin1Char(' ')
                + UfwAnalyzer::tr("(it applies only on %1, and the backend's interface is not given)").arg(onInterface);
        }
        RangeDecision::Verdict verdict = RangeDecision::Verdict::Unknown;
        if (match == Match::Yes)
            verdict = r.action == QStringLiteral("ALLOW") || r.action == QStringLiteral("LIMIT")
                ? RangeDecision::Verdict::Allowed
                : RangeDecision::Verdict::Blocked;
        const RangeSet decided = verdicts.decide(addresses, verdict, by);
        if (!decided.isEmpty() && r.action == QStringLiteral("LIMIT"))
            j.limited = true;
        if (!decided.isEmpty() && verdict == RangeDecision::Verdict::Blocked && !j.firstBlocking)
            j.firstBlocking = r.number;
        if (!decided.isEmpty() && verdict == RangeDecision::Verdict::Blocked)
            j.blockActions << (r.action == QStringLiteral("REJECT")     ? RangeVerdicts::BlockAction::Reject
                                   : r.action == QStringLiteral("DENY") ? RangeVerdicts::BlockAction::Drop
                                                                        : RangeVerdicts::BlockAction::Unknown);
    }
    const QString policy = status.defaultIncoming;
    if (policy == QStringLiteral("allow")) {
        verdicts.decideRest(RangeDecision::Verdict::Allowed, UfwAnalyzer::tr("default incoming policy: allow"));
    } else if (policy == QStringLiteral("deny") || policy == QStringLiteral("reject")) {
        if (!verdicts.allDecided())
            j.blockActions << (policy == QStringLiteral("reject") ? RangeVerdicts::BlockAction::Reject
                                                                  : RangeVerdicts::BlockAction::Drop);
        verdicts.decideRest(RangeDecision::Verdict::Blocked,
                            UfwAnalyzer::tr("default incoming policy: %1").arg(policy));
    } else {
        verdicts.decideRest(
            RangeDecision::Verdict::Unknown,
            (InputChannel::commandLine()
                 ? UfwAnalyzer::tr("the default incoming policy is not shown; give the output of ufw status verbose")
                 : UfwAnalyzer::tr("the default incoming policy is not shown; paste ufw status verbose")));
    }
    return j;
}

} // namespace

Finding UfwAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    const UfwStatus status = UfwStatus::parse(input.text);
    if (!status.error.isEmpty()) {
        f.summary = UfwAnalyzer::tr("unknown, because this is not ufw status output: %1").arg(status.error);
        return f;
    }
    if (!status.active) {
        f.status = Status::Pass;
        f.outcome = FindingOutcome::Allowed;
        f.summary = UfwAnalyzer::tr(
            "ufw is inactive, so it blocks nothing; rules loaded directly into iptables or nftables may still block: check iptables-save");
        return f;
    }
    const auto universe = HealthCheckPackets::sources(input.context);
    if (!universe) {
        f.summary = universe.error();
        return f;
    }
    f.evidence << status.problems;
    // Per family once, not per rule: a long deny list made this intersection a hot spot.
    const RangeSet universeV4 = universe->intersected(AddressRange::everything(IpFamily::V4));
    const RangeSet universeV6 = universe->intersected(AddressRange::everything(IpFamily::V6));
    const Target &target = input.context.target;

    QList<std::pair<HealthCheckPacket, RangeVerdicts>> perPacket;
    bool limited = false;
    int firstBlocking = 0;
    QList<RangeVerdicts::BlockAction> blockActions;
    for (const HealthCheckPacket &packet : HealthCheckPackets::of(input.context)) {
        const PacketJudgement j = judgeIncoming(status, packet, *universe, universeV4, universeV6, target);
        limited = limited || j.limited;
        if (!firstBlocking)
            firstBlocking = j.firstBlocking;
        blockActions << j.blockActions;
        perPacket.append({packet, j.verdicts});
    }
    const RangeVerdicts combined = HealthCheckPackets::combine(*universe, perPacket);
    combined.fill(f, QStringLiteral("ufw"));
    RangeVerdicts::refineOutcome(f, blockActions);
    for (const RangeDecision &d : f.ranges)
        f.evidence << QStringLiteral("%1 %2: %3").arg(d.cidr, verdictId(d.verdict), d.decidedBy);
    // The replies are judged too: an outgoing policy or rule never meets them (tst_ufwkernel).
    const bool outgoingBlocks =
        status.defaultOutgoing == QStringLiteral("deny") || status.defaultOutgoing == QStringLiteral("reject");
    const bool outgoingRules = std::any_of(status.rules.cbegin(), status.rules.cend(),
                                           [](const UfwRule &r) { return r.direction == QStringLiteral("OUT"); });
    if (outgoingBlocks || outgoingRules) {
        const QString what = outgoingBlocks && outgoingRules
            ? UfwAnalyzer::tr("the default outgoing policy %1 and the outgoing rules").arg(status.defaultOutgoing)
            : outgoingBlocks ? UfwAnalyzer::tr("the default outgoing policy %1").arg(status.defaultOutgoing)
                             : UfwAnalyzer::tr("the outgoing rules");
        f.evidence
            << UfwAnalyzer::tr(
                   "The replies (%1) leave: they are ESTABLISHED or RELATED, and /etc/ufw/before.rules accepts those "
                   "(-A ufw-before-output -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT) ahead of %2; "
                   "if that file was edited, check iptables-save")
                   .arg(ReplyPackets::names(input.context), what);
    }

    const bool needFix = f.status == Status::Fail || (f.status == Status::Pass && limited);
    if (needFix) {
        // `ufw insert 1` puts the rule ahead of every rule that blocks or limits the check; ufw
        // refuses position 1 for an IPv4 rule while it has no IPv4 rule ("Invalid position",
        // frontend.py), so then a plain `ufw allow` is the way. IPv6 rules are numbered after the
        // IPv4 ones, so for them `ufw prepend` (ufw 0.35 and later) finds the first position.
        const bool anyV4Rules = std::any_of(status.rules.cbegin(), status.rules.cend(),
                                            [](const UfwRule &r) { return !r.to.v6 && !r.from.v6; });
        const auto position = [anyV4Rules](const QString &cidr) {
            if (cidr.contains(QLatin1Char(':')))
                return QStringLiteral("prepend ");
            return anyV4Rules ? QStringLiteral("insert 1 ") : QString();
        };
        for (const auto &[packet, verdicts] : perPacket) {
            if (packet.protocol == HealthCheckPacket::Protocol::Icmp)
                continue;
            for (const QString &cidr : input.context.healthCheckCidrs()) {
                f.commands << QStringLiteral("ufw %1allow from %2 to any port %3 proto %4")
                                  .arg(position(cidr), ShellQuote::quote(Shell::Posix, cidr.trimmed()))
                                  .arg(packet.port)
                                  .arg(packet.protocolName());
            }
        }
        f.fix = UfwAnalyzer::tr(
            "Allow the health-check CIDR to the health-check port ahead of the rule that blocks it; ufw saves the rule, so it survives a reboot.");
        if (firstBlocking)
            f.appendFix(UfwAnalyzer::tr("The first rule that blocks it is rule %1.").arg(firstBlocking));
        EvidenceText::appendGuidanceFix(f, input.context);
    }
    if (f.status == Status::Pass && limited) {
        f.status = Status::Warn;
        f.summary =
            UfwAnalyzer::tr(
                "ufw allows all of %1, but through a LIMIT rule, which drops an address that connects 6 times in 30 seconds: frequent health checks get dropped")
                .arg(universe->toString());
        f.fix = UfwAnalyzer::tr("Allow the health-check CIDR with a plain allow rule ahead of the LIMIT rule.");
    }
    return f;
}
