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
    void policiesAndDirectRules_data();
    void policiesAndDirectRules();
    void routesToFirewalld_data();
    void routesToFirewalld();
    void ignoresOtherFormats_data();
    void ignoresOtherFormats();
    void badInput_data();
    void badInput();
};

void TestFirewalldAnalyzer::initTestCase()
{
    setUpAnalyzer("firewalld", "firewall");
}

void TestFirewalldAnalyzer::analyze_data()
{
    addFindingColumns(false); // the zones decide, not the backend's address
    // Finding::outcome: a drop rule or target DROP drops; a reject rule, %%REJECT%%, icmp-blocks and
    // target default (which rejects with icmp-host-prohibited) reject.
    QTest::addColumn<QString>("outcome");

    // 100.96/11 goes to the source-bound zone lbcheck (ACCEPT); the rest to public via eth0, where the
    // reject rich rule (deny stage) beats service http for 100.64/12.
    QTest::newRow("source zone and rich reject, port 80")
        << "firewall/firewalld/zones-rich-sources.txt"
        << "alibaba"
        << "http" << 80 << "fail" << QStringList{"100.64.0.0/12"} << QStringList{"100.80.0.0/12", "100.96.0.0/11"}
        << "100.64.0.0/12"
        << "firewall-cmd --permanent --zone=public --add-rich-rule='rule family=\"ipv4\" priority=\"-1\" source address=\"100.64.0.0/10\" port port=\"80\" protocol=\"tcp\" accept'"
        << "reject";
    QTest::newRow("same zones, port 8443 is an open port")
        << "firewall/firewalld/zones-rich-sources.txt"
        << "alibaba"
        << "https" << 8443 << "pass" << QStringList{} << QStringList{"100.64.0.0/11", "100.96.0.0/11"} << "allows all"
        << ""
        << "allowed";
    QTest::newRow("same zones, port 8080 falls to the default target")
        << "firewall/firewalld/zones-rich-sources.txt"
        << "alibaba"
        << "tcp" << 8080 << "fail" << QStringList{"100.64.0.0/11"} << QStringList{"100.96.0.0/11"} << "target default"
        << "firewall-cmd --reload"
        << "reject";
    QTest::newRow("--list-all, nothing for 80")
        << "firewall/firewalld/list-all-default.txt"
        << "alibaba"
        << "http" << 80 << "fail" << QStringList{"100.64.0.0/10"} << QStringList{} << "blocks all of 100.64.0.0/10"
        << "firewall-cmd --permanent --zone=public --add-rich-rule='rule family=\"ipv4\" source address=\"100.64.0.0/10\" port port=\"80\" protocol=\"tcp\" accept'"
        << "reject";
    QTest::newRow("negative priority accept beats a drop")
        << "firewall/firewalld/rich-priority.txt"
        << "alibaba"
        << "http" << 80 << "fail" << QStringList{"100.96.0.0/11"} << QStringList{"100.64.0.0/11"} << "drop"
        << "priority=\"-1\""
        << "drop";
    QTest::newRow("UDP listener, echo-request blocked")
        << "firewall/firewalld/icmp-block-udp.txt"
        << "huawei"
        << "udp" << 53 << "fail" << QStringList{"100.125.0.0/16"} << QStringList{} << "ICMP echo"
        << "icmp-type name=\"echo-request\" accept"
        << "reject";
    QTest::newRow("TCP listener, dns service open")
        << "firewall/firewalld/icmp-block-udp.txt"
        << "huawei"
        << "tcp" << 53 << "pass" << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all"
        << ""
        << "allowed";
    QTest::newRow("unknown custom service, CRLF")
        << "firewall/firewalld/unknown-service-crlf.txt"
        << "alibaba"
        << "http" << 80 << "unknown" << QStringList{} << QStringList{} << "myapp"
        << ""
        << "";
    QTest::newRow("daemon not running") << "firewall/firewalld/not-running.txt"
                                        << "alibaba"
                                        << "http" << 80 << "pass" << QStringList{} << QStringList{} << "not running"
                                        << ""
                                        << "allowed";
}

void TestFirewalldAnalyzer::analyze()
{
    QFETCH(QString, file);
    checkFinding(m_analyzer->analyze({fixture(file), rowContext(false)}), RangeMatch::Exact, SummaryScope::Summary);
}

// Policy objects and direct rules pasted with the zones: outgoing ones do not stop the replies (they are
// ESTABLISHED, accepted ahead of them); direct rules on INPUT are not judged, so a pass becomes a warning.
void TestFirewalldAnalyzer::policiesAndDirectRules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("evidenceHas");
    QTest::newRow("outgoing policy REJECT and direct OUTPUT DROP")
        << "firewall/firewalld/policies-direct-output.txt"
        << "pass"
        << "The replies (the SYN-ACK and the response data) leave despite policy lockdown-out (target REJECT); the direct rule ipv4 filter OUTPUT 99 -j DROP: they are ESTABLISHED";
    QTest::newRow("direct INPUT DROP ahead of the zones")
        << "firewall/firewalld/direct-input-drop.txt"
        << "warn"
        << "direct rules on INPUT run ahead of the zones and may drop the health check: ipv4 filter INPUT 0 -s 100.64.0.0/12 -p tcp --dport 80 -j DROP";
}

void TestFirewalldAnalyzer::policiesAndDirectRules()
{
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(QString, evidenceHas);
    const Finding f = m_analyzer->analyze({fixture(file), context("alibaba", "http", 80, "10.0.0.5")});
    const QString evidence = f.evidence.join('\n');
    QVERIFY2(statusId(f.status) == status, qPrintable(f.summary + '\n' + evidence));
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Allowed), QStringList{"100.64.0.0/10"});
    QVERIFY2(evidence.contains(evidenceHas), qPrintable(evidence));
    QVERIFY2(!evidence.contains("allow-host-ipv6"), qPrintable(evidence)); // a policy, not a zone, and it accepts only
}

void TestFirewalldAnalyzer::routesToFirewalld_data()
{
    addFileRows("firewall/firewalld",
                {"zones-rich-sources.txt", "list-all-default.txt", "rich-priority.txt", "icmp-block-udp.txt",
                 "not-running.txt", "unknown-service-crlf.txt"});
}

void TestFirewalldAnalyzer::routesToFirewalld()
{
    checkRecognized("firewall", "firewalld");
}

void TestFirewalldAnalyzer::ignoresOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("iptables-save")
        << "# Generated by iptables-save v1.8.9\n*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n"
           ":OUTPUT ACCEPT [0:0]\n:IN_public - [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -s 100.64.0.0/10 -p tcp -m tcp --dport 80 -j ACCEPT\n"
           "-A INPUT -j IN_public\nCOMMIT\n";
    QTest::newRow("nft list ruleset")
        << "table inet firewalld {\n\tchain filter_IN_public {\n\t\tjump filter_IN_public_pre\n"
           "\t\ttcp dport 22 ct state new,untracked accept\n\t}\n\tchain filter_INPUT {\n"
           "\t\ttype filter hook input priority filter + 10; policy accept;\n\t\tct state established,related accept\n\t}\n}\n";
    QTest::newRow("ufw") << "Status: active\n\nTo  Action  From\n--  ------  ----\n22/tcp  ALLOW  Anywhere\n";
}

void TestFirewalldAnalyzer::ignoresOtherFormats()
{
    checkIgnored();
}

void TestFirewalldAnalyzer::badInput_data()
{
    addBadInputColumns();
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("whitespace") << "  \r\n\t\n"
                                << "empty";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x00\x01\xff\xfe garbage \x7f", 16)) << "no zone";
    QTest::newRow("command only") << "$ firewall-cmd --list-all-zones"
                                  << "no zone";
    // Single words on lines look like zone headers; without a "key: value" line none is a zone.
    QTest::newRow("words on lines") << "hello\nworld (x)\n  lorem ipsum\nfoo\n"
                                    << "no zone";
    // A zone header cut off after its first attribute: the target is unknown, so nothing is certain.
    QTest::newRow("truncated") << "public (default, active)\n  target: def"
                               << "unknown";
    QTest::newRow("bad rich rule")
        << "public (default, active)\n  interfaces: eth0\n  rich rules: \n\trule family=\"ipv4\" frobnicate accept\n"
        << "frobnicate";
    QString huge;
    for (int i = 0; i < 200000; ++i)
        huge += QStringLiteral("  ports: %1/tcp\n").arg(i % 65535);
    QTest::newRow("huge without zone header") << huge << "no zone";
}

void TestFirewalldAnalyzer::badInput()
{
    checkBadInput();
}

QTEST_GUILESS_MAIN(TestFirewalldAnalyzer)
#include "tst_firewalldanalyzer.moc"
