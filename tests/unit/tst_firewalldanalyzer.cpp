#include "analyzertestcase.h"

#include <QTest>

// Expected verdicts below are worked out by hand from firewalld's documented order: a source-bound
// zone wins over the interface's zone; in a zone rich rules with priority < 0 go first, then
// drop/reject rules, then accepts (rich, services, ports), then priority > 0, then the target.
class TestFirewalldAnalyzer : public AnalyzerTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void analyze_data();
    void analyze();
    void routesToFirewalld_data();
    void routesToFirewalld();
    void ignoresOtherFormats_data();
    void ignoresOtherFormats();
    void badInput_data();
    void badInput();
};

void TestFirewalldAnalyzer::initTestCase()
{
    m_store.loadAll();
    m_analyzer = AnalyzerRegistry::find("firewalld");
    QVERIFY(m_analyzer);
    QCOMPARE(m_analyzer->step(), QStringLiteral("firewall"));
}

void TestFirewalldAnalyzer::analyze_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("summaryHas");
    QTest::addColumn<QString>("command");
    // Finding::outcome: a drop rule or target DROP drops; a reject rule, %%REJECT%%, icmp-blocks and
    // target default (which rejects with icmp-host-prohibited) reject.
    QTest::addColumn<QString>("outcome");

    // 100.96/11 goes to the source-bound zone lbcheck (ACCEPT); the rest to public via eth0, where the
    // reject rich rule (deny stage) beats service http for 100.64/12.
    QTest::newRow("source zone and rich reject, port 80")
        << "firewalld/zones-rich-sources.txt" << "alibaba" << "http" << 80 << "fail"
        << QStringList{"100.64.0.0/12"} << QStringList{"100.80.0.0/12", "100.96.0.0/11"} << "100.64.0.0/12"
        << "firewall-cmd --permanent --zone=public --add-rich-rule='rule family=\"ipv4\" priority=\"-1\" source address=\"100.64.0.0/10\" port port=\"80\" protocol=\"tcp\" accept'" << "reject";
    QTest::newRow("same zones, port 8443 is an open port")
        << "firewalld/zones-rich-sources.txt" << "alibaba" << "https" << 8443 << "pass"
        << QStringList{} << QStringList{"100.64.0.0/11", "100.96.0.0/11"} << "allows all" << "" << "allowed";
    QTest::newRow("same zones, port 8080 falls to the default target")
        << "firewalld/zones-rich-sources.txt" << "alibaba" << "tcp" << 8080 << "fail"
        << QStringList{"100.64.0.0/11"} << QStringList{"100.96.0.0/11"} << "target default" << "firewall-cmd --reload" << "reject";
    QTest::newRow("--list-all, nothing for 80")
        << "firewalld/list-all-default.txt" << "alibaba" << "http" << 80 << "fail"
        << QStringList{"100.64.0.0/10"} << QStringList{} << "blocks all of 100.64.0.0/10"
        << "firewall-cmd --permanent --zone=public --add-rich-rule='rule family=\"ipv4\" source address=\"100.64.0.0/10\" port port=\"80\" protocol=\"tcp\" accept'" << "reject";
    QTest::newRow("negative priority accept beats a drop")
        << "firewalld/rich-priority.txt" << "alibaba" << "http" << 80 << "fail"
        << QStringList{"100.96.0.0/11"} << QStringList{"100.64.0.0/11"} << "drop" << "priority=\"-1\"" << "drop";
    QTest::newRow("UDP listener, echo-request blocked")
        << "firewalld/icmp-block-udp.txt" << "huawei" << "udp" << 53 << "fail"
        << QStringList{"100.125.0.0/16"} << QStringList{} << "ICMP echo"
        << "icmp-type name=\"echo-request\" accept" << "reject";
    QTest::newRow("TCP listener, dns service open")
        << "firewalld/icmp-block-udp.txt" << "huawei" << "tcp" << 53 << "pass"
        << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all" << "" << "allowed";
    QTest::newRow("unknown custom service, CRLF")
        << "firewalld/unknown-service-crlf.txt" << "alibaba" << "http" << 80 << "unknown"
        << QStringList{} << QStringList{} << "myapp" << "" << "";
    QTest::newRow("daemon not running")
        << "firewalld/not-running.txt" << "alibaba" << "http" << 80 << "pass"
        << QStringList{} << QStringList{} << "not running" << "" << "allowed";
}

void TestFirewalldAnalyzer::analyze()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, listener);
    QFETCH(int, port);
    QFETCH(QString, status);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, allowed);
    QFETCH(QString, summaryHas);
    QFETCH(QString, command);
    QFETCH(QString, outcome);
    const Finding f = m_analyzer->analyze({fixture(file), context(profile, listener, port)});
    QVERIFY2(statusId(f.status) == status, qPrintable(f.summary + "\n" + f.evidence.join("\n")));
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Blocked), blocked);
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Allowed), allowed);
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    QCOMPARE(f.outcome, outcome);
    if (!command.isEmpty())
        QVERIFY2(f.commands.join("\n").contains(command), qPrintable(f.commands.join("\n")));
    else
        QVERIFY(f.commands.isEmpty());
}

void TestFirewalldAnalyzer::routesToFirewalld_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"zones-rich-sources.txt", "list-all-default.txt", "rich-priority.txt", "icmp-block-udp.txt", "not-running.txt", "unknown-service-crlf.txt"})
        QTest::newRow(name) << QString("firewalld/") + name;
}

void TestFirewalldAnalyzer::routesToFirewalld()
{
    QFETCH(QString, file);
    const Analyzer *a = AnalyzerRegistry::recognize("firewall", fixture(file));
    QVERIFY(a);
    QCOMPARE(a->kind(), QStringLiteral("firewalld"));
}

void TestFirewalldAnalyzer::ignoresOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("iptables-save") << "# Generated by iptables-save v1.8.9\n*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n"
                                      ":OUTPUT ACCEPT [0:0]\n:IN_public - [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -s 100.64.0.0/10 -p tcp -m tcp --dport 80 -j ACCEPT\n"
                                      "-A INPUT -j IN_public\nCOMMIT\n";
    QTest::newRow("nft list ruleset") << "table inet firewalld {\n\tchain filter_IN_public {\n\t\tjump filter_IN_public_pre\n"
                                         "\t\ttcp dport 22 ct state new,untracked accept\n\t}\n\tchain filter_INPUT {\n"
                                         "\t\ttype filter hook input priority filter + 10; policy accept;\n\t\tct state established,related accept\n\t}\n}\n";
    QTest::newRow("ufw") << "Status: active\n\nTo  Action  From\n--  ------  ----\n22/tcp  ALLOW  Anywhere\n";
}

void TestFirewalldAnalyzer::ignoresOtherFormats()
{
    QFETCH(QString, text);
    QVERIFY2(m_analyzer->recognize(text) < 10, qPrintable(QString::number(m_analyzer->recognize(text))));
}

void TestFirewalldAnalyzer::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("whitespace") << "  \r\n\t\n" << "empty";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x00\x01\xff\xfe garbage \x7f", 16)) << "no zone";
    QTest::newRow("command only") << "$ firewall-cmd --list-all-zones" << "no zone";
    // A zone header cut off after its first attribute: the target is unknown, so nothing is certain.
    QTest::newRow("truncated") << "public (default, active)\n  target: def" << "unknown";
    QTest::newRow("bad rich rule") << "public (default, active)\n  interfaces: eth0\n  rich rules: \n\trule family=\"ipv4\" frobnicate accept\n" << "frobnicate";
    QString huge;
    for (int i = 0; i < 200000; ++i)
        huge += QStringLiteral("  ports: %1/tcp\n").arg(i % 65535);
    QTest::newRow("huge without zone header") << huge << "no zone";
}

void TestFirewalldAnalyzer::badInput()
{
    QFETCH(QString, text);
    QFETCH(QString, summaryHas);
    QElapsedTimer timer;
    timer.start();
    const Finding f = m_analyzer->analyze({text, context("alibaba", "http", 80)});
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(f.status, Status::Unknown);
    QVERIFY(f.outcome.isEmpty());
    QVERIFY2(f.summary.startsWith("unknown, because"), qPrintable(f.summary));
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
}

QTEST_GUILESS_MAIN(TestFirewalldAnalyzer)
#include "tst_firewalldanalyzer.moc"
