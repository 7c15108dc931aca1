#include "tcpdumptext.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace {

// date? time  [iface dir]  protocol  rest
const QRegularExpression &packetLine()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:(\d{4}-\d{2}-\d{2})\s+)?(\d{1,2}:\d{2}:\d{2}(?:\.\d{1,9})?|\d{9,}\.\d{1,9})\s+)"
                       R"((?:(\S+)\s+(In|Out|B|M|P)\s+)?(IP6?|ARP|[A-Za-z][\w.-]*)\b(.*)$)"));
    return re;
}

const QRegularExpression &addressPair()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([0-9A-Fa-f:.]+[\w-]*?)\s+>\s+([0-9A-Fa-f:.]+[\w-]*?):\s?(.*)$)"));
    return re;
}

const QHash<QString, quint16> &serviceNames()
{
    // Names tcpdump -n (without the second n) prints for the ports health checks use.
    static const QHash<QString, quint16> names{
        {QStringLiteral("http"), 80},
        {QStringLiteral("https"), 443},
        {QStringLiteral("http-alt"), 8080},
        {QStringLiteral("webcache"), 8080},
        {QStringLiteral("ssh"), 22},
        {QStringLiteral("domain"), 53},
        {QStringLiteral("ftp"), 21},
        {QStringLiteral("smtp"), 25},
        {QStringLiteral("mysql"), 3306},
        {QStringLiteral("postgresql"), 5432},
        {QStringLiteral("redis"), 6379},
        {QStringLiteral("ntp"), 123},
        {QStringLiteral("snmp"), 161},
        {QStringLiteral("syslog"), 514},
        {QStringLiteral("imap"), 143},
        {QStringLiteral("pop3"), 110},
        {QStringLiteral("ldap"), 389},
        {QStringLiteral("rdp"), 3389},
        {QStringLiteral("ms-wbt-server"), 3389},
        {QStringLiteral("https-alt"), 8443},
        {QStringLiteral("pcsync-https"), 8443},
    };
    return names;
}

std::optional<quint16> portOf(QStringView text)
{
    bool ok = false;
    const uint n = text.toUInt(&ok);
    if (ok)
        return n <= 65535 ? std::optional<quint16>(quint16(n)) : std::nullopt;
    const auto it = serviceNames().constFind(text.toString());
    if (it != serviceNames().constEnd())
        return *it;
    return std::nullopt;
}

// "10.0.0.1.80" -> address + port; "10.0.0.1" -> address; "fd00::1.80" -> address + port.
bool splitEndpoint(QStringView text, bool v6, PacketAddress *address, std::optional<quint16> *port)
{
    port->reset();
    QStringView host = text;
    if (v6) {
        const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
        if (dot > 0) {
            host = text.first(dot);
            *port = portOf(text.mid(dot + 1));
            if (!*port)
                return false;
        }
    } else {
        if (text.count(QLatin1Char('.')) == 4) {
            const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
            host = text.first(dot);
            *port = portOf(text.mid(dot + 1));
            if (!*port)
                return false;
        }
    }
    const auto a = PacketAddress::parse(host);
    if (!a)
        return false;
    *address = *a;
    return true;
}

quint8 flagsOf(QStringView letters)
{
    quint8 f = 0;
    for (QChar c : letters) {
        switch (c.unicode()) {
        case 'S': f |= CapturedPacket::Syn; break;
        case 'R': f |= CapturedPacket::Rst; break;
        case 'F': f |= CapturedPacket::Fin; break;
        case 'P': f |= CapturedPacket::Push; break;
        case '.': f |= CapturedPacket::Ack; break;
        default: break;
        }
    }
    return f;
}

qint64 lengthOf(QStringView rest)
{
    static const QRegularExpression re(QStringLiteral(R"(\blength (\d+))"));
    QRegularExpressionMatchIterator it = re.globalMatch(rest);
    qint64 last = -1;
    while (it.hasNext())
        last = it.next().capturedView(1).toLongLong(); // the transport's length comes last
    return last;
}

// The rest of a line after "src > dst: " for one IP packet.
void decodeRest(QStringView rest, const PacketAddress &destination, quint16 checkHint, CapturedPacket *p,
                QByteArray *payloadText)
{
    static const QRegularExpression flags(QStringLiteral(R"(^Flags \[([^\]]*)\])"));
    static const QRegularExpression icmp4(
        QStringLiteral(R"(^ICMP (?:host )?(\S+?),? (?:(tcp|udp) port (\S+) )?unreachable)"));
    static const QRegularExpression icmp6(
        QStringLiteral(R"(^ICMP6, destination unreachable, [^,]*, (\S+?)(?: (tcp|udp) port (\S+))?,)"));
    if (const auto m = flags.match(rest); m.hasMatch()) {
        p->protocol = CapturedPacket::Protocol::Tcp;
        p->tcpFlags = flagsOf(m.capturedView(1));
        p->payloadLength = std::max<qint64>(0, lengthOf(rest));
        const qsizetype http = rest.indexOf(QLatin1String(": HTTP: "));
        if (http >= 0)
            *payloadText = rest.mid(http + 8).toLatin1();
        else if (rest.endsWith(QLatin1String(": HTTP")))
            *payloadText = QByteArray(); // tcpdump says HTTP but prints the lines below (-v)
        return;
    }
    const auto m4 = icmp4.match(rest);
    const auto m6 = m4.hasMatch() ? QRegularExpressionMatch() : icmp6.match(rest);
    const QRegularExpressionMatch &m = m4.hasMatch() ? m4 : m6;
    if (m.hasMatch()) {
        p->protocol = CapturedPacket::Protocol::Icmp;
        p->unreachable = true;
        p->innerSource = destination;
        if (const auto inner = PacketAddress::parse(m.capturedView(1)))
            p->innerDestination = *inner;
        if (!m.capturedView(2).isEmpty()) {
            p->innerProtocol = m.capturedView(2) == QLatin1String("tcp") ? CapturedPacket::Protocol::Tcp
                                                                         : CapturedPacket::Protocol::Udp;
            p->innerDestinationPort = portOf(m.capturedView(3)).value_or(0);
        } else {
            p->innerDestinationPort = checkHint; // "host unreachable - admin prohibited": no port printed
        }
        return;
    }
    if (rest.startsWith(QLatin1String("ICMP"))) {
        p->protocol = CapturedPacket::Protocol::Icmp;
        return;
    }
    // Anything else with ports is UDP (tcpdump prints "UDP, length 5" or decodes the protocol).
    p->protocol = CapturedPacket::Protocol::Udp;
    p->payloadLength = std::max<qint64>(0, lengthOf(rest));
}

struct Clock
{
    enum class Form { None, TimeOfDay, DateTime, Epoch };
    Form form = Form::None;
    qint64 lastUs = -1;
    qint64 dayOffsetUs = 0;
};

qint64 timeOf(QStringView date, QStringView time, Clock::Form *form)
{
    qint64 us = 0;
    if (!time.contains(QLatin1Char(':'))) {
        *form = Clock::Form::Epoch;
        const qsizetype dot = time.indexOf(QLatin1Char('.'));
        us = time.first(dot).toLongLong() * 1000000;
        QString frac = time.mid(dot + 1).toString().leftJustified(6, QLatin1Char('0')).left(6);
        return us + frac.toLongLong();
    }
    const QList<QStringView> hms = time.split(QLatin1Char(':'));
    const qsizetype dot = hms[2].indexOf(QLatin1Char('.'));
    const QStringView seconds = dot < 0 ? hms[2] : hms[2].first(dot);
    us = ((hms[0].toLongLong() * 60 + hms[1].toLongLong()) * 60 + seconds.toLongLong()) * 1000000;
    if (dot >= 0)
        us += hms[2].mid(dot + 1).toString().leftJustified(6, QLatin1Char('0')).left(6).toLongLong();
    if (!date.isEmpty()) {
        *form = Clock::Form::DateTime;
        const QDate d = QDate::fromString(date.toString(), Qt::ISODate);
        us += qint64(d.isValid() ? d.toJulianDay() - QDate(1970, 1, 1).toJulianDay() : 0) * 86400LL
            * 1000000; // -tttt: UTC or local, read as epoch
    } else {
        *form = Clock::Form::TimeOfDay;
    }
    return us;
}

QString clockText(qint64 us)
{
    const qint64 s = (us / 1000000) % 86400;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int TcpdumpText::recognize(QStringView text)
{
    int packets = 0, lines = 0;
    for (QStringView line : text.first(std::min<qsizetype>(text.size(), 64 * 1024)).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ++lines;
        const auto m = packetLine().match(line);
        if (m.hasMatch() && (m.capturedView(5) == QLatin1String("IP") || m.capturedView(5) == QLatin1String("IP6")))
            ++packets;
        if (lines >= 200)
            break;
    }
    if (packets == 0)
        return 0;
    return packets * 2 >= lines ? 90 : 50;
}

TcpdumpText::Result TcpdumpText::parse(QStringView text, const std::function<void()> &onFrame,
                                       const std::function<void(const CapturedPacket &)> &onPacket)
{
    static const QRegularExpression snapshot(QStringLiteral(R"(snapshot length (\d+))"));
    static const QRegularExpression host(QStringLiteral(R"((?:^|\.|\s)Host:\s*(\S+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression statusLine(QStringLiteral(R"(HTTP/\d\.\d \d{3}[^\r\n]*)"));
    static const QRegularExpression requestLine(QStringLiteral(R"(\b(?:GET|HEAD|POST|OPTIONS|PUT) \S+ HTTP/\d\.\d)"));

    Result result;
    Clock clock;
    int ifaceForm = -1; // -1 unknown, 0 lines without an interface column, 1 with one
    bool pending = false;
    bool waitingForAddresses = false; // a -v IPv4 header line; the addresses follow
    CapturedPacket packet;
    QByteArray payloadText;
    QString headerProtocol;
    const auto flush = [&] {
        if (!pending)
            return;
        pending = false;
        if (!payloadText.isEmpty()) {
            packet.payload = QByteArrayView(payloadText);
            packet.payloadLength = std::max<qint64>(packet.payloadLength, payloadText.size());
        }
        ++result.ipPackets;
        onPacket(packet);
    };
    const auto addresses = [&](QStringView line, bool v6) -> bool {
        const auto m = addressPair().match(line);
        if (!m.hasMatch())
            return false;
        std::optional<quint16> sport, dport;
        if (!splitEndpoint(m.capturedView(1), v6, &packet.source, &sport)
            || !splitEndpoint(m.capturedView(2), v6, &packet.destination, &dport))
            return false;
        packet.sourcePort = sport.value_or(0);
        packet.destinationPort = dport.value_or(0);
        decodeRest(m.capturedView(3), packet.destination, packet.sourcePort, &packet, &payloadText);
        pending = true;
        return true;
    };

    qint64 lineNumber = 0;
    for (QStringView raw : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        ++result.lines;
        const QStringView line = raw.endsWith(QLatin1Char('\r')) ? raw.chopped(1) : raw;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto m = packetLine().match(line);
        if (m.hasMatch() && result.mixed.isEmpty()) {
            flush();
            waitingForAddresses = false;
            ++result.packetLines;
            onFrame();
            Clock::Form form = Clock::Form::None;
            qint64 us = timeOf(m.capturedView(1), m.capturedView(2), &form);
            const int hasIface = m.capturedView(3).isEmpty() ? 0 : 1;
            if (clock.form != Clock::Form::None && form != clock.form)
                result.mixed =
                    TcpdumpText::tr("line %1 writes its time differently from the lines before it").arg(lineNumber);
            else if (ifaceForm >= 0 && hasIface != ifaceForm)
                result.mixed =
                    (hasIface ? TcpdumpText::tr("line %1 has an interface column and the lines before it do not")
                              : TcpdumpText::tr("line %1 has no interface column and the lines before it do"))
                        .arg(lineNumber);
            clock.form = form;
            ifaceForm = hasIface;
            us += clock.dayOffsetUs;
            if (clock.lastUs >= 0 && us < clock.lastUs - 1000000) {
                // Past midnight without -tttt the clock restarts; anything else is another capture.
                if (form == Clock::Form::TimeOfDay && clock.lastUs % (86400LL * 1000000) > 23LL * 3600 * 1000000
                    && us % (86400LL * 1000000) < 3600LL * 1000000) {
                    clock.dayOffsetUs += 86400LL * 1000000;
                    us += 86400LL * 1000000;
                } else if (result.mixed.isEmpty()) {
                    result.mixed = TcpdumpText::tr("at line %1 the time goes back from %2 to %3")
                                       .arg(lineNumber)
                                       .arg(clockText(clock.lastUs), clockText(us));
                }
            }
            if (!result.mixed.isEmpty())
                continue;
            clock.lastUs = std::max(clock.lastUs, us);
            const QStringView protocol = m.capturedView(5);
            if (protocol != QLatin1String("IP") && protocol != QLatin1String("IP6"))
                continue;
            packet = CapturedPacket{};
            payloadText.clear();
            packet.timeUs = us;
            headerProtocol = protocol.toString();
            QStringView rest = m.capturedView(6).trimmed();
            if (rest.startsWith(QLatin1Char('('))) {
                // -v: "(tos 0x0, ttl 64, ..., length 60)" and, for IPv6 only, the addresses after it.
                int depth = 0;
                qsizetype close = -1;
                for (qsizetype i = 0; i < rest.size(); ++i) {
                    if (rest[i] == QLatin1Char('('))
                        ++depth;
                    else if (rest[i] == QLatin1Char(')') && --depth == 0) {
                        close = i;
                        break;
                    }
                }
                rest = close < 0 ? QStringView() : rest.mid(close + 1).trimmed();
                if (rest.isEmpty()) {
                    waitingForAddresses = true;
                    continue;
                }
            }
            if (!addresses(rest, protocol == QLatin1String("IP6")))
                ++result.notUnderstood;
            continue;
        }
        if (!result.mixed.isEmpty())
            continue;
        if (const auto s = snapshot.match(line); s.hasMatch()) {
            result.snapLength = s.capturedView(1).toInt();
            continue;
        }
        if (waitingForAddresses) {
            waitingForAddresses = false;
            if (addresses(line, headerProtocol == QLatin1String("IP6")))
                continue;
        }
        if (pending
            && (raw.startsWith(QLatin1Char('\t')) || raw.startsWith(QLatin1Char(' '))
                || line.startsWith(QLatin1String("0x")))) {
            // Continuation: -v HTTP header lines, -A / -X payload dumps.
            if (payloadText.isEmpty()) {
                if (const auto s = statusLine.match(line); s.hasMatch())
                    payloadText = s.capturedView(0).toLatin1();
                else if (const auto r = requestLine.match(line); r.hasMatch())
                    payloadText = r.capturedView(0).toLatin1();
            }
            if (const auto h = host.match(line);
                h.hasMatch() && !payloadText.isEmpty() && !payloadText.contains("\r\nHost:"))
                payloadText += "\r\nHost: " + h.capturedView(1).toLatin1() + "\r\n";
            continue;
        }
        if (line.contains(QLatin1String("packets captured"))
            || line.contains(QLatin1String("packets received by filter"))
            || line.contains(QLatin1String("packets dropped by")) || line.startsWith(QLatin1String("tcpdump:")))
            continue;
        // -A prints the payload at the line start; a status or request line there is the packet's.
        if (pending && payloadText.isEmpty()) {
            if (const auto s = statusLine.match(line); s.hasMatch()) {
                payloadText = s.capturedView(0).toLatin1();
                continue;
            }
            if (const auto r = requestLine.match(line); r.hasMatch()) {
                payloadText = r.capturedView(0).toLatin1();
                continue;
            }
        }
        if (pending && !payloadText.isEmpty()) {
            if (const auto h = host.match(line); h.hasMatch()) {
                if (!payloadText.contains("\r\nHost:"))
                    payloadText += "\r\nHost: " + h.capturedView(1).toLatin1() + "\r\n";
                continue;
            }
            continue; // more of an -A payload
        }
        ++result.notUnderstood;
    }
    if (result.mixed.isEmpty())
        flush();
    return result;
}
