#include "replypackets.h"

#include <QCoreApplication>

namespace ReplyPackets {

QString names(const RunContext &context)
{
    switch (context.target.listener) {
    case Listener::Udp:
        return ReplyPackets::Tr::tr(
            "the UDP reply (or the ICMP port unreachable of a closed port) and the ICMP echo reply");
    case Listener::Http:
    case Listener::Https: return ReplyPackets::Tr::tr("the SYN-ACK and the response data");
    case Listener::Tcp: break;
    }
    return ReplyPackets::Tr::tr("the SYN-ACK");
}

} // namespace ReplyPackets
