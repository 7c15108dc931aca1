// A laboratory of network namespace pairs for kernel differential tests: in each pair a server
// namespace listens on `port` and a client namespace, where the whole of 100.64.0.0/10 is a local
// route, sends SYNs from any sample address of it. Tests load rules into the server namespace and
// classify each SYN as accept / refuse / timeout (a half-open check: the client never ACKs), or
// run a whole HTTP request and response per sample address (probeExchange), a UDP datagram the
// server answers and an ICMP echo (probeDatagrams). All traffic stays inside the namespaces.
// With `withV6` set before setUp, each pair also speaks IPv6 (server fd31::1, the client
// 2600:2d00:1::/48, Google Cloud's IPv6 health-check ranges, as local routes); with `v6` set, the
// probes go over IPv6 and each sample is an index into `v6Samples`.
#pragma once

#include "core/runcontext.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace netnslab {

constexpr quint16 port = 8080;
constexpr int connectTimeoutMs = 150;
constexpr int exchangeTimeoutMs = 250;
// Source ports: half-open probes use the first range (the client drops their handshake ACK),
// exchanges the second. Each probe takes the next port, so no probe meets a conntrack entry an
// earlier probe of the same address left behind.
constexpr quint16 halfOpenPortFirst = 20000, halfOpenPortCount = 20000;
constexpr quint16 exchangePortFirst = 40000, exchangePortCount = 20000;
constexpr quint16 udpPortFirst = 10000, udpPortCount = 10000; // UDP probes' source ports
constexpr int udpTimeoutMs = 200;
inline const char *httpRequest = "GET / HTTP/1.0\r\n\r\n";
inline const char *httpResponse = "HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nok\n";
inline const char *serverIp = "10.231.0.1";
inline const char *clientIp = "10.231.0.2";
inline const char *serverIp6 = "fd31::1";
inline const char *clientIp6 = "fd31::2";
inline const char *clientRange6 = "2600:2d00:1::/48";

enum class Seen { Accept, Refuse, Timeout, Error };

inline QString seenName(Seen s)
{
    switch (s) {
    case Seen::Accept: return "accept";
    case Seen::Refuse: return "refuse";
    case Seen::Timeout: return "timeout";
    default: return "error";
    }
}

// The question the analyzers answer about the lab: a TCP health check from 100.64.0.0/10 to the
// server namespace's address and port, arriving on its eth0.
inline RunContext context()
{
    RunContext c;
    c.target.listener = Listener::Tcp;
    c.target.port = port;
    c.target.checkPort = port;
    c.target.address = QHostAddress(QString::fromLatin1(serverIp));
    c.target.host = QString::fromLatin1(serverIp);
    c.target.sourceCidr = QStringLiteral("100.64.0.0/10");
    c.target.interfaceName = QStringLiteral("eth0");
    return c;
}

inline quint32 ipOf(const QString &text)
{
    return QHostAddress(text).toIPv4Address();
}

struct Lab
{
    // `name` tells the namespaces of one test from another's in `ip netns list`; the pid keeps
    // concurrent runs apart.
    Lab(const QString &name, int pairs) : prefix(name + QString::number(getpid())), pairCount(pairs) { }

    QString prefix;
    int pairCount;
    QStringList namespaces;
    int selfNs = -1;
    QList<int> serverNs, clientNs, listeners, udpListeners;
    QString error;
    bool withV6 = false; // set before setUp: the pairs speak IPv6 as well
    bool v6 = false; // the probes go over IPv6; samples index v6Samples
    QList<QHostAddress> v6Samples;
    quint32 halfOpenProbes = 0, exchangeProbes = 0, udpProbes = 0;

    QString server(int i) const { return prefix + QStringLiteral("s%1").arg(i); }
    QString client(int i) const { return prefix + QStringLiteral("c%1").arg(i); }

    static bool run(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr,
                    QString *err = nullptr)
    {
        QProcess p;
        p.start(args.first(), args.mid(1));
        if (!p.waitForStarted(5000)) {
            if (err)
                *err = args.join(' ') + ": cannot start";
            return false;
        }
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(20000);
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitCode() != 0 || p.exitStatus() != QProcess::NormalExit) {
            if (err)
                *err = args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError()).left(600);
            return false;
        }
        return true;
    }
    bool ns(const QString &name, const QStringList &args)
    {
        return run(QStringList{"ip", "netns", "exec", name} + args, {}, nullptr, &error);
    }

    bool setUp()
    {
        selfNs = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        for (int i = 0; i < pairCount; ++i) {
            const QString s = server(i), c = client(i);
            if (!run({"ip", "netns", "add", s}, {}, nullptr, &error))
                return false;
            namespaces << s;
            if (!run({"ip", "netns", "add", c}, {}, nullptr, &error))
                return false;
            namespaces << c;
            if (!ns(s,
                    {"ip", "link", "add", "eth0", "address", "02:31:00:00:00:01", "type", "veth", "peer", "name",
                     "eth0", "address", "02:31:00:00:00:02", "netns", c})
                || !ns(s, {"ip", "link", "set", "lo", "up"})
                || !ns(s, {"ip", "addr", "add", QString(serverIp) + "/24", "dev", "eth0"})
                || !ns(s, {"ip", "link", "set", "eth0", "up"})
                || !ns(s, {"ip", "route", "add", "100.64.0.0/10", "via", clientIp})
                || !ns(c, {"ip", "link", "set", "lo", "up"})
                || !ns(c, {"ip", "addr", "add", QString(clientIp) + "/24", "dev", "eth0"})
                || !ns(c, {"ip", "link", "set", "eth0", "up"})
                || !ns(c, {"ip", "route", "add", "local", "100.64.0.0/10", "dev", "lo"})
                // A half-open probe never sends the handshake's ACK (or later segments), so only the
                // SYN and SYN-ACK meet the server's rules: a rule that rejects established traffic
                // cannot turn an accepted SYN into an error after the fact.
                || !ns(c,
                       {"nft",
                        QString(
                            "add table inet client; add chain inet client out { type filter hook output priority 0; }; "
                            "add rule inet client out tcp sport %1-%2 tcp flags & (syn|ack) == ack drop")
                            .arg(halfOpenPortFirst)
                            .arg(halfOpenPortFirst + halfOpenPortCount - 1)})
                // ICMP echo from any sample address through unprivileged ping sockets (this
                // namespace's setting only).
                || !ns(c, {"sysctl", "-q", "-w", "net.ipv4.ping_group_range=0 2147483647"})
                // No rate limit on the ICMP errors the server sends (port unreachable, REJECT).
                || !ns(s, {"sysctl", "-q", "-w", "net.ipv4.icmp_ratemask=0"}) || (withV6 && !setUpV6(s, c)))
                return false;
            serverNs << open(QByteArray("/run/netns/" + s.toUtf8()).constData(), O_RDONLY | O_CLOEXEC);
            clientNs << open(QByteArray("/run/netns/" + c.toUtf8()).constData(), O_RDONLY | O_CLOEXEC);
            if (serverNs.last() < 0 || clientNs.last() < 0 || setns(serverNs.last(), CLONE_NEWNET) != 0) {
                error = "cannot enter the namespaces";
                return false;
            }
            const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            const int one = 1;
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_port = htons(port);
            const bool ok = bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && listen(fd, 4096) == 0;
            const int udp = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            bool udpOk = bind(udp, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
            listeners << fd;
            udpListeners << udp;
            if (withV6) {
                sockaddr_in6 a6{};
                a6.sin6_family = AF_INET6;
                a6.sin6_port = htons(port);
                const int fd6 = socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
                const int udp6 = socket(AF_INET6, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
                setsockopt(fd6, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
                setsockopt(fd6, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
                setsockopt(udp6, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
                udpOk = udpOk && bind(fd6, reinterpret_cast<sockaddr *>(&a6), sizeof a6) == 0 && listen(fd6, 4096) == 0
                    && bind(udp6, reinterpret_cast<sockaddr *>(&a6), sizeof a6) == 0;
                listeners << fd6;
                udpListeners << udp6;
            }
            setns(selfNs, CLONE_NEWNET);
            if (!ok || !udpOk) {
                error = "cannot listen in the server namespace";
                return false;
            }
        }
        return true;
    }
    // IPv6 on the pair: fixed addresses without duplicate address detection, permanent neighbour
    // entries (so that no rule under test can break neighbour discovery), the client's range local.
    bool setUpV6(const QString &s, const QString &c)
    {
        return ns(s, {"ip", "-6", "addr", "add", QString(serverIp6) + "/64", "dev", "eth0", "nodad"})
            && ns(c, {"ip", "-6", "addr", "add", QString(clientIp6) + "/64", "dev", "eth0", "nodad"})
            && ns(s,
                  {"ip", "-6", "neigh", "replace", clientIp6, "lladdr", "02:31:00:00:00:02", "dev", "eth0", "nud",
                   "permanent"})
            && ns(c,
                  {"ip", "-6", "neigh", "replace", serverIp6, "lladdr", "02:31:00:00:00:01", "dev", "eth0", "nud",
                   "permanent"})
            && ns(s, {"ip", "-6", "route", "add", clientRange6, "via", clientIp6})
            && ns(c, {"ip", "-6", "route", "add", "local", clientRange6, "dev", "lo"})
            && ns(c, {"sysctl", "-q", "-w", "net.ipv6.ip_nonlocal_bind=1"})
            && ns(s, {"sysctl", "-q", "-w", "net.ipv6.icmp.ratemask=127"});
    }

    // The socket address of a sample (the client side) or of the server, in the probes' family.
    socklen_t address(sockaddr_storage *out, quint32 sample, quint16 port, bool server) const
    {
        *out = {};
        if (v6) {
            auto *a = reinterpret_cast<sockaddr_in6 *>(out);
            a->sin6_family = AF_INET6;
            a->sin6_port = htons(port);
            const Q_IPV6ADDR ip =
                (server ? QHostAddress(QString::fromLatin1(serverIp6)) : v6Samples.value(int(sample))).toIPv6Address();
            memcpy(&a->sin6_addr, &ip, sizeof ip);
            return sizeof(sockaddr_in6);
        }
        auto *a = reinterpret_cast<sockaddr_in *>(out);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(server ? ipOf(serverIp) : sample);
        return sizeof(sockaddr_in);
    }
    // A non-blocking socket bound to the sample and connected (or connecting) to the server.
    int connectFrom(int type, int protocol, quint32 sample, quint16 sourcePort, quint16 serverPort) const
    {
        const int fd = socket(v6 ? AF_INET6 : AF_INET, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
        if (fd < 0)
            return -1;
        const int one = 1;
        if (type == SOCK_DGRAM)
            setsockopt(fd, v6 ? SOL_IPV6 : SOL_IP, v6 ? IPV6_RECVERR : IP_RECVERR, &one, sizeof one);
        sockaddr_storage src, dst;
        const socklen_t srcLen = address(&src, sample, sourcePort, false);
        const socklen_t dstLen = address(&dst, 0, serverPort, true);
        if (bind(fd, reinterpret_cast<sockaddr *>(&src), srcLen) != 0
            || (::connect(fd, reinterpret_cast<sockaddr *>(&dst), dstLen) != 0 && errno != EINPROGRESS)) {
            close(fd);
            return -1;
        }
        return fd;
    }

    void tearDown()
    {
        for (int fd : std::as_const(listeners))
            close(fd);
        for (int fd : std::as_const(udpListeners))
            close(fd);
        for (int fd : std::as_const(serverNs))
            close(fd);
        for (int fd : std::as_const(clientNs))
            close(fd);
        for (const QString &n : std::as_const(namespaces))
            run({"ip", "netns", "del", n});
        namespaces.clear();
        listeners.clear();
        udpListeners.clear();
        serverNs.clear();
        clientNs.clear();
    }

    // SYNs from every sample of every pair at once; accept / refuse / timeout per sample.
    QList<QList<Seen>> probe(const QList<QList<quint32>> &samples, int timeoutMs = connectTimeoutMs)
    {
        struct Pending
        {
            int fd;
            int pair;
            int index;
        };
        QList<QList<Seen>> out(samples.size());
        QList<Pending> pending;
        for (int p = 0; p < samples.size(); ++p) {
            out[p] = QList<Seen>(samples[p].size(), Seen::Timeout);
            setns(clientNs[p], CLONE_NEWNET);
            for (int k = 0; k < samples[p].size(); ++k) {
                const int fd = connectFrom(SOCK_STREAM, 0, samples[p][k],
                                           quint16(halfOpenPortFirst + halfOpenProbes++ % halfOpenPortCount), port);
                if (fd < 0) {
                    out[p][k] = Seen::Error;
                    continue;
                }
                pending.append({fd, p, k});
            }
        }
        setns(selfNs, CLONE_NEWNET);
        QElapsedTimer timer;
        timer.start();
        while (!pending.isEmpty() && timer.elapsed() < timeoutMs) {
            QList<pollfd> fds;
            for (const Pending &x : std::as_const(pending))
                fds.append({x.fd, POLLOUT, 0});
            poll(fds.data(), nfds_t(fds.size()), int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
            for (qsizetype i = fds.size() - 1; i >= 0; --i) {
                if (!fds[i].revents)
                    continue;
                int err = 0;
                socklen_t len = sizeof err;
                getsockopt(pending[i].fd, SOL_SOCKET, SO_ERROR, &err, &len);
                out[pending[i].pair][pending[i].index] = err == 0                                         ? Seen::Accept
                    : (err == ECONNREFUSED || err == EHOSTUNREACH || err == ENETUNREACH || err == EACCES) ? Seen::Refuse
                                                                                                          : Seen::Error;
                const linger l{1, 0};
                setsockopt(pending[i].fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
                close(pending[i].fd);
                pending.removeAt(i);
            }
        }
        for (const Pending &x : std::as_const(pending))
            close(x.fd);
        for (int fd : std::as_const(listeners)) {
            int c;
            while ((c = accept4(fd, nullptr, nullptr, SOCK_CLOEXEC)) >= 0)
                close(c);
        }
        return out;
    }

    // A whole HTTP/1.0 request and response from every sample of every pair at once: Accept when
    // the complete response arrived, Refuse when the connection was refused or reset, Timeout
    // otherwise. This process plays the server too, on the listening sockets.
    QList<QList<Seen>> probeExchange(const QList<QList<quint32>> &samples, int timeoutMs = exchangeTimeoutMs)
    {
        struct Conn
        {
            int fd;
            int pair; // -1: a server side connection
            int index;
            bool connected = false;
            QByteArray data;
        };
        QList<QList<Seen>> out(samples.size());
        QList<Conn> conns;
        for (int p = 0; p < samples.size(); ++p) {
            out[p] = QList<Seen>(samples[p].size(), Seen::Timeout);
            setns(clientNs[p], CLONE_NEWNET);
            for (int k = 0; k < samples[p].size(); ++k) {
                const int fd = connectFrom(SOCK_STREAM, 0, samples[p][k],
                                           quint16(exchangePortFirst + exchangeProbes++ % exchangePortCount), port);
                if (fd < 0) {
                    out[p][k] = Seen::Error;
                    continue;
                }
                conns.append({fd, p, k, false, {}});
            }
        }
        setns(selfNs, CLONE_NEWNET);
        const QByteArray response(httpResponse);
        const auto closeConn = [&](qsizetype i) {
            const linger l{1, 0};
            setsockopt(conns[i].fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
            close(conns[i].fd);
            conns.removeAt(i);
        };
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs
               && std::any_of(conns.begin(), conns.end(), [](const Conn &c) { return c.pair >= 0; })) {
            QList<pollfd> fds;
            for (int fd : std::as_const(listeners))
                fds.append({fd, POLLIN, 0});
            for (const Conn &c : std::as_const(conns))
                fds.append({c.fd, short(c.pair >= 0 && !c.connected ? POLLOUT : POLLIN), 0});
            poll(fds.data(), nfds_t(fds.size()), int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
            for (qsizetype l = 0; l < listeners.size(); ++l) {
                int c;
                while ((c = accept4(listeners[l], nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK)) >= 0)
                    conns.append({c, -1, -1, false, {}});
            }
            for (qsizetype i = fds.size() - 1; i >= listeners.size(); --i) {
                const qsizetype ci = i - listeners.size();
                if (!fds[i].revents)
                    continue;
                Conn &c = conns[ci];
                if (c.pair >= 0 && !c.connected) {
                    int err = 0;
                    socklen_t len = sizeof err;
                    getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
                    if (err != 0) {
                        out[c.pair][c.index] =
                            err == ECONNREFUSED || err == EHOSTUNREACH || err == ENETUNREACH || err == EACCES
                            ? Seen::Refuse
                            : Seen::Error;
                        closeConn(ci);
                        continue;
                    }
                    c.connected = true;
                    if (send(c.fd, httpRequest, strlen(httpRequest), MSG_NOSIGNAL) != ssize_t(strlen(httpRequest))) {
                        out[c.pair][c.index] = Seen::Error;
                        closeConn(ci);
                    }
                    continue;
                }
                char buffer[512];
                const ssize_t n = recv(c.fd, buffer, sizeof buffer, 0);
                if (n > 0)
                    c.data.append(buffer, n);
                if (c.pair < 0) {
                    // Server side: answer once the request is complete, in one write.
                    if (c.data.contains("\r\n\r\n")) {
                        (void)send(c.fd, response.constData(), size_t(response.size()), MSG_NOSIGNAL);
                        close(c.fd);
                        conns.removeAt(ci);
                    } else if (n == 0 || (n < 0 && errno != EAGAIN)) {
                        closeConn(ci);
                    }
                    continue;
                }
                if (c.data == response) {
                    out[c.pair][c.index] = Seen::Accept;
                    closeConn(ci);
                } else if (n == 0 || (n < 0 && errno != EAGAIN)) {
                    out[c.pair][c.index] = n < 0 && errno == ECONNRESET ? Seen::Refuse : Seen::Timeout;
                    closeConn(ci);
                }
            }
        }
        while (!conns.isEmpty())
            closeConn(conns.size() - 1);
        for (int fd : std::as_const(listeners)) {
            int c;
            while ((c = accept4(fd, nullptr, nullptr, SOCK_CLOEXEC)) >= 0)
                close(c);
        }
        return out;
    }

    // A datagram to the server's UDP port and an ICMP echo request from every sample of every pair,
    // all at once: Accept when the answer came back (this process echoes the datagram from the
    // server's socket; the server's kernel answers the ping), Refuse on an ICMP error (port
    // unreachable, host unreachable, ...), Timeout otherwise. Result [0] is UDP, [1] the echo.
    // `udpPort` other than `port`: a port where nothing listens, answered by a port unreachable.
    std::array<QList<QList<Seen>>, 2> probeDatagrams(const QList<QList<quint32>> &samples, int timeoutMs = udpTimeoutMs,
                                                     quint16 udpPort = port)
    {
        struct Pending
        {
            int fd;
            int kind; // 0 UDP, 1 ICMP echo
            int pair;
            int index;
        };
        std::array<QList<QList<Seen>>, 2> out{QList<QList<Seen>>(samples.size()), QList<QList<Seen>>(samples.size())};
        QList<Pending> pending;
        for (int p = 0; p < samples.size(); ++p) {
            setns(clientNs[p], CLONE_NEWNET);
            for (int kind = 0; kind < 2; ++kind) {
                const bool echo = kind == 1;
                out[kind][p] = QList<Seen>(samples[p].size(), Seen::Timeout);
                for (int k = 0; k < samples[p].size(); ++k) {
                    // An echo request: type 8 (ICMPv6: 128), code 0; the kernel fills in the identifier and checksum.
                    const unsigned char ping[16] = {
                        quint8(v6 ? 128 : 8), 0, 0, 0, 0, 0, 0, quint8(k), 'l', 'b', 'd', 'o', 'c', 't', 'o', 'r'};
                    const QByteArray datagram("lbdoctor udp probe");
                    const int fd = echo
                        ? connectFrom(SOCK_DGRAM, v6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP), samples[p][k], 0, 0)
                        : connectFrom(SOCK_DGRAM, 0, samples[p][k], quint16(udpPortFirst + udpProbes++ % udpPortCount),
                                      udpPort);
                    const bool sent = fd >= 0
                        && (echo ? send(fd, ping, sizeof ping, 0) == ssize_t(sizeof ping)
                                 : send(fd, datagram.constData(), size_t(datagram.size()), 0) == datagram.size());
                    if (!sent) {
                        out[kind][p][k] = Seen::Error;
                        if (fd >= 0)
                            close(fd);
                        continue;
                    }
                    pending.append({fd, kind, p, k});
                }
            }
        }
        setns(selfNs, CLONE_NEWNET);
        QElapsedTimer timer;
        timer.start();
        while (!pending.isEmpty() && timer.elapsed() < timeoutMs) {
            QList<pollfd> fds;
            for (int fd : std::as_const(udpListeners))
                fds.append({fd, POLLIN, 0});
            for (const Pending &x : std::as_const(pending))
                fds.append({x.fd, POLLIN, 0});
            poll(fds.data(), nfds_t(fds.size()), int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
            for (int fd : std::as_const(udpListeners)) {
                char buffer[512];
                sockaddr_storage from{};
                socklen_t len = sizeof from;
                ssize_t n;
                while ((n = recvfrom(fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&from), &len)) > 0) {
                    (void)sendto(fd, buffer, size_t(n), 0, reinterpret_cast<sockaddr *>(&from), len);
                    len = sizeof from;
                }
            }
            for (qsizetype i = fds.size() - 1; i >= udpListeners.size(); --i) {
                if (!fds[i].revents)
                    continue;
                const qsizetype pi = i - udpListeners.size();
                const Pending x = pending[pi];
                char buffer[512];
                const ssize_t n = recv(x.fd, buffer, sizeof buffer, 0);
                const int err = errno;
                if (n < 0 && (err == EAGAIN || err == EWOULDBLOCK))
                    continue;
                // A ping socket hands over the echo reply (type 0, ICMPv6 129); a UDP socket the echoed datagram.
                out[x.kind][x.pair][x.index] = n > 0
                    ? ((x.kind == 0 || quint8(buffer[0]) == (v6 ? 129 : 0)) ? Seen::Accept : Seen::Error)
                    : (err == ECONNREFUSED || err == EHOSTUNREACH || err == ENETUNREACH || err == EACCES
                       || err == EPERM)
                    ? Seen::Refuse
                    : Seen::Error;
                close(x.fd);
                pending.removeAt(pi);
            }
        }
        for (const Pending &x : std::as_const(pending))
            close(x.fd);
        return out;
    }
};

} // namespace netnslab
