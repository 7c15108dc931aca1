#include "nftablesanalyzer.h"

#include "core/inputchannel.h"

#include "iptablesreport.h"
#include "nftablesjson.h"
#include "nftablestext.h"

#include "core/shellquote.h"

#include <QCoreApplication>

namespace {

QStringList fixCommands(const IptablesPiece &piece, const IptablesPacket &packet, const QStringList &cidrs)
{
    if (!piece.table || !piece.chain)
        return {};
    const auto insert = [&](const IptablesChain &chain, const QString &where, const QString &rule) {
        // The rule is one argument list for nft; quoting keeps the shell away from braces.
        return QStringLiteral("nft insert rule %1 %2 %3%4 %5")
            .arg(piece.table->family, ShellQuote::quote(Shell::Posix, piece.table->name),
                 ShellQuote::quote(Shell::Posix, chain.name), where, ShellQuote::quote(Shell::Posix, rule));
    };
    if (IptablesReport::needsEstablishedAccept(piece, packet))
        return {insert(*piece.baseChain, QString(), QStringLiteral("ct state established,related accept"))};
    const QString where =
        piece.rule && !piece.rule->handle.isEmpty() ? QStringLiteral(" position ") + piece.rule->handle : QString();
    QString match;
    if (packet.protocol == 1)
        match = packet.isOut() ? (packet.icmpType == 0 ? QStringLiteral("icmp type echo-reply")
                                                       : QStringLiteral("icmp type destination-unreachable"))
                               : QStringLiteral("icmp type echo-request");
    else
        match = QStringLiteral("%1 %2 %3")
                    .arg(IptablesReport::protocolName(packet),
                         packet.isOut() ? QStringLiteral("sport") : QStringLiteral("dport"))
                    .arg(packet.destinationPort);
    const QString addresses = cidrs.size() == 1
        ? cidrs.first()
        : QStringLiteral("{ ") + cidrs.join(QStringLiteral(", ")) + QStringLiteral(" }");
    return {insert(*piece.chain, where,
                   QStringLiteral("ip %1 %2 %3 accept")
                       .arg(packet.isOut() ? QStringLiteral("daddr") : QStringLiteral("saddr"), addresses, match))};
}

} // namespace

QString NftablesAnalyzer::description() const
{
    return NftablesAnalyzer::tr("nft -j list ruleset (or nft list ruleset) output");
}

int NftablesAnalyzer::recognize(QStringView text) const
{
    return std::max(NftablesJson::recognize(text), NftablesText::recognize(text));
}

QString NftablesAnalyzer::emptyInputSummary() const
{
    return NftablesAnalyzer::tr("unknown, because the nft output is empty; run nft -j list ruleset as root");
}

Finding NftablesAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    const QStringView trimmed = QStringView(input.text).trimmed();
    IptablesRuleset ruleset;
    QString error;
    const bool jsonForm = trimmed.startsWith(QLatin1Char('{'));
    if (jsonForm) {
        const auto parsed = NftablesJson::parse(input.text);
        ruleset = parsed.valueOr(IptablesRuleset());
        error = parsed.error();
    } else {
        const auto objects = NftablesText::toJson(input.text);
        if (objects)
            ruleset = NftablesJson::fromArray(*objects);
        error = objects.error();
    }
    if (!error.isEmpty()) {
        f.summary =
            (InputChannel::commandLine()
                 ? NftablesAnalyzer::tr(
                     "unknown, because this is not nftables output LB Doctor can read (%1); run nft -j list ruleset as root and give all of its output")
                 : NftablesAnalyzer::tr(
                     "unknown, because this is not nftables output LB Doctor can read (%1); run nft -j list ruleset as root and paste all of it"))
                .arg(error);
        return f;
    }
    const IptablesReport::Question q = IptablesReport::question(input.context);
    if (!q.error.isEmpty()) {
        f.summary = NftablesAnalyzer::tr("unknown, because %1").arg(q.error);
        return f;
    }
    QStringList warnings;
    for (const IptablesTable &t : ruleset.tables) {
        for (const IptablesChain &c : t.chains) {
            if (c.base && c.type == QLatin1String("nat") && c.hook == QLatin1String("prerouting") && !c.rules.isEmpty())
                warnings
                    << NftablesAnalyzer::tr(
                           "%1 %2 rewrites destinations on the way in: a DNAT of the port would send the packet elsewhere, which these results do not follow")
                           .arg(t.displayName(), c.name);
        }
    }
    IptablesReport::Style style;
    style.what = QStringLiteral("nftables");
    style.persistText = NftablesAnalyzer::tr(
        "Make it persistent: on Debian/Ubuntu save the ruleset with nft list ruleset > /etc/nftables.conf "
        "(loaded by nftables.service); on RHEL/CentOS add the rule to /etc/sysconfig/nftables.conf.");
    style.fix = fixCommands;
    Finding out = IptablesReport::build(input.context, q, ruleset, style, warnings);
    out.kind = kind();
    // The text form is read for its common shapes only; the JSON form names every expression.
    if (!jsonForm && !out.rangesWith(RangeDecision::Verdict::Unknown).isEmpty())
        out.appendFix((
            InputChannel::commandLine()
                ? NftablesAnalyzer::tr(
                    "LB Doctor reads only the common forms of the plain-text listing: give the output of nft -j list ruleset (run as root) instead, whose JSON form it reads exactly.")
                : NftablesAnalyzer::tr(
                    "LB Doctor reads only the common forms of the plain-text listing: paste the output of nft -j list ruleset (run as root) instead, whose JSON form it reads exactly.")));
    return out;
}

LBDOCTOR_REGISTER_ANALYZER(NftablesAnalyzer)
