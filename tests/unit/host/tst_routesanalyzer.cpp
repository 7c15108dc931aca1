#include "backendfixtures.h"

#include "analyzers/host/routesanalyzer.h"

#include <QTest>

// Expected results follow the Huawei seed's route check: a default route through a gateway on a
// connected subnet of the primary NIC, and no route sending health-check replies elsewhere.
class TestRoutesAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void recognizes_data();
    void recognizes();
    void parsesTableAll();
};

void TestRoutesAnalyzer::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryHas");
    QTest::addColumn<QString>("command");

    QTest::newRow("ok") << "ip-route-ok.txt"
                        << "tencent"
                        << "10.0.0.5" << Status::Pass << "points to 10.0.0.1 on eth0"
                        << "";
    QTest::newRow("no default") << "ip-route-no-default.txt"
                                << "tencent"
                                << "10.0.0.5" << Status::Fail << "no default route"
                                << "ip route replace default via <gateway> dev eth0";
    QTest::newRow("gateway off subnet") << "ip-route-gateway-offlink.txt"
                                        << "tencent"
                                        << "10.0.0.5" << Status::Fail
                                        << "192.168.50.1 is not on a connected subnet of eth0"
                                        << "ip route replace default";
    QTest::newRow("asymmetric")
        << "ip-route-asymmetric.txt"
        << "tencent"
        << "10.0.0.5" << Status::Fail
        << "100.64.0.0/10 of the health-check range leave through eth1, not the primary NIC eth0"
        << "ip route del 100.64.0.0/10 dev eth1";
    // Huawei's 100.125.0.0/16 lies inside 100.64.0.0/10, so the same route catches it.
    QTest::newRow("asymmetric, huawei range inside")
        << "ip-route-asymmetric.txt"
        << "huawei"
        << "10.0.0.5" << Status::Fail << "100.125.0.0/16 of the health-check range leave through eth1"
        << "ip route del 100.64.0.0/10 dev eth1";
    QTest::newRow("default on other nic")
        << "ip-route-default-other-nic.txt"
        << "tencent"
        << "10.0.0.5" << Status::Fail << "leaves through eth1, not the primary NIC eth0"
        << "ip route replace default";
    QTest::newRow("blackhole part") << "ip-route-blackhole.txt"
                                    << "tencent"
                                    << "10.0.0.5" << Status::Fail
                                    << "100.100.0.0/16 of the health-check range are discarded"
                                    << "ip route del blackhole 100.100.0.0/16";
    QTest::newRow("blackhole outside huawei range") << "ip-route-blackhole.txt"
                                                    << "huawei"
                                                    << "10.0.0.5" << Status::Pass << "points to 10.0.0.1"
                                                    << "";
    QTest::newRow("table all") << "ip-route-table-all.txt"
                               << "alibaba"
                               << "192.0.2.2" << Status::Pass << "points to 192.0.2.1 on eth0"
                               << "";
    QTest::newRow("route -n") << "route-n-ok.txt"
                              << "alibaba"
                              << "172.16.0.9" << Status::Pass << "points to 172.16.0.1 on eth0"
                              << "";
    QTest::newRow("route -n no default") << "route-n-no-default.txt"
                                         << "alibaba"
                                         << "172.16.0.9" << Status::Fail << "no default route"
                                         << "";
    QTest::newRow("route print") << "windows-route-print.txt"
                                 << "alibaba"
                                 << "10.0.0.8" << Status::Pass << "points to 10.0.0.1 on 10.0.0.8"
                                 << "";
}

void TestRoutesAnalyzer::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, ip);
    QFETCH(Status, status);
    QFETCH(QString, summaryHas);
    QFETCH(QString, command);
    const Finding f = RoutesAnalyzer().analyze(
        {BackendFixtures::read("host/routes/" + file), BackendFixtures::context(profile, "tcp", ip, "80")});
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    QCOMPARE(f.status, status);
    if (!command.isEmpty())
        QVERIFY2(f.commands.join('\n').contains(command), qPrintable(f.commands.join('\n')));
}

void TestRoutesAnalyzer::recognizes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mine");
    for (const char *f :
         {"ip-route-ok.txt", "ip-route-no-default.txt", "ip-route-asymmetric.txt", "ip-route-table-all.txt",
          "route-n-ok.txt", "route-n-no-default.txt", "windows-route-print.txt", "ip-route-blackhole.txt"})
        QTest::newRow(f) << QString("host/routes/") + f << true;
    for (const char *f : {"host/sockets/ss-ltnup-wildcard.txt", "host/sockets/netstat-anp-private.txt",
                          "host/sockets/windows-netstat-ano.txt", "host/tcpwrappers/head-deny-all.txt",
                          "host/sysctl/grep-icmp-ignore.txt", "host/load/uptime-busy.txt"})
        QTest::newRow(f) << QString(f) << false;
}

void TestRoutesAnalyzer::recognizes()
{
    BackendFixtures::checkRecognition(RoutesAnalyzer());
}

void TestRoutesAnalyzer::parsesTableAll()
{
    const auto p = RoutesAnalyzer::parse(BackendFixtures::read("host/routes/ip-route-table-all.txt"));
    // 12 route lines: 2 main IPv4, 5 local-table IPv4, 3 main IPv6, 2 local-table IPv6.
    QCOMPARE(p.routes.size(), 12);
    int local = 0;
    for (const RouteEntry &r : p.routes)
        local += !r.inMainTable();
    QCOMPARE(local, 7);
    QVERIFY(p.routes.at(0).isDefault());
    QCOMPARE(p.routes.at(0).gateway.toString(), QStringLiteral("192.0.2.1"));
}

QTEST_GUILESS_MAIN(TestRoutesAnalyzer)
#include "tst_routesanalyzer.moc"
