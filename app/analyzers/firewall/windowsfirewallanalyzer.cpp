#include "windowsfirewallanalyzer.h"

#include "core/inputchannel.h"
#include "analyzers/evidencetext.h"

#include "analyzers/firewall/healthcheckpackets.h"
#include "analyzers/firewall/replypackets.h"
#include "analyzers/firewall/windowsfirewallconfig.h"
#include "core/shellquote.h"

#include <QCoreApplication>

#include <algorithm>

LBDOCTOR_REGISTER_ANALYZER(WindowsFirewallAnalyzer)

namespace {

struct AddressMatch
{
    RangeSet definite; // addresses the rule certainly covers
    QString unknownReason; // non-empty: a keyword (LocalSubnet, Internet, ...) that may cover others
};

bool isAny(const QStringList &values)
{
    return values.isEmpty() || std::any_of(values.begin(), values.end(), [](const QString &v) {
               return v.compare(QStringLiteral("Any"), Qt::CaseInsensitive) == 0 || v == QStringLiteral("*");
           });
}

AddressMatch remoteMatch(const QStringList &values)
{
    AddressMatch m;
    if (isAny(values)) {
        m.definite = RangeSet::everything();
        return m;
    }
    for (const QString &v : values) {
        if (const auto range = AddressRange::parse(v))
            m.definite = m.definite.united(*range);
        else
            m.unknownReason = WindowsFirewallAnalyzer::tr(
                                  "remote address %1 is a keyword whose addresses Windows resolves at run time")
                                  .arg(v);
    }
    return m;
}

enum class Match { No, Yes, Unknown };

Match localAddressMatch(const QStringList &values, const QHostAddress &address)
{
    if (isAny(values))
        return Match::Yes;
    if (address.isNull())
        return Match::Unknown;
    for (const QString &v : values) {
        const auto range = AddressRange::parse(v);
        if (!range)
            return Match::Unknown;
        if (range->contains(address))
            return Match::Yes;
    }
    return Match::No;
}

Match protocolAndPortMatch(const WindowsFirewallRule &r, const HealthCheckPacket &packet)
{
    const QString p = r.protocol;
    if (p == QStringLiteral("any") || p == QStringLiteral("256"))
        return isAny(r.localPorts) ? Match::Yes : Match::No;
    if (packet.protocol == HealthCheckPacket::Protocol::Icmp) {
        if (p != QStringLiteral("icmpv4") && p != QStringLiteral("1"))
            return Match::No;
        if (isAny(r.icmpTypes))
            return Match::Yes;
        for (const QString &t : r.icmpTypes) {
            if (t.section(QLatin1Char(':'), 0, 0).trimmed() == QStringLiteral("8"))
                return Match::Yes;
        }
        return Match::No;
    }
    const bool tcp = p == QStringLiteral("tcp") || p == QStringLiteral("6");
    const bool udp = p == QStringLiteral("udp") || p == QStringLiteral("17");
    if ((packet.protocol == HealthCheckPacket::Protocol::Tcp && !tcp)
        || (packet.protocol == HealthCheckPacket::Protocol::Udp && !udp))
        return Match::No;
    if (isAny(r.localPorts))
        return Match::Yes;
    Match result = Match::No;
    for (const QString &port : r.localPorts) {
        const auto set = PortSet::parse(port);
        if (!set)
            result = Match::Unknown; // RPC, RPC-EPMap, IPHTTPS, Teredo: dynamic ports
        else if (set->contains(packet.port))
            return Match::Yes;
    }
    return result;
}

QString profileTitle(const QString &profile)
{
    if (profile == QStringLiteral("domain"))
        return WindowsFirewallAnalyzer::tr("Domain profile");
    if (profile == QStringLiteral("private"))
        return WindowsFirewallAnalyzer::tr("Private profile");
    if (profile == QStringLiteral("public"))
        return WindowsFirewallAnalyzer::tr("Public profile");
    return WindowsFirewallAnalyzer::tr("every profile");
}

// One profile, one packet: block rules, then allow rules, then the default inbound action.
RangeVerdicts evaluate(const WindowsFirewallConfig &config, const WindowsFirewallProfile &profile,
                       const HealthCheckPacket &packet, const RangeSet &universe, const Target &target)
{
    RangeVerdicts v(universe);
    const QString where = profileTitle(profile.name);
    if (!profile.on) {
        v.decideRest(RangeDecision::Verdict::Allowed,
                     WindowsFirewallAnalyzer::tr("%1: the firewall is off").arg(where));
        return v;
    }
    if (profile.inbound == QStringLiteral("blockinboundalways")) {
        v.decideRest(RangeDecision::Verdict::Blocked,
                     WindowsFirewallAnalyzer::tr(
                         "%1: firewall policy BlockInboundAlways blocks every inbound connection, even allowed ones")
                         .arg(where));
        return v;
    }
    for (const QString &action : {QStringLiteral("block"), QStringLiteral("allow")}) {
        const auto verdict =
            action == QStringLiteral("block") ? RangeDecision::Verdict::Blocked : RangeDecision::Verdict::Allowed;
        QList<std::pair<RangeSet, QString>> unknowns;
        for (const WindowsFirewallRule &r : config.rules) {
            if (!r.enabled || !r.inbound || r.action != action)
                continue;
            if (!profile.name.isEmpty() && !r.profiles.isEmpty() && !r.profiles.contains(profile.name))
                continue;
            const Match proto = protocolAndPortMatch(r, packet);
            const Match local = localAddressMatch(r.localIps, target.address);
            if (proto == Match::No || local == Match::No)
                continue;
            const AddressMatch remote = remoteMatch(r.remoteIps);
            const QString by =
                WindowsFirewallAnalyzer::tr("%1: %2 rule \"%3\"")
                    .arg(where, action == QStringLiteral("block") ? QStringLiteral("Block") : QStringLiteral("Allow"),
                         r.name);
            if (proto == Match::Unknown || local == Match::Unknown) {
                unknowns.append({remote.definite, by});
            } else {
                v.decide(remote.definite, verdict, by);
            }
            if (!remote.unknownReason.isEmpty())
                unknowns.append({RangeSet::everything(), by + QStringLiteral(": ") + remote.unknownReason});
        }
        // Definite rules first: a rule LB Doctor cannot decide must not hide a definite one of the same kind.
        for (const auto &[addresses, by] : unknowns)
            v.decide(addresses, RangeDecision::Verdict::Unknown, by);
    }
    if (profile.inbound == QStringLiteral("allow"))
        v.decideRest(RangeDecision::Verdict::Allowed,
                     WindowsFirewallAnalyzer::tr("%1: default inbound action Allow").arg(where));
    else if (profile.inbound == QStringLiteral("block"))
        v.decideRest(RangeDecision::Verdict::Blocked,
                     WindowsFirewallAnalyzer::tr("%1: default inbound action Block").arg(where));
    else
        v.decideRest(
            RangeDecision::Verdict::Unknown,
            (InputChannel::commandLine()
                 ? WindowsFirewallAnalyzer::tr(
                     "%1: the default inbound action is not shown; give the output of netsh advfirewall show allprofiles too (Windows blocks by default)")
                 : WindowsFirewallAnalyzer::tr(
                     "%1: the default inbound action is not shown; paste netsh advfirewall show allprofiles too (Windows blocks by default)"))
                .arg(where));
    return v;
}

// Addresses whose fate is the same in every profile keep it; where profiles disagree the answer
// depends on the network profile of the NIC, which the paste does not show.
RangeVerdicts acrossProfiles(const RangeSet &universe, const QList<std::pair<QString, RangeVerdicts>> &perProfile)
{
    struct Piece
    {
        RangeSet addresses;
        QList<RangeDecision> decisions;
    };
    QList<Piece> pieces{{universe, {}}};
    for (const auto &[name, verdicts] : perProfile) {
        QList<Piece> next;
        const QList<RangeDecision> decisions = verdicts.decisions();
        for (const Piece &p : pieces) {
            for (const RangeDecision &d : decisions) {
                const RangeSet both = p.addresses.intersected(HealthCheckPackets::fromCidr(d.cidr));
                if (both.isEmpty())
                    continue;
                Piece n{both, p.decisions};
                n.decisions << d;
                next << n;
            }
        }
        pieces = next;
    }
    RangeVerdicts out(universe);
    for (const Piece &p : pieces) {
        if (p.decisions.isEmpty())
            continue;
        const bool agree = std::all_of(p.decisions.begin(), p.decisions.end(), [&](const RangeDecision &d) {
            return d.verdict == p.decisions.first().verdict;
        });
        if (agree) {
            out.decide(p.addresses, p.decisions.first().verdict, p.decisions.first().decidedBy);
            continue;
        }
        QStringList parts;
        for (const RangeDecision &d : p.decisions)
            parts << QStringLiteral("%1 (%2)").arg(verdictId(d.verdict), d.decidedBy);
        out.decide(p.addresses, RangeDecision::Verdict::Unknown,
                   WindowsFirewallAnalyzer::tr(
                       "depends on the network profile of the NIC (Get-NetConnectionProfile shows it): %1")
                       .arg(parts.join(QStringLiteral("; "))));
    }
    return out;
}

QString ruleName(const HealthCheckPacket &packet)
{
    return packet.protocol == HealthCheckPacket::Protocol::Icmp ? QStringLiteral("LB health check ICMP")
                                                                : QStringLiteral("LB health check");
}

// The replies of the check are judged too: a default outbound action Block or an outbound block
// rule never meets them, because Windows Filtering Platform authorizes a connection once, when it
// is accepted, and then permits every packet of it in both directions (ALE stateful filtering,
// https://learn.microsoft.com/en-us/windows/win32/fwp/ale-stateful-filtering).
void appendReplies(Finding &f, const WindowsFirewallConfig &config, const QList<WindowsFirewallProfile> &profiles,
                   const RunContext &context)
{
    QStringList blocking;
    QStringList titles;
    for (const WindowsFirewallProfile &p : profiles) {
        if (p.on && p.outbound == QStringLiteral("block"))
            titles << profileTitle(p.name);
    }
    if (!titles.isEmpty())
        blocking << WindowsFirewallAnalyzer::tr("the default outbound action Block (%1)")
                        .arg(titles.join(QStringLiteral(", ")));
    QStringList rules;
    for (const WindowsFirewallRule &r : config.rules) {
        if (r.enabled && !r.inbound && r.action == QStringLiteral("block") && rules.size() < 3)
            rules << QStringLiteral("\"%1\"").arg(r.name);
    }
    if (!rules.isEmpty())
        blocking << WindowsFirewallAnalyzer::tr("the outbound block rules %1").arg(rules.join(QStringLiteral(", ")));
    if (blocking.isEmpty())
        return;
    f.evidence
        << WindowsFirewallAnalyzer::tr(
               "The replies (%1) leave despite %2: once Windows Firewall accepts an inbound connection, it permits every packet of it in both directions without the outbound rules "
               "(Windows Filtering Platform, ALE stateful filtering: https://learn.microsoft.com/en-us/windows/win32/fwp/ale-stateful-filtering)")
               .arg(ReplyPackets::names(context), blocking.join(QStringLiteral("; ")));
}

} // namespace

QString WindowsFirewallAnalyzer::description() const
{
    return WindowsFirewallAnalyzer::tr("Windows Firewall rules (netsh advfirewall or Get-NetFirewallRule JSON)");
}

QString WindowsFirewallAnalyzer::powerShellExportCommand()
{
    return QStringLiteral(
        "@{ Profiles = @(Get-NetFirewallProfile | ForEach-Object { [pscustomobject]@{ Name = [string]$_.Name; Enabled = [string]$_.Enabled; "
        "DefaultInboundAction = [string]$_.DefaultInboundAction; AllowInboundRules = [string]$_.AllowInboundRules } }); "
        "Rules = @(Get-NetFirewallRule -Direction Inbound -Enabled True | ForEach-Object { $p = $_ | Get-NetFirewallPortFilter; "
        "$a = $_ | Get-NetFirewallAddressFilter; [pscustomobject]@{ DisplayName = $_.DisplayName; Enabled = [string]$_.Enabled; "
        "Direction = [string]$_.Direction; Action = [string]$_.Action; Profile = [string]$_.Profile; Protocol = [string]$p.Protocol; "
        "LocalPort = @($p.LocalPort); IcmpType = @($p.IcmpType); RemoteAddress = @($a.RemoteAddress); LocalAddress = @($a.LocalAddress) } }) } "
        "| ConvertTo-Json -Depth 4");
}

int WindowsFirewallAnalyzer::recognize(QStringView text) const
{
    const QStringView head = text.left(256 * 1024);
    const QStringView trimmed = head.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{'))) {
        int score = 0;
        for (const char *key :
             {"\"LocalPort\"", "\"RemoteAddress\"", "\"DefaultInboundAction\"", "\"DisplayName\"", "\"IcmpType\""}) {
            if (head.contains(QLatin1String(key)))
                score += 25;
        }
        if (head.contains(QLatin1String("\"Direction\"")) && head.contains(QLatin1String("\"Action\"")))
            score += 15;
        return std::min(score, 95);
    }
    int score = 0;
    if (head.contains(QLatin1String("Rule Name:")))
        score += 35;
    if (head.contains(QLatin1String("LocalPort:")))
        score += 20;
    if (head.contains(QLatin1String("RemoteIP:")))
        score += 20;
    if (head.contains(QLatin1String("Profile Settings:")))
        score += 35;
    if (head.contains(QLatin1String("Firewall Policy")))
        score += 20;
    if (head.contains(QLatin1String("Edge traversal:")))
        score += 10;
    if (score == 0 && !WindowsFirewallConfig::detectLanguage(head).isEmpty())
        score = 70;
    return std::min(score, 100);
}

QString WindowsFirewallAnalyzer::emptyInputSummary() const
{
    return (
        InputChannel::commandLine()
            ? WindowsFirewallAnalyzer::tr(
                "unknown, because the Windows Firewall output is empty; give the output of netsh advfirewall show allprofiles and netsh advfirewall firewall show rule name=all dir=in verbose")
            : WindowsFirewallAnalyzer::tr(
                "unknown, because the Windows Firewall output is empty; paste the output of netsh advfirewall show allprofiles and netsh advfirewall firewall show rule name=all dir=in verbose"));
}

namespace {

// Block rules first disabled (Windows applies them before any allow), then one allow rule per
// protocol that is blocked, in PowerShell and cmd.
void addFixes(Finding &f, const QList<std::pair<HealthCheckPacket, RangeVerdicts>> &blockedPackets,
              const RunContext &context)
{
    const QString cidrs = context.healthCheckCidrs().join(QLatin1Char(','));
    QStringList blockRules;
    for (const RangeDecision &d : f.ranges) {
        const qsizetype start = d.decidedBy.indexOf(QStringLiteral("Block rule \""));
        if (d.verdict == RangeDecision::Verdict::Blocked && start >= 0) {
            const QString name = d.decidedBy.mid(start + 12).section(QLatin1Char('"'), 0, 0);
            if (!blockRules.contains(name))
                blockRules << name;
        }
    }
    for (const QString &name : blockRules) {
        f.commands << QStringLiteral("Set-NetFirewallRule -DisplayName %1 -Enabled False")
                          .arg(ShellQuote::quote(Shell::PowerShell, name));
        f.commands << QStringLiteral("netsh advfirewall firewall set rule name=%1 new enable=no")
                          .arg(ShellQuote::quote(Shell::Cmd, name));
    }
    QList<HealthCheckPacket> needAllow;
    for (const auto &[packet, verdicts] : blockedPackets) {
        const bool blocked = !verdicts.addressesWith(RangeDecision::Verdict::Blocked).isEmpty();
        const auto protocol = packet.protocol; // clang 14 cannot capture a structured binding
        const bool known = std::any_of(needAllow.begin(), needAllow.end(),
                                       [protocol](const HealthCheckPacket &p) { return p.protocol == protocol; });
        if (blocked && !known)
            needAllow << packet;
    }
    for (const HealthCheckPacket &packet : needAllow) {
        const QString name = ruleName(packet);
        if (packet.protocol == HealthCheckPacket::Protocol::Icmp) {
            f.commands
                << QStringLiteral(
                       "New-NetFirewallRule -DisplayName %1 -Direction Inbound -Action Allow -Protocol ICMPv4 -IcmpType 8 -RemoteAddress %2")
                       .arg(ShellQuote::quote(Shell::PowerShell, name), ShellQuote::quote(Shell::PowerShell, cidrs));
            f.commands
                << QStringLiteral(
                       "netsh advfirewall firewall add rule name=%1 dir=in action=allow protocol=icmpv4:8,any remoteip=%2")
                       .arg(ShellQuote::quote(Shell::Cmd, name), ShellQuote::quote(Shell::Cmd, cidrs));
        } else {
            const QString proto =
                packet.protocol == HealthCheckPacket::Protocol::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
            f.commands
                << QStringLiteral(
                       "New-NetFirewallRule -DisplayName %1 -Direction Inbound -Action Allow -Protocol %2 -LocalPort %3 -RemoteAddress %4")
                       .arg(ShellQuote::quote(Shell::PowerShell, name), proto)
                       .arg(packet.port)
                       .arg(ShellQuote::quote(Shell::PowerShell, cidrs));
            f.commands
                << QStringLiteral(
                       "netsh advfirewall firewall add rule name=%1 dir=in action=allow protocol=%2 localport=%3 remoteip=%4")
                       .arg(ShellQuote::quote(Shell::Cmd, name), proto.toLower())
                       .arg(packet.port)
                       .arg(ShellQuote::quote(Shell::Cmd, cidrs));
        }
    }
    f.fix = WindowsFirewallAnalyzer::tr(
        "Allow the health-check CIDR to the health-check port (PowerShell or cmd, as Administrator).");
    if (!blockRules.isEmpty())
        f.appendFix(
            WindowsFirewallAnalyzer::tr(
                "Windows applies block rules before allow rules, so no allow rule can override %1: disable it, or narrow its remote addresses so that they no longer cover the health-check CIDR.")
                .arg(blockRules.join(QStringLiteral(", "))));
    if (context.target.listener == Listener::Udp)
        f.appendFix(WindowsFirewallAnalyzer::tr(
            "A UDP health check pings first, so ICMPv4 echo (type 8) must be allowed too."));
    EvidenceText::appendGuidanceFix(f, context);
}

} // namespace

Finding WindowsFirewallAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    const WindowsFirewallConfig config = WindowsFirewallConfig::parse(input.text);
    if (!config.language.isEmpty()) {
        f.summary =
            (InputChannel::commandLine()
                 ? WindowsFirewallAnalyzer::tr(
                     "unknown, because this netsh output is in %1; netsh prints in the system language, which LB Doctor reads only in English. Give the PowerShell JSON export instead, which is the same in every language")
                 : WindowsFirewallAnalyzer::tr(
                     "unknown, because this netsh output is in %1; netsh prints in the system language, which LB Doctor reads only in English. Paste the PowerShell JSON export instead, which is the same in every language"))
                .arg(config.language);
        f.fix =
            (InputChannel::commandLine() ? WindowsFirewallAnalyzer::tr(
                 "Run this in PowerShell on the server, save its output to a file and give it with --evidence netsh=FILE:")
                                         : WindowsFirewallAnalyzer::tr(
                                             "Run this in PowerShell on the server and paste its output:"));
        f.commands << powerShellExportCommand();
        return f;
    }
    if (!config.error.isEmpty()) {
        f.summary =
            WindowsFirewallAnalyzer::tr("unknown, because this is not Windows Firewall output LB Doctor reads: %1")
                .arg(config.error);
        f.commands << powerShellExportCommand();
        return f;
    }
    const auto universe = HealthCheckPackets::sources(input.context);
    if (!universe) {
        f.summary = universe.error();
        return f;
    }
    if (!config.sawRules)
        f.evidence
            << (InputChannel::commandLine()
                    ? WindowsFirewallAnalyzer::tr(
                        "no rule listing in the input: only the profiles' default actions decide; give the output of netsh advfirewall firewall show rule name=all dir=in verbose too")
                    : WindowsFirewallAnalyzer::tr(
                        "no rule listing in the paste: only the profiles' default actions decide; paste netsh advfirewall firewall show rule name=all dir=in verbose too"));
    QList<WindowsFirewallProfile> profiles = config.profiles;
    if (profiles.isEmpty())
        profiles.append({QString(), true, QString(), QString()});
    for (const WindowsFirewallProfile &p : profiles)
        f.evidence << WindowsFirewallAnalyzer::tr("%1: firewall %2, default inbound action %3")
                          .arg(profileTitle(p.name), p.on ? QStringLiteral("on") : QStringLiteral("off"),
                               p.inbound.isEmpty() ? QStringLiteral("?") : p.inbound);

    const QList<HealthCheckPacket> packets = HealthCheckPackets::of(input.context);
    QList<std::pair<QString, RangeVerdicts>> perProfile;
    QList<std::pair<HealthCheckPacket, RangeVerdicts>> blockedPackets;
    for (const WindowsFirewallProfile &p : profiles) {
        QList<std::pair<HealthCheckPacket, RangeVerdicts>> perPacket;
        for (const HealthCheckPacket &packet : packets)
            perPacket.append({packet, evaluate(config, p, packet, *universe, input.context.target)});
        blockedPackets << perPacket;
        perProfile.append({p.name, HealthCheckPackets::combine(*universe, perPacket)});
    }
    const RangeVerdicts combined =
        perProfile.size() == 1 ? perProfile.first().second : acrossProfiles(*universe, perProfile);
    combined.fill(f, QStringLiteral("Windows Firewall"));
    // Block rules, BlockInboundAlways and the default Block all discard the packet without an answer.
    RangeVerdicts::refineOutcome(f, {RangeVerdicts::BlockAction::Drop});
    for (const RangeDecision &d : f.ranges)
        f.evidence << QStringLiteral("%1 %2: %3").arg(d.cidr, verdictId(d.verdict), d.decidedBy);
    appendReplies(f, config, profiles, input.context);
    if (f.status != Status::Fail)
        return f;

    // Block rules win over allow rules: a new allow rule cannot pass what a block rule blocks, so
    // the block rule itself has to change.
    addFixes(f, blockedPackets, input.context);
    return f;
}
