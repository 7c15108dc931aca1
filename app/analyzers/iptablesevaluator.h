#pragma once

#include "iptablesmodel.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// The one packet a health check starts with. Everything but the source address is fixed, so every
// match except the source (and the conntrack state, which NOTRACK can change per source) is simply
// true, false or unknown for it.
struct IptablesPacket
{
    int protocol = 6;                 // 6 TCP, 17 UDP, 1 ICMP
    quint16 destinationPort = 80;
    quint8 tcpFlags = IptablesMatch::Syn;
    int icmpType = 8;                 // echo request
    int icmpCode = 0;
    QString inInterface = QStringLiteral("eth0");
    QHostAddress destination;         // null: not known, so destination matches are undecidable

    QString describe() const;         // "TCP SYN to port 80", for summaries and evidence
};

// One base chain on the packet's way in, in the kernel's order.
struct IptablesHookChain
{
    const IptablesTable *table = nullptr;
    const IptablesChain *chain = nullptr;
};

// A part of the source addresses with one fate, and the rule (or policy) that decided it.
struct IptablesPiece
{
    enum class Outcome { Accept, Drop, Reject, Unknown };
    RangeSet addresses;
    Outcome outcome = Outcome::Unknown;
    QString decidedBy;
    const IptablesTable *table = nullptr;
    const IptablesChain *chain = nullptr;
    const IptablesRule *rule = nullptr; // null: the chain's policy (or a walk limit)
};

class IptablesEvaluator
{
public:
    explicit IptablesEvaluator(const IptablesPacket &packet);

    // Walks `path` for every address of `sources`; the pieces are disjoint and cover `sources`.
    // Accepted pieces name the rule that accepted them in the last base chain.
    QList<IptablesPiece> evaluate(const QList<IptablesHookChain> &path, const RangeSet &sources) const;

    // The base chains an incoming packet for this host passes, in netfilter's order: netdev
    // ingress on the interface, then prerouting, then input, each by priority. nat chains are
    // left out: they rewrite, they do not filter.
    static QList<IptablesHookChain> inputPath(const IptablesRuleset &ruleset, const QString &interfaceName);

    // False when a match that does not depend on the source is certainly false for the packet.
    static bool packetMayMatch(const IptablesRule &rule, const IptablesPacket &packet);

    // "filter INPUT rule 3: -A INPUT ...", "policy DROP of filter INPUT".
    static QString describeRule(const IptablesTable &table, const IptablesChain &chain, const IptablesRule &rule);
    static QString describePolicy(const IptablesTable &table, const IptablesChain &chain);

private:
    IptablesPacket m_packet;
};
