#include "replypackets.h"

#include <QCoreApplication>

namespace ReplyPackets {

QString names(const RunContext &context)
{
    switch (context.target.listener) {
    case Listener::Udp:
        return QCoreApplication::translate("ReplyPackets", "the UDP reply (or the ICMP port unreachable of a closed port) and the ICMP echo reply");
    case Listener::Http:
    case Listener::Https:
        return QCoreApplication::translate("ReplyPackets", "the SYN-ACK and the response data");
    case Listener::Tcp:
        break;
    }
    return QCoreApplication::translate("ReplyPackets", "the SYN-ACK");
}

} // namespace ReplyPackets
