// Benchmark (issue 14), two parts, side by side in one run:
// 1. Collection over SSH to a loopback sshd this bench starts (root only) against the same work
//    done by hand: `ssh HOST true` plus the bundle's commands run locally. Target: <= 1.3x.
//    Also counts the TCP connections sshd accepted for one collection (target: one).
// 2. Splitting and analyzing a 10 MB bundle paste (a real bundle with a kube-proxy-sized
//    iptables-save section). Target: < 1 s.
// Usage: bench_collect [rounds]   (default 5; medians are printed)
#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"
#include "collect/bundle/bundlescript.h"
#include "collect/ssh/sshcollector.h"
#include "core/profilestore.h"
#include "core/textdecode.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

RunContext context()
{
    static ProfileStore store = [] {
        ProfileStore s;
        s.loadAll();
        return s;
    }();
    RunContext c;
    c.profile = *store.find(QStringLiteral("alibaba"));
    c.variant = *c.profile.variant({});
    TargetInput in;
    in.listener = QStringLiteral("tcp");
    in.host = QStringLiteral("10.0.0.5");
    in.port = QStringLiteral("8080");
    c.target = TargetValidator::validate(in).target;
    return c;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

QByteArray runSync(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return p.readAllStandardOutput() + p.readAllStandardError();
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

void benchSsh(int rounds)
{
    if (::geteuid() != 0 || !QFile::exists(QStringLiteral("/usr/sbin/sshd"))) {
        std::printf("ssh: SKIPPED (needs root and /usr/sbin/sshd)\n");
        return;
    }
    QTemporaryDir dir;
    const QString d = dir.path();
    for (const char *key : {"host", "id"})
        runSync(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                 QStringLiteral("-f"), d + QLatin1Char('/') + QLatin1String(key)});
    QFile::copy(d + QStringLiteral("/id.pub"), d + QStringLiteral("/authorized_keys"));
    const int port = freePort();
    QFile config(d + QStringLiteral("/sshd_config"));
    config.open(QIODevice::WriteOnly);
    config.write(
        QStringLiteral(
            "ListenAddress 127.0.0.1:%1\nHostKey %2/host\nPidFile %2/sshd.pid\nAuthorizedKeysFile %2/authorized_keys\n"
            "StrictModes no\nUsePAM no\nPasswordAuthentication no\nPermitRootLogin prohibit-password\nLogLevel VERBOSE\n")
            .arg(port)
            .arg(d)
            .toUtf8());
    config.close();
    QFile known(d + QStringLiteral("/known_hosts"));
    known.open(QIODevice::WriteOnly);
    QFile pub(d + QStringLiteral("/host.pub"));
    pub.open(QIODevice::ReadOnly);
    known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + pub.readAll().split(' ').mid(0, 2).join(' ')
                + "\n");
    known.close();
    QDir().mkpath(QStringLiteral("/run/sshd"));
    QProcess sshd;
    QByteArray log;
    QObject::connect(&sshd, &QProcess::readyReadStandardError, [&] { log += sshd.readAllStandardError(); });
    sshd.start(QStringLiteral("/usr/sbin/sshd"),
               {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), d + QStringLiteral("/sshd_config")});
    QElapsedTimer wait;
    wait.start();
    while (!log.contains("Server listening") && wait.elapsed() < 10000)
        sshd.waitForReadyRead(200);

    const QStringList options{QStringLiteral("IdentityFile=") + d + QStringLiteral("/id"),
                              QStringLiteral("IdentitiesOnly=yes"),
                              QStringLiteral("UserKnownHostsFile=") + d + QStringLiteral("/known_hosts"),
                              QStringLiteral("GlobalKnownHostsFile=/dev/null")};
    QStringList sshTrue{QStringLiteral("-T"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes")};
    for (const QString &o : options)
        sshTrue << QStringLiteral("-o") << o;
    sshTrue << QStringLiteral("-p") << QString::number(port) << QStringLiteral("root@127.0.0.1")
            << QStringLiteral("true");
    const QString script = BundleScript::generate(BundleOs::Linux, context());

    QList<double> sshTrueMs, localMs, collectMs;
    int connections = -1;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        runSync(QStringLiteral("ssh"), sshTrue);
        sshTrueMs << t.nsecsElapsed() / 1e6;
        t.restart();
        runSync(QStringLiteral("sh"), {QStringLiteral("-s")}, script.toUtf8());
        localMs << t.nsecsElapsed() / 1e6;

        QElapsedTimer drain; // sshd's log of the `ssh true` connection arrives first
        drain.start();
        while (drain.elapsed() < 300)
            sshd.waitForReadyRead(50);
        const qsizetype before = log.count("Connection from 127.0.0.1");
        SshCollector collector;
        collector.setDestination({QStringLiteral("root"), QStringLiteral("127.0.0.1"), port});
        collector.setOptions(options);
        QEventLoop loop;
        SshCollector::Result result;
        QObject::connect(&collector, &SshCollector::finished, &loop, [&](const SshCollector::Result &r) {
            result = r;
            loop.quit();
        });
        t.restart();
        collector.start(script);
        loop.exec();
        collectMs << t.nsecsElapsed() / 1e6;
        if (result.failure != SshCollector::Failure::None)
            std::printf("ssh: collection failed: %s\n", qPrintable(result.message));
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 300)
            sshd.waitForReadyRead(50);
        connections = int(log.count("Connection from 127.0.0.1") - before);
    }
    const double baseline = median(sshTrueMs) + median(localMs);
    std::printf(
        "ssh: `ssh HOST true` %.1f ms + same commands locally %.1f ms = %.1f ms; SshCollector %.1f ms; ratio %.2fx (target <= 1.3x); TCP connections per collection: %d (target 1)\n",
        median(sshTrueMs), median(localMs), baseline, median(collectMs), median(collectMs) / baseline, connections);
    sshd.terminate();
    sshd.waitForFinished(5000);
}

// A kube-proxy-sized iptables-save: many INPUT and service rules, about `bytes` long.
QString bigIptables(qsizetype bytes)
{
    QString out = QStringLiteral(
        "# Generated by iptables-save v1.8.9 (nf_tables)\n*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:KUBE-SERVICES - [0:0]\n"
        "-A INPUT -j KUBE-SERVICES\n");
    out.reserve(bytes + 4096);
    for (int i = 0; out.size() < bytes; ++i) {
        out +=
            QStringLiteral(
                "-A KUBE-SERVICES -d 10.96.%1.%2/32 -p tcp -m comment --comment \"ns%3/svc:http has no endpoints\" -m tcp --dport %4 -j REJECT --reject-with icmp-port-unreachable\n")
                .arg(i / 250 % 250)
                .arg(i % 250)
                .arg(i)
                .arg(80 + i % 1000);
    }
    out += QStringLiteral("COMMIT\n");
    return out;
}

void benchPaste(int rounds)
{
    const QString fixture =
        TextDecode::readFile(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/bundle/linux-root.txt"), 1 << 22)
            .valueOr(QString());
    const ParsedBundle real = BundleParser::parse(fixture);
    const QString token = real.token;
    // The real bundle with its empty iptables section replaced by a 10 MB one.
    const QString marker = QStringLiteral("$ iptables-save\n");
    QString paste = fixture;
    const qsizetype at = paste.indexOf(marker) + marker.size();
    paste.insert(at, bigIptables(10 * 1000 * 1000 - fixture.size()));
    QList<double> parseMs, analyzeMs;
    int findings = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const ParsedBundle b = BundleParser::parse(paste);
        parseMs << t.nsecsElapsed() / 1e6;
        t.restart();
        const BundleResult r = BundleAnalysis::analyze(b, context(), QStringLiteral("bundle"));
        analyzeMs << t.nsecsElapsed() / 1e6;
        findings = int(r.findings.size());
    }
    std::printf(
        "paste: %.1f MB bundle (token %s): split %.1f ms + analyze %.1f ms = %.1f ms (target < 1000 ms); %d backend findings\n",
        paste.toUtf8().size() / 1e6, qPrintable(token), median(parseMs), median(analyzeMs),
        median(parseMs) + median(analyzeMs), findings);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    benchPaste(rounds);
    benchSsh(rounds);
    return 0;
}
