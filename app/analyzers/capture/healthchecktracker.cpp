#include "healthchecktracker.h"

#include <QHostAddress>

#include <algorithm>

namespace {

constexpr qsizetype maxPending = 100000;
constexpr qint64 retransmitWindowUs = 10 * 1000 * 1000; // a SYN again within 10 s is a retransmission
constexpr qint64 staleUs = 60LL * 1000 * 1000;
constexpr qsizetype maxAnswerSamples = 100000;

// "GET /health HTTP/1.1" -> itself; anything else -> empty.
QString requestLineOf(QByteArrayView payload)
{
    const QByteArrayView head = payload.first(std::min<qsizetype>(payload.size(), 512));
    qsizetype end = head.indexOf('\r');
    if (end < 0)
        end = head.indexOf('\n');
    const QByteArrayView line = end < 0 ? head : head.first(end);
    const qsizetype space = line.indexOf(' ');
    if (space < 3 || space > 7)
        return {};
    for (qsizetype i = 0; i < space; ++i) {
        if (line[i] < 'A' || line[i] > 'Z')
            return {};
    }
    return QString::fromLatin1(line.data(), line.size());
}

QString hostOf(QByteArrayView payload)
{
    const QByteArray head = payload.first(std::min<qsizetype>(payload.size(), 4096)).toByteArray();
    const qsizetype at = head.toLower().indexOf("\nhost:");
    if (at < 0)
        return {};
    qsizetype end = head.indexOf('\n', at + 6);
    if (end < 0)
        end = head.size();
    return QString::fromLatin1(head.mid(at + 6, end - at - 6)).trimmed();
}

// "HTTP/1.1 200 OK" -> 200; -1 when the bytes do not hold a status line.
int statusOf(QByteArrayView payload)
{
    if (payload.size() < 12 || !payload.startsWith("HTTP/"))
        return -1;
    const qsizetype space = payload.first(std::min<qsizetype>(payload.size(), 16)).indexOf(' ');
    if (space < 0 || payload.size() < space + 4)
        return -1;
    int code = 0;
    for (qsizetype i = space + 1; i < space + 4; ++i) {
        if (payload[i] < '0' || payload[i] > '9')
            return -1;
        code = code * 10 + (payload[i] - '0');
    }
    return code;
}

} // namespace

bool SourceNetwork::contains(const PacketAddress &a) const
{
    if (a.v6 != network.v6)
        return false;
    const int full = prefix / 8;
    if (std::memcmp(a.bytes.data(), network.bytes.data(), size_t(full)) != 0)
        return false;
    const int rest = prefix % 8;
    if (rest == 0)
        return true;
    const quint8 mask = quint8(0xFF << (8 - rest));
    return (a.bytes[size_t(full)] & mask) == (network.bytes[size_t(full)] & mask);
}

std::optional<SourceNetwork> SourceNetwork::parse(const QString &cidr)
{
    const QString text = cidr.trimmed();
    const auto subnet = text.contains(QLatin1Char('/')) ? QHostAddress::parseSubnet(text)
                                                        : std::pair<QHostAddress, int>(QHostAddress(text), -1);
    if (subnet.first.isNull())
        return std::nullopt;
    const auto address = PacketAddress::parse(subnet.first.toString());
    if (!address)
        return std::nullopt;
    SourceNetwork n;
    n.network = *address;
    n.prefix = subnet.second >= 0 ? subnet.second : (address->v6 ? 128 : 32);
    return n;
}

QString CheckAttempt::outcomeId() const
{
    if (status >= 0)
        return QStringLiteral("http");
    switch (answer) {
    case Answer::None: return QStringLiteral("none");
    case Answer::SynAck: return QStringLiteral("syn-ack");
    case Answer::Reset: return QStringLiteral("rst");
    case Answer::Icmp: return QStringLiteral("icmp");
    case Answer::Reply: return QStringLiteral("reply");
    }
    return {};
}

qint64 CheckAttempt::ms() const
{
    if (responseSeen && requestUs >= 0)
        return (responseUs - requestUs) / 1000;
    if (answerUs >= 0)
        return (answerUs - timeUs) / 1000;
    return -1;
}

qint64 CaptureSummary::medianAnswerMs() const
{
    if (answerMs.isEmpty())
        return -1;
    QList<qint64> sorted = answerMs;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    return sorted.at(sorted.size() / 2);
}

HealthCheckTracker::HealthCheckTracker(const CheckQuestion &question) : m_question(question) { }

bool HealthCheckTracker::fromSources(const PacketAddress &a) const
{
    for (const SourceNetwork &n : m_question.sources) {
        if (n.contains(a))
            return true;
    }
    return false;
}

void HealthCheckTracker::count(QHash<PacketAddress, qint64> &table, const PacketAddress &a, qint64 n)
{
    const auto it = table.find(a);
    if (it != table.end()) {
        *it += n;
        return;
    }
    if (table.size() >= CaptureSummary::maxAddressesKept) {
        m_summary.addressesTruncated = true;
        return;
    }
    table.insert(a, n);
}

void HealthCheckTracker::flushRun()
{
    if (m_run > 0)
        count(m_summary.seenSenders, m_runSender, m_run);
    m_run = 0;
}

void HealthCheckTracker::add(const CapturedPacket &p)
{
    ++m_summary.ipPackets;
    if (m_summary.firstUs < 0)
        m_summary.firstUs = p.timeUs;
    m_summary.lastUs = std::max(m_summary.lastUs, p.timeUs);
    if (m_run > 0 && p.source == m_runSender) {
        ++m_run;
    } else {
        flushRun();
        m_runSender = p.source;
        m_run = 1;
    }
    if (m_question.backend && (p.source == *m_question.backend || p.destination == *m_question.backend))
        m_summary.backendSeen = true;

    const bool fromProber = fromSources(p.source);
    const bool toProber = !fromProber && fromSources(p.destination);
    const auto checkProtocol = m_question.udp ? CapturedPacket::Protocol::Udp : CapturedPacket::Protocol::Tcp;
    if (!fromProber && !toProber) {
        if (p.protocol == checkProtocol && p.destinationPort == m_question.port)
            count(m_summary.otherSendersToPort, p.source);
        return;
    }
    if (fromProber)
        ++m_summary.packetsFromSources;
    if (p.protocol == CapturedPacket::Protocol::Icmp) {
        if (toProber)
            icmp(p);
        return;
    }
    if (p.protocol != checkProtocol)
        return;
    const bool forward = fromProber && p.destinationPort == m_question.port;
    const bool backward = toProber && p.sourcePort == m_question.port;
    if (!forward && !backward)
        return;
    if (m_question.udp)
        udp(p, forward);
    else
        tcp(p, forward);
    if (m_pending.size() > maxPending)
        evictIfFull(p.timeUs);
}

CheckAttempt &HealthCheckTracker::start(const Key &key, const CapturedPacket &p)
{
    if (m_pending.contains(key))
        finalize(key);
    CheckAttempt a;
    a.sequence = m_sequence++;
    a.timeUs = p.timeUs;
    a.source = key.prober;
    a.destination = key.backend;
    a.sourcePort = key.proberPort;
    count(m_summary.sources, key.prober);
    m_lastFromProber.insert(key.prober, key);
    return *m_pending.insert(key, a);
}

void HealthCheckTracker::tcp(const CapturedPacket &p, bool forward)
{
    using F = CapturedPacket::TcpFlag;
    const Key key =
        forward ? Key{p.source, p.destination, p.sourcePort} : Key{p.destination, p.source, p.destinationPort};
    auto it = m_pending.find(key);
    if (forward) {
        if (p.flagsKnown && (p.tcpFlags & F::Syn) && !(p.tcpFlags & F::Ack)) {
            if (it != m_pending.end() && it->answer == CheckAttempt::Answer::None
                && p.timeUs - it->timeUs < retransmitWindowUs) {
                ++it->syns;
                ++m_summary.retransmittedSyns;
                return;
            }
            start(key, p);
            return;
        }
        if (it == m_pending.end())
            return; // a connection whose SYN the capture did not see
        if (p.tcpFlags & F::Rst) {
            if (it->answer == CheckAttempt::Answer::SynAck && !it->requestSeen)
                it->proberReset = true;
            finalize(key);
            return;
        }
        if ((p.tcpFlags & F::Ack) && it->answer == CheckAttempt::Answer::SynAck)
            it->proberCompleted = true;
        if (p.payloadLength > 0 && !it->requestSeen) {
            it->requestSeen = true;
            it->requestUs = p.timeUs;
            it->requestLine = requestLineOf(p.payload);
            it->host = hostOf(p.payload);
        }
        if (!m_question.http && it->proberCompleted)
            finalize(key);
        return;
    }
    if (it == m_pending.end())
        return;
    if (p.flagsKnown && (p.tcpFlags & F::Syn) && (p.tcpFlags & F::Ack)) {
        if (it->answer == CheckAttempt::Answer::None) {
            it->answer = CheckAttempt::Answer::SynAck;
            it->answerUs = p.timeUs;
        }
        return;
    }
    if (p.tcpFlags & F::Rst) {
        if (it->answer == CheckAttempt::Answer::None) {
            it->answer = CheckAttempt::Answer::Reset;
            it->answerUs = p.timeUs;
        }
        finalize(key);
        return;
    }
    if (p.payloadLength > 0 && m_question.http && !it->responseSeen) {
        it->responseSeen = true;
        it->responseUs = p.timeUs;
        it->status = statusOf(p.payload);
        it->statusUnreadable = it->status < 0 && p.payload.size() < 12;
        finalize(key);
    }
}

void HealthCheckTracker::udp(const CapturedPacket &p, bool forward)
{
    if (forward) {
        start(Key{p.source, p.destination, p.sourcePort}, p);
        return;
    }
    const Key key{p.destination, p.source, p.destinationPort};
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    it->answer = CheckAttempt::Answer::Reply;
    it->answerUs = p.timeUs;
    finalize(key);
}

void HealthCheckTracker::icmp(const CapturedPacket &p)
{
    if (!p.unreachable || !fromSources(p.innerSource))
        return;
    const auto expected = m_question.udp ? CapturedPacket::Protocol::Udp : CapturedPacket::Protocol::Tcp;
    if (p.innerProtocol != CapturedPacket::Protocol::Other
        && (p.innerProtocol != expected || p.innerDestinationPort != m_question.port))
        return;
    Key key;
    if (p.innerSourcePortKnown) {
        key = Key{p.innerSource, p.innerDestination, p.innerSourcePort};
    } else {
        const auto last = m_lastFromProber.constFind(p.innerSource);
        if (last == m_lastFromProber.constEnd())
            return;
        key = *last;
    }
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it->answer != CheckAttempt::Answer::None)
        return;
    it->answer = CheckAttempt::Answer::Icmp;
    it->answerUs = p.timeUs;
    finalize(key);
}

void HealthCheckTracker::finalize(const Key &key)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    record(*it);
    m_pending.erase(it);
}

void HealthCheckTracker::record(const CheckAttempt &a)
{
    ++m_summary.attempts;
    ++m_summary.outcomes[a.outcomeId()];
    if (a.proberCompleted)
        ++m_summary.completed;
    if (a.proberReset)
        ++m_summary.proberResets;
    if (a.status >= 0)
        ++m_summary.statusCodes[a.status];
    if (a.statusUnreadable)
        ++m_summary.statusUnreadable;
    const bool answeredWell =
        a.status >= 0 || a.answer == CheckAttempt::Answer::SynAck || a.answer == CheckAttempt::Answer::Reply;
    const qint64 ms = a.ms();
    if (answeredWell && ms >= 0) {
        if (m_summary.answerMs.size() < maxAnswerSamples)
            m_summary.answerMs.append(ms);
        m_summary.maxAnswerMs = std::max(m_summary.maxAnswerMs, ms);
        if (ms > m_question.timeoutMs)
            ++m_summary.slow;
    }
    if (a.sequence < CaptureSummary::maxAttemptsKept)
        m_summary.firstAttempts.append(a);
}

void HealthCheckTracker::evictIfFull(qint64 nowUs)
{
    QList<Key> old;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (nowUs - it->timeUs > staleUs)
            old.append(it.key());
    }
    if (m_pending.size() - old.size() > maxPending / 2) {
        old.clear();
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            old.append(it.key());
    }
    for (const Key &k : std::as_const(old))
        finalize(k);
    m_lastFromProber.clear();
}

CaptureSummary HealthCheckTracker::finish()
{
    flushRun();
    QList<Key> keys = m_pending.keys();
    std::sort(keys.begin(), keys.end(),
              [this](const Key &a, const Key &b) { return m_pending.value(a).sequence < m_pending.value(b).sequence; });
    for (const Key &k : std::as_const(keys))
        finalize(k);
    std::sort(m_summary.firstAttempts.begin(), m_summary.firstAttempts.end(),
              [](const CheckAttempt &a, const CheckAttempt &b) { return a.sequence < b.sequence; });
    return m_summary;
}
