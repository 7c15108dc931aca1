#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <cstring>
#include <optional>

// An IPv4 or IPv6 address as raw network-order bytes: cheap to compare and hash for every packet
// of a capture (QHostAddress allocates).
struct PacketAddress
{
    std::array<quint8, 16> bytes{};
    bool v6 = false;

    static PacketAddress v4From(const quint8 *p);
    static PacketAddress v6From(const quint8 *p);
    static std::optional<PacketAddress> parse(QStringView text);
    QString toString() const;
    bool isNull() const;
    bool operator==(const PacketAddress &other) const = default;
};

// Called for nearly every packet, so a few integer operations rather than qHashBits.
inline size_t qHash(const PacketAddress &a, size_t seed = 0)
{
    quint64 lo = 0, hi = 0;
    std::memcpy(&lo, a.bytes.data(), 8);
    std::memcpy(&hi, a.bytes.data() + 8, 8);
    return ::qHash(lo ^ (hi * 0x9E3779B97F4A7C15ULL) ^ (a.v6 ? 0x6ULL << 60 : 0), seed);
}

// One IP packet as a health-check reconstruction needs it, from a capture file or a tcpdump line.
struct CapturedPacket
{
    enum class Protocol : quint8 { Tcp, Udp, Icmp, Other };
    enum TcpFlag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Push = 0x08, Ack = 0x10 };

    qint64 timeUs = 0;
    Protocol protocol = Protocol::Other;
    PacketAddress source, destination;
    quint16 sourcePort = 0, destinationPort = 0;
    quint8 tcpFlags = 0;
    bool flagsKnown = true; // false when the snap length cut the TCP header before its flags
    qint64 payloadLength = 0; // the transport payload's length on the wire
    QByteArrayView payload; // the part of it that was captured (text: what tcpdump decoded)

    // ICMP / ICMPv6 destination unreachable: the packet it refers to.
    bool unreachable = false;
    int icmpType = 0, icmpCode = 0;
    Protocol innerProtocol = Protocol::Other;
    PacketAddress innerSource, innerDestination;
    quint16 innerSourcePort = 0, innerDestinationPort = 0;
    bool innerSourcePortKnown = false; // tcpdump's text names only the destination port
};
