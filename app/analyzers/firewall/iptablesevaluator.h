#pragma once

#include "iptablesmodel.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// One packet of a health-check exchange as netfilter sees it. Everything but the health-check
// address (the source on the way in, the destination on the way out) is fixed, so every match
// except that address (and the conntrack state, which NOTRACK can change per address) is simply
// true, false or unknown for it.
struct IptablesPacket
{
    enum class Direction { In, Out }; // In: from the prober to this host; Out: this host's reply
    Direction direction = Direction::In;
    IpFamily family = IpFamily::V4; // V6: an ip6tables packet (ICMPv6 is protocol 58)
    int protocol = 6; // 6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6
    quint16 destinationPort = 80; // the health-check port on this host: the destination port
                                  // on the way in, the source port of the replies
    quint8 tcpFlags = IptablesMatch::Syn;
    int icmpType = 8; // echo request (ICMPv6: 128)
    int icmpCode = 0;
    quint8 ctState = IptablesMatch::New; // its conntrack state when tracked: NEW, ESTABLISHED, RELATED
    bool required = true; // the check fails when this packet is stopped
    QString inInterface = QStringLiteral("eth0"); // the interface of the prober's packets (In and Out)
    QHostAddress destination; // this host's address; null: not known, so matches on it are undecidable

    bool isOut() const { return direction == Direction::Out; }
    bool isIcmp() const { return protocol == 1 || protocol == 58; }
    bool isEcho() const { return icmpType == 8 || icmpType == 0 || icmpType == 128 || icmpType == 129; }
    // The flow it belongs to: an ICMP error belongs to the UDP (or TCP) flow it reports on.
    int flowProtocol() const { return isIcmp() && !isEcho() ? 17 : protocol; }
    QString describe() const; // "TCP SYN to port 80", for summaries and evidence
    QString role() const; // "the SYN", "the SYN-ACK", "the request data", ...
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
    const IptablesChain *baseChain = nullptr; // the hooked chain whose walk reached `chain`
};

class IptablesEvaluator
{
public:
    explicit IptablesEvaluator(const IptablesPacket &packet);

    // Walks `path` for every address of `sources`; the pieces are disjoint and cover `sources`.
    // Accepted pieces name the rule that accepted them in the last base chain.
    QList<IptablesPiece> evaluate(const QList<IptablesHookChain> &path, const RangeSet &sources) const;
    // The same, for a packet later in an exchange: `stateUnknown` are the addresses whose
    // conntrack state LB Doctor cannot tell when this packet is tracked (an earlier packet of their
    // exchange was not); `untracked` receives the addresses a NOTRACK rule made UNTRACKED.
    QList<IptablesPiece> evaluate(const QList<IptablesHookChain> &path, const RangeSet &sources,
                                  const RangeSet &stateUnknown, RangeSet *untracked) const;

    // The base chains an incoming packet for this host passes, in netfilter's order: netdev
    // ingress on the interface, then prerouting, then input, each by priority. nat chains are
    // left out: they rewrite, they do not filter.
    static QList<IptablesHookChain> inputPath(const IptablesRuleset &ruleset, const QString &interfaceName,
                                              IpFamily family = IpFamily::V4);
    // The base chains this host's reply passes: output, then postrouting, each by priority; nat
    // chains left out.
    static QList<IptablesHookChain> outputPath(const IptablesRuleset &ruleset, IpFamily family = IpFamily::V4);
    static QList<IptablesHookChain> pathOf(const IptablesRuleset &ruleset, const IptablesPacket &packet);

    // False when a match that does not depend on the source is certainly false for the packet.
    static bool packetMayMatch(const IptablesRule &rule, const IptablesPacket &packet);

    // "filter INPUT rule 3: -A INPUT ...", "policy DROP of filter INPUT".
    static QString describeRule(const IptablesTable &table, const IptablesChain &chain, const IptablesRule &rule);
    static QString describePolicy(const IptablesTable &table, const IptablesChain &chain);

private:
    IptablesPacket m_packet;

    Q_DECLARE_TR_FUNCTIONS(IptablesEvaluator)
};
