#include "iptablesanalyzer.h"

#include "core/inputchannel.h"

#include "iptableslisting.h"
#include "iptablesparser.h"
#include "iptablesreport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

constexpr int maxWarnings = 5;

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
        return {QStringLiteral("iptables %1-I %2 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT")
                    .arg(table, piece.baseChain->name)};
    const int position = piece.rule ? piece.rule->number : 1;
    QString match;
    if (packet.protocol == 1)
        match = packet.isOut() ? QStringLiteral("-p icmp --icmp-type ")
                + (packet.icmpType == 0 ? QStringLiteral("echo-reply") : QStringLiteral("port-unreachable"))
                               : QStringLiteral("-p icmp --icmp-type echo-request");
    else
        match = QStringLiteral("-p %1 %2 %3")
                    .arg(IptablesReport::protocolName(packet),
                         packet.isOut() ? QStringLiteral("--sport") : QStringLiteral("--dport"))
                    .arg(packet.destinationPort);
    return {
        QStringLiteral("iptables %1-I %2 %3 %4 %5 %6 -j ACCEPT")
            .arg(table, piece.chain->name)
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

Finding IptablesAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    // ip6tables filters IPv6 only: its rules say nothing about the IPv4 health-check packets.
    static const QRegularExpression ip6(
        QStringLiteral("ip6tables-save|\\s::/0\\s|\\s-[sd] [0-9A-Fa-f]*:[0-9A-Fa-f:]*/\\d+"));
    if (ip6.match(QStringView(input.text).left(256 * 1024)).hasMatch()) {
        f.summary =
            (InputChannel::commandLine()
                 ? IptablesAnalyzer::tr(
                     "unknown, because this is ip6tables output: its rules apply to IPv6 packets only, and LB Doctor models the IPv4 health check; give the output of iptables-save (IPv4) instead")
                 : (InputChannel::commandLine()
                        ? IptablesAnalyzer::tr(
                            "unknown, because this is ip6tables output: its rules apply to IPv6 packets only, and LB Doctor models the IPv4 health check; give the output of iptables-save (IPv4) instead")
                        : IptablesAnalyzer::tr(
                            "unknown, because this is ip6tables output: its rules apply to IPv6 packets only, and LB Doctor models the IPv4 health check; paste the output of iptables-save (IPv4) instead")));
        return f;
    }
    QString text = input.text;
    QStringList listingWarnings;
    bool rawNotPasted = false;
    const bool rulesForm = IptablesListing::isRulesListing(text);
    if (rulesForm || IptablesListing::isListListing(text)) {
        const IptablesListing::Converted converted =
            rulesForm ? IptablesListing::rulesToSave(text) : IptablesListing::listToSave(text);
        if (!converted.error.isEmpty()) {
            f.summary = IptablesAnalyzer::tr("unknown, because %1").arg(converted.error);
            return f;
        }
        text = converted.save;
        const QString form = rulesForm ? QStringLiteral("iptables -S") : QStringLiteral("iptables -L");
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
                            "the %1 table(s) were not in the %2 output given, so their rules are not checked; give the output of iptables-save (all tables) to check them")
                        : (InputChannel::commandLine()
                               ? IptablesAnalyzer::tr(
                                   "the %1 table(s) were not in the %2 output given, so their rules are not checked; give the output of iptables-save (all tables) to check them")
                               : IptablesAnalyzer::tr(
                                   "the %1 table(s) were not in the %2 paste, so their rules are not checked; run iptables-save (all tables) to check them")))
                       .arg(missing.join(QStringLiteral(", ")), form);
        if (!converted.missingChains.isEmpty())
            listingWarnings
                << (InputChannel::commandLine()
                        ? IptablesAnalyzer::tr(
                            "the chain(s) %1 were not in the %2 output given, so the packets they see are not checked; give the output of iptables-save (all tables) to check them")
                        : (InputChannel::commandLine()
                               ? IptablesAnalyzer::tr(
                                   "the chain(s) %1 were not in the %2 output given, so the packets they see are not checked; give the output of iptables-save (all tables) to check them")
                               : IptablesAnalyzer::tr(
                                   "the chain(s) %1 were not in the %2 paste, so the packets they see are not checked; run iptables-save (all tables) to check them")))
                       .arg(converted.missingChains.join(QStringLiteral(", ")), form);
    }
    const IptablesRuleset ruleset = IptablesParser::parse(text);
    if (ruleset.tables.isEmpty()) {
        if (IptablesParser::looksLikeListing(input.text))
            f.summary =
                (InputChannel::commandLine()
                     ? IptablesAnalyzer::tr(
                         "unknown, because this is iptables -L output, which hides interfaces, tables and details; give the output of iptables-save instead")
                     : (InputChannel::commandLine()
                            ? IptablesAnalyzer::tr(
                                "unknown, because this is iptables -L output, which hides interfaces, tables and details; give the output of iptables-save instead")
                            : IptablesAnalyzer::tr(
                                "unknown, because this is iptables -L output, which hides interfaces, tables and details; paste the output of iptables-save instead")));
        else
            f.summary =
                (InputChannel::commandLine()
                     ? IptablesAnalyzer::tr(
                         "unknown, because this is not iptables-save output (no *table line); run iptables-save as root and give all of its output")
                     : (InputChannel::commandLine()
                            ? IptablesAnalyzer::tr(
                                "unknown, because this is not iptables-save output (no *table line); run iptables-save as root and give all of its output")
                            : IptablesAnalyzer::tr(
                                "unknown, because this is not iptables-save output (no *table line); run iptables-save as root and paste all of it")));
        f.evidence = ruleset.problems.mid(0, 5);
        return f;
    }
    const IptablesReport::Question q = IptablesReport::question(input.context);
    if (!q.error.isEmpty()) {
        f.summary = IptablesAnalyzer::tr("unknown, because %1").arg(q.error);
        return f;
    }
    QStringList warnings = listingWarnings;
    for (const IptablesPacket &packet : q.packets) {
        if (!packet.isOut() && packet.ctState == IptablesMatch::New)
            warnings << natWarnings(ruleset, packet);
    }
    IptablesReport::Style style;
    style.what = QStringLiteral("iptables");
    style.persistText = IptablesAnalyzer::tr(
        "Make it persistent: on Debian/Ubuntu install iptables-persistent and run netfilter-persistent save; "
        "on RHEL/CentOS with iptables-services run service iptables save.");
    style.fix = fixCommands;
    Finding out = IptablesReport::build(input.context, q, ruleset, style, warnings);
    out.kind = kind();
    out.evidence = f.evidence + out.evidence;
    // A NOTRACK rule in a raw table that was not pasted would change what every state match
    // sees, so a block that passed a state match is not certain.
    if (rawNotPasted && out.status == Status::Fail && testsState(ruleset)) {
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
                "rule there would change (%1); run iptables-save (all tables) instead")
                .arg(out.summary);
    }
    return out;
}

LBDOCTOR_REGISTER_ANALYZER(IptablesAnalyzer)
