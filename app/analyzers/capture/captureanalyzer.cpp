#include "captureanalyzer.h"

#include "core/inputchannel.h"

#include "core/relations.h"

#include "capturefile.h"
#include "healthchecktracker.h"
#include "packetdecoder.h"
#include "tcpdumptext.h"

#include "core/sentences.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

LBDOCTOR_REGISTER_ANALYZER(CaptureAnalyzer)
LBDOCTOR_REGISTER_RELATION("capture", "firewall", relateCaptureToFirewall)

namespace {

constexpr qint64 oneDayUs = 86400LL * 1000000;

QString timeText(qint64 us)
{
    if (us >= 2 * oneDayUs) // an absolute time: files and -tttt / -tt text
        return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
    const qint64 s = (us / 1000000) % 86400;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(us % 1000000, 6, 10, QLatin1Char('0'));
}

QString endpoint(const PacketAddress &a, quint16 port)
{
    return a.v6 ? QStringLiteral("[%1]:%2").arg(a.toString()).arg(port)
                : QStringLiteral("%1:%2").arg(a.toString()).arg(port);
}

// "100.64.1.2 (12), 100.64.1.3 (4)": the busiest first, at most `limit`.
QString topAddresses(const QHash<PacketAddress, qint64> &table, int limit)
{
    QList<std::pair<PacketAddress, qint64>> list;
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.toString() < b.first.toString();
    });
    QStringList parts;
    for (qsizetype i = 0; i < list.size() && i < limit; ++i)
        parts << QStringLiteral("%1 (%2)").arg(list[i].first.toString()).arg(list[i].second);
    if (list.size() > limit)
        parts << CaptureAnalyzer::tr("and %1 more").arg(list.size() - limit);
    return parts.join(QStringLiteral(", "));
}

QString addressCount(qint64 n)
{
    return n == 1 ? CaptureAnalyzer::tr("1 address") : CaptureAnalyzer::tr("%1 addresses").arg(n);
}

enum class Verdict { Good, NoAnswer, Reset, Icmp, BadStatus, Slow, NoResponse, Unreadable, UdpSilent };

struct Judged
{
    QMap<Verdict, qint64> counts;
    qint64 good = 0;
};

Verdict judge(const CheckAttempt &a, const CheckQuestion &q, const StatusCodeSet &healthy)
{
    switch (a.answer) {
    case CheckAttempt::Answer::None: return q.udp ? Verdict::UdpSilent : Verdict::NoAnswer;
    case CheckAttempt::Answer::Reset: return Verdict::Reset;
    case CheckAttempt::Answer::Icmp: return Verdict::Icmp;
    case CheckAttempt::Answer::Reply: return a.ms() > q.timeoutMs ? Verdict::Slow : Verdict::Good;
    case CheckAttempt::Answer::SynAck: break;
    }
    if (!q.http)
        return a.ms() > q.timeoutMs ? Verdict::Slow : Verdict::Good;
    if (a.status >= 0) {
        if (!healthy.isEmpty() && !healthy.contains(a.status))
            return Verdict::BadStatus;
        return a.ms() > q.timeoutMs ? Verdict::Slow : Verdict::Good;
    }
    if (a.statusUnreadable)
        return Verdict::Unreadable;
    if (a.proberReset || !a.requestSeen)
        return a.ms() > q.timeoutMs ? Verdict::Slow : Verdict::Good; // a TCP-style check sends no request
    return Verdict::NoResponse;
}

QString outcomeOf(Verdict v)
{
    switch (v) {
    case Verdict::Good: return QStringLiteral("answered");
    case Verdict::NoAnswer:
    case Verdict::NoResponse:
    case Verdict::UdpSilent: return QStringLiteral("no-answer");
    case Verdict::Reset: return QStringLiteral("reset");
    case Verdict::Icmp: return QStringLiteral("icmp");
    case Verdict::BadStatus: return QStringLiteral("bad-status");
    case Verdict::Slow: return QStringLiteral("slow");
    case Verdict::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

QString codesText(const QMap<int, qint64> &codes, bool healthyOnly, const StatusCodeSet &healthy)
{
    QStringList parts;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        if (healthyOnly == (healthy.isEmpty() || healthy.contains(it.key())))
            parts << QString::number(it.key());
    }
    return parts.join(QLatin1Char('/'));
}

struct Built
{
    CheckQuestion question;
    QString problem;
};

Built questionFor(const RunContext &context)
{
    Built b;
    const QStringList cidrs = context.healthCheckCidrs();
    if (cidrs.isEmpty()) {
        b.problem = CaptureAnalyzer::tr(
            "unknown, because the profile names no health-check source addresses; give them (--source-cidr)");
        return b;
    }
    for (const QString &c : cidrs) {
        const auto n = SourceNetwork::parse(c);
        if (!n) {
            b.problem =
                CaptureAnalyzer::tr("unknown, because the health-check source \"%1\" is not an address or CIDR").arg(c);
            return b;
        }
        b.question.sources << *n;
    }
    const Target &t = context.target;
    b.question.port = quint16(t.checkPort ? t.checkPort : t.port);
    if (b.question.port == 0) {
        b.problem = CaptureAnalyzer::tr("unknown, because the health-check port is not known; give it (--port)");
        return b;
    }
    b.question.udp = t.listener == Listener::Udp;
    b.question.http = t.listener == Listener::Http;
    if (!t.address.isNull()) {
        if (const auto a = PacketAddress::parse(t.address.toString()))
            b.question.backend = *a;
    }
    b.question.timeoutMs = context.timeoutMs > 0 ? context.timeoutMs : 5000;
    return b;
}

QJsonObject attemptJson(const CheckAttempt &a)
{
    QJsonObject o{{QStringLiteral("time"), timeText(a.timeUs)},
                  {QStringLiteral("source"), a.source.toString()},
                  {QStringLiteral("sourcePort"), a.sourcePort},
                  {QStringLiteral("outcome"), a.outcomeId()}};
    if (a.status >= 0)
        o.insert(QStringLiteral("code"), a.status);
    const qint64 ms = a.ms();
    if (ms >= 0)
        o.insert(QStringLiteral("ms"), ms);
    if (a.syns > 1)
        o.insert(QStringLiteral("syns"), a.syns);
    if (a.proberReset)
        o.insert(QStringLiteral("halfOpen"), true);
    if (a.statusUnreadable)
        o.insert(QStringLiteral("statusUnreadable"), true);
    if (!a.requestLine.isEmpty())
        o.insert(QStringLiteral("request"), a.requestLine);
    if (!a.host.isEmpty())
        o.insert(QStringLiteral("host"), a.host);
    return o;
}

QString attemptLine(const CheckAttempt &a)
{
    QString line =
        QStringLiteral("%1  %2  %3").arg(timeText(a.timeUs), endpoint(a.source, a.sourcePort), a.outcomeId());
    if (a.status >= 0)
        line += QStringLiteral(" %1").arg(a.status);
    if (a.ms() >= 0)
        line += QStringLiteral(" %1 ms").arg(a.ms());
    if (!a.requestLine.isEmpty())
        line += QStringLiteral("  \"%1\"").arg(a.requestLine);
    if (!a.host.isEmpty())
        line += QStringLiteral(" Host: %1").arg(a.host);
    if (a.proberReset)
        line += QStringLiteral("  half-open");
    return line;
}

struct Source
{
    bool file = false;
    int snapLength = 0;
    QString where; // link type, for files
    QString stoppedEarly;
};

Finding conclude(const CaptureSummary &s, const CheckQuestion &q, const RunContext &context, const Source &source)
{
    Finding f = Finding::make(QStringLiteral("capture"), Status::Unknown, {});
    const QString cidrs = context.healthCheckCidrs().join(QStringLiteral(", "));
    const QString proto = q.udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
    const qint64 seconds = std::max<qint64>(1, (s.windowMs() + 999) / 1000);
    const StatusCodeSet healthy = context.healthyCodes();

    f.evidence << CaptureAnalyzer::tr("%1 packets over %2 s%3")
                      .arg(s.frames)
                      .arg(seconds)
                      .arg(source.where.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(source.where));
    if (!source.stoppedEarly.isEmpty())
        f.evidence << source.stoppedEarly;

    // JSON: the attempts, their totals, and the sources.
    QJsonArray attempts;
    for (const CheckAttempt &a : s.firstAttempts)
        attempts.append(attemptJson(a));
    QJsonObject outcomes;
    for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
        outcomes.insert(it.key(), it.value());
    QJsonObject sources;
    for (auto it = s.sources.cbegin(); it != s.sources.cend(); ++it)
        sources.insert(it.key().toString(), it.value());
    f.details.insert(QStringLiteral("attempts"), attempts);
    f.details.insert(QStringLiteral("attemptTotals"),
                     QJsonObject{{QStringLiteral("attempts"), s.attempts},
                                 {QStringLiteral("listed"), qint64(attempts.size())},
                                 {QStringLiteral("outcomes"), outcomes},
                                 {QStringLiteral("halfOpen"), s.proberResets},
                                 {QStringLiteral("retransmittedSyns"), s.retransmittedSyns},
                                 {QStringLiteral("packets"), s.frames},
                                 {QStringLiteral("windowMs"), s.windowMs()}});
    f.details.insert(QStringLiteral("sources"), sources);

    if (s.attempts == 0) {
        const QString seen = topAddresses(s.seenSenders, 8);
        if (s.ipPackets == 0) {
            f.summary = s.frames == 0
                ? CaptureAnalyzer::tr(
                    "unknown, because the capture holds no packet at all; capture on the interface the load balancer's traffic arrives on (or -i any), without a narrower filter")
                : CaptureAnalyzer::tr("unknown, because the capture holds no IP packet");
            return f;
        }
        if (q.backend && !s.backendSeen) {
            f.summary =
                CaptureAnalyzer::tr(
                    "unknown, because the capture holds no packet to or from the backend %1: it seems to come from another interface or server (it saw %2); capture again with -i any")
                    .arg(q.backend->toString(), seen);
            f.outcome = QStringLiteral("unknown");
            return f;
        }
        f.status = Status::Fail;
        f.outcome = FindingOutcome::NoPackets;
        f.summary =
            CaptureAnalyzer::tr(
                "no health-check packet from %1 to %2 port %3 in %4 s (security group, network ACL, route or a wrong port: the packets never reach the server)")
                .arg(cidrs, proto)
                .arg(q.port)
                .arg(seconds);
        f.evidence << CaptureAnalyzer::tr("the capture saw packets from: %1").arg(seen);
        if (!s.otherSendersToPort.isEmpty())
            f.evidence << CaptureAnalyzer::tr(
                              "%1 port %2 got packets only from addresses outside the health-check ranges: %3")
                              .arg(proto)
                              .arg(q.port)
                              .arg(topAddresses(s.otherSendersToPort, 8));
        if (s.packetsFromSources > 0)
            f.evidence
                << CaptureAnalyzer::tr(
                       "packets from the health-check addresses that were not a check to %1 port %2: %3 (is the load balancer checking another port?)")
                       .arg(proto)
                       .arg(q.port)
                       .arg(s.packetsFromSources);
        f.fix =
            CaptureAnalyzer::tr(
                "Allow %1 port %2 from %3 in the security group and the network ACL, check the route back to those addresses, and check that the load balancer's health check uses port %2. "
                "If this capture ran on another interface than the one the traffic arrives on, capture again with -i any.")
                .arg(proto)
                .arg(q.port)
                .arg(cidrs);
        return f;
    }

    Judged judged;
    qint64 unreadableBecauseText = 0;
    // Judge every kept attempt; the totals beyond the first thousand follow their outcome counts.
    qint64 withoutRequest = 0;
    for (const CheckAttempt &a : s.firstAttempts) {
        if (q.http && a.answer == CheckAttempt::Answer::SynAck && !a.requestSeen && !a.proberReset)
            ++withoutRequest;
        const Verdict v = judge(a, q, healthy);
        ++judged.counts[v];
        if (v == Verdict::Good)
            ++judged.good;
        if (v == Verdict::Unreadable && !source.file && a.responseSeen)
            ++unreadableBecauseText;
    }
    const qint64 listed = s.firstAttempts.size();
    const auto scale = [&](qint64 n) {
        return listed == 0 ? n : qint64(double(n) * double(s.attempts) / double(listed) + 0.5);
    };

    f.evidence << CaptureAnalyzer::tr("health-check attempts to %1 port %2: %3, from %4")
                      .arg(proto)
                      .arg(q.port)
                      .arg(s.attempts)
                      .arg(addressCount(s.sources.size()))
            + QStringLiteral(": ") + topAddresses(s.sources, 6);
    QStringList answerParts;
    for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
        answerParts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    f.evidence << CaptureAnalyzer::tr("answers: %1").arg(answerParts.join(QStringLiteral(", ")));
    if (!s.statusCodes.isEmpty()) {
        QStringList parts;
        for (auto it = s.statusCodes.cbegin(); it != s.statusCodes.cend(); ++it)
            parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
        f.evidence << CaptureAnalyzer::tr("HTTP status: %1; time to response: median %2 ms, longest %3 ms")
                          .arg(parts.join(QStringLiteral(", ")))
                          .arg(s.medianAnswerMs())
                          .arg(s.maxAnswerMs);
    } else if (s.medianAnswerMs() >= 0) {
        f.evidence << CaptureAnalyzer::tr("time to answer: median %1 ms, longest %2 ms")
                          .arg(s.medianAnswerMs())
                          .arg(s.maxAnswerMs);
    }
    if (s.proberResets > 0)
        f.evidence
            << CaptureAnalyzer::tr(
                   "checks that reset the connection right after the SYN-ACK: %1 (a half-open check, as Alibaba Cloud's TCP check does; the backend answered them)")
                   .arg(s.proberResets);
    if (s.retransmittedSyns > 0)
        f.evidence << CaptureAnalyzer::tr("SYNs sent again because the first got no answer in time: %1")
                          .arg(s.retransmittedSyns);
    if (withoutRequest > 0)
        f.evidence
            << CaptureAnalyzer::tr(
                   "checks that completed the handshake and sent no HTTP request: %1 (a TCP health check on an HTTP listener, or the capture ended first)")
                   .arg(withoutRequest);
    if (context.target.listener == Listener::Https)
        f.evidence << CaptureAnalyzer::tr(
            "HTTPS: the status is encrypted, so the capture shows the TCP handshake only");
    for (qsizetype i = 0; i < s.firstAttempts.size() && i < 8; ++i)
        f.evidence << attemptLine(s.firstAttempts[i]);

    const QString counted = s.attempts == 1
        ? CaptureAnalyzer::tr("1 check from %1 in %2 s").arg(addressCount(s.sources.size())).arg(seconds)
        : CaptureAnalyzer::tr("%3 checks from %1 in %2 s")
              .arg(addressCount(s.sources.size()))
              .arg(seconds)
              .arg(s.attempts);
    const qint64 median = s.medianAnswerMs();
    const QString healthySide =
        CaptureAnalyzer::tr("the backend is healthy from its side: look at the load balancer's settings");

    if (judged.good == listed) {
        f.status = Status::Pass;
        f.outcome = FindingOutcome::Answered;
        if (q.http && !s.statusCodes.isEmpty())
            f.summary = CaptureAnalyzer::tr("%1: checks arrive and are answered %2 in %3 ms (%4)")
                            .arg(counted, codesText(s.statusCodes, true, healthy))
                            .arg(median)
                            .arg(healthySide);
        else if (q.udp)
            f.summary = CaptureAnalyzer::tr("%1: checks arrive and are answered (a reply in %2 ms) (%3)")
                            .arg(counted)
                            .arg(median)
                            .arg(healthySide);
        else
            f.summary = CaptureAnalyzer::tr("%1: checks arrive and are answered (SYN-ACK in %2 ms) (%3)")
                            .arg(counted)
                            .arg(median)
                            .arg(healthySide);
        f.fix = CaptureAnalyzer::tr(
            "The backend answers the checks: compare the load balancer's health-check settings (port, protocol, path, Host, healthy codes) with what the capture shows, and the backend status the provider reports.");
        return f;
    }

    // The most frequent failure names the finding; a mix of good and bad answers is a warning.
    Verdict worst = Verdict::NoAnswer;
    qint64 worstCount = -1;
    for (auto it = judged.counts.cbegin(); it != judged.counts.cend(); ++it) {
        if (it.key() != Verdict::Good && it.value() > worstCount) {
            worst = it.key();
            worstCount = it.value();
        }
    }
    const bool mixed = judged.good > 0;
    f.outcome = outcomeOf(worst);
    f.status = mixed ? Status::Warn : Status::Fail;
    QString sentence;
    switch (worst) {
    case Verdict::NoAnswer:
        sentence =
            CaptureAnalyzer::tr("checks arrive and get no answer (a local firewall DROP or a full accept queue)");
        f.fix =
            CaptureAnalyzer::tr(
                "Look for a host firewall rule that drops %1 port %2 from %3 (the firewall step), and at the listen queue: `ss -ltn` showing Recv-Q at the backlog means a full accept queue.")
                .arg(proto)
                .arg(q.port)
                .arg(cidrs);
        break;
    case Verdict::NoResponse:
        sentence = CaptureAnalyzer::tr(
            "checks arrive and the handshake completes, but no HTTP response follows within the capture");
        f.fix = CaptureAnalyzer::tr(
            "The server accepts the connection and never answers the request: look at the application (hung workers, a proxy waiting on an upstream) and its logs for the health-check path.");
        break;
    case Verdict::Reset:
        sentence =
            CaptureAnalyzer::tr(
                "checks arrive and are reset (nothing listens on port %1, or a firewall rejects them with a TCP reset)")
                .arg(q.port);
        f.fix =
            CaptureAnalyzer::tr(
                "Start the service on port %1 at an address the checks reach (the listening step), or remove the rule that rejects %2 with a reset.")
                .arg(q.port)
                .arg(cidrs);
        break;
    case Verdict::Icmp:
        sentence = q.udp
            ? CaptureAnalyzer::tr(
                  "checks arrive and are answered with ICMP port unreachable (nothing listens on UDP port %1, or a firewall rejects them)")
                  .arg(q.port)
            : CaptureAnalyzer::tr("checks arrive and are answered with ICMP unreachable (a firewall REJECT rule)");
        f.fix = q.udp
            ? CaptureAnalyzer::tr("Start the service on UDP port %1, or remove the firewall rule that rejects %2.")
                  .arg(q.port)
                  .arg(cidrs)
            : CaptureAnalyzer::tr(
                  "Remove the host firewall's REJECT rule for %1 port %2 from %3 (the firewall step shows which).")
                  .arg(proto)
                  .arg(q.port)
                  .arg(cidrs);
        break;
    case Verdict::BadStatus:
        sentence =
            CaptureAnalyzer::tr("checks arrive and are answered %1 (the load balancer counts only %2 as healthy)")
                .arg(codesText(s.statusCodes, false, healthy), healthy.toString());
        f.fix =
            CaptureAnalyzer::tr(
                "Make the health-check path answer with %1 (check the path and the Host the checks send), or change the load balancer's healthy codes or path.")
                .arg(healthy.toString());
        break;
    case Verdict::Slow:
        sentence = CaptureAnalyzer::tr(
                       "checks arrive and are answered, but in up to %1 ms, above the %2 ms health-check timeout")
                       .arg(s.maxAnswerMs)
                       .arg(q.timeoutMs);
        f.fix = CaptureAnalyzer::tr(
            "Find why the answer is slow (server load, a slow health-check page, a slow dependency), or raise the load balancer's health-check timeout.");
        break;
    case Verdict::Unreadable:
        f.status = Status::Unknown;
        if (unreadableBecauseText > 0)
            sentence = CaptureAnalyzer::tr(
                "checks arrive and the backend answers, but the HTTP status is unreadable: tcpdump's text decodes HTTP only on well-known HTTP ports such as 80; capture with -A, or save the capture with -w and give the file");
        else
            sentence =
                CaptureAnalyzer::tr(
                    "checks arrive and the backend answers, but the HTTP status is unreadable: the capture keeps only %1 bytes of each packet (snap length); capture again with -s 0")
                    .arg(source.snapLength);
        f.fix = CaptureAnalyzer::tr("Capture again so the HTTP response is readable.");
        break;
    case Verdict::UdpSilent:
        f.status = Status::Warn; // whether silence is healthy depends on the provider's UDP check
        sentence = CaptureAnalyzer::tr(
            "checks arrive; the backend sends neither a reply nor an ICMP error (healthy for a UDP check that only waits for an ICMP error, unhealthy for one that expects a reply)");
        f.fix =
            CaptureAnalyzer::tr(
                "If the load balancer's UDP check expects a reply string, make the service answer it on UDP port %1.")
                .arg(q.port);
        break;
    case Verdict::Good: break;
    }
    if (mixed) {
        f.summary = CaptureAnalyzer::tr("%1: %2 answered well, %3 not: %4 (intermittent)")
                        .arg(counted)
                        .arg(scale(judged.good))
                        .arg(s.attempts - scale(judged.good))
                        .arg(sentence);
    } else {
        f.summary = QStringLiteral("%1: %2").arg(counted, sentence);
    }
    if (f.status == Status::Unknown)
        f.summary = CaptureAnalyzer::tr("unknown, because %1").arg(f.summary);
    return f;
}

} // namespace

QString CaptureAnalyzer::description() const
{
    return CaptureAnalyzer::tr("a packet capture (pcap, pcapng, or tcpdump text)");
}

int CaptureAnalyzer::recognize(QStringView text) const
{
    return TcpdumpText::recognize(text);
}

Finding CaptureAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    const Built built = questionFor(input.context);
    if (!built.problem.isEmpty()) {
        Finding f = Finding::make(step(), Status::Unknown, built.problem);
        f.kind = kind();
        return f;
    }
    HealthCheckTracker tracker(built.question);
    Source source;
    Finding f;
    if (!input.file.isEmpty()) {
        source.file = true;
        const CaptureFile::ReadResult read = CaptureFile::read(input.file, tracker);
        if (!read.error.isEmpty()) {
            f = Finding::make(step(), Status::Unknown, CaptureAnalyzer::tr("unknown, because %1").arg(read.error));
            f.kind = kind();
            return f;
        }
        source.snapLength = read.snapLength;
        source.stoppedEarly = read.stoppedEarly;
        source.where = PacketDecoder::linkTypeName(read.linkType);
        if (read.cutFrames > 0)
            source.where += CaptureAnalyzer::tr(", snap length %1").arg(read.snapLength);
        const CaptureSummary summary = tracker.finish();
        f = conclude(summary, built.question, input.context, source);
        // The file stays binary; the raw text is the reconstruction, one attempt a line.
        QStringList lines{CaptureAnalyzer::tr("capture file %1, %2 packets").arg(input.file).arg(read.frames)};
        for (const CheckAttempt &a : summary.firstAttempts)
            lines << attemptLine(a);
        f.raw = lines.join(QLatin1Char('\n'));
        if (!read.stoppedEarly.isEmpty())
            f.summary +=
                CaptureAnalyzer::tr(" (the file is damaged or truncated: read up to packet %1)").arg(read.frames);
    } else {
        const TcpdumpText::Result parsed = TcpdumpText::parse(
            input.text, [&] { tracker.addFrame(); }, [&](const CapturedPacket &p) { tracker.add(p); });
        if (!parsed.mixed.isEmpty()) {
            f = Finding::make(
                step(), Status::Unknown,
                (InputChannel::commandLine()
                     ? CaptureAnalyzer::tr(
                         "unknown, because the input mixes lines of two captures (%1); give one capture at a time")
                     : CaptureAnalyzer::tr(
                         "unknown, because the paste mixes lines of two captures (%1); paste one capture at a time"))
                    .arg(parsed.mixed));
            f.kind = kind();
            return f;
        }
        if (parsed.packetLines == 0) {
            f = Finding::make(
                step(), Status::Unknown,
                CaptureAnalyzer::tr(
                    "unknown, because the text is not tcpdump output: no packet line such as \"12:00:00.000000 IP 100.64.1.2.40000 > 10.0.0.5.80: Flags [S], ...\""));
            f.kind = kind();
            return f;
        }
        source.snapLength = parsed.snapLength;
        source.where = CaptureAnalyzer::tr("tcpdump text");
        f = conclude(tracker.finish(), built.question, input.context, source);
        if (parsed.notUnderstood > 0)
            f.evidence << CaptureAnalyzer::tr("lines not understood and skipped: %1").arg(parsed.notUnderstood);
    }
    f.kind = kind();
    return f;
}

Finding relateCaptureToFirewall(const Finding &capture, const Finding &firewall, const RunContext &context)
{
    Q_UNUSED(context);
    const QString prefix = CaptureAnalyzer::tr("Compared with the host firewall: ");
    Finding out = capture;
    out.evidence.removeIf([&](const QString &line) { return line.startsWith(prefix); });
    const bool firewallBlocks = firewall.status == Status::Fail;
    const bool firewallAllows = firewall.status == Status::Pass;
    const QString checksGotThrough = QStringLiteral("answered bad-status slow reset");
    QString sentence;
    if (firewallBlocks && checksGotThrough.split(QLatin1Char(' ')).contains(capture.outcome)) {
        sentence =
            (InputChannel::commandLine()
                 ? CaptureAnalyzer::tr(
                     "the firewall finding says the rules block the health-check addresses, yet the capture shows their checks answered by the backend: the two contradict each other, and the capture is what happened; the rules given come from another server or another moment, or are not the rules in force")
                 : CaptureAnalyzer::tr(
                     "the firewall finding says the rules block the health-check addresses, yet the capture shows their checks answered by the backend: the two contradict each other, and the capture is what happened; the pasted rules come from another server or another moment, or are not the rules in force"));
    } else if (firewallBlocks && capture.outcome == FindingOutcome::NoPackets) {
        sentence = CaptureAnalyzer::tr(
            "the firewall rules would block the checks too, but the checks never reach the server: the first cause is before it (security group, network ACL, route)");
    } else if (firewallAllows && capture.outcome == FindingOutcome::NoAnswer) {
        sentence =
            (InputChannel::commandLine()
                 ? CaptureAnalyzer::tr(
                     "the firewall finding says the rules allow the checks, yet they get no answer: look for a rule outside the tables given, a full accept queue, or a reply that leaves by another route")
                 : CaptureAnalyzer::tr(
                     "the firewall finding says the rules allow the checks, yet they get no answer: look for a rule outside the pasted tables, a full accept queue, or a reply that leaves by another route"));
    } else if (firewallAllows && capture.outcome == FindingOutcome::Icmp) {
        sentence =
            (InputChannel::commandLine()
                 ? CaptureAnalyzer::tr(
                     "the firewall finding says the rules allow the checks, yet the backend rejects them with ICMP: the rules given are not the ones in force, or another layer rejects them")
                 : CaptureAnalyzer::tr(
                     "the firewall finding says the rules allow the checks, yet the backend rejects them with ICMP: the pasted rules are not the ones in force, or another layer rejects them"));
    }
    if (!sentence.isEmpty())
        out.evidence << prefix + sentence;
    return out;
}
