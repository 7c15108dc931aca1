#include "ufwanalyzer.h"

#include "analyzers/healthcheckpackets.h"
#include "analyzers/ufwstatus.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

LBDOCTOR_REGISTER_ANALYZER(UfwAnalyzer)

namespace {


enum class Match { No, Yes, Unknown };

// The application profiles Ubuntu's server packages install in /etc/ufw/applications.d.
std::optional<QString> appPorts(const QString &app)
{
    static const QHash<QString, QString> apps{
        {QStringLiteral("OpenSSH"), QStringLiteral("22/tcp")},
        {QStringLiteral("Apache"), QStringLiteral("80/tcp")},
        {QStringLiteral("Apache Secure"), QStringLiteral("443/tcp")},
        {QStringLiteral("Apache Full"), QStringLiteral("80,443/tcp")},
        {QStringLiteral("Nginx HTTP"), QStringLiteral("80/tcp")},
        {QStringLiteral("Nginx HTTPS"), QStringLiteral("443/tcp")},
        {QStringLiteral("Nginx Full"), QStringLiteral("80,443/tcp")},
    };
    const auto it = apps.constFind(app);
    if (it == apps.constEnd())
        return std::nullopt;
    return *it;
}

Match portMatches(const UfwEndpoint &to, const HealthCheckPacket &packet)
{
    QString ports = to.ports;
    QString protocol = to.protocol;
    if (!to.app.isEmpty()) {
        const auto spec = appPorts(to.app);
        if (!spec)
            return Match::Unknown;
        ports = spec->section(QLatin1Char('/'), 0, 0);
        protocol = spec->section(QLatin1Char('/'), 1, 1);
    }
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

} // namespace

QString UfwAnalyzer::description() const
{
    return QCoreApplication::translate("UfwAnalyzer", "ufw rules (ufw status verbose)");
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

Finding UfwAnalyzer::analyze(const AnalyzerInput &input) const
{
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    if (input.text.trimmed().isEmpty()) {
        f.summary = QCoreApplication::translate("UfwAnalyzer", "unknown, because the ufw output is empty; paste the output of ufw status verbose");
        return f;
    }
    const UfwStatus status = UfwStatus::parse(input.text);
    if (!status.error.isEmpty()) {
        f.summary = QCoreApplication::translate("UfwAnalyzer", "unknown, because this is not ufw status output: %1").arg(status.error);
        return f;
    }
    if (!status.active) {
        f.status = Status::Pass;
        f.outcome = QStringLiteral("allowed");
        f.summary = QCoreApplication::translate("UfwAnalyzer", "ufw is inactive, so it blocks nothing; rules loaded directly into iptables or nftables may still block: check iptables-save");
        return f;
    }
    QString error;
    const auto universe = HealthCheckPackets::sources(input.context, &error);
    if (!universe) {
        f.summary = error;
        return f;
    }
    f.evidence << status.problems;
    const RangeSet v4 = AddressRange::everything(IpFamily::V4);
    const RangeSet v6 = AddressRange::everything(IpFamily::V6);
    const Target &target = input.context.target;

    QList<std::pair<HealthCheckPacket, RangeVerdicts>> perPacket;
    bool limited = false;
    int firstBlocking = 0;
    QList<RangeVerdicts::BlockAction> blockActions; // of every rule or policy that blocked something
    for (const HealthCheckPacket &packet : HealthCheckPackets::of(input.context)) {
        RangeVerdicts verdicts(*universe);
        if (packet.protocol == HealthCheckPacket::Protocol::Icmp) {
            // ufw's before.rules accept echo-request ahead of every user rule.
            verdicts.decideRest(RangeDecision::Verdict::Allowed, QCoreApplication::translate("UfwAnalyzer", "/etc/ufw/before.rules: -A ufw-before-input -p icmp --icmp-type echo-request -j ACCEPT (ufw's default; check that file if it was edited)"));
            perPacket.append({packet, verdicts});
            continue;
        }
        for (const UfwRule &r : status.rules) {
            if (r.direction != QStringLiteral("IN"))
                continue;
            const QString onInterface = r.to.interfaceName.isEmpty() ? r.from.interfaceName : r.to.interfaceName;
            if (!onInterface.isEmpty() && onInterface != target.interfaceName)
                continue;
            RangeSet addresses = universe->intersected(r.to.v6 || r.from.v6 ? v6 : v4);
            Match match = Match::Yes;
            if (!r.from.address.isEmpty()) {
                const auto range = AddressRange::parse(r.from.address);
                if (!range)
                    match = Match::Unknown;
                else
                    addresses = addresses.intersected(*range);
            }
            if (!r.from.ports.isEmpty() || !r.from.app.isEmpty())
                match = Match::Unknown; // a source port: the health check's source port is random
            if (!r.to.address.isEmpty()) {
                const auto range = AddressRange::parse(r.to.address);
                if (!range || target.address.isNull())
                    match = Match::Unknown;
                else if (!range->contains(target.address))
                    continue;
            }
            const Match port = portMatches(r.to, packet);
            if (port == Match::No)
                continue;
            if (port == Match::Unknown)
                match = Match::Unknown;
            const QString by = QCoreApplication::translate("UfwAnalyzer", "rule %1: %2").arg(r.number).arg(r.text);
            RangeDecision::Verdict verdict = RangeDecision::Verdict::Unknown;
            if (match == Match::Yes)
                verdict = r.action == QStringLiteral("ALLOW") || r.action == QStringLiteral("LIMIT") ? RangeDecision::Verdict::Allowed : RangeDecision::Verdict::Blocked;
            const RangeSet decided = verdicts.decide(addresses, verdict, by);
            if (!decided.isEmpty() && r.action == QStringLiteral("LIMIT"))
                limited = true;
            if (!decided.isEmpty() && verdict == RangeDecision::Verdict::Blocked && !firstBlocking)
                firstBlocking = r.number;
            if (!decided.isEmpty() && verdict == RangeDecision::Verdict::Blocked)
                blockActions << (r.action == QStringLiteral("REJECT") ? RangeVerdicts::BlockAction::Reject
                                 : r.action == QStringLiteral("DENY") ? RangeVerdicts::BlockAction::Drop
                                                                      : RangeVerdicts::BlockAction::Unknown);
        }
        const QString policy = status.defaultIncoming;
        if (policy == QStringLiteral("allow")) {
            verdicts.decideRest(RangeDecision::Verdict::Allowed, QCoreApplication::translate("UfwAnalyzer", "default incoming policy: allow"));
        } else if (policy == QStringLiteral("deny") || policy == QStringLiteral("reject")) {
            if (!verdicts.allDecided())
                blockActions << (policy == QStringLiteral("reject") ? RangeVerdicts::BlockAction::Reject : RangeVerdicts::BlockAction::Drop);
            verdicts.decideRest(RangeDecision::Verdict::Blocked, QCoreApplication::translate("UfwAnalyzer", "default incoming policy: %1").arg(policy));
        } else {
            verdicts.decideRest(RangeDecision::Verdict::Unknown, QCoreApplication::translate("UfwAnalyzer", "the default incoming policy is not shown; paste ufw status verbose"));
        }
        perPacket.append({packet, verdicts});
    }
    const RangeVerdicts combined = HealthCheckPackets::combine(*universe, perPacket);
    combined.fill(f, QStringLiteral("ufw"));
    RangeVerdicts::refineOutcome(f, blockActions);
    for (const RangeDecision &d : f.ranges)
        f.evidence << QStringLiteral("%1 %2: %3").arg(d.cidr, verdictId(d.verdict), d.decidedBy);

    const bool needFix = f.status == Status::Fail || (f.status == Status::Pass && limited);
    if (needFix) {
        // `ufw insert 1` puts the rule ahead of every rule that blocks or limits the check;
        // with no rules yet there is no position 1, so a plain `ufw allow` is the way.
        const bool anyRules = !status.rules.isEmpty();
        for (const auto &[packet, verdicts] : perPacket) {
            if (packet.protocol == HealthCheckPacket::Protocol::Icmp)
                continue;
            for (const QString &cidr : input.context.healthCheckCidrs()) {
                f.commands << QStringLiteral("ufw %1allow from %2 to any port %3 proto %4")
                                  .arg(anyRules ? QStringLiteral("insert 1 ") : QString(), ShellQuote::quote(Shell::Posix, cidr.trimmed()))
                                  .arg(packet.port)
                                  .arg(packet.protocolName());
            }
        }
        f.fix = QCoreApplication::translate("UfwAnalyzer", "Allow the health-check CIDR to the health-check port ahead of the rule that blocks it; ufw saves the rule, so it survives a reboot.");
        if (firstBlocking)
            f.fix += QLatin1Char(' ') + QCoreApplication::translate("UfwAnalyzer", "The first rule that blocks it is rule %1.").arg(firstBlocking);
        if (const StepGuidance *guidance = input.context.profile.guidanceFor(step()); guidance && !guidance->fix.isEmpty())
            f.fix += QLatin1Char(' ') + guidance->fix.text();
    }
    if (f.status == Status::Pass && limited) {
        f.status = Status::Warn;
        f.summary = QCoreApplication::translate("UfwAnalyzer", "ufw allows all of %1, but through a LIMIT rule, which drops an address that connects 6 times in 30 seconds: frequent health checks get dropped").arg(universe->toString());
        f.fix = QCoreApplication::translate("UfwAnalyzer", "Allow the health-check CIDR with a plain allow rule ahead of the LIMIT rule.");
    }
    return f;
}
