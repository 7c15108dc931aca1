#pragma once

#include "capturedpacket.h"

#include <QCoreApplication>
#include <QString>

// Decodes a captured frame of a libpcap link type down to its IP, TCP, UDP or ICMP header.
// The frame's bytes stay where they are: the packet's payload points into them.
namespace PacketDecoder {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PacketDecoder)
};

// The link-layer header types (LINKTYPE_* of the pcap and pcapng formats) this decoder reads.
bool supportsLinkType(int linkType);
QString linkTypeName(int linkType); // "Ethernet", "Linux cooked (SLL2)", ...
// False when the frame is not IP (ARP, LLDP, ...) or too short to name its addresses.
bool decode(int linkType, const quint8 *frame, qint64 capturedLength, qint64 timeUs, CapturedPacket *out);
// From the IP header on; `capturedLength` bytes are present.
bool decodeIp(const quint8 *ip, qint64 capturedLength, qint64 timeUs, CapturedPacket *out);
} // namespace PacketDecoder
