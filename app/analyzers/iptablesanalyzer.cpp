#include "iptablesanalyzer.h"

#include "iptablesparser.h"
#include "iptablesreport.h"

#include <QCoreApplication>

namespace {


constexpr int maxWarnings = 5;

QStringList fixCommands(const IptablesPiece &piece, const IptablesPacket &packet, const QStringList &cidrs)
{
    if (!piece.table || !piece.chain)
        return {};
    const QString table = piece.table->name == QLatin1String("filter") ? QString() : QStringLiteral("-t ") + piece.table->name + QLatin1Char(' ');
    const int position = piece.rule ? piece.rule->number : 1;
    const QString match = packet.protocol == 1 ? QStringLiteral("-p icmp --icmp-type echo-request")
                                               : QStringLiteral("-p %1 --dport %2").arg(IptablesReport::protocolName(packet)).arg(packet.destinationPort);
    return {QStringLiteral("iptables %1-I %2 %3 -s %4 %5 -j ACCEPT").arg(table, piece.chain->name).arg(position).arg(cidrs.join(QLatin1Char(',')), match)};
}

// A DNAT or REDIRECT of the port in nat PREROUTING sends the packet elsewhere before filter INPUT.
QStringList natWarnings(const IptablesRuleset &ruleset, const IptablesPacket &packet)
{
    QStringList out;
    for (const IptablesRule &rule : ruleset.natRedirects) {
        const bool namesPort = std::any_of(rule.matches.begin(), rule.matches.end(),
                                           [](const IptablesMatch &m) { return m.kind == IptablesMatch::Kind::DestPort && !m.negated; });
        if (!namesPort || !IptablesEvaluator::packetMayMatch(rule, packet))
            continue;
        if (out.size() < maxWarnings)
            out << QCoreApplication::translate("IptablesAnalyzer", "nat rule at line %1 redirects port %2 (%3): the packet may reach another port or host, which these results do not follow")
                       .arg(rule.line).arg(packet.destinationPort).arg(rule.text.left(200));
    }
    return out;
}

} // namespace

QString IptablesAnalyzer::description() const
{
    return QCoreApplication::translate("IptablesAnalyzer", "iptables-save output (all tables)");
}

int IptablesAnalyzer::recognize(QStringView text) const
{
    return IptablesParser::recognize(text);
}

Finding IptablesAnalyzer::analyze(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    if (input.text.trimmed().isEmpty()) {
        f.summary = QCoreApplication::translate("IptablesAnalyzer", "unknown, because the iptables-save output is empty; run iptables-save as root");
        return f;
    }
    const IptablesRuleset ruleset = IptablesParser::parse(input.text);
    if (ruleset.tables.isEmpty()) {
        if (IptablesParser::looksLikeListing(input.text))
            f.summary = QCoreApplication::translate("IptablesAnalyzer", "unknown, because this is iptables -L or -S output, which hides tables and details; paste the output of iptables-save instead");
        else
            f.summary = QCoreApplication::translate("IptablesAnalyzer", "unknown, because this is not iptables-save output (no *table line); run iptables-save as root and paste all of it");
        f.evidence = ruleset.problems.mid(0, 5);
        return f;
    }
    const IptablesReport::Question q = IptablesReport::question(input.context);
    if (!q.error.isEmpty()) {
        f.summary = QCoreApplication::translate("IptablesAnalyzer", "unknown, because %1").arg(q.error);
        return f;
    }
    QStringList warnings;
    for (const IptablesPacket &packet : q.packets)
        warnings << natWarnings(ruleset, packet);
    IptablesReport::Style style;
    style.what = QStringLiteral("iptables");
    style.persistText = QCoreApplication::translate("IptablesAnalyzer", "Make it persistent: on Debian/Ubuntu install iptables-persistent and run netfilter-persistent save; "
                           "on RHEL/CentOS with iptables-services run service iptables save.");
    style.fix = fixCommands;
    Finding out = IptablesReport::build(input.context, q, ruleset, style, warnings);
    out.kind = kind();
    return out;
}

LBDOCTOR_REGISTER_ANALYZER(IptablesAnalyzer)
