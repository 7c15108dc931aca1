#include "socketsanalyzer.h"

#include "analyzers/evidencetext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

struct HostPort
{
    QString host;
    QString device;
    QString port; // digits or "*"
};

// "0.0.0.0:80", "*:80", "[::]:80", ":::80" (netstat tcp6), "127.0.0.53%lo:53", "[fe80::1%eth0]:80".
std::optional<HostPort> splitHostPort(const QString &token)
{
    HostPort hp;
    if (token.startsWith(QLatin1Char('['))) {
        const qsizetype close = token.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= token.size() || token.at(close + 1) != QLatin1Char(':'))
            return std::nullopt;
        hp.host = token.mid(1, close - 1);
        hp.port = token.mid(close + 2);
    } else {
        const qsizetype colon = token.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return std::nullopt;
        hp.host = token.left(colon);
        hp.port = token.mid(colon + 1);
    }
    if (const qsizetype pct = hp.host.indexOf(QLatin1Char('%')); pct >= 0) {
        hp.device = hp.host.mid(pct + 1);
        hp.host = hp.host.left(pct);
    }
    if (hp.host != QStringLiteral("*") && QHostAddress(hp.host).isNull())
        return std::nullopt;
    if (hp.port != QStringLiteral("*")) {
        bool ok = false;
        const uint port = hp.port.toUInt(&ok);
        if (!ok || port > 65535)
            return std::nullopt;
    }
    return hp;
}

const QSet<QString> &knownStates()
{
    static const QSet<QString> states{
        QStringLiteral("LISTEN"),       QStringLiteral("LISTENING"),   QStringLiteral("UNCONN"),
        QStringLiteral("ESTAB"),        QStringLiteral("ESTABLISHED"), QStringLiteral("SYN-SENT"),
        QStringLiteral("SYN_SENT"),     QStringLiteral("SYN-RECV"),    QStringLiteral("SYN_RECV"),
        QStringLiteral("SYN_RECEIVED"), QStringLiteral("FIN-WAIT-1"),  QStringLiteral("FIN_WAIT1"),
        QStringLiteral("FIN_WAIT_1"),   QStringLiteral("FIN-WAIT-2"),  QStringLiteral("FIN_WAIT2"),
        QStringLiteral("FIN_WAIT_2"),   QStringLiteral("TIME-WAIT"),   QStringLiteral("TIME_WAIT"),
        QStringLiteral("CLOSE"),        QStringLiteral("CLOSED"),      QStringLiteral("CLOSE-WAIT"),
        QStringLiteral("CLOSE_WAIT"),   QStringLiteral("LAST-ACK"),    QStringLiteral("LAST_ACK"),
        QStringLiteral("CLOSING"),      QStringLiteral("UNKNOWN"),     QStringLiteral("BOUND")};
    return states;
}

bool isHeader(const QString &line)
{
    // Every header names an address column or starts with "Active": one scan rules out a data line.
    if (!line.contains(QLatin1String("Address")) && !line.contains(QLatin1String("Active"))
        && !line.startsWith(QLatin1String("Proto Recv-Q Send-Q")))
        return false;
    return line.contains(QLatin1String("Local Address:Port")) || line.startsWith(QLatin1String("Proto Recv-Q Send-Q"))
        || line.startsWith(QLatin1String("Active Internet connections"))
        || line.trimmed() == QLatin1String("Active Connections")
        || (line.trimmed().startsWith(QLatin1String("Proto")) && line.contains(QLatin1String("Local Address")));
}

void parseProcess(SocketEntry &s, const QStringList &tokens, qsizetype from, bool windows)
{
    static const QRegularExpression ssUser(QStringLiteral("\\(\"([^\"]+)\",pid=(\\d+)"));
    // The regex only when the line can hold ss's users:(("name",pid=N,...)) column: a busy
    // server's paste has 100,000 lines.
    for (auto it = s.line.contains(QLatin1String("\",pid=")) ? ssUser.globalMatch(s.line)
                                                             : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const auto m = it.next();
        if (!s.processes.contains(m.captured(1)))
            s.processes << m.captured(1);
        if (s.pid < 0)
            s.pid = m.captured(2).toLongLong();
    }
    if (!s.processes.isEmpty())
        return;
    for (qsizetype i = from; i < tokens.size(); ++i) {
        // netstat's "PID/Program name": ^(\d+)/(.+)$
        const QString &token = tokens.at(i);
        const qsizetype slash = token.indexOf(QLatin1Char('/'));
        if (slash > 0 && slash + 1 < token.size() && std::all_of(token.cbegin(), token.cbegin() + slash, [](QChar c) {
                return c >= QLatin1Char('0') && c <= QLatin1Char('9');
            })) {
            s.pid = QStringView(token).left(slash).toLongLong();
            QString name = token.mid(slash + 1);
            if (name.endsWith(QLatin1Char(':')))
                name.chop(1);
            s.processes << name;
            return;
        }
    }
    if (windows && tokens.size() > from) {
        bool ok = false;
        const qint64 pid = tokens.constLast().toLongLong(&ok);
        if (ok)
            s.pid = pid;
    }
}

std::optional<SocketEntry> parseLine(const QString &line, bool *windows)
{
    const QStringList tokens = EvidenceText::fields(line);
    if (tokens.size() < 3)
        return std::nullopt;
    static const QLatin1String protos[] = {QLatin1String("tcp"), QLatin1String("tcp4"), QLatin1String("tcp6"),
                                           QLatin1String("udp"), QLatin1String("udp4"), QLatin1String("udp6")};
    SocketEntry s;
    s.line = line;
    const QString first = tokens.at(0);
    qsizetype from = 1;
    bool ssNoNetid = false;
    if (std::any_of(std::begin(protos), std::end(protos),
                    [&](QLatin1String p) { return first.compare(p, Qt::CaseInsensitive) == 0; })) {
        s.proto = first.left(3).toLower();
    } else if (first == QStringLiteral("LISTEN") || first == QStringLiteral("UNCONN")
               || first == QStringLiteral("ESTAB")) {
        ssNoNetid = true; // `ss -ltn` prints no Netid column when one protocol is asked for
        s.state = first;
        s.proto = first == QStringLiteral("UNCONN") ? QStringLiteral("udp") : QStringLiteral("tcp");
    } else {
        return std::nullopt;
    }
    const bool windowsLine = first == QStringLiteral("TCP") || first == QStringLiteral("UDP");
    qsizetype local = -1;
    std::optional<HostPort> here;
    for (qsizetype i = from; i < tokens.size() && i <= 4; ++i) {
        if (tokens.at(i).contains(QLatin1Char(':')) && (here = splitHostPort(tokens.at(i)))) {
            local = i;
            break;
        }
    }
    if (local < 0 || local + 1 >= tokens.size())
        return std::nullopt;
    const auto peer = splitHostPort(tokens.at(local + 1));
    if (!here || !peer || here->port == QStringLiteral("*"))
        return std::nullopt;
    s.address = here->host;
    s.device = here->device;
    s.port = quint16(here->port.toUInt());
    if (!ssNoNetid) {
        if (knownStates().contains(tokens.at(1)) && local > 2)
            s.state = tokens.at(1); // ss with the Netid column
        else if (local + 2 < tokens.size() && knownStates().contains(tokens.at(local + 2)))
            s.state = tokens.at(local + 2); // netstat
    }
    const bool peerWildcard = peer->port == QStringLiteral("*") || peer->port == QStringLiteral("0");
    if (s.proto == QStringLiteral("tcp")) {
        // Windows prints the state in the system language; a wildcard peer still marks a listener.
        s.listening = s.state == QStringLiteral("LISTEN") || s.state == QStringLiteral("LISTENING")
            || (s.state.isEmpty() && peerWildcard && windowsLine);
    } else {
        s.listening = s.state.isEmpty() || s.state == QStringLiteral("UNCONN") || s.state == QStringLiteral("LISTEN");
        if (!peerWildcard && s.state.isEmpty())
            s.listening = false;
    }
    if (windowsLine)
        *windows = true;
    parseProcess(s, tokens, local + 2, windowsLine);
    return s;
}

std::optional<SocketEntry> fromJson(const QJsonObject &o)
{
    if (!o.contains(QStringLiteral("LocalPort")))
        return std::nullopt;
    SocketEntry s;
    s.address = o.value(QStringLiteral("LocalAddress")).toString();
    s.port = quint16(o.value(QStringLiteral("LocalPort")).toInt());
    s.pid = o.value(QStringLiteral("OwningProcess")).toInteger(-1);
    if (const QString name = o.value(QStringLiteral("ProcessName")).toString(); !name.isEmpty())
        s.processes << name;
    const QJsonValue state = o.value(QStringLiteral("State"));
    const bool tcp = o.contains(QStringLiteral("State")) || o.contains(QStringLiteral("RemotePort"));
    s.proto = tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
    if (tcp) {
        // MSFT_NetTCPConnection.State: 2 = Listen; PowerShell 7 with -EnumsAsStrings prints "Listen".
        s.state = state.isString() ? state.toString() : QString::number(state.toInt());
        s.listening =
            state.toInt() == 2 || state.toString().compare(QStringLiteral("Listen"), Qt::CaseInsensitive) == 0;
    } else {
        s.listening = true;
    }
    s.line = QStringLiteral("%1 %2:%3 pid %4").arg(s.proto, s.address).arg(s.port).arg(s.pid);
    return s;
}

QString endpoint(const SocketEntry &s)
{
    const QString host =
        s.address.contains(QLatin1Char(':')) ? QLatin1Char('[') + s.address + QLatin1Char(']') : s.address;
    return host + (s.device.isEmpty() ? QString() : QLatin1Char('%') + s.device) + QLatin1Char(':')
        + QString::number(s.port);
}

QString who(const QList<SocketEntry> &sockets)
{
    QStringList names;
    QList<qint64> pids;
    for (const SocketEntry &s : sockets) {
        for (const QString &n : s.processes) {
            if (!names.contains(n))
                names << n;
        }
        if (s.pid >= 0 && !pids.contains(s.pid))
            pids << s.pid;
    }
    if (!names.isEmpty())
        return pids.isEmpty()
            ? names.join(QStringLiteral(", "))
            : SocketsAnalyzer::tr("%1 (pid %2)").arg(names.join(QStringLiteral(", "))).arg(pids.constFirst());
    if (!pids.isEmpty())
        return SocketsAnalyzer::tr("pid %1").arg(pids.constFirst());
    return SocketsAnalyzer::tr("a process");
}

enum class Reach { Wildcard, Backend, Loopback, Other };

Reach reachOf(const SocketEntry &s, const QHostAddress &backend)
{
    if (s.address == QStringLiteral("*") || s.address.isEmpty())
        return Reach::Wildcard;
    QHostAddress a(s.address);
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (mapped)
        a = QHostAddress(v4);
    if (a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6))
        return Reach::Wildcard;
    if (a.isLoopback())
        return Reach::Loopback;
    if (!backend.isNull() && a.isEqual(backend, QHostAddress::TolerantConversion) && !backend.isLoopback())
        return Reach::Backend;
    return Reach::Other;
}

} // namespace

QString SocketsAnalyzer::description() const
{
    return SocketsAnalyzer::tr("listening sockets (ss, netstat or Get-NetTCPConnection)");
}

SocketsAnalyzer::Parsed SocketsAnalyzer::parse(QStringView text)
{
    Parsed p;
    const QString body = EvidenceText::withoutLeadingComments(text);
    const QStringView trimmed = QStringView(body).trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
        QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &v : std::as_const(items)) {
            if (auto s = fromJson(v.toObject()))
                p.sockets << *s;
        }
        if (!p.sockets.isEmpty()) {
            p.json = p.windows = true;
            return p;
        }
    }
    bool windows = false;
    for (const QString &line : EvidenceText::lines(text)) {
        if (EvidenceText::isComment(line))
            continue;
        if (isHeader(line)) {
            p.header = true;
            continue;
        }
        if (auto s = parseLine(line, &windows))
            p.sockets << *s;
    }
    p.windows = windows;
    p.filtered = !p.header;
    return p;
}

QStringList SocketsAnalyzer::processesOn(QStringView text, const QString &proto, quint16 port)
{
    QStringList names;
    for (const SocketEntry &s : parse(text).sockets) {
        if (s.listening && s.proto == proto && s.port == port) {
            for (const QString &n : s.processes) {
                if (!names.contains(n))
                    names << n;
            }
        }
    }
    return names;
}

int SocketsAnalyzer::recognize(QStringView whole) const
{
    if (EvidenceText::looksBinary(whole))
        return 0;
    const QStringView text = EvidenceText::recognitionHead(whole);
    if (text.size() < whole.size()) {
        // A cut JSON array does not parse: judge a long Get-NetTCPConnection paste by its keys.
        const QString start = EvidenceText::withoutLeadingComments(text.left(4096)).trimmed();
        if (start.startsWith(QLatin1Char('[')) || start.startsWith(QLatin1Char('{')))
            return text.contains(QLatin1String("\"LocalPort\"")) && text.contains(QLatin1String("\"OwningProcess\""))
                ? 95
                : 0;
    }
    const Parsed p = parse(text);
    if (p.json)
        return 95;
    if (p.header && (!p.sockets.isEmpty() || text.contains(QLatin1String("Local Address"))))
        return 90;
    int meaningful = 0;
    for (const QString &line : EvidenceText::lines(text)) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("unix")) && !EvidenceText::isCollectorNote(line)
            && !EvidenceText::isComment(line))
            ++meaningful;
    }
    if (p.sockets.isEmpty() || meaningful == 0)
        return 0;
    return p.sockets.size() * 10 >= meaningful * 6 ? 70 : 20;
}

namespace {

// Nothing listens on the port for the check's protocol: say what does listen (often the service
// runs on another port, or on the other protocol) and how to find out why it is not running.
void explainNothingListens(Finding &f, const SocketsAnalyzer::Parsed &p, const QList<SocketEntry> &otherProto,
                           const QString &proto, quint16 port, Shell shell)
{
    const QString protoUpper = proto.toUpper();
    f.status = Status::Fail;
    f.outcome = FindingOutcome::NotListening;
    f.summary = SocketsAnalyzer::tr("nothing listens on %1 port %2: start the service, check its logs")
                    .arg(protoUpper)
                    .arg(port);
    if (!otherProto.isEmpty())
        f.evidence << SocketsAnalyzer::tr("%1 listens on %2 port %3, but the health check uses %4")
                          .arg(who(otherProto), otherProto.constFirst().proto.toUpper())
                          .arg(port)
                          .arg(protoUpper);
    if (p.filtered)
        f.evidence
            << SocketsAnalyzer::tr(
                   "the output has no header, so it was probably filtered (grep, findstr): no line for port %1 means nothing listens there")
                   .arg(port);
    // What does listen: often the service runs on another port than the load balancer checks.
    QStringList others;
    for (const SocketEntry &s : p.sockets) {
        const QString entry = QStringLiteral("%1 %2").arg(s.proto.toUpper()).arg(s.port);
        if (s.listening && s.port != port && s.proto == proto && !others.contains(entry) && others.size() < 12)
            others << entry;
    }
    if (!others.isEmpty())
        f.evidence
            << SocketsAnalyzer::tr(
                   "these ports do listen: %1; if the service runs on one of them, set the listener's backend or health-check port to it")
                   .arg(others.join(QStringLiteral(", ")));
    f.fix =
        SocketsAnalyzer::tr(
            "Start the service that should answer on %1 port %2, check its logs for why it stopped or failed to bind, and make it start at boot.")
            .arg(protoUpper)
            .arg(port);
    if (shell == Shell::Posix) {
        f.commands << QStringLiteral("systemctl status <service>")
                   << QStringLiteral("journalctl -u <service> --since -1h --no-pager")
                   << QStringLiteral("ss -l%1np | grep ':%2 '")
                          .arg(proto == QStringLiteral("udp") ? QStringLiteral("u") : QStringLiteral("t"))
                          .arg(port);
    } else {
        f.commands << QStringLiteral("Get-Service | Where-Object Status -ne Running")
                   << QStringLiteral("netstat -ano | findstr :%1").arg(port);
    }
}

} // namespace

Finding SocketsAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    const RunContext &c = input.context;
    const Parsed p = parse(input.text);
    if (!p.header && !p.json && p.sockets.isEmpty())
        return EvidenceText::unreadable(
            step(), kind(), input.text,
            SocketsAnalyzer::tr("unknown, because the text is not ss, netstat or Get-NetTCPConnection output"));

    const QString proto = transportOf(c.target.listener);
    const quint16 port = c.target.checkPort ? c.target.checkPort : c.target.port;
    const QString protoUpper = proto.toUpper();
    Finding f = Finding::make(step(), Status::Unknown, {});
    f.kind = kind();
    const Shell shell = p.json ? Shell::PowerShell : p.windows ? Shell::Cmd : Shell::Posix;

    QList<SocketEntry> onPort;
    QList<SocketEntry> otherProto;
    for (const SocketEntry &s : p.sockets) {
        if (s.port != port || !s.listening)
            continue;
        (s.proto == proto ? onPort : otherProto) << s;
        f.evidence << s.line.trimmed();
    }

    if (onPort.isEmpty()) {
        explainNothingListens(f, p, otherProto, proto, port, shell);
        return f;
    }

    QList<SocketEntry> reachable, loopback, other;
    bool v6Only = true;
    for (const SocketEntry &s : std::as_const(onPort)) {
        switch (reachOf(s, c.target.address)) {
        case Reach::Wildcard:
        case Reach::Backend:
            reachable << s;
            if (s.address != QStringLiteral("::"))
                v6Only = false;
            break;
        case Reach::Loopback: loopback << s; break;
        case Reach::Other: other << s; break;
        }
        if (!s.device.isEmpty())
            f.evidence << SocketsAnalyzer::tr("%1 is bound to interface %2: it answers only on that interface")
                              .arg(endpoint(s), s.device);
    }
    if (std::none_of(p.sockets.cbegin(), p.sockets.cend(), [](const SocketEntry &s) { return !s.processes.isEmpty(); })
        && !p.json && !p.windows)
        f.evidence << SocketsAnalyzer::tr(
            "the process is not shown: run the command with sudo to see which program listens");

    const QString backend = c.target.address.isNull() ? QString() : c.target.address.toString();
    if (!reachable.isEmpty()) {
        // Health checks arrive over IPv4: name the IPv4 socket when there is one.
        std::stable_sort(reachable.begin(), reachable.end(), [](const SocketEntry &a, const SocketEntry &b) {
            return !a.address.contains(QLatin1Char(':')) && b.address.contains(QLatin1Char(':'));
        });
        f.status = Status::Pass;
        f.outcome = FindingOutcome::Listening;
        f.summary = SocketsAnalyzer::tr("%1 listens on %2 %3")
                        .arg(who(reachable), protoUpper, endpoint(reachable.constFirst()));
        if (v6Only)
            f.evidence << SocketsAnalyzer::tr(
                "only an IPv6 wildcard socket: IPv4 health checks reach it unless net.ipv6.bindv6only = 1 or the program sets IPV6_V6ONLY");
        return f;
    }
    f.status = Status::Fail;
    f.outcome = other.isEmpty() ? FindingOutcome::LoopbackOnly : FindingOutcome::WrongAddress;
    if (other.isEmpty()) {
        f.summary =
            SocketsAnalyzer::tr(
                "%1 listens on loopback only (%2): the load balancer cannot reach it; bind it to 0.0.0.0 or the private IP")
                .arg(who(loopback), endpoint(loopback.constFirst()));
    } else if (backend.isEmpty()) {
        f.status = Status::Warn;
        f.summary =
            SocketsAnalyzer::tr(
                "%1 listens only on %2: this works only if %3 is the backend's private IP; 0.0.0.0 always works")
                .arg(who(other), endpoint(other.constFirst()), other.constFirst().address);
    } else {
        f.summary =
            SocketsAnalyzer::tr("%1 listens only on %2, not on the backend IP %3 or 0.0.0.0: bind it to 0.0.0.0 or %3")
                .arg(who(other), endpoint(other.constFirst()), backend);
    }
    f.fix = SocketsAnalyzer::tr(
        "Change the service's listen address (for example nginx `listen 80;`, Apache `Listen 80`, a Java or Node "
        "server's bind/host setting) to 0.0.0.0 or the backend's private IP, then restart it.");
    f.commands = EvidenceText::guidanceCommands(c, step(), shell);
    return f;
}

LBDOCTOR_REGISTER_ANALYZER(SocketsAnalyzer)
