#pragma once

#include "capturedpacket.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <functional>

// Reads `tcpdump` text output (-n / -nn, with or without -tttt / -tt, `-i any` lines with the
// interface and direction, -v two-line headers, HTTP lines tcpdump decodes on port 80, Host from
// -v / -A payload lines) into packets, in order.
class TcpdumpText
{
public:
    struct Result
    {
        qint64 lines = 0;
        qint64 packetLines = 0; // lines that are a packet (IP or not)
        qint64 ipPackets = 0;
        qint64 notUnderstood = 0; // non-empty lines that are neither a packet nor its continuation
        int snapLength = 0; // from a "snapshot length N" header line, 0 unknown
        QString mixed; // non-empty: why the lines come from more than one capture
    };

    // How sure the text is tcpdump output, 0-100 (Analyzer::recognize).
    static int recognize(QStringView text);
    // Calls `onFrame` for every packet line and `onPacket` for every IP packet.
    static Result parse(QStringView text, const std::function<void()> &onFrame,
                        const std::function<void(const CapturedPacket &)> &onPacket);

    Q_DECLARE_TR_FUNCTIONS(TcpdumpText)
};
