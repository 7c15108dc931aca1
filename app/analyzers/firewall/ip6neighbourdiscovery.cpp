#include "ip6neighbourdiscovery.h"

#include "iptablesevaluator.h"

#include <QCoreApplication>

namespace Ip6NeighbourDiscovery {

QStringList warnings(const IptablesRuleset &ruleset, const QString &interfaceName)
{
    QStringList out;
    const RangeSet linkLocal = RangeSet::fromCidrs({QStringLiteral("fe80::/10")});
    const RangeSet solicitedNode = RangeSet::fromCidrs({QStringLiteral("ff02::1:ff00:0/104")});
    struct Message
    {
        int type;
        bool out;
    };
    for (const Message m : {Message{136, false}, Message{135, false}, Message{135, true}, Message{136, true}}) {
        IptablesPacket p;
        p.family = IpFamily::V6;
        p.direction = m.out ? IptablesPacket::Direction::Out : IptablesPacket::Direction::In;
        p.protocol = 58;
        p.icmpType = m.type;
        p.icmpCode = 0;
        p.tcpFlags = 0;
        p.destinationPort = 0;
        p.ctState = IptablesMatch::Untracked;
        p.inInterface = interfaceName;
        // A solicitation out goes to the gateway's solicited-node multicast address; the rest to or
        // from its link-local address.
        const RangeSet peers = m.out && m.type == 135 ? solicitedNode : linkLocal;
        const IptablesEvaluator evaluator(p);
        for (const IptablesPiece &piece : evaluator.evaluate(IptablesEvaluator::pathOf(ruleset, p), peers)) {
            if (piece.outcome != IptablesPiece::Outcome::Drop && piece.outcome != IptablesPiece::Outcome::Reject)
                continue;
            const QString name =
                m.type == 135 ? QStringLiteral("neighbour-solicitation") : QStringLiteral("neighbour-advertisement");
            const QString chain =
                piece.baseChain ? piece.baseChain->name : (m.out ? QStringLiteral("OUTPUT") : QStringLiteral("INPUT"));
            out << Tr::tr(
                       "IPv6 neighbour discovery is stopped: the %1 (ICMPv6 type %2) %3 %4 is %5 by %6; without it "
                       "this host exchanges no IPv6 packet with its gateway, whatever the rules say about the "
                       "health-check addresses; allow it first: ip6tables -I %7 1 -p ipv6-icmp --icmpv6-type %1 -j ACCEPT")
                       .arg(name)
                       .arg(m.type)
                       .arg(m.out ? Tr::tr("to") : Tr::tr("from"), peers.toString(),
                            piece.outcome == IptablesPiece::Outcome::Reject ? Tr::tr("rejected") : Tr::tr("dropped"),
                            piece.decidedBy, chain);
            break;
        }
    }
    return out;
}

} // namespace Ip6NeighbourDiscovery
