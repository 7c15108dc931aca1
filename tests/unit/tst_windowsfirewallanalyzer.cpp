#include "analyzertestcase.h"

#include "analyzers/analyzer.h"
#include "core/addressrange.h"
#include "core/profilestore.h"
#include "core/target.h"

#include <QFile>
#include <QTest>

// Expected verdicts are worked out by hand from Windows Firewall's documented precedence: block
// rules before allow rules, then each profile's default inbound action; where profiles disagree the
// answer depends on the NIC's network profile and is unknown.
class TestWindowsFirewallAnalyzer : public AnalyzerTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void analyze_data();
    void analyze();
    void routesToAnalyzer_data();
    void routesToAnalyzer();
    void ignoresOtherFormats_data();
    void ignoresOtherFormats();
    void badInput_data();
    void badInput();
};

void TestWindowsFirewallAnalyzer::initTestCase()
{
    m_store.loadAll();
    m_analyzer = AnalyzerRegistry::find("netsh");
    QVERIFY(m_analyzer);
    QCOMPARE(m_analyzer->step(), QStringLiteral("firewall"));
}

void TestWindowsFirewallAnalyzer::analyze_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("summaryHas");
    QTest::addColumn<QString>("command");
    // Finding::outcome: Windows Firewall discards what it blocks without an answer, so a block is a drop.
    QTest::addColumn<QString>("outcome");

    QTest::newRow("block rule for a range beats the allow rule")
        << "netsh/block-range.txt" << "alibaba" << "http" << 80 << "10.0.0.5" << "fail"
        << QStringList{"100.64.0.0/12"} << QStringList{"100.80.0.0/12", "100.96.0.0/11"} << "Block carrier NAT"
        << "Set-NetFirewallRule -DisplayName 'Block carrier NAT' -Enabled False" << "drop";
    QTest::newRow("UDP port without a rule: default block")
        << "netsh/block-range.txt" << "huawei" << "udp" << 5000 << "10.0.0.5" << "fail"
        << QStringList{"100.125.0.0/16"} << QStringList{} << "default inbound action Block"
        << "netsh advfirewall firewall add rule name=\"LB health check\" dir=in action=allow protocol=udp localport=5000 remoteip=100.125.0.0/16" << "drop";
    QTest::newRow("JSON, block rule only in the Public profile")
        << "netsh/powershell-numeric.json" << "alibaba" << "tcp" << 8080 << "10.0.0.5" << "unknown"
        << QStringList{} << QStringList{"100.64.0.0/11", "100.96.0.0/12", "100.112.0.0/13", "100.120.0.0/14", "100.124.0.0/15", "100.126.0.0/16"}
        << "network profile" << "" << "";
    QTest::newRow("JSON, port range of the allow rule")
        << "netsh/powershell-numeric.json" << "alibaba" << "tcp" << 9005 << "10.0.0.5" << "unknown"
        << QStringList{} << QStringList{"100.64.0.0/11", "100.96.0.0/12", "100.112.0.0/13", "100.120.0.0/14", "100.124.0.0/15", "100.126.0.0/16"}
        << "network profile" << "" << "";
    QTest::newRow("JSON, no rule for 443: blocked in every profile")
        << "netsh/powershell-numeric.json" << "alibaba" << "https" << 443 << "10.0.0.5" << "fail"
        << QStringList{"100.64.0.0/10"} << QStringList{} << "blocks all"
        << "New-NetFirewallRule -DisplayName 'LB health check' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 443 -RemoteAddress 100.64.0.0/10" << "drop";
    QTest::newRow("JSON with enum names")
        << "netsh/powershell-strings.json" << "alibaba" << "http" << 80 << "10.0.0.5" << "pass"
        << QStringList{} << QStringList{"100.64.0.0/10"} << "allows all" << "" << "allowed";
    QTest::newRow("German netsh output")
        << "netsh/german.txt" << "alibaba" << "http" << 80 << "10.0.0.5" << "unknown"
        << QStringList{} << QStringList{} << "German" << "ConvertTo-Json" << "";
}

void TestWindowsFirewallAnalyzer::routesToAnalyzer_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"block-range.txt", "german.txt", "powershell-numeric.json", "powershell-strings.json"})
        QTest::newRow(name) << QString("netsh/") + name;
}

void TestWindowsFirewallAnalyzer::ignoresOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("iptables-save") << "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 100.64.0.0/10 -j DROP\nCOMMIT\n";
    QTest::newRow("nft") << "table inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0; policy accept;\n\t}\n}\n";
    QTest::newRow("security group JSON") << "{\"Permissions\": {\"Permission\": [{\"Direction\": \"ingress\", \"Policy\": \"Accept\", \"PortRange\": \"80/80\"}]}}";
}

void TestWindowsFirewallAnalyzer::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("random text") << "hello world\nthis is not netsh" << "Rule Name";
    QTest::newRow("truncated JSON") << "[{\"DisplayName\": \"x\", \"Action\": 2, \"LocalPo" << "does not parse";
    QTest::newRow("JSON without rules") << "{\"foo\": 1}" << "no firewall rules";
    QTest::newRow("Chinese netsh") << QString::fromUtf8("\xe8\xa7\x84\xe5\x88\x99\xe5\x90\x8d\xe7\xa7\xb0:                            Web\n"
                                                         "----------------------------------------------------------------------\n"
                                                         "\xe5\xb7\xb2\xe5\x90\xaf\xe7\x94\xa8:                                \xe6\x98\xaf\n")
                                   << "Chinese";
    QTest::newRow("unlisted language, netsh layout") << QString::fromUtf8("Szab\xc3\xa1lyn\xc3\xa9v:      Web\n----------------------------------------------------------------------\n"
                                                                          "Enged\xc3\xa9lyezve:        Igen\n")
                                                     << "other than English";
}

void TestWindowsFirewallAnalyzer::analyze()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, listener);
    QFETCH(int, port);
    QFETCH(QString, ip);
    QFETCH(QString, status);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, allowed);
    QFETCH(QString, summaryHas);
    QFETCH(QString, command);
    QFETCH(QString, outcome);
    QString text;
    for (const QString &name : file.split('+'))
        text += fixture(name) + "\n";
    const Finding f = m_analyzer->analyze({text, context(profile, listener, port, ip)});
    QVERIFY2(statusId(f.status) == status, qPrintable(f.summary + "\n" + f.evidence.join("\n")));
    // Compared as address sets: how the pieces are cut into CIDR blocks is not the point.
    QCOMPARE(RangeSet::fromCidrs(f.rangesWith(RangeDecision::Verdict::Blocked)).toString(), RangeSet::fromCidrs(blocked).toString());
    QCOMPARE(RangeSet::fromCidrs(f.rangesWith(RangeDecision::Verdict::Allowed)).toString(), RangeSet::fromCidrs(allowed).toString());
    QVERIFY2(QString(f.summary + " " + f.fix).contains(summaryHas), qPrintable(f.summary + "\n" + f.fix));
    QCOMPARE(f.outcome, outcome);
    if (!command.isEmpty())
        QVERIFY2(f.commands.join("\n").contains(command), qPrintable(f.commands.join("\n")));
    else
        QVERIFY(f.commands.isEmpty());
}

void TestWindowsFirewallAnalyzer::routesToAnalyzer()
{
    QFETCH(QString, file);
    const Analyzer *a = AnalyzerRegistry::recognize("firewall", fixture(file));
    QVERIFY(a);
    QCOMPARE(a->kind(), QStringLiteral("netsh"));
}

void TestWindowsFirewallAnalyzer::ignoresOtherFormats()
{
    QFETCH(QString, text);
    QVERIFY2(m_analyzer->recognize(text) < 10, qPrintable(QString::number(m_analyzer->recognize(text))));
}

void TestWindowsFirewallAnalyzer::badInput()
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

QTEST_GUILESS_MAIN(TestWindowsFirewallAnalyzer)
#include "tst_windowsfirewallanalyzer.moc"
