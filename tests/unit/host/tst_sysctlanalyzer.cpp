#include "backendfixtures.h"

#include "analyzers/host/sysctlanalyzer.h"

#include <QTest>

// Tencent: tcp_tw_recycle with tcp_timestamps breaks checks; the key is gone since Linux 4.12.
// UDP checks ping first, so icmp_echo_ignore_all = 1 fails them; strict rp_filter with several NICs warns.
class TestSysctlAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void recognizes_data();
    void recognizes();
};

void TestSysctlAnalyzer::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryHas");
    QTest::addColumn<QString>("command");

    QTest::newRow("modern kernel") << "sysctl-a-modern.txt"
                                   << "http" << Status::Pass << "removed in Linux 4.12"
                                   << "";
    QTest::newRow("recycle with timestamps") << "tw-recycle-on.txt"
                                             << "http" << Status::Fail << "tcp_tw_recycle = 1 with tcp_timestamps = 1"
                                             << "sysctl -w net.ipv4.tcp_tw_recycle=0";
    QTest::newRow("recycle alone") << "tw-recycle-no-timestamps.txt"
                                   << "http" << Status::Warn << "tcp_tw_recycle = 1"
                                   << "sysctl -w net.ipv4.tcp_tw_recycle=0";
    QTest::newRow("ping ignored, tcp") << "grep-icmp-ignore.txt"
                                       << "http" << Status::Pass << "no kernel setting breaks"
                                       << "";
    QTest::newRow("ping ignored, udp") << "grep-icmp-ignore.txt"
                                       << "udp" << Status::Fail << "icmp_echo_ignore_all = 1"
                                       << "sysctl -w net.ipv4.icmp_echo_ignore_all=0";
    QTest::newRow("strict rp_filter, two nics")
        << "rp-filter-strict-two-nics.txt"
        << "http" << Status::Warn << "strict rp_filter (1) on eth0, eth1 with 2 NICs"
        << "sysctl -w net.ipv4.conf.eth1.rp_filter=2";
    QTest::newRow("cannot stat") << "cannot-stat.txt"
                                 << "http" << Status::Pass << "does not exist"
                                 << "";
    QTest::newRow("proc grep") << "proc-grep.txt"
                               << "http" << Status::Fail << "tcp_tw_recycle = 1 with tcp_timestamps = 1"
                               << "";
    // Partial output: a kernel newer than 4.12 has no tcp_tw_recycle to ask for (issue 13).
    QTest::newRow("partial, osrelease 6.1") << "partial-modern-osrelease.txt"
                                            << "http" << Status::Pass << "removed in Linux 4.12"
                                            << "";
    QTest::newRow("partial, key of 4.18+") << "partial-modern-keys.txt"
                                           << "http" << Status::Pass << "removed in Linux 4.12"
                                           << "";
    QTest::newRow("partial, osrelease 3.10") << "partial-old-osrelease.txt"
                                             << "http" << Status::Unknown << "tcp_tw_recycle is not in the output"
                                             << "";
}

void TestSysctlAnalyzer::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, listener);
    QFETCH(Status, status);
    QFETCH(QString, summaryHas);
    QFETCH(QString, command);
    const Finding f = SysctlAnalyzer().analyze({BackendFixtures::read("host/sysctl/" + file),
                                                BackendFixtures::context("tencent", listener, "10.0.0.5", "80")});
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    QCOMPARE(f.status, status);
    if (!command.isEmpty())
        QVERIFY2(f.commands.contains(command), qPrintable(f.commands.join('\n')));
    if (status == Status::Fail || status == Status::Warn)
        QVERIFY(!f.fix.isEmpty());
}

void TestSysctlAnalyzer::recognizes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mine");
    for (const char *f : {"sysctl-a-modern.txt", "tw-recycle-on.txt", "grep-icmp-ignore.txt",
                          "rp-filter-strict-two-nics.txt", "proc-grep.txt"})
        QTest::newRow(f) << QString("host/sysctl/") + f << true;
    for (const char *f :
         {"host/sockets/ss-ltnup-wildcard.txt", "host/routes/ip-route-ok.txt", "host/tcpwrappers/head-deny-all.txt",
          "host/load/loadavg-nproc-free.txt", "host/load/powershell-cim.txt"})
        QTest::newRow(f) << QString(f) << false;
}

void TestSysctlAnalyzer::recognizes()
{
    BackendFixtures::checkRecognition(SysctlAnalyzer());
}

QTEST_GUILESS_MAIN(TestSysctlAnalyzer)
#include "tst_sysctlanalyzer.moc"
