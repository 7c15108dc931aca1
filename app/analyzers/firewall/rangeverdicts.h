#pragma once

#include "core/addressrange.h"
#include "core/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The fate of every address of the health-check CIDRs, built up rule by rule in evaluation order:
// the first decision for an address wins, as in a first-match firewall. Every firewall-like
// analyzer (iptables, nftables, firewalld, ufw, Windows Firewall, security groups, tcpd) reports
// through this, so all of them give the same result shape.
class RangeVerdicts
{
public:
    explicit RangeVerdicts(const RangeSet &universe);

    // Decides the still-undecided part of `addresses`; returns what it decided.
    RangeSet decide(const RangeSet &addresses, RangeDecision::Verdict verdict, const QString &decidedBy);
    // Decides everything still undecided (a chain policy, a default action).
    void decideRest(RangeDecision::Verdict verdict, const QString &decidedBy);

    const RangeSet &universe() const { return m_universe; }
    const RangeSet &undecided() const { return m_undecided; }
    bool allDecided() const { return m_undecided.isEmpty(); }

    RangeSet addressesWith(RangeDecision::Verdict verdict) const;
    // One entry per CIDR block, in address order, each with the rule that decided it.
    QList<RangeDecision> decisions() const;

    // fail if any address is blocked; unknown if any is undecidable and none blocked; else pass.
    Status status() const;
    // Fills status, ranges and a summary such as "blocks 100.64.0.0/12 of 100.64.0.0/10 (filter
    // INPUT rule 3)". `what` names the thing analyzed: "iptables", "the security group".
    // For the firewall and security-group steps it also sets finding.outcome: "allowed" when every
    // address passes, "blocked" when any is blocked, empty while any is undecidable.
    void fill(Finding &finding, const QString &what) const;

    // How a blocking rule answers: silently (DROP, deny: the check times out) or with a reset or
    // an ICMP error (REJECT: the check is refused). Diagnosis needs the difference to link causes.
    enum class BlockAction { Drop, Reject, Unknown };
    // Refines a filled finding's outcome "blocked" to "drop" or "reject" when every rule that
    // blocked health-check addresses (`actions`, one entry per such rule) acts alike.
    static void refineOutcome(Finding &finding, const QList<BlockAction> &actions);

private:
    struct Piece
    {
        RangeSet addresses;
        RangeDecision::Verdict verdict;
        QString decidedBy;
    };
    RangeSet m_universe;
    RangeSet m_undecided;
    QList<Piece> m_pieces;

    Q_DECLARE_TR_FUNCTIONS(RangeVerdicts)
};
