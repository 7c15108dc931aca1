#include "packetdecoder.h"

#include <QCoreApplication>

namespace {

// LINKTYPE_* values from https://www.tcpdump.org/linktypes.html
constexpr int linkNull = 0; // BSD loopback: 4-byte address family in host order
constexpr int linkEthernet = 1;
constexpr int linkRawOld = 12; // DLT_RAW on some systems
constexpr int linkRaw = 101;
constexpr int linkLinuxSll = 113;
constexpr int linkLoop = 108; // OpenBSD loopback: family in network order
constexpr int linkIpv4 = 228;
constexpr int linkIpv6 = 229;
constexpr int linkLinuxSll2 = 276;

constexpr quint16 etherIpv4 = 0x0800;
constexpr quint16 etherIpv6 = 0x86DD;

quint16 be16(const quint8 *p)
{
    return quint16((p[0] << 8) | p[1]);
}

bool fromEtherType(quint16 type, const quint8 *p, qint64 left, qint64 timeUs, CapturedPacket *out)
{
    if (type != etherIpv4 && type != etherIpv6)
        return false;
    return PacketDecoder::decodeIp(p, left, timeUs, out);
}

// The transport header after an IP header: ports, flags and what the payload is.
void decodeTransport(quint8 protocol, const quint8 *p, qint64 captured, qint64 wireLength, bool v6, CapturedPacket *out)
{
    if (protocol == 6) {
        out->protocol = CapturedPacket::Protocol::Tcp;
        if (captured < 4)
            return;
        out->sourcePort = be16(p);
        out->destinationPort = be16(p + 2);
        out->flagsKnown = captured >= 14;
        out->tcpFlags = out->flagsKnown ? p[13] : 0;
        if (captured < 13) {
            out->payloadLength = -1;
            return;
        }
        const qint64 headerLength = (p[12] >> 4) * 4;
        out->payloadLength = wireLength >= headerLength ? wireLength - headerLength : 0;
        if (captured > headerLength)
            out->payload = QByteArrayView(p + headerLength, std::min(captured - headerLength, out->payloadLength));
        return;
    }
    if (protocol == 17) {
        out->protocol = CapturedPacket::Protocol::Udp;
        if (captured < 4)
            return;
        out->sourcePort = be16(p);
        out->destinationPort = be16(p + 2);
        out->payloadLength = wireLength >= 8 ? wireLength - 8 : 0;
        if (captured > 8)
            out->payload = QByteArrayView(p + 8, std::min(captured - 8, out->payloadLength));
        return;
    }
    if ((!v6 && protocol == 1) || (v6 && protocol == 58)) {
        out->protocol = CapturedPacket::Protocol::Icmp;
        if (captured < 8)
            return;
        out->icmpType = p[0];
        out->icmpCode = p[1];
        out->unreachable = v6 ? p[0] == 1 : p[0] == 3;
        if (!out->unreachable)
            return;
        // The packet it answers follows: its IP header and at least 8 bytes (the ports).
        CapturedPacket inner;
        if (PacketDecoder::decodeIp(p + 8, captured - 8, 0, &inner)) {
            out->innerProtocol = inner.protocol;
            out->innerSource = inner.source;
            out->innerDestination = inner.destination;
            out->innerSourcePort = inner.sourcePort;
            out->innerDestinationPort = inner.destinationPort;
            out->innerSourcePortKnown = inner.sourcePort != 0 || inner.destinationPort != 0;
        }
        return;
    }
    out->protocol = CapturedPacket::Protocol::Other;
}

} // namespace

namespace PacketDecoder {

bool supportsLinkType(int linkType)
{
    switch (linkType) {
    case linkNull:
    case linkEthernet:
    case linkRawOld:
    case linkRaw:
    case linkLinuxSll:
    case linkLoop:
    case linkIpv4:
    case linkIpv6:
    case linkLinuxSll2: return true;
    default: return false;
    }
}

QString linkTypeName(int linkType)
{
    switch (linkType) {
    case linkNull:
    case linkLoop: return PacketDecoder::Tr::tr("loopback");
    case linkEthernet: return PacketDecoder::Tr::tr("Ethernet");
    case linkRawOld:
    case linkRaw:
    case linkIpv4:
    case linkIpv6: return PacketDecoder::Tr::tr("raw IP");
    case linkLinuxSll: return PacketDecoder::Tr::tr("Linux cooked (SLL)");
    case linkLinuxSll2: return PacketDecoder::Tr::tr("Linux cooked (SLL2)");
    default: return PacketDecoder::Tr::tr("link type %1").arg(linkType);
    }
}

bool decode(int linkType, const quint8 *frame, qint64 captured, qint64 timeUs, CapturedPacket *out)
{
    switch (linkType) {
    case linkEthernet: {
        if (captured < 14)
            return false;
        qint64 offset = 12;
        quint16 type = be16(frame + offset);
        // 802.1Q and 802.1ad (QinQ) tags, possibly stacked.
        while ((type == 0x8100 || type == 0x88A8 || type == 0x9100) && captured >= offset + 6) {
            offset += 4;
            type = be16(frame + offset);
        }
        offset += 2;
        return fromEtherType(type, frame + offset, captured - offset, timeUs, out);
    }
    case linkLinuxSll:
        if (captured < 16)
            return false;
        return fromEtherType(be16(frame + 14), frame + 16, captured - 16, timeUs, out);
    case linkLinuxSll2:
        if (captured < 20)
            return false;
        return fromEtherType(be16(frame), frame + 20, captured - 20, timeUs, out);
    case linkRawOld:
    case linkRaw:
    case linkIpv4:
    case linkIpv6: return decodeIp(frame, captured, timeUs, out);
    case linkNull:
    case linkLoop:
        if (captured < 4)
            return false;
        return decodeIp(frame + 4, captured - 4, timeUs, out);
    default: return false;
    }
}

bool decodeIp(const quint8 *ip, qint64 captured, qint64 timeUs, CapturedPacket *out)
{
    if (captured < 1)
        return false;
    *out = CapturedPacket{};
    out->timeUs = timeUs;
    const int version = ip[0] >> 4;
    if (version == 4) {
        if (captured < 20)
            return false;
        const qint64 headerLength = (ip[0] & 0x0F) * 4;
        const qint64 totalLength = be16(ip + 2);
        if (headerLength < 20)
            return false;
        out->source = PacketAddress::v4From(ip + 12);
        out->destination = PacketAddress::v4From(ip + 16);
        const quint16 fragment = be16(ip + 6) & 0x1FFF;
        if (fragment != 0) {
            out->protocol = CapturedPacket::Protocol::Other; // a later fragment carries no ports
            return true;
        }
        // Inside an ICMP error the quoted header may claim more than was quoted.
        const qint64 wire = std::max<qint64>(0, totalLength - headerLength);
        decodeTransport(ip[9], ip + headerLength, std::max<qint64>(0, captured - headerLength), wire, false, out);
        return true;
    }
    if (version == 6) {
        if (captured < 40)
            return false;
        out->source = PacketAddress::v6From(ip + 8);
        out->destination = PacketAddress::v6From(ip + 24);
        qint64 offset = 40;
        qint64 wire = be16(ip + 4);
        quint8 next = ip[6];
        // Extension headers before the transport: hop-by-hop, routing, destination options, fragment.
        while ((next == 0 || next == 43 || next == 60 || next == 44) && captured >= offset + 8) {
            const quint8 *h = ip + offset;
            qint64 length = next == 44 ? 8 : (h[1] + 1) * 8;
            if (next == 44 && (be16(h + 2) & 0xFFF8) != 0) {
                out->protocol = CapturedPacket::Protocol::Other;
                return true;
            }
            next = h[0];
            offset += length;
            wire -= length;
        }
        decodeTransport(next, ip + offset, std::max<qint64>(0, captured - offset), std::max<qint64>(0, wire), true,
                        out);
        return true;
    }
    return false;
}

} // namespace PacketDecoder
