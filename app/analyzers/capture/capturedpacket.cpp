#include "capturedpacket.h"

#include <QHostAddress>

PacketAddress PacketAddress::v4From(const quint8 *p)
{
    PacketAddress a;
    std::memcpy(a.bytes.data(), p, 4);
    return a;
}

PacketAddress PacketAddress::v6From(const quint8 *p)
{
    PacketAddress a;
    std::memcpy(a.bytes.data(), p, 16);
    a.v6 = true;
    return a;
}

std::optional<PacketAddress> PacketAddress::parse(QStringView text)
{
    QHostAddress h;
    if (!h.setAddress(text.toString()))
        return std::nullopt;
    if (h.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = h.toIPv4Address();
        const quint8 b[4] = {quint8(v >> 24), quint8(v >> 16), quint8(v >> 8), quint8(v)};
        return v4From(b);
    }
    const Q_IPV6ADDR v6 = h.toIPv6Address();
    return v6From(v6.c);
}

QString PacketAddress::toString() const
{
    if (!v6)
        return QStringLiteral("%1.%2.%3.%4").arg(bytes[0]).arg(bytes[1]).arg(bytes[2]).arg(bytes[3]);
    Q_IPV6ADDR raw;
    std::memcpy(raw.c, bytes.data(), 16);
    return QHostAddress(raw).toString();
}

bool PacketAddress::isNull() const
{
    for (quint8 b : bytes) {
        if (b)
            return false;
    }
    return true;
}
