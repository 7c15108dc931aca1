// Health-check conversations built packet by packet, shared by the capture unit tests and the
// capture benchmark: a prober in 100.64.0.0/10 checks a backend 10.0.0.5 (or fd00::5) on a port.
#pragma once

#include "pcapwriter.h"

#include <QString>

namespace capturescenarios {

struct Conversation
{
    int linkType = pcaptest::Ethernet;
    int vlan = -1;
    QString backend = "10.0.0.5";
    QList<pcaptest::Frame> frames;
    qint64 now = 1764754200LL * 1000000; // 2025-12-03 09:30:00 UTC

    void add(const QByteArray &ipPacket, qint64 afterUs = 100)
    {
        now += afterUs;
        frames.append({now, pcaptest::frame(linkType, ipPacket, vlan), 0});
    }
    QByteArray toBackend(const QString &prober, quint16 sport, quint16 port, quint8 flags,
                         const QByteArray &payload = {}) const
    {
        return pcaptest::ip(prober, backend, 6, pcaptest::tcp(sport, port, flags, payload));
    }
    QByteArray fromBackend(const QString &prober, quint16 sport, quint16 port, quint8 flags,
                           const QByteArray &payload = {}) const
    {
        return pcaptest::ip(backend, prober, 6, pcaptest::tcp(port, sport, flags, payload));
    }

    // One TCP or HTTP check. answer: "syn-ack", "rst", "icmp", "none", "half-open", or an HTTP
    // status code ("200", "404") answered after `responseMs`.
    void check(const QString &prober, quint16 sport, quint16 port, const QString &answer, int responseMs = 3)
    {
        using namespace pcaptest;
        const QByteArray syn = toBackend(prober, sport, port, Syn);
        add(syn, 1000000);
        if (answer == "none") {
            add(syn, 1000000); // the retransmission
            return;
        }
        if (answer == "rst") {
            add(fromBackend(prober, sport, port, Rst | Ack), 50);
            return;
        }
        if (answer == "icmp") {
            add(icmpUnreachable(backend, prober, syn), 50);
            return;
        }
        add(fromBackend(prober, sport, port, Syn | Ack), 40);
        if (answer == "half-open") {
            add(toBackend(prober, sport, port, Rst), 30);
            return;
        }
        add(toBackend(prober, sport, port, Ack), 30);
        if (answer == "syn-ack") {
            add(toBackend(prober, sport, port, Fin | Ack), 30);
            return;
        }
        add(toBackend(prober, sport, port, Psh | Ack,
                      "GET /health HTTP/1.1\r\nHost: www.example.com\r\nUser-Agent: lb\r\n\r\n"),
            30);
        add(fromBackend(prober, sport, port, Ack), 20);
        add(fromBackend(prober, sport, port, Psh | Ack,
                        QByteArray("HTTP/1.1 ") + answer.toLatin1() + " X\r\nContent-Length: 2\r\n\r\nok"),
            qint64(responseMs) * 1000);
        add(toBackend(prober, sport, port, Fin | Ack), 30);
    }

    // One UDP check: "reply", "icmp" or "none".
    void udpCheck(const QString &prober, quint16 sport, quint16 port, const QString &answer)
    {
        using namespace pcaptest;
        const QByteArray datagram = ip(prober, backend, 17, udp(sport, port, "ping"));
        add(datagram, 1000000);
        if (answer == "reply")
            add(ip(backend, prober, 17, udp(port, sport, "pong")), 200);
        else if (answer == "icmp")
            add(icmpUnreachable(backend, prober, datagram), 50);
    }

    // Traffic that is not a health check: a client outside the CIDRs on another port.
    void noise(const QString &client, quint16 sport, quint16 port, int bytes = 1200)
    {
        using namespace pcaptest;
        add(pcaptest::ip(client, backend, 6, tcp(sport, port, Psh | Ack, QByteArray(bytes, 'x'))), 10);
    }
};

} // namespace capturescenarios
