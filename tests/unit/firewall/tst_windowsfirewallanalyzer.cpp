#include "analyzertestcase.h"

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
    void outboundDoesNotStopReplies_data();
    void outboundDoesNotStopReplies();
    void routesToAnalyzer_data();
    void routesToAnalyzer();
    void ignoresOtherFormats_data();
    void ignoresOtherFormats();
    void badInput_data();
    void badInput();
};

void TestWindowsFirewallAnalyzer::initTestCase()
{
    setUpAnalyzer("netsh", "firewall");
}

void TestWindowsFirewallAnalyzer::analyze_data()
{
    addFindingColumns(true);
    // Finding::outcome: Windows Firewall discards what it blocks without an answer, so a block is a drop.
    QTest::addColumn<QString>("outcome");

    QTest::newRow("block rule for a range beats the allow rule")
        << "firewall/netsh/block-range.txt"
        << "alibaba"
        << "http" << 80 << "10.0.0.5"
        << "fail" << QStringList{"100.64.0.0/12"} << QStringList{"100.80.0.0/12", "100.96.0.0/11"}
        << "Block carrier NAT"
        << "Set-NetFirewallRule -DisplayName 'Block carrier NAT' -Enabled False"
        << "drop";
    QTest::newRow("UDP port without a rule: default block")
        << "firewall/netsh/block-range.txt"
        << "huawei"
        << "udp" << 5000 << "10.0.0.5"
        << "fail" << QStringList{"100.125.0.0/16"} << QStringList{} << "default inbound action Block"
        << "netsh advfirewall firewall add rule name=\"LB health check\" dir=in action=allow protocol=udp localport=5000 remoteip=100.125.0.0/16"
        << "drop";
    QTest::newRow("JSON, block rule only in the Public profile")
        << "firewall/netsh/powershell-numeric.json"
        << "alibaba"
        << "tcp" << 8080 << "10.0.0.5"
        << "unknown" << QStringList{} << QStringList{"100.64.0.0/11",  "100.96.0.0/12",  "100.112.0.0/13",
                                                     "100.120.0.0/14", "100.124.0.0/15", "100.126.0.0/16"}
        << "network profile"
        << ""
        << "";
    QTest::newRow("JSON, port range of the allow rule")
        << "firewall/netsh/powershell-numeric.json"
        << "alibaba"
        << "tcp" << 9005 << "10.0.0.5"
        << "unknown" << QStringList{} << QStringList{"100.64.0.0/11",  "100.96.0.0/12",  "100.112.0.0/13",
                                                     "100.120.0.0/14", "100.124.0.0/15", "100.126.0.0/16"}
        << "network profile"
        << ""
        << "";
    QTest::newRow("JSON, no rule for 443: blocked in every profile")
        << "firewall/netsh/powershell-numeric.json"
        << "alibaba"
        << "https" << 443 << "10.0.0.5"
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList{} << "blocks all"
        << "New-NetFirewallRule -DisplayName 'LB health check' -Direction Inbound -Action Allow -Protocol TCP -LocalPort 443 -RemoteAddress 100.64.0.0/10"
        << "drop";
    QTest::newRow("JSON with enum names") << "firewall/netsh/powershell-strings.json"
                                          << "alibaba"
                                          << "http" << 80 << "10.0.0.5"
                                          << "pass" << QStringList{} << QStringList{"100.64.0.0/10"} << "allows all"
                                          << ""
                                          << "allowed";
    QTest::newRow("German netsh output") << "firewall/netsh/german.txt"
                                         << "alibaba"
                                         << "http" << 80 << "10.0.0.5"
                                         << "unknown" << QStringList{} << QStringList{} << "German"
                                         << "ConvertTo-Json"
                                         << "";
}

void TestWindowsFirewallAnalyzer::routesToAnalyzer_data()
{
    addFileRows("firewall/netsh",
                {"block-range.txt", "german.txt", "powershell-numeric.json", "powershell-strings.json"});
}

void TestWindowsFirewallAnalyzer::ignoresOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("iptables-save") << "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 100.64.0.0/10 -j DROP\nCOMMIT\n";
    QTest::newRow("nft")
        << "table inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0; policy accept;\n\t}\n}\n";
    QTest::newRow("security group JSON")
        << "{\"Permissions\": {\"Permission\": [{\"Direction\": \"ingress\", \"Policy\": \"Accept\", \"PortRange\": \"80/80\"}]}}";
}

void TestWindowsFirewallAnalyzer::badInput_data()
{
    addBadInputColumns();
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("random text") << "hello world\nthis is not netsh"
                                 << "Rule Name";
    QTest::newRow("truncated JSON") << "[{\"DisplayName\": \"x\", \"Action\": 2, \"LocalPo"
                                    << "does not parse";
    QTest::newRow("JSON without rules") << "{\"foo\": 1}"
                                        << "no firewall rules";
    QTest::newRow("Chinese netsh") << QString::fromUtf8(
        "\xe8\xa7\x84\xe5\x88\x99\xe5\x90\x8d\xe7\xa7\xb0:                            Web\n"
        "----------------------------------------------------------------------\n"
        "\xe5\xb7\xb2\xe5\x90\xaf\xe7\x94\xa8:                                \xe6\x98\xaf\n")
                                   << "Chinese";
    QTest::newRow("unlisted language, netsh layout") << QString::fromUtf8(
        "Szab\xc3\xa1lyn\xc3\xa9v:      Web\n----------------------------------------------------------------------\n"
        "Enged\xc3\xa9lyezve:        Igen\n") << "other than English";
}

void TestWindowsFirewallAnalyzer::analyze()
{
    QFETCH(QString, file);
    // Ranges compared as address sets: how the pieces are cut into CIDR blocks is not the point.
    checkFinding(m_analyzer->analyze({fixtures(file), rowContext(true)}), RangeMatch::AddressSet,
                 SummaryScope::SummaryOrFix);
}

// A default outbound Block and outbound block rules never meet the replies of an accepted inbound
// connection (ALE stateful filtering): the check passes, and the evidence says why.
void TestWindowsFirewallAnalyzer::outboundDoesNotStopReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("evidenceHas");
    QTest::newRow("netsh: BlockOutbound and an outbound block rule")
        << fixture("firewall/netsh/block-outbound.txt") << "http"
        << "The replies (the SYN-ACK and the response data) leave despite the default outbound action Block (Domain profile, Private profile, Public profile); "
           "the outbound block rules \"Block carrier NAT out\"";
    QTest::newRow("PowerShell: DefaultOutboundAction Block (4)")
        << QString(
               "{\"Profiles\": [{\"Name\": \"Public\", \"Enabled\": 1, \"DefaultInboundAction\": 4, \"DefaultOutboundAction\": 4, \"AllowInboundRules\": 1}],"
               " \"Rules\": [{\"DisplayName\": \"HC\", \"Enabled\": 1, \"Direction\": 1, \"Action\": 2, \"Protocol\": \"TCP\", \"LocalPort\": [\"80\"],"
               " \"RemoteAddress\": [\"100.64.0.0/10\"]}]}")
        << "tcp"
        << "The replies (the SYN-ACK) leave despite the default outbound action Block (Public profile)";
}

void TestWindowsFirewallAnalyzer::outboundDoesNotStopReplies()
{
    QFETCH(QString, text);
    QFETCH(QString, listener);
    QFETCH(QString, evidenceHas);
    const Finding f = m_analyzer->analyze({text, context("alibaba", listener, 80, "10.0.0.5")});
    const QString evidence = f.evidence.join('\n');
    QVERIFY2(f.status == Status::Pass, qPrintable(f.summary + '\n' + evidence));
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Allowed), QStringList{"100.64.0.0/10"});
    QVERIFY2(evidence.contains(evidenceHas), qPrintable(evidence));
    QVERIFY2(evidence.contains("ale-stateful-filtering"), qPrintable(evidence));
}

void TestWindowsFirewallAnalyzer::routesToAnalyzer()
{
    checkRecognized("firewall", "netsh");
}

void TestWindowsFirewallAnalyzer::ignoresOtherFormats()
{
    checkIgnored();
}

void TestWindowsFirewallAnalyzer::badInput()
{
    checkBadInput();
}

QTEST_GUILESS_MAIN(TestWindowsFirewallAnalyzer)
#include "tst_windowsfirewallanalyzer.moc"
