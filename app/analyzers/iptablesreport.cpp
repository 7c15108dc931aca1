#include "iptablesreport.h"
#include "evidencetext.h"

#include "analyzers/rangeverdicts.h"
#include "core/shellquote.h"

#include <QCoreApplication>
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

Question question(const RunContext &context)
{
    Question q;
    const QStringList cidrs = context.healthCheckCidrs();
    QString error;
    q.universe = RangeSet::fromCidrs(cidrs, &error);
    if (!error.isEmpty()) {
        q.error = QCoreApplication::translate("IptablesReport", "the health-check CIDR is not valid: %1").arg(error);
        return q;
    }
    if (q.universe.isEmpty()) {
        q.error = QCoreApplication::translate("IptablesReport", "the profile has no health-check CIDR; pass --source-cidr");
        return q;
    }
    q.ipv4 = q.universe.intersected(RangeSet(AddressRange::everything(IpFamily::V4)));
    for (const QString &c : cidrs) {
        if (!c.contains(QLatin1Char(':')))
            q.cidrs << c.trimmed();
    }
    IptablesPacket packet;
    packet.inInterface = context.target.interfaceName.isEmpty() ? QStringLiteral("eth0") : context.target.interfaceName;
    if (context.target.address.protocol() == QAbstractSocket::IPv4Protocol)
        packet.destination = context.target.address;
    packet.destinationPort = context.target.checkPort ? context.target.checkPort : context.target.port;
    if (context.target.listener == Listener::Udp) {
        packet.protocol = 17;
        packet.tcpFlags = 0;
        q.packets << packet;
        if (context.variant.icmpRequired) {
            IptablesPacket echo = packet;
            echo.protocol = 1;
            echo.destinationPort = 0;
            q.packets << echo;
        }
    } else {
        q.packets << packet;
    }
    return q;
}

QList<IptablesPiece> evaluate(const IptablesRuleset &ruleset, const IptablesPacket &packet, const RangeSet &sources)
{
    const IptablesEvaluator evaluator(packet);
    return evaluator.evaluate(IptablesEvaluator::inputPath(ruleset, packet.inInterface), sources);
}

QString protocolName(const IptablesPacket &packet)
{
    return packet.protocol == 17 ? QStringLiteral("udp") : packet.protocol == 1 ? QStringLiteral("icmp") : QStringLiteral("tcp");
}

QStringList firewalldCommands(const IptablesPacket &packet, const QStringList &cidrs)
{
    QStringList out;
    for (const QString &cidr : cidrs) {
        const QString what = packet.protocol == 1 ? QStringLiteral("icmp-type name=\"echo-request\"")
                                                  : QStringLiteral("port port=\"%1\" protocol=\"%2\"").arg(packet.destinationPort).arg(protocolName(packet));
        const QString rule = QStringLiteral("rule family=\"ipv4\" source address=\"%1\" %2 accept").arg(cidr, what);
        out << QStringLiteral("firewall-cmd --permanent --add-rich-rule=") + ShellQuote::quote(Shell::Posix, rule);
    }
    out << QStringLiteral("firewall-cmd --reload");
    return out;
}

Finding build(const RunContext &context, const Question &q, const IptablesRuleset &ruleset, const Style &style,
              const QStringList &warnings)
{
    Finding f = Finding::make(QStringLiteral("firewall"), Status::Unknown, {});
    RangeVerdicts verdicts(q.universe);
    const RangeSet ipv6 = q.universe.subtracted(q.ipv4);
    verdicts.decide(ipv6, RangeDecision::Verdict::Unknown, QCoreApplication::translate("IptablesReport", "IPv6 addresses: this analysis models the IPv4 packet only"));

    struct Result
    {
        IptablesPacket packet;
        QList<IptablesPiece> pieces;
    };
    QList<Result> results;
    for (const IptablesPacket &packet : q.packets)
        results.append({packet, evaluate(ruleset, packet, q.ipv4)});
    const auto label = [&](const Result &r, const IptablesPiece &p) {
        return results.size() > 1 ? r.packet.describe() + QStringLiteral(": ") + p.decidedBy : p.decidedBy;
    };
    // Blocked for any packet beats unknown, which beats allowed for all: the check needs every packet.
    QList<FixSite> sites;
    for (const Result &r : results) {
        for (const IptablesPiece &p : r.pieces) {
            if (p.outcome != IptablesPiece::Outcome::Drop && p.outcome != IptablesPiece::Outcome::Reject)
                continue;
            if (verdicts.decide(p.addresses, RangeDecision::Verdict::Blocked, label(r, p)).isEmpty())
                continue;
            FixSite site{p.table ? p.table->displayName() : QString(), p.chain ? p.chain->name : QString(), p.rule ? p.rule->number : 1,
                         style.fix(p, r.packet, q.cidrs)};
            sites.append(site);
        }
    }
    for (const Result &r : results) {
        for (const IptablesPiece &p : r.pieces) {
            if (p.outcome == IptablesPiece::Outcome::Unknown)
                verdicts.decide(p.addresses, RangeDecision::Verdict::Unknown, label(r, p));
        }
    }
    const QList<IptablesPiece> first = results.value(0).pieces;
    for (const IptablesPiece &p : first) {
        if (p.outcome == IptablesPiece::Outcome::Accept)
            verdicts.decide(p.addresses, RangeDecision::Verdict::Allowed, p.decidedBy);
    }
    verdicts.fill(f, style.what);

    QStringList packetNames;
    for (const IptablesPacket &p : q.packets)
        packetNames << p.describe();
    f.evidence << QCoreApplication::translate("IptablesReport", "modelled: %1 from %2, arriving on %3, to %4, connection state NEW")
                      .arg(packetNames.join(QStringLiteral(" + ")), q.universe.toString(), q.packets.value(0).inInterface,
                           q.packets.value(0).destination.isNull() ? QCoreApplication::translate("IptablesReport", "this host (address not given)") : q.packets.value(0).destination.toString());
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
            f.evidence << QCoreApplication::translate("IptablesReport", "... and %1 more rules").arg(groups.size() - maxEvidenceRanges);
            break;
        }
        const QString verdict = key.section(QLatin1Char('\t'), 0, 0);
        const QString by = key.section(QLatin1Char('\t'), 1);
        QString list = QStringList(cidrs.mid(0, 8)).join(QStringLiteral(", "));
        if (cidrs.size() > 8)
            list += QCoreApplication::translate("IptablesReport", " and %1 more").arg(cidrs.size() - 8);
        f.evidence << QStringLiteral("%1 %2: %3").arg(verdict, list, by);
    }
    for (const QString &p : ruleset.problems)
        f.evidence << QCoreApplication::translate("IptablesReport", "note: %1").arg(p);
    f.evidence << warnings;

    if (f.status == Status::Pass && !warnings.isEmpty()) {
        f.status = Status::Warn;
        f.summary = QCoreApplication::translate("IptablesReport", "%1 allows all of %2, but %3").arg(style.what, q.universe.toString(), warnings.first());
    }
    if (ruleset.truncated && f.status != Status::Fail) {
        f.status = Status::Unknown;
        f.summary = QCoreApplication::translate("IptablesReport", "unknown, because the %1 rules are truncated (%2); rules after the cut could still block").arg(style.what, ruleset.problems.value(0));
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
        for (const IptablesPacket &p : q.packets)
            firewalld << firewalldCommands(p, q.cidrs);
        firewalld.removeDuplicates();
        f.fix = QCoreApplication::translate("IptablesReport", "Allow the health-check addresses to the port before the rule that blocks them (the commands below insert "
                   "an accept rule right there). %1 If firewalld manages this host, add the rule through firewalld instead "
                   "(%2), or its next reload removes the change.")
                    .arg(style.persistText, firewalld.join(QStringLiteral("; ")));
        EvidenceText::appendGuidanceFix(f, context);
    } else if (f.status == Status::Unknown) {
        f.fix = QCoreApplication::translate("IptablesReport", "Check the rules named in the evidence by hand: LB Doctor cannot decide them for the health-check addresses. "
                   "Where a rule depends on the destination, pass the backend address with --ip.");
    }
    return f;
}

} // namespace IptablesReport
