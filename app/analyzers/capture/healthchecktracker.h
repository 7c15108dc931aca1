#pragma once

#include "capturedpacket.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One network of health-check source addresses (a profile's CIDR).
struct SourceNetwork
{
    PacketAddress network;
    int prefix = 0;
    bool contains(const PacketAddress &address) const;
    static std::optional<SourceNetwork> parse(const QString &cidr);
};

// What the capture is asked: checks from these networks to this port, by this protocol.
struct CheckQuestion
{
    QList<SourceNetwork> sources;
    quint16 port = 0;
    bool udp = false;
    bool http = false;
    std::optional<PacketAddress> backend; // the backend's own address, when known
    int timeoutMs = 5000; // an answer later than this fails the check
};

// One health check as the capture shows it: the prober's SYN (or datagram) and what followed.
struct CheckAttempt
{
    enum class Answer { None, SynAck, Reset, Icmp, Reply };
    qint64 sequence = 0;
    qint64 timeUs = 0;
    PacketAddress source, destination;
    quint16 sourcePort = 0;
    Answer answer = Answer::None;
    qint64 answerUs = -1;
    int syns = 1;
    bool proberCompleted = false; // the prober ACKed the SYN-ACK
    bool proberReset = false; // the prober reset after the SYN-ACK (a half-open check)
    bool requestSeen = false;
    qint64 requestUs = -1;
    QString requestLine, host;
    bool responseSeen = false;
    qint64 responseUs = -1;
    int status = -1;
    bool statusUnreadable = false;

    QString outcomeId() const; // syn-ack | rst | icmp | none | http | reply
    qint64 ms() const; // SYN (or datagram) to answer, or request to response; -1 unknown
};

// Everything the capture says about the checks, bounded in size whatever the capture's size.
struct CaptureSummary
{
    static constexpr int maxAttemptsKept = 1000;
    static constexpr int maxAddressesKept = 4096;

    qint64 frames = 0; // every frame, IP or not
    qint64 ipPackets = 0;
    qint64 firstUs = -1, lastUs = -1;
    qint64 attempts = 0;
    QMap<QString, qint64> outcomes; // outcomeId -> count
    qint64 completed = 0, proberResets = 0, retransmittedSyns = 0;
    qint64 slow = 0;
    QMap<int, qint64> statusCodes;
    qint64 statusUnreadable = 0, responsesWithoutRequest = 0;
    QList<qint64> answerMs; // a bounded sample, for the median
    qint64 maxAnswerMs = -1;
    QList<CheckAttempt> firstAttempts; // the first maxAttemptsKept, by start
    QHash<PacketAddress, qint64> sources; // health-check sources and their checks
    QHash<PacketAddress, qint64> seenSenders; // every sender in the capture (bounded)
    QHash<PacketAddress, qint64> otherSendersToPort; // senders outside the CIDRs to the port
    qint64 packetsFromSources = 0;
    bool backendSeen = false;
    bool addressesTruncated = false;

    qint64 windowMs() const { return firstUs < 0 ? 0 : (lastUs - firstUs) / 1000; }
    qint64 medianAnswerMs() const;
};

// Reconstructs health-check attempts from packets in capture order. Memory is bounded: attempts
// in flight are capped, finished ones are only counted (and the first thousand kept).
class HealthCheckTracker
{
public:
    explicit HealthCheckTracker(const CheckQuestion &question);
    void addFrame() { ++m_summary.frames; }
    void add(const CapturedPacket &packet);
    CaptureSummary finish();

private:
    struct Key
    {
        PacketAddress prober, backend;
        quint16 proberPort = 0;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &k, size_t seed)
    {
        return qHash(k.prober, seed) ^ qHash(k.backend, seed * 31 + 7) ^ k.proberPort;
    }

    bool fromSources(const PacketAddress &a) const;
    void count(QHash<PacketAddress, qint64> &table, const PacketAddress &a, qint64 n = 1);
    void tcp(const CapturedPacket &p, bool forward);
    void udp(const CapturedPacket &p, bool forward);
    void icmp(const CapturedPacket &p);
    CheckAttempt &start(const Key &key, const CapturedPacket &p);
    void finalize(const Key &key);
    void record(const CheckAttempt &a);
    void evictIfFull(qint64 nowUs);

    CheckQuestion m_question;
    CaptureSummary m_summary;
    QHash<Key, CheckAttempt> m_pending;
    QHash<PacketAddress, Key> m_lastFromProber; // for ICMP errors whose text names no source port
    qint64 m_sequence = 0;
    // Consecutive packets mostly share a sender: count runs, not packets, into seenSenders.
    PacketAddress m_runSender;
    qint64 m_run = 0;
    void flushRun();
};
