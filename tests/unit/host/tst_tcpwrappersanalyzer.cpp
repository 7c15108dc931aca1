#include "backendfixtures.h"

#include "analyzers/host/socketsanalyzer.h"
#include "analyzers/host/tcpwrappersanalyzer.h"

#include <QTest>

// tcpd's rules (hosts_access(5)): hosts.allow first, then hosts.deny, first match wins, no match
// allows; only libwrap programs read the files.
class TestTcpWrappersAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void patterns_data();
    void patterns();
    void lists_data();
    void lists();
    void fixtures_data();
    void fixtures();
    void relatesToListeningProcess();
    void recognizes_data();
    void recognizes();
};

void TestTcpWrappersAnalyzer::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("sure");
    QTest::addColumn<bool>("maybe");
    QTest::newRow("ALL") << "ALL"
                         << "0.0.0.0/0,::/0" << false;
    QTest::newRow("prefix 2 octets") << "100.64."
                                     << "100.64.0.0/16" << false;
    QTest::newRow("prefix 1 octet") << "100."
                                    << "100.0.0.0/8" << false;
    QTest::newRow("prefix 3 octets") << "100.64.1."
                                     << "100.64.1.0/24" << false;
    QTest::newRow("net/mask") << "100.64.0.0/255.192.0.0"
                              << "100.64.0.0/10" << false;
    QTest::newRow("cidr") << "100.64.0.0/10"
                          << "100.64.0.0/10" << false;
    QTest::newRow("single address") << "100.64.3.4"
                                    << "100.64.3.4/32" << false;
    QTest::newRow("ipv6 any") << "[::]/0"
                              << "::/0" << false;
    QTest::newRow("ipv6 net") << "[2001:db8::]/32"
                              << "2001:db8::/32" << false;
    QTest::newRow("host bits set matches nothing") << "100.64.0.1/255.192.0.0"
                                                   << "" << false;
    QTest::newRow("LOCAL matches no address") << "LOCAL"
                                              << "" << false;
    QTest::newRow("KNOWN needs DNS") << "KNOWN"
                                     << "" << true;
    QTest::newRow("PARANOID needs DNS") << "PARANOID"
                                        << "" << true;
    QTest::newRow("netgroup") << "@lb-nodes"
                              << "" << true;
    QTest::newRow("domain suffix") << ".example.com"
                                   << "" << true;
    QTest::newRow("host name") << "lb1.example.com"
                               << "" << true;
    QTest::newRow("wildcard") << "100.64.*"
                              << "" << true;
    QTest::newRow("pattern file") << "/etc/lb-nodes"
                                  << "" << true;
    QTest::newRow("user@host") << "root@10.0.0.1"
                               << "" << true;
}

void TestTcpWrappersAnalyzer::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, sure);
    QFETCH(bool, maybe);
    const auto m = TcpWrappersAnalyzer::matchPattern(pattern);
    QCOMPARE(m.sure.toCidrs().join(','), sure);
    QCOMPARE(!m.maybe.isEmpty(), maybe);
}

void TestTcpWrappersAnalyzer::lists_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QString>("sure");
    QTest::addColumn<QString>("maybe");
    QTest::newRow("two prefixes") << QStringList{"100.64.", "100.65."} << "100.64.0.0/15"
                                  << "";
    QTest::newRow("except") << QStringList{"100.64.0.0/255.192.0.0", "EXCEPT", "100.64."}
                            << "100.65.0.0/16,100.66.0.0/15,100.68.0.0/14,100.72.0.0/13,100.80.0.0/12,100.96.0.0/11"
                            << "";
    // a EXCEPT b EXCEPT c = a EXCEPT (b EXCEPT c): 100.64.1.x is excluded from the exception.
    QTest::newRow("nested except")
        << QStringList{"100.64.", "EXCEPT", "100.64.0.0/255.255.254.0", "EXCEPT", "100.64.1."}
        << "100.64.1.0/24,100.64.2.0/23,100.64.4.0/22,100.64.8.0/21,100.64.16.0/20,100.64.32.0/19,100.64.64.0/18,100.64.128.0/17"
        << "";
    QTest::newRow("except a host name") << QStringList{"100.64.", "EXCEPT", "lb.example.com"} << ""
                                        << "100.64.0.0/16";
}

void TestTcpWrappersAnalyzer::lists()
{
    QFETCH(QStringList, list);
    QFETCH(QString, sure);
    QFETCH(QString, maybe);
    const auto m = TcpWrappersAnalyzer::matchList(list);
    QCOMPARE(m.sure.toCidrs().join(','), sure);
    QCOMPARE(m.maybe.intersected(RangeSet::fromCidrs({"0.0.0.0/0"})).toCidrs().join(','), maybe);
}

void TestTcpWrappersAnalyzer::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("port");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("blocked");
    QTest::addColumn<QString>("summaryHas");

    QTest::newRow("deny all, ssh port") << "head-deny-all.txt"
                                        << "tencent"
                                        << "22" << Status::Fail << "100.64.0.0/10"
                                        << "hosts.deny line";
    QTest::newRow("deny all, web port: only libwrap programs") << "head-deny-all.txt"
                                                               << "tencent"
                                                               << "80" << Status::Warn << "100.64.0.0/10"
                                                               << "linked with libwrap";
    QTest::newRow("allowed first") << "head-allow-healthcheck.txt"
                                   << "tencent"
                                   << "22" << Status::Pass << ""
                                   << "allows all of 100.64.0.0/10";
    QTest::newRow("missing allow, prefix denied") << "head-missing-allow.txt"
                                                  << "alibaba"
                                                  << "22" << Status::Fail << "100.64.0.0/16"
                                                  << "blocks 100.64.0.0/16 of 100.64.0.0/10";
    QTest::newRow("missing allow, huawei range untouched") << "head-missing-allow.txt"
                                                           << "huawei"
                                                           << "22" << Status::Pass << ""
                                                           << "allows all of 100.125.0.0/16";
    QTest::newRow("except and continuation")
        << "deny-only-except.txt"
        << "huawei"
        << "21" << Status::Fail
        << "100.125.0.0/24,100.125.2.0/23,100.125.4.0/22,100.125.8.0/21,100.125.16.0/20,100.125.32.0/19,100.125.64.0/18,100.125.128.0/17"
        << "blocks";
    QTest::newRow("vsftpd rule does not touch sshd") << "deny-only-except.txt"
                                                     << "huawei"
                                                     << "22" << Status::Pass << ""
                                                     << "allows";
    QTest::newRow("comments only") << "debian-default.txt"
                                   << "tencent"
                                   << "22" << Status::Pass << ""
                                   << "no TCP wrappers rules";
    QTest::newRow("DENY option in hosts.allow") << "allow-with-deny-option.txt"
                                                << "tencent"
                                                << "22" << Status::Fail << "100.64.0.0/10"
                                                << "hosts.allow line";
}

void TestTcpWrappersAnalyzer::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, port);
    QFETCH(Status, status);
    QFETCH(QString, blocked);
    QFETCH(QString, summaryHas);
    const Finding f = TcpWrappersAnalyzer().analyze({BackendFixtures::read("host/tcpwrappers/" + file),
                                                     BackendFixtures::context(profile, "tcp", "10.0.0.5", port)});
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    QCOMPARE(f.status, status);
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Blocked).join(','), blocked);
    if (status == Status::Fail)
        QVERIFY(!f.commands.isEmpty());
}

void TestTcpWrappersAnalyzer::relatesToListeningProcess()
{
    const RunContext c = BackendFixtures::context("tencent", "tcp", "10.0.0.5", "22");
    Finding wrappers = TcpWrappersAnalyzer().analyze({BackendFixtures::read("host/tcpwrappers/head-deny-all.txt"), c});
    wrappers.raw = BackendFixtures::read("host/tcpwrappers/head-deny-all.txt");
    QCOMPARE(wrappers.status, Status::Fail);
    Finding listening = Finding::make("listening", Status::Pass, "sshd listens");
    listening.raw = BackendFixtures::read("host/sockets/ss-ltnup-wildcard.txt");
    const Finding sshd = TcpWrappersAnalyzer::relate(wrappers, listening, c);
    QCOMPARE(sshd.status, Status::Fail); // sshd reads hosts.deny
    QVERIFY(sshd.evidence.join('\n').contains("sshd"));
    QCOMPARE(TcpWrappersAnalyzer::relate(sshd, listening, c), sshd); // applying twice changes nothing

    const RunContext web = BackendFixtures::context("tencent", "http", "10.0.0.5", "80");
    Finding webWrappers = TcpWrappersAnalyzer().analyze({wrappers.raw, web});
    webWrappers.raw = wrappers.raw;
    const Finding nginx = TcpWrappersAnalyzer::relate(webWrappers, listening, web);
    QCOMPARE(nginx.status, Status::Pass);
    QVERIFY2(nginx.summary.contains("do not apply to nginx"), qPrintable(nginx.summary));
}

void TestTcpWrappersAnalyzer::recognizes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mine");
    for (const char *f : {"head-deny-all.txt", "head-allow-healthcheck.txt", "head-missing-allow.txt",
                          "deny-only-except.txt", "debian-default.txt"})
        QTest::newRow(f) << QString("host/tcpwrappers/") + f << true;
    for (const char *f : {"host/sockets/ss-ltnup-wildcard.txt", "host/sockets/netstat-grep-port80.txt",
                          "host/routes/ip-route-ok.txt", "host/routes/route-n-ok.txt", "host/sysctl/tw-recycle-on.txt",
                          "host/sysctl/proc-grep.txt", "host/load/top-bn1.txt", "host/load/windows-wmic.txt"})
        QTest::newRow(f) << QString(f) << false;
}

void TestTcpWrappersAnalyzer::recognizes()
{
    BackendFixtures::checkRecognition(TcpWrappersAnalyzer());
}

QTEST_GUILESS_MAIN(TestTcpWrappersAnalyzer)
#include "tst_tcpwrappersanalyzer.moc"
