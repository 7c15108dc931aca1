// A laboratory of network namespace pairs for kernel differential tests: in each pair a server
// namespace listens on `port` and a client namespace, where the whole of 100.64.0.0/10 is a local
// route, sends SYNs from any sample address of it. Tests load rules into the server namespace and
// classify each SYN as accept / refuse / timeout. All traffic stays inside the namespaces.
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
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace netnslab {

constexpr quint16 port = 8080;
constexpr int connectTimeoutMs = 150;
inline const char *serverIp = "10.231.0.1";
inline const char *clientIp = "10.231.0.2";

enum class Seen { Accept, Refuse, Timeout, Error };

inline QString seenName(Seen s)
{
    switch (s) {
    case Seen::Accept:
        return "accept";
    case Seen::Refuse:
        return "refuse";
    case Seen::Timeout:
        return "timeout";
    default:
        return "error";
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
    Lab(const QString &name, int pairs) : prefix(name + QString::number(getpid())), pairCount(pairs) {}

    QString prefix;
    int pairCount;
    QStringList namespaces;
    int selfNs = -1;
    QList<int> serverNs, clientNs, listeners;
    QString error;

    QString server(int i) const { return prefix + QStringLiteral("s%1").arg(i); }
    QString client(int i) const { return prefix + QStringLiteral("c%1").arg(i); }

    static bool run(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr, QString *err = nullptr)
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
            if (!ns(s, {"ip", "link", "add", "eth0", "type", "veth", "peer", "name", "eth0", "netns", c}) || !ns(s, {"ip", "link", "set", "lo", "up"})
                || !ns(s, {"ip", "addr", "add", QString(serverIp) + "/24", "dev", "eth0"}) || !ns(s, {"ip", "link", "set", "eth0", "up"})
                || !ns(s, {"ip", "route", "add", "100.64.0.0/10", "via", clientIp}) || !ns(c, {"ip", "link", "set", "lo", "up"})
                || !ns(c, {"ip", "addr", "add", QString(clientIp) + "/24", "dev", "eth0"}) || !ns(c, {"ip", "link", "set", "eth0", "up"})
                || !ns(c, {"ip", "route", "add", "local", "100.64.0.0/10", "dev", "lo"})
                // The client never sends the handshake's ACK (or later segments), so only the SYN
                // meets the server's rules: a rule that rejects established traffic cannot turn an
                // accepted SYN into an error after the fact.
                || !ns(c, {"nft", "add table ip client; add chain ip client out { type filter hook output priority 0; }; "
                                  "add rule ip client out tcp flags & (syn|ack) == ack drop"}))
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
            setns(selfNs, CLONE_NEWNET);
            if (!ok) {
                error = "cannot listen in the server namespace";
                return false;
            }
            listeners << fd;
        }
        return true;
    }
    void tearDown()
    {
        for (int fd : std::as_const(listeners))
            close(fd);
        for (int fd : std::as_const(serverNs))
            close(fd);
        for (int fd : std::as_const(clientNs))
            close(fd);
        for (const QString &n : std::as_const(namespaces))
            run({"ip", "netns", "del", n});
        namespaces.clear();
        listeners.clear();
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
                const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
                sockaddr_in src{};
                src.sin_family = AF_INET;
                src.sin_addr.s_addr = htonl(samples[p][k]);
                sockaddr_in dst{};
                dst.sin_family = AF_INET;
                dst.sin_port = htons(port);
                dst.sin_addr.s_addr = htonl(ipOf(serverIp));
                if (bind(fd, reinterpret_cast<sockaddr *>(&src), sizeof src) != 0
                    || (connect(fd, reinterpret_cast<sockaddr *>(&dst), sizeof dst) != 0 && errno != EINPROGRESS)) {
                    out[p][k] = Seen::Error;
                    close(fd);
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
                out[pending[i].pair][pending[i].index] = err == 0 ? Seen::Accept
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
};


} // namespace netnslab
