#include "backendfixtures.h"

#include "analyzers/host/socketsanalyzer.h"

#include <QTest>

// Expected values come from reading each fixture: which socket has the port, at which address,
// and what the seeds say about that address (0.0.0.0, ::, * or the private IP pass; loopback fails).
class TestSocketsAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void recognizes_data();
    void recognizes();
    void parsesAddresses();
    void processesOnPort();
};

void TestSocketsAnalyzer::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("port");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("summaryHas");

    QTest::newRow("ss wildcard nginx") << "ss-ltnup-wildcard.txt"
                                       << "http"
                                       << "10.0.0.5"
                                       << "80" << Status::Pass << "listening"
                                       << "nginx (pid 1201) listens on TCP 0.0.0.0:80";
    QTest::newRow("ss sshd") << "ss-ltnup-wildcard.txt"
                             << "tcp"
                             << "10.0.0.5"
                             << "22" << Status::Pass << "listening"
                             << "sshd";
    QTest::newRow("ss nothing on 8080") << "ss-ltnup-wildcard.txt"
                                        << "http"
                                        << "10.0.0.5"
                                        << "8080" << Status::Fail << "not-listening"
                                        << "nothing listens on TCP port 8080";
    QTest::newRow("ss udp 68 is not tcp") << "ss-ltnup-wildcard.txt"
                                          << "tcp"
                                          << "10.0.0.5"
                                          << "68" << Status::Fail << "not-listening"
                                          << "nothing listens";
    QTest::newRow("ss udp 68 for udp") << "ss-ltnup-wildcard.txt"
                                       << "udp"
                                       << "10.0.0.5"
                                       << "68" << Status::Pass << "listening"
                                       << "dhclient";
    QTest::newRow("resolver on loopback") << "ss-ltnup-wildcard.txt"
                                          << "tcp"
                                          << "10.0.0.5"
                                          << "53" << Status::Fail << "loopback-only"
                                          << "loopback only (127.0.0.53%lo:53)";
    QTest::newRow("node on loopback") << "ss-ltnp-loopback.txt"
                                      << "http"
                                      << "10.0.0.5"
                                      << "8080" << Status::Fail << "loopback-only"
                                      << "bind it to 0.0.0.0 or the private IP";
    QTest::newRow("java on the backend ip") << "netstat-anp-private.txt"
                                            << "http"
                                            << "10.0.0.5"
                                            << "8080" << Status::Pass << "listening"
                                            << "java (pid 3120) listens on TCP 10.0.0.5:8080";
    QTest::newRow("java on another ip") << "netstat-anp-private.txt"
                                        << "http"
                                        << "10.0.0.6"
                                        << "8080" << Status::Fail << "wrong-address"
                                        << "only on 10.0.0.5:8080, not on the backend IP 10.0.0.6";
    QTest::newRow("netstat sshd tcp6 too") << "netstat-anp-private.txt"
                                           << "tcp"
                                           << "10.0.0.5"
                                           << "22" << Status::Pass << "listening"
                                           << "sshd (pid 1022) listens on TCP 0.0.0.0:22";
    QTest::newRow("netstat chronyd udp loopback") << "netstat-anp-private.txt"
                                                  << "udp"
                                                  << "10.0.0.5"
                                                  << "323" << Status::Fail << "loopback-only"
                                                  << "chronyd";
    QTest::newRow("grep lines") << "netstat-grep-port80.txt"
                                << "http"
                                << "10.0.0.5"
                                << "80" << Status::Pass << "listening"
                                << "httpd";
    QTest::newRow("grep lines, other port") << "netstat-grep-port80.txt"
                                            << "http"
                                            << "10.0.0.5"
                                            << "443" << Status::Fail << "not-listening"
                                            << "nothing listens on TCP port 443";
    QTest::newRow("busybox nothing on 80") << "busybox-netstat-ln.txt"
                                           << "tcp"
                                           << "10.0.0.5"
                                           << "80" << Status::Fail << "not-listening"
                                           << "start the service, check its logs";
    QTest::newRow("busybox udp 5000") << "busybox-netstat-ln.txt"
                                      << "udp"
                                      << "10.0.0.5"
                                      << "5000" << Status::Pass << "listening"
                                      << "UDP 0.0.0.0:5000";
    QTest::newRow("windows iis") << "windows-netstat-ano.txt"
                                 << "http"
                                 << "10.0.0.8"
                                 << "80" << Status::Pass << "listening"
                                 << "pid 4 listens on TCP 0.0.0.0:80";
    QTest::newRow("windows udp 123") << "windows-netstat-ano.txt"
                                     << "udp"
                                     << "10.0.0.8"
                                     << "123" << Status::Pass << "listening"
                                     << "pid 1320";
    QTest::newRow("windows time_wait is not listening") << "windows-netstat-ano.txt"
                                                        << "http"
                                                        << "10.0.0.8"
                                                        << "8080" << Status::Fail << "not-listening"
                                                        << "8080";
    QTest::newRow("findstr loopback") << "windows-findstr-loopback.txt"
                                      << "http"
                                      << "10.0.0.8"
                                      << "8080" << Status::Fail << "loopback-only"
                                      << "127.0.0.1:8080";
    QTest::newRow("powershell json") << "powershell-tcp.json"
                                     << "https"
                                     << "10.0.0.8"
                                     << "443" << Status::Pass << "listening"
                                     << "System (pid 4) listens on TCP 0.0.0.0:443";
    QTest::newRow("powershell json nothing") << "powershell-tcp.json"
                                             << "https"
                                             << "10.0.0.8"
                                             << "8443" << Status::Fail << "not-listening"
                                             << "8443";
    QTest::newRow("ss udp on private ip") << "ss-lunp-udp.txt"
                                          << "udp"
                                          << "10.0.0.5"
                                          << "53" << Status::Pass << "listening"
                                          << "named (pid 990) listens on UDP 10.0.0.5:53";
    QTest::newRow("ss udp on other ip") << "ss-lunp-udp.txt"
                                        << "udp"
                                        << "10.0.0.9"
                                        << "53" << Status::Fail << "wrong-address"
                                        << "10.0.0.5:53";
    QTest::newRow("header only") << "ss-nothing-listening.txt"
                                 << "http"
                                 << "10.0.0.5"
                                 << "80" << Status::Fail << "not-listening"
                                 << "nothing listens on TCP port 80";
    QTest::newRow("truncated keeps whole lines") << "ss-ltnup-truncated.txt"
                                                 << "tcp"
                                                 << "10.0.0.5"
                                                 << "22" << Status::Pass << "listening"
                                                 << "sshd (pid 700)";
    QTest::newRow("truncated process column") << "ss-ltnup-truncated.txt"
                                              << "http"
                                              << "10.0.0.5"
                                              << "80" << Status::Pass << "listening"
                                              << "0.0.0.0:80";
}

void TestSocketsAnalyzer::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, listener);
    QFETCH(QString, ip);
    QFETCH(QString, port);
    QFETCH(Status, status);
    QFETCH(QString, outcome);
    QFETCH(QString, summaryHas);
    const SocketsAnalyzer analyzer;
    const Finding f = analyzer.analyze(
        {BackendFixtures::read("host/sockets/" + file), BackendFixtures::context("tencent", listener, ip, port)});
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    QCOMPARE(f.status, status);
    QCOMPARE(f.outcome, outcome);
    QCOMPARE(f.step, QStringLiteral("listening"));
    if (status == Status::Fail)
        QVERIFY(!f.fix.isEmpty());
}

void TestSocketsAnalyzer::recognizes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mine");
    for (const char *f :
         {"ss-ltnup-wildcard.txt", "ss-ltnp-loopback.txt", "netstat-anp-private.txt", "netstat-grep-port80.txt",
          "busybox-netstat-ln.txt", "windows-netstat-ano.txt", "windows-findstr-loopback.txt", "powershell-tcp.json",
          "ss-lunp-udp.txt", "ss-nothing-listening.txt", "ss-ltnup-truncated.txt"})
        QTest::newRow(f) << QString("host/sockets/") + f << true;
    for (const char *f :
         {"host/routes/ip-route-ok.txt", "host/routes/route-n-ok.txt", "host/routes/windows-route-print.txt",
          "host/tcpwrappers/head-deny-all.txt", "host/tcpwrappers/deny-only-except.txt",
          "host/sysctl/sysctl-a-modern.txt", "host/load/loadavg-nproc-free.txt", "host/load/top-bn1.txt"})
        QTest::newRow(f) << QString(f) << false;
}

void TestSocketsAnalyzer::recognizes()
{
    BackendFixtures::checkRecognition(SocketsAnalyzer());
}

void TestSocketsAnalyzer::parsesAddresses()
{
    // Every address spelling the tools print, with the port and the address LB Doctor reads.
    const QString text = "Netid State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n"
                         "tcp LISTEN 0 5 *:8001 *:*\n"
                         "tcp LISTEN 0 5 [::ffff:10.0.0.5]:8002 *:*\n"
                         "tcp LISTEN 0 5 0.0.0.0%eth1:8003 0.0.0.0:*\n"
                         "tcp LISTEN 0 5 [fe80::1%eth0]:8004 [::]:*\n";
    const auto p = SocketsAnalyzer::parse(text);
    QCOMPARE(p.sockets.size(), 4);
    QCOMPARE(p.sockets[0].address, QStringLiteral("*"));
    QCOMPARE(p.sockets[1].address, QStringLiteral("::ffff:10.0.0.5"));
    QCOMPARE(p.sockets[2].device, QStringLiteral("eth1"));
    QCOMPARE(p.sockets[3].port, quint16(8004));
    // A v4-mapped backend address counts as the backend's own.
    const Finding mapped =
        SocketsAnalyzer().analyze({text, BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8002")});
    QCOMPARE(mapped.status, Status::Pass);
    const Finding device =
        SocketsAnalyzer().analyze({text, BackendFixtures::context("alibaba", "tcp", "10.0.0.5", "8003")});
    QCOMPARE(device.status, Status::Pass);
    QVERIFY(device.evidence.join('\n').contains("bound to interface eth1"));
}

void TestSocketsAnalyzer::processesOnPort()
{
    const QString text = BackendFixtures::read("host/sockets/ss-ltnup-wildcard.txt");
    QCOMPARE(SocketsAnalyzer::processesOn(text, "tcp", 80), QStringList{"nginx"});
    QCOMPARE(SocketsAnalyzer::processesOn(text, "udp", 53), QStringList{"systemd-resolve"});
    QVERIFY(SocketsAnalyzer::processesOn(text, "tcp", 81).isEmpty());
}

QTEST_GUILESS_MAIN(TestSocketsAnalyzer)
#include "tst_socketsanalyzer.moc"
