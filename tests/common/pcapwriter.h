// Builds capture files byte by byte for tests and benchmarks: frames of every link type the
// capture analyzer reads, in pcap (https://www.tcpdump.org/manpages/pcap-savefile.5.html) and
// pcapng (IETF draft-ietf-opsawg-pcapng: SHB, IDB, EPB blocks) form, and a pcap-to-pcapng
// converter so a real tcpdump capture can be checked in both formats.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QtEndian>

namespace pcaptest {

enum LinkType { Ethernet = 1, RawIp = 101, LinuxSll = 113, LinuxSll2 = 276 };
enum TcpFlags { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

struct Frame
{
    qint64 us = 0;
    QByteArray bytes;
    quint32 originalLength = 0; // 0: the frame's size
};

inline void put16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8)).append(char(v));
}
inline void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v >> 16));
    put16(b, quint16(v));
}
inline void le16(QByteArray &b, quint16 v)
{
    b.append(char(v)).append(char(v >> 8));
}
inline void le32(QByteArray &b, quint32 v)
{
    le16(b, quint16(v));
    le16(b, quint16(v >> 16));
}

inline QByteArray tcp(quint16 sport, quint16 dport, quint8 flags, const QByteArray &payload = {}, quint32 seq = 1)
{
    QByteArray t;
    put16(t, sport);
    put16(t, dport);
    put32(t, seq);
    put32(t, flags & Ack ? 1 : 0);
    t.append(char(5 << 4)).append(char(flags));
    put16(t, 64240);
    put32(t, 0); // checksum, urgent pointer
    return t + payload;
}

inline QByteArray udp(quint16 sport, quint16 dport, const QByteArray &payload)
{
    QByteArray u;
    put16(u, sport);
    put16(u, dport);
    put16(u, quint16(8 + payload.size()));
    put16(u, 0);
    return u + payload;
}

inline bool isV6(const QString &a)
{
    return QHostAddress(a).protocol() == QAbstractSocket::IPv6Protocol;
}

inline QByteArray ip(const QString &src, const QString &dst, quint8 protocol, const QByteArray &transport)
{
    QByteArray p;
    if (!isV6(src)) {
        p.append(char(0x45)).append(char(0));
        put16(p, quint16(20 + transport.size()));
        put32(p, 0x00004000); // id, DF
        p.append(char(64)).append(char(protocol));
        put16(p, 0);
        put32(p, QHostAddress(src).toIPv4Address());
        put32(p, QHostAddress(dst).toIPv4Address());
    } else {
        put32(p, 0x60000000);
        put16(p, quint16(transport.size()));
        p.append(char(protocol == 1 ? 58 : protocol)).append(char(64));
        const Q_IPV6ADDR s = QHostAddress(src).toIPv6Address(), d = QHostAddress(dst).toIPv6Address();
        p.append(reinterpret_cast<const char *>(s.c), 16).append(reinterpret_cast<const char *>(d.c), 16);
    }
    return p + transport;
}

// ICMP port unreachable quoting `original` (an IP packet), as a REJECT or a closed UDP port sends.
inline QByteArray icmpUnreachable(const QString &src, const QString &dst, const QByteArray &original)
{
    QByteArray i;
    if (isV6(src)) {
        i.append(char(1)).append(char(4)); // destination unreachable, port unreachable
    } else {
        i.append(char(3)).append(char(3));
    }
    put16(i, 0);
    put32(i, 0);
    return ip(src, dst, 1, i + original.left(48));
}

inline QByteArray ethernet(const QByteArray &ipPacket, int vlan = -1)
{
    QByteArray e = QByteArray::fromHex("020000000001020000000002");
    if (vlan >= 0) {
        put16(e, 0x8100);
        put16(e, quint16(vlan));
    }
    put16(e, (quint8(ipPacket.at(0)) >> 4) == 6 ? 0x86DD : 0x0800);
    return e + ipPacket;
}

inline QByteArray sll(const QByteArray &ipPacket)
{
    QByteArray s;
    put16(s, 0); // to us
    put16(s, 1); // ARPHRD_ETHER
    put16(s, 6);
    s.append(QByteArray::fromHex("0200000000020000"));
    put16(s, (quint8(ipPacket.at(0)) >> 4) == 6 ? 0x86DD : 0x0800);
    return s + ipPacket;
}

inline QByteArray sll2(const QByteArray &ipPacket)
{
    QByteArray s;
    put16(s, (quint8(ipPacket.at(0)) >> 4) == 6 ? 0x86DD : 0x0800);
    put16(s, 0);
    put32(s, 2); // interface index
    put16(s, 1);
    s.append(char(0)).append(char(6));
    s.append(QByteArray::fromHex("0200000000020000"));
    return s + ipPacket;
}

inline QByteArray frame(int linkType, const QByteArray &ipPacket, int vlan = -1)
{
    switch (linkType) {
    case Ethernet: return ethernet(ipPacket, vlan);
    case LinuxSll: return sll(ipPacket);
    case LinuxSll2: return sll2(ipPacket);
    default: return ipPacket;
    }
}

inline QByteArray pcapHeader(int linkType, quint32 snapLength = 262144)
{
    QByteArray h;
    le32(h, 0xA1B2C3D4);
    le16(h, 2);
    le16(h, 4);
    le32(h, 0);
    le32(h, 0);
    le32(h, snapLength);
    le32(h, quint32(linkType));
    return h;
}

inline QByteArray pcapRecord(const Frame &f, quint32 snapLength = 262144)
{
    QByteArray r;
    const QByteArray kept = f.bytes.left(snapLength);
    le32(r, quint32(f.us / 1000000));
    le32(r, quint32(f.us % 1000000));
    le32(r, quint32(kept.size()));
    le32(r, f.originalLength ? f.originalLength : quint32(f.bytes.size()));
    return r + kept;
}

inline QByteArray pcap(int linkType, const QList<Frame> &frames, quint32 snapLength = 262144)
{
    QByteArray out = pcapHeader(linkType, snapLength);
    for (const Frame &f : frames)
        out += pcapRecord(f, snapLength);
    return out;
}

inline QByteArray pcapngBlock(quint32 type, const QByteArray &body)
{
    QByteArray padded = body;
    while (padded.size() % 4)
        padded.append(char(0));
    QByteArray b;
    le32(b, type);
    le32(b, quint32(12 + padded.size()));
    b += padded;
    le32(b, quint32(12 + padded.size()));
    return b;
}

inline QByteArray pcapngHeader(int linkType, quint32 snapLength)
{
    QByteArray shb;
    le32(shb, 0x1A2B3C4D);
    le16(shb, 1);
    le16(shb, 0);
    le32(shb, 0xFFFFFFFF);
    le32(shb, 0xFFFFFFFF); // section length unknown
    QByteArray idb;
    le16(idb, quint16(linkType));
    le16(idb, 0);
    le32(idb, snapLength);
    return pcapngBlock(0x0A0D0D0A, shb) + pcapngBlock(1, idb);
}

inline QByteArray pcapngPacket(qint64 us, const QByteArray &kept, quint32 originalLength)
{
    QByteArray epb;
    le32(epb, 0);
    le32(epb, quint32(quint64(us) >> 32));
    le32(epb, quint32(quint64(us)));
    le32(epb, quint32(kept.size()));
    le32(epb, originalLength);
    epb += kept;
    return pcapngBlock(6, epb);
}

inline QByteArray pcapng(int linkType, const QList<Frame> &frames, quint32 snapLength = 262144)
{
    QByteArray out = pcapngHeader(linkType, snapLength);
    for (const Frame &f : frames)
        out +=
            pcapngPacket(f.us, f.bytes.left(snapLength), f.originalLength ? f.originalLength : quint32(f.bytes.size()));
    return out;
}

// A little-endian microsecond pcap (what tcpdump -w writes on x86 and ARM) as pcapng; empty on
// any other input.
inline QByteArray pcapToPcapng(const QByteArray &in)
{
    if (in.size() < 24 || qFromLittleEndian<quint32>(in.constData()) != 0xA1B2C3D4)
        return {};
    const quint32 snap = qFromLittleEndian<quint32>(in.constData() + 16);
    const quint32 link = qFromLittleEndian<quint32>(in.constData() + 20);
    QByteArray out = pcapngHeader(int(link), snap);
    qsizetype at = 24;
    while (at + 16 <= in.size()) {
        const char *h = in.constData() + at;
        const qint64 us = qint64(qFromLittleEndian<quint32>(h)) * 1000000 + qFromLittleEndian<quint32>(h + 4);
        const quint32 caplen = qFromLittleEndian<quint32>(h + 8), len = qFromLittleEndian<quint32>(h + 12);
        if (quint64(at) + 16 + caplen > quint64(in.size()))
            break;
        out += pcapngPacket(us, in.mid(at + 16, caplen), len);
        at += 16 + caplen;
    }
    return out;
}

} // namespace pcaptest
