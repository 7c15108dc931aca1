// Real captures: in two network namespaces this test creates, a prober whose addresses lie in the
// health-check CIDR (100.64.1.2, 100.64.7.9) sends TCP, HTTP and UDP checks to a backend while
// `tcpdump -w` runs on the backend. Faults: a DROP rule, a REJECT rule, nothing listening, a 404,
// a slow page, a closed UDP port, a capture on the wrong interface. Every capture is analyzed as
// the pcap tcpdump wrote, as pcapng (converted by the test) and as `tcpdump -nn -r` text: the three
// must give the same answer. All traffic stays inside the namespaces.
#include "capturenetns.h"
#include "pcapwriter.h"
#include "rootcheck.h"

#include "analyzers/analyzer.h"
#include "analyzers/capture/capturefile.h"
#include "core/profilestore.h"

#include <QJsonArray>
#include <QNetworkDatagram>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const char *backendIp = "10.231.77.1";
const char *proberLink = "10.231.77.2";
constexpr quint16 httpPort = 80; // tcpdump prints HTTP status lines on port 80 only
constexpr quint16 closedPort = 81;
constexpr quint16 udpEchoPort = 9000;
constexpr quint16 udpClosedPort = 9001;
constexpr int slowPageMs = 700;
constexpr int checkTimeoutMs = 500;

bool run(const QStringList &args, QString *error = nullptr, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(args.first(), args.mid(1));
    if (!p.waitForStarted(5000) || !p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        if (error)
            *error = args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError()).left(400);
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

// A socket made inside a namespace stays there, whatever namespace the thread returns to.
int socketIn(int nsFd, int selfFd, int type, quint16 port, const char *bindIp)
{
    if (setns(nsFd, CLONE_NEWNET) != 0)
        return -1;
    const int fd = socket(AF_INET, type | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = bindIp ? inet_addr(bindIp) : htonl(INADDR_ANY);
    bool ok = bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    if (ok && type == SOCK_STREAM)
        ok = listen(fd, 64) == 0;
    setns(selfFd, CLONE_NEWNET);
    if (!ok) {
        close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class TstCaptureKernel : public QObject
{
    Q_OBJECT

private:
    QString prefix = "lbdcap" + QString::number(getpid());
    QString serverNs = prefix + "s", clientNs = prefix + "c";
    QStringList created;
    int selfFd = -1, serverFd = -1, clientFd = -1;
    QTcpServer http;
    QUdpSocket udpEcho;
    QTemporaryDir dir;
    QString tcpdump;
    ProfileStore store;

    QStringList inServer(const QStringList &args) const { return QStringList{"ip", "netns", "exec", serverNs} + args; }
    QStringList inClient(const QStringList &args) const { return QStringList{"ip", "netns", "exec", clientNs} + args; }

    RunContext context(const QString &listener, quint16 port)
    {
        RunContext c;
        c.profile = *store.find("alibaba");
        c.variant = *c.profile.variant({});
        TargetInput in;
        in.listener = listener;
        in.host = backendIp;
        in.port = QString::number(port);
        in.sourceCidr = "100.64.0.0/10";
        in.codes = "2xx,3xx";
        const TargetValidation v = TargetValidator::validate(in);
        if (!v.ok())
            qFatal("%s", qPrintable(v.errorText()));
        c.target = v.target;
        c.timeoutMs = checkTimeoutMs;
        return c;
    }

    void serve(QTcpSocket *s)
    {
        connect(s, &QTcpSocket::readyRead, s, [s] {
            const QByteArray request = s->peek(4096);
            if (!request.contains("\r\n\r\n"))
                return;
            s->readAll();
            const QByteArray path = request.split(' ').value(1);
            const auto answer = [s](const QByteArray &status) {
                s->write("HTTP/1.1 " + status + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                s->disconnectFromHost();
            };
            if (path == "/missing")
                answer("404 Not Found");
            else if (path == "/slow")
                QTimer::singleShot(slowPageMs, s, [answer] { answer("200 OK"); });
            else
                answer("200 OK");
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

    // Starts tcpdump on the backend and returns once it listens.
    void startCapture(QProcess &p, const QString &iface, const QString &file)
    {
        p.start("ip",
                {"netns", "exec", serverNs, tcpdump, "-i", iface, "-nn", "-Z", "root", "--immediate-mode", "-U", "-w",
                 file});
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += p.readAllStandardError()).contains("listening on")
                                      || p.state() == QProcess::NotRunning,
                                  "tcpdump did not start", 10000);
        QVERIFY2(p.state() == QProcess::Running, err.constData());
    }

    void curl(const QString &source, const QString &url)
    {
        QProcess p;
        const QStringList args = inClient({"curl", "-s", "-o", "/dev/null", "-m", "1.5", "--interface", source, url});
        p.start(args.first(), args.mid(1));
        // The event loop serves the page meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 10000);
    }

    void udpCheck(quint16 port)
    {
        const int fd = socketIn(clientFd, selfFd, SOCK_DGRAM, 0, "100.64.1.2");
        QVERIFY(fd >= 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = inet_addr(backendIp);
        QCOMPARE(sendto(fd, "ping", 4, 0, reinterpret_cast<sockaddr *>(&to), sizeof to), ssize_t(4));
        QTest::qWait(150);
        close(fd);
    }

private slots:
    void initTestCase()
    {
        if (!runningAsRoot())
            QSKIP("needs root to create network namespaces and capture with tcpdump");
        if (!CaptureFile::readerAvailable())
            QSKIP("built without libpcap: capture files cannot be read");
        tcpdump = QStandardPaths::findExecutable("tcpdump", {"/usr/sbin", "/usr/bin", "/sbin"});
        if (tcpdump.isEmpty())
            QSKIP("tcpdump is not installed (installer/deps-debian.sh lists it)");
        QVERIFY(dir.isValid());
        store.loadAll();
        QString e;
        for (const QString &ns : {serverNs, clientNs}) {
            QVERIFY2(run({"ip", "netns", "add", ns}, &e), qPrintable(e));
            created << ns;
        }
        const QList<QStringList> setup =
            captureNamespaceSetup(serverNs, clientNs, QString(backendIp), QString(proberLink));
        for (const QStringList &step : setup)
            QVERIFY2(run(step, &e), qPrintable(e));
        selfFd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        serverFd = open(QByteArray("/run/netns/" + serverNs.toUtf8()).constData(), O_RDONLY | O_CLOEXEC);
        clientFd = open(QByteArray("/run/netns/" + clientNs.toUtf8()).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(selfFd >= 0 && serverFd >= 0 && clientFd >= 0);
        const int httpFd = socketIn(serverFd, selfFd, SOCK_STREAM, httpPort, nullptr);
        const int udpFd = socketIn(serverFd, selfFd, SOCK_DGRAM, udpEchoPort, nullptr);
        QVERIFY(httpFd >= 0 && udpFd >= 0);
        QVERIFY(http.setSocketDescriptor(httpFd));
        connect(&http, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = http.nextPendingConnection())
                serve(s);
        });
        QVERIFY(udpEcho.setSocketDescriptor(udpFd, QAbstractSocket::BoundState));
        connect(&udpEcho, &QUdpSocket::readyRead, this, [this] {
            while (udpEcho.hasPendingDatagrams()) {
                const QNetworkDatagram d = udpEcho.receiveDatagram();
                udpEcho.writeDatagram(d.makeReply("pong"));
            }
        });
    }

    void cleanupTestCase()
    {
        http.close();
        udpEcho.close();
        for (int fd : {selfFd, serverFd, clientFd}) {
            if (fd >= 0)
                close(fd);
        }
        for (const QString &ns : std::as_const(created))
            run({"ip", "netns", "del", ns});
    }

    void cleanup() { run(inServer({"nft", "flush", "ruleset"})); }

    void captures_data()
    {
        QTest::addColumn<QString>("listener");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("iface");
        QTest::addColumn<QString>("rules"); // nft script loaded on the backend first
        QTest::addColumn<QStringList>("checks"); // URL paths for TCP/HTTP, "udp" for a datagram
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("says");
        const QString drop =
            "add table ip t; add chain ip t in { type filter hook input priority 0; }; add rule ip t in ip saddr 100.64.0.0/10 tcp dport 80 drop";
        const QString reject =
            "add table ip t; add chain ip t in { type filter hook input priority 0; }; "
            "add rule ip t in ip saddr 100.64.0.0/10 tcp dport 80 reject with icmp type port-unreachable";
        QTest::newRow("http 200") << "http" << 80 << "eth0"
                                  << "" << QStringList{"/", "/", "/"} << Status::Pass << "answered"
                                  << "3 checks from 2 addresses";
        QTest::newRow("http 200 -i any") << "http" << 80 << "any"
                                         << "" << QStringList{"/", "/"} << Status::Pass << "answered"
                                         << "checks arrive and are answered 200 in";
        QTest::newRow("tcp 200") << "tcp" << 80 << "eth0"
                                 << "" << QStringList{"/"} << Status::Pass << "answered"
                                 << "are answered (SYN-ACK in";
        QTest::newRow("http 404") << "http" << 80 << "eth0"
                                  << "" << QStringList{"/missing", "/missing"} << Status::Fail << "bad-status"
                                  << "answered 404";
        QTest::newRow("http slow") << "http" << 80 << "eth0"
                                   << "" << QStringList{"/slow"} << Status::Fail << "slow"
                                   << "above the 500 ms health-check timeout";
        QTest::newRow("drop") << "http" << 80 << "eth0" << drop << QStringList{"/"} << Status::Fail << "no-answer"
                              << "checks arrive and get no answer";
        QTest::newRow("reject") << "tcp" << 80 << "eth0" << reject << QStringList{"/", "/"} << Status::Fail << "icmp"
                                << "ICMP unreachable (a firewall REJECT rule)";
        QTest::newRow("nothing listening") << "tcp" << int(closedPort) << "eth0"
                                           << "" << QStringList{"/"} << Status::Fail << "reset"
                                           << "checks arrive and are reset";
        QTest::newRow("udp answered") << "udp" << int(udpEchoPort) << "eth0"
                                      << "" << QStringList{"udp", "udp"} << Status::Pass << "answered"
                                      << "a reply in";
        QTest::newRow("udp closed") << "udp" << int(udpClosedPort) << "eth0"
                                    << "" << QStringList{"udp"} << Status::Fail << "icmp"
                                    << "ICMP port unreachable";
        QTest::newRow("wrong interface") << "http" << 80 << "lo"
                                         << "" << QStringList{"/"} << Status::Unknown << ""
                                         << "no packet to or from the backend 10.231.77.1";
    }

    void captures()
    {
        QFETCH(QString, listener);
        QFETCH(int, port);
        QFETCH(QString, iface);
        QFETCH(QString, rules);
        QFETCH(QStringList, checks);
        QFETCH(Status, status);
        QFETCH(QString, outcome);
        QFETCH(QString, says);
        QString e;
        if (!rules.isEmpty())
            QVERIFY2(run(inServer({"nft", rules}), &e), qPrintable(e));
        const QString file = dir.filePath(QString(QTest::currentDataTag()).replace(' ', '-') + ".pcap");
        QProcess capture;
        startCapture(capture, iface, file);
        if (QTest::currentTestFailed())
            return;
        int i = 0;
        for (const QString &check : std::as_const(checks)) {
            const QString source = i++ % 2 ? "100.64.7.9" : "100.64.1.2";
            if (check == "udp")
                udpCheck(quint16(port));
            else
                curl(source, QString("http://%1:%2%3").arg(backendIp).arg(port).arg(check));
        }
        if (iface == "lo") // something on the wrong interface, so the capture is not empty
            QVERIFY(run(inServer({"curl", "-s", "-o", "/dev/null", "-m", "1", "http://127.0.0.1:9/"})) || true);
        QTest::qWait(100);
        capture.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(capture.state() == QProcess::NotRunning, 10000);

        const RunContext c = context(listener, quint16(port));
        Evidence pcap;
        pcap.kind = "capture";
        pcap.file = file;
        const Finding fromPcap = EvidenceAnalysis::analyze("capture", pcap, c);

        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray ng = pcaptest::pcapToPcapng(in.readAll());
        QVERIFY(!ng.isEmpty());
        QFile out(file + "ng");
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(ng) == ng.size());
        out.close();
        Evidence pcapng = pcap;
        pcapng.file = file + "ng";
        const Finding fromPcapng = EvidenceAnalysis::analyze("capture", pcapng, c);

        QByteArray text;
        QVERIFY2(run({tcpdump, "-nn", "-r", file}, &e, &text), qPrintable(e));
        const Finding fromText =
            EvidenceAnalysis::analyze("capture", Evidence{"capture", QString::fromUtf8(text), "tcpdump -nn -r"}, c);

        QVERIFY2(fromPcap.summary.contains(says), qPrintable(fromPcap.summary + "\n" + fromPcap.raw));
        QCOMPARE(fromPcap.status, status);
        if (!outcome.isEmpty())
            QCOMPARE(fromPcap.outcome, outcome);
        // The three forms of one capture give the same answer.
        QCOMPARE(fromPcapng.summary, fromPcap.summary);
        QCOMPARE(fromPcapng.details, fromPcap.details);
        QCOMPARE(fromText.summary, fromPcap.summary);
        QCOMPARE(fromText.status, fromPcap.status);
        QCOMPARE(fromText.outcome, fromPcap.outcome);
        const QJsonArray a = fromPcap.details.value("attempts").toArray(),
                         t = fromText.details.value("attempts").toArray();
        QCOMPARE(t.size(), a.size());
        for (qsizetype k = 0; k < a.size(); ++k) {
            QCOMPARE(t[k].toObject().value("outcome"), a[k].toObject().value("outcome"));
            QCOMPARE(t[k].toObject().value("code"), a[k].toObject().value("code"));
            QCOMPARE(t[k].toObject().value("ms"), a[k].toObject().value("ms"));
            QCOMPARE(t[k].toObject().value("source"), a[k].toObject().value("source"));
        }
        if (iface != "lo")
            QCOMPARE(a.size(), checks.size());
    }
};

QTEST_GUILESS_MAIN(TstCaptureKernel)
#include "tst_capturekernel.moc"
