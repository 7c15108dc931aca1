#include "analyzertestcase.h"

#include <QTest>

// Expected verdicts are worked out by hand from the providers' documented evaluation: Alibaba and
// Huawei by priority (smaller first, deny wins a tie), Tencent and network ACLs in list order, deny
// by default; a UDP listener also needs ICMP; a rule naming another group is unknown.
class TestSecurityGroupAnalyzer : public AnalyzerTestCase
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

void TestSecurityGroupAnalyzer::initTestCase()
{
    setUpAnalyzer("secgroup", "secgroup");
}

void TestSecurityGroupAnalyzer::analyze_data()
{
    addFindingColumns(true);
    // Finding::outcome: security groups and network ACLs discard denied packets silently: drop.
    QTest::addColumn<QString>("outcome");

    QTest::newRow("Alibaba: Drop priority 1 shadows Accept priority 100")
        << "firewall/secgroup/alibaba-drop-shadows.json" << "alibaba" << "http" << 80 << "10.0.0.5" << "fail"
        << QStringList{"100.64.0.0/11"} << QStringList{"100.96.0.0/11"} << "priority 1"
        << "aliyun ecs AuthorizeSecurityGroup --RegionId cn-hangzhou --SecurityGroupId sg-bp1example --IpProtocol tcp --PortRange 80/80 --SourceCidrIp 100.64.0.0/10 --Policy accept --Priority 1" << "drop";
    QTest::newRow("Tencent: group reference, then an allow for the port")
        << "firewall/secgroup/tencent-reference.json" << "tencent" << "tcp" << 8005 << "10.0.0.5" << "pass"
        << QStringList{} << QStringList{"100.64.0.0/10"} << "allows all" << "" << "allowed";
    QTest::newRow("Tencent: group reference, then a drop")
        << "firewall/secgroup/tencent-reference.json" << "tencent" << "http" << 80 << "10.0.0.5" << "unknown"
        << QStringList{} << QStringList{} << "sg-lbnodes" << "" << "";
    QTest::newRow("Huawei: UDP allowed, ICMP not")
        << "firewall/secgroup/huawei-udp-no-icmp.json" << "huawei" << "udp" << 5050 << "10.0.0.5" << "fail"
        << QStringList{"100.125.0.0/16"} << QStringList{} << "ICMP"
        << "hcloud VPC CreateSecurityGroupRule/v3 --security_group_rule.security_group_id=sg-hw1 --security_group_rule.direction=ingress --security_group_rule.protocol=icmp --security_group_rule.remote_ip_prefix=100.125.0.0/16" << "drop";
    QTest::newRow("Huawei: TCP 80 allowed")
        << "firewall/secgroup/huawei-udp-no-icmp.json" << "huawei" << "http" << 80 << "10.0.0.5" << "pass"
        << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all" << "" << "allowed";
    QTest::newRow("Huawei network ACL: first match denies half")
        << "firewall/secgroup/huawei-acl.json" << "huawei" << "http" << 80 << "10.0.0.5" << "fail"
        << QStringList{"100.125.0.0/17"} << QStringList{"100.125.128.0/17"} << "Network ACLs" << "" << "drop";
    QTest::newRow("Huawei security group and network ACL pasted together")
        << "firewall/secgroup/huawei-udp-no-icmp.json+firewall/secgroup/huawei-acl.json" << "huawei" << "http" << 80 << "10.0.0.5" << "fail"
        << QStringList{"100.125.0.0/17"} << QStringList{"100.125.128.0/17"} << "deny-part" << "" << "drop";
    QTest::newRow("Huawei network ACL, other port: allow rule")
        << "firewall/secgroup/huawei-acl.json" << "huawei" << "tcp" << 443 << "10.0.0.5" << "pass"
        << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all" << "" << "allowed";
}

void TestSecurityGroupAnalyzer::routesToAnalyzer_data()
{
    addFileRows("firewall/secgroup", {"alibaba-drop-shadows.json", "tencent-reference.json", "huawei-udp-no-icmp.json", "huawei-acl.json"});
}

void TestSecurityGroupAnalyzer::ignoresOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("iptables-save") << "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 100.64.0.0/10 -j DROP\nCOMMIT\n";
    QTest::newRow("nft -j") << "{\"nftables\": [{\"metainfo\": {\"version\": \"1.0.6\"}}, {\"table\": {\"family\": \"inet\", \"name\": \"filter\"}}]}";
    QTest::newRow("PowerShell firewall JSON") << "[{\"DisplayName\": \"x\", \"Direction\": 1, \"Action\": 2, \"LocalPort\": \"80\", \"RemoteAddress\": \"Any\"}]";
}

void TestSecurityGroupAnalyzer::badInput_data()
{
    addBadInputColumns();
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("not JSON") << "sg-123  ingress  tcp  80  100.64.0.0/10" << "not JSON";
    QTest::newRow("truncated") << fixture("firewall/secgroup/truncated.json") << "not JSON";
    QTest::newRow("unknown JSON") << "{\"foo\": [1, 2]}" << "not a security group";
    QTest::newRow("second document truncated") << fixture("firewall/secgroup/huawei-acl.json") + "\n{\"security_group_rules\": [" << "document 2";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("{\x00\x01\xff\xfe", 5)) << "not JSON";
}

void TestSecurityGroupAnalyzer::analyze()
{
    QFETCH(QString, file);
    // Ranges compared as address sets: how the pieces are cut into CIDR blocks is not the point.
    checkFinding(m_analyzer->analyze({fixtures(file), rowContext(true)}), RangeMatch::AddressSet, SummaryScope::SummaryOrFix);
}

void TestSecurityGroupAnalyzer::routesToAnalyzer()
{
    checkRecognized("secgroup", "secgroup");
}

void TestSecurityGroupAnalyzer::ignoresOtherFormats()
{
    checkIgnored();
}

void TestSecurityGroupAnalyzer::badInput()
{
    checkBadInput();
}

QTEST_GUILESS_MAIN(TestSecurityGroupAnalyzer)
#include "tst_securitygroupanalyzer.moc"
