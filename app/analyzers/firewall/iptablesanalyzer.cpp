#include "iptablesanalyzer.h"

#include "ip6neighbourdiscovery.h"
#include "core/inputchannel.h"

#include "iptableslisting.h"
#include "iptablesparser.h"
#include "iptablesreport.h"

#include <QCoreApplication>

namespace {

constexpr int maxWarnings = 5;

QString toolOf(const IptablesPacket &packet)
{
    return packet.family == IpFamily::V6 ? QStringLiteral("ip6tables") : QStringLiteral("iptables");
}

QString icmpMatch(const IptablesPacket &packet)
{
    const bool v6 = packet.family == IpFamily::V6;
    const QString type = !packet.isOut() ? QStringLiteral("echo-request")
        : packet.isEcho()                ? QStringLiteral("echo-reply")
                                         : QStringLiteral("port-unreachable");
    return v6 ? QStringLiteral("-p ipv6-icmp --icmpv6-type ") + type : QStringLiteral("-p icmp --icmp-type ") + type;
}

QStringList fixCommands(const IptablesPiece &piece, const IptablesPacket &packet, const QStringList &cidrs)
{
    if (!piece.table || !piece.chain)
        return {};
    const QString table = piece.table->name == QLatin1String("filter")
        ? QString()
        : QStringLiteral("-t ") + piece.table->name + QLatin1Char(' ');
    // A tracked reply or later packet is stopped because nothing accepts established traffic:
    // accept it first thing in the filter chain it walks.
    if (IptablesReport::needsEstablishedAccept(piece, packet))
        return {QStringLiteral("%1 %2-I %3 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT")
                    .arg(toolOf(packet), table, piece.baseChain->name)};
    const int position = piece.rule ? piece.rule->number : 1;
    QString match;
    if (packet.isIcmp())
        match = icmpMatch(packet);
    else
        match = QStringLiteral("-p %1 %2 %3")
                    .arg(IptablesReport::protocolName(packet),
                         packet.isOut() ? QStringLiteral("--sport") : QStringLiteral("--dport"))
                    .arg(packet.destinationPort);
    return {
        QStringLiteral("%1 %2-I %3 %4 %5 %6 %7 -j ACCEPT")
            .arg(toolOf(packet), table, piece.chain->name)
            .arg(position)
            .arg(packet.isOut() ? QStringLiteral("-d") : QStringLiteral("-s"), cidrs.join(QLatin1Char(',')), match)};
}

bool testsState(const IptablesRuleset &ruleset)
{
    for (const IptablesTable &table : ruleset.tables) {
        for (const IptablesChain &chain : table.chains) {
            for (const IptablesRule &rule : chain.rules) {
                if (std::any_of(rule.matches.begin(), rule.matches.end(),
                                [](const IptablesMatch &m) { return m.kind == IptablesMatch::Kind::State; }))
                    return true;
            }
        }
    }
    return false;
}

// A DNAT or REDIRECT of the port in nat PREROUTING sends the packet elsewhere before filter INPUT.
QStringList natWarnings(const IptablesRuleset &ruleset, const IptablesPacket &packet)
{
    QStringList out;
    for (const IptablesRule &rule : ruleset.natRedirects) {
        const bool namesPort = std::any_of(rule.matches.begin(), rule.matches.end(), [](const IptablesMatch &m) {
            return m.kind == IptablesMatch::Kind::DestPort && !m.negated;
        });
        if (!namesPort || !IptablesEvaluator::packetMayMatch(rule, packet))
            continue;
        if (out.size() < maxWarnings)
            out << IptablesAnalyzer::tr(
                       "nat rule at line %1 redirects port %2 (%3): the packet may reach another port or host, which these results do not follow")
                       .arg(rule.line)
                       .arg(packet.destinationPort)
                       .arg(rule.text.left(200));
    }
    return out;
}

} // namespace

QString IptablesAnalyzer::description() const
{
    return IptablesAnalyzer::tr("iptables-save output (all tables)");
}

int IptablesAnalyzer::recognize(QStringView text) const
{
    return IptablesParser::recognize(text);
}

// iptables-save prints nothing at all when no table is loaded.
Finding IptablesAnalyzer::analyzeEmpty(const AnalyzerInput &) const
{
    Finding f = Finding::make(
        step(), Status::Pass,
        IptablesAnalyzer::tr(
            "iptables allows everything: the iptables-save output is empty, so no iptables rules are loaded"));
    f.kind = kind();
    f.outcome = FindingOutcome::Allowed;
    f.evidence << IptablesAnalyzer::tr(
        "iptables-save printed nothing (no table loaded); rules loaded with nft directly do not show here: check nft list ruleset too");
    return f;
}

namespace {

// The health check's family against the rules' family: empty when they meet, else why not.
QString familyMismatch(const IptablesReport::Question &q, const AnalyzerInput &input)
{
    if (!q.covered.isEmpty())
        return {};
    if (q.family == IpFamily::V4)
        return (InputChannel::commandLine()
                    ? IptablesAnalyzer::tr(
                        "unknown, because iptables rules apply to IPv4 packets only and the health check comes from IPv6 addresses (%1); give the output of ip6tables-save instead")
                    : IptablesAnalyzer::tr(
                        "unknown, because iptables rules apply to IPv4 packets only and the health check comes from IPv6 addresses (%1); paste the output of ip6tables-save instead"))
            .arg(q.universe.toString());
    if (input.context.target.address.protocol() == QAbstractSocket::IPv6Protocol)
        return (InputChannel::commandLine()
                    ? IptablesAnalyzer::tr(
                        "unknown, because this is ip6tables output, which applies to IPv6 packets only, and the health-check sources (%1) are IPv4; "
                        "if the load balancer checks this IPv6 backend from IPv6 addresses, pass them with --source-cidr, otherwise give the output of iptables-save (IPv4)")
                    : IptablesAnalyzer::tr(
                        "unknown, because this is ip6tables output, which applies to IPv6 packets only, and the health-check sources (%1) are IPv4; "
                        "if the load balancer checks this IPv6 backend from IPv6 addresses, enter them as the health-check source CIDR, otherwise paste the output of iptables-save (IPv4)"))
            .arg(q.universe.toString());
    return (InputChannel::commandLine()
                ? IptablesAnalyzer::tr(
                    "unknown, because this is ip6tables output: its rules apply to IPv6 packets only, and the health check comes from IPv4 addresses (%1); "
                    "give the output of iptables-save (IPv4) instead")
                : IptablesAnalyzer::tr(
                    "unknown, because this is ip6tables output: its rules apply to IPv6 packets only, and the health check comes from IPv4 addresses (%1); "
                    "paste the output of iptables-save (IPv4) instead"))
        .arg(q.universe.toString());
}

} // namespace

Finding IptablesAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    // ip6tables filters IPv6 only, iptables IPv4 only: each answers for the addresses of its family.
    const bool v6 = IptablesParser::isIp6tables(input.text);
    const QString tool = v6 ? QStringLiteral("ip6tables") : QStringLiteral("iptables");
    const QString save = tool + QStringLiteral("-save");
    QString text = input.text;
    QStringList listingWarnings;
    bool rawNotPasted = false;
    const bool rulesForm = IptablesListing::isRulesListing(text);
    if (rulesForm || IptablesListing::isListListing(text)) {
        const IptablesListing::Converted converted =
            rulesForm ? IptablesListing::rulesToSave(text) : IptablesListing::listToSave(text, tool);
        if (!converted.error.isEmpty()) {
            f.summary = IptablesAnalyzer::tr("unknown, because %1").arg(converted.error);
            return f;
        }
        text = converted.save;
        const QString form = tool + (rulesForm ? QStringLiteral(" -S") : QStringLiteral(" -L"));
        QStringList missing;
        for (const QString &table : {QStringLiteral("raw"), QStringLiteral("mangle"), QStringLiteral("filter")}) {
            if (!converted.tables.contains(table))
                missing << table;
        }
        f.evidence << IptablesAnalyzer::tr("read from %1 output of the tables: %2")
                          .arg(form, converted.tables.join(QStringLiteral(", ")));
        rawNotPasted = !converted.tables.contains(QStringLiteral("raw"));
        if (!missing.isEmpty())
            listingWarnings
                << (InputChannel::commandLine()
                        ? IptablesAnalyzer::tr(
                            "the %1 table(s) were not in the %2 output given, so their rules are not checked; give the output of %3 (all tables) to check them")
                        : IptablesAnalyzer::tr(
                            "the %1 table(s) were not in the %2 paste, so their rules are not checked; run %3 (all tables) to check them"))
                       .arg(missing.join(QStringLiteral(", ")), form, save);
        if (!converted.missingChains.isEmpty())
            listingWarnings
                << (InputChannel::commandLine()
                        ? IptablesAnalyzer::tr(
                            "the chain(s) %1 were not in the %2 output given, so the packets they see are not checked; give the output of %3 (all tables) to check them")
                        : IptablesAnalyzer::tr(
                            "the chain(s) %1 were not in the %2 paste, so the packets they see are not checked; run %3 (all tables) to check them"))
                       .arg(converted.missingChains.join(QStringLiteral(", ")), form, save);
    }
    const IptablesRuleset ruleset = IptablesParser::parse(text);
    if (ruleset.tables.isEmpty()) {
        if (IptablesParser::looksLikeListing(input.text))
            f.summary =
                (InputChannel::commandLine()
                     ? IptablesAnalyzer::tr(
                         "unknown, because this is iptables -L output, which hides interfaces, tables and details; give the output of iptables-save instead")
                     : IptablesAnalyzer::tr(
                         "unknown, because this is iptables -L output, which hides interfaces, tables and details; paste the output of iptables-save instead"));
        else
            f.summary =
                (InputChannel::commandLine()
                     ? IptablesAnalyzer::tr(
                         "unknown, because this is not iptables-save output (no *table line); run iptables-save as root and give all of its output")
                     : IptablesAnalyzer::tr(
                         "unknown, because this is not iptables-save output (no *table line); run iptables-save as root and paste all of it"));
        f.evidence = ruleset.problems.mid(0, 5);
        return f;
    }
    const IptablesReport::Question q = IptablesReport::question(input.context, v6 ? IpFamily::V6 : IpFamily::V4);
    if (!q.error.isEmpty()) {
        f.summary = IptablesAnalyzer::tr("unknown, because %1").arg(q.error);
        return f;
    }
    if (const QString mismatch = familyMismatch(q, input); !mismatch.isEmpty()) {
        f.summary = mismatch;
        return f;
    }
    QStringList warnings = listingWarnings;
    for (const IptablesPacket &packet : q.packets) {
        if (!packet.isOut() && packet.ctState == IptablesMatch::New)
            warnings << natWarnings(ruleset, packet);
    }
    if (v6 && !q.packets.isEmpty())
        warnings << Ip6NeighbourDiscovery::warnings(ruleset, q.packets.first().inInterface);
    const Finding out = IptablesReport::build(input.context, q, ruleset, style(v6), warnings);
    return finish(out, f.evidence, rawNotPasted && testsState(ruleset), save);
}

IptablesReport::Style IptablesAnalyzer::style(bool v6)
{
    IptablesReport::Style style;
    style.what = v6 ? QStringLiteral("ip6tables") : QStringLiteral("iptables");
    style.persistText = v6
        ? IptablesAnalyzer::tr(
            "Make it persistent: on Debian/Ubuntu install iptables-persistent and run netfilter-persistent save; "
            "on RHEL/CentOS with iptables-services run service ip6tables save.")
        : IptablesAnalyzer::tr(
            "Make it persistent: on Debian/Ubuntu install iptables-persistent and run netfilter-persistent save; "
            "on RHEL/CentOS with iptables-services run service iptables save.");
    style.fix = fixCommands;
    const bool cli = InputChannel::commandLine();
    style.otherFamily = v6
        ? (cli ? IptablesAnalyzer::tr(
               "IPv4 addresses: ip6tables rules apply to IPv6 packets only; give the output of iptables-save to check them")
               : IptablesAnalyzer::tr(
                   "IPv4 addresses: ip6tables rules apply to IPv6 packets only; paste iptables-save to check them"))
        : (cli ? IptablesAnalyzer::tr(
               "IPv6 addresses: iptables rules apply to IPv4 packets only; give the output of ip6tables-save to check them")
               : IptablesAnalyzer::tr(
                   "IPv6 addresses: iptables rules apply to IPv4 packets only; paste ip6tables-save to check them"));
    return style;
}

// A NOTRACK rule in a raw table that was not pasted would change what every state match sees,
// so a block that passed a state match is not certain.
Finding IptablesAnalyzer::finish(Finding out, const QStringList &evidence, bool stateDoubt, const QString &save) const
{
    out.kind = kind();
    out.evidence = evidence + out.evidence;
    if (!stateDoubt || out.status != Status::Fail)
        return out;
    out.status = Status::Unknown;
    out.outcome.clear();
    out.commands.clear();
    out.fix.clear();
    for (RangeDecision &d : out.ranges) {
        if (d.verdict == RangeDecision::Verdict::Blocked)
            d.verdict = RangeDecision::Verdict::Unknown;
    }
    out.summary =
        IptablesAnalyzer::tr(
            "unknown, because the raw table was not in the listing and these rules test the conntrack state, which a NOTRACK "
            "rule there would change (%1); run %2 (all tables) instead")
            .arg(out.summary, save);
    return out;
}

LBDOCTOR_REGISTER_ANALYZER(IptablesAnalyzer)
