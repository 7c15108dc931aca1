#include "rangeverdicts.h"

#include <QCoreApplication>

#include <algorithm>

RangeVerdicts::RangeVerdicts(const RangeSet &universe) : m_universe(universe), m_undecided(universe) { }

RangeSet RangeVerdicts::decide(const RangeSet &addresses, RangeDecision::Verdict verdict, const QString &decidedBy)
{
    const RangeSet now = m_undecided.intersected(addresses);
    if (now.isEmpty())
        return now;
    m_undecided = m_undecided.subtracted(now);
    m_pieces.append({now, verdict, decidedBy});
    return now;
}

void RangeVerdicts::decideRest(RangeDecision::Verdict verdict, const QString &decidedBy)
{
    decide(m_undecided, verdict, decidedBy);
}

RangeSet RangeVerdicts::addressesWith(RangeDecision::Verdict verdict) const
{
    RangeSet out;
    for (const Piece &p : m_pieces) {
        if (p.verdict == verdict)
            out = out.united(p.addresses);
    }
    return out;
}

QList<RangeDecision> RangeVerdicts::decisions() const
{
    QList<std::pair<AddressRange, const Piece *>> parts;
    for (const Piece &p : m_pieces) {
        for (const AddressRange &r : p.addresses.ranges())
            parts.append({r, &p});
    }
    std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) {
        if (a.first.family() != b.first.family())
            return a.first.family() < b.first.family();
        return a.first.first() < b.first.first();
    });
    QList<RangeDecision> out;
    for (const auto &[range, piece] : parts) {
        for (const QString &cidr : range.toCidrs())
            out.append({cidr, piece->verdict, piece->decidedBy});
    }
    // Whatever nobody decided is unknown, never silently allowed.
    for (const AddressRange &r : m_undecided.ranges()) {
        for (const QString &cidr : r.toCidrs())
            out.append({cidr, RangeDecision::Verdict::Unknown, RangeVerdicts::tr("no rule decided these addresses")});
    }
    return out;
}

Status RangeVerdicts::status() const
{
    if (!addressesWith(RangeDecision::Verdict::Blocked).isEmpty())
        return Status::Fail;
    if (!addressesWith(RangeDecision::Verdict::Unknown).isEmpty() || !m_undecided.isEmpty())
        return Status::Unknown;
    return Status::Pass;
}

void RangeVerdicts::fill(Finding &finding, const QString &what) const
{
    finding.status = status();
    finding.ranges = decisions();
    const QString all = m_universe.toString();
    const RangeSet blocked = addressesWith(RangeDecision::Verdict::Blocked);
    const RangeSet unknown = addressesWith(RangeDecision::Verdict::Unknown).united(m_undecided);
    const auto firstRule = [this](RangeDecision::Verdict verdict) {
        for (const Piece &p : m_pieces) {
            if (p.verdict == verdict)
                return p.decidedBy;
        }
        return QString();
    };
    switch (finding.status) {
    case Status::Fail:
        finding.summary = blocked == m_universe
            ? RangeVerdicts::tr("%1 blocks all of %2 (%3)").arg(what, all, firstRule(RangeDecision::Verdict::Blocked))
            : RangeVerdicts::tr("%1 blocks %2 of %3 (%4)")
                  .arg(what, blocked.toString(), all, firstRule(RangeDecision::Verdict::Blocked));
        break;
    case Status::Unknown:
        finding.summary = RangeVerdicts::tr("unknown, because %1 has rules LB Doctor cannot decide for %2 (%3)")
                              .arg(what, unknown.toString(), firstRule(RangeDecision::Verdict::Unknown));
        break;
    default: finding.summary = RangeVerdicts::tr("%1 allows all of %2").arg(what, all); break;
    }
    // finding.h defines outcomes for these steps only; tcpd and others report through fill() too.
    if (finding.step == QLatin1String("firewall") || finding.step == QLatin1String("secgroup")) {
        finding.outcome = finding.status == Status::Pass ? FindingOutcome::Allowed
            : finding.status == Status::Fail             ? QStringLiteral("blocked")
                                                         : QString();
    }
}

void RangeVerdicts::refineOutcome(Finding &finding, const QList<BlockAction> &actions)
{
    if (finding.outcome != QLatin1String("blocked") || actions.isEmpty())
        return;
    const BlockAction first = actions.constFirst();
    if (first == BlockAction::Unknown
        || !std::all_of(actions.cbegin(), actions.cend(), [first](BlockAction a) { return a == first; }))
        return;
    finding.outcome = first == BlockAction::Drop ? FindingOutcome::Drop : FindingOutcome::Reject;
}
