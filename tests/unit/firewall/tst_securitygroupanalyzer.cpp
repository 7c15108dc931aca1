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
    void statelessAcls_data();
    void statelessAcls();
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
        << "firewall/secgroup/alibaba-drop-shadows.json"
        << "alibaba"
        << "http" << 80 << "10.0.0.5"
        << "fail" << QStringList{"100.64.0.0/11"} << QStringList{"100.96.0.0/11"} << "priority 1"
        << "aliyun ecs AuthorizeSecurityGroup --RegionId cn-hangzhou --SecurityGroupId sg-bp1example --IpProtocol tcp --PortRange 80/80 --SourceCidrIp 100.64.0.0/10 --Policy accept --Priority 1"
        << "drop";
    QTest::newRow("Tencent: group reference, then an allow for the port")
        << "firewall/secgroup/tencent-reference.json"
        << "tencent"
        << "tcp" << 8005 << "10.0.0.5"
        << "pass" << QStringList{} << QStringList{"100.64.0.0/10"} << "allows all"
        << ""
        << "allowed";
    QTest::newRow("Tencent: group reference, then a drop")
        << "firewall/secgroup/tencent-reference.json"
        << "tencent"
        << "http" << 80 << "10.0.0.5"
        << "unknown" << QStringList{} << QStringList{} << "sg-lbnodes"
        << ""
        << "";
    QTest::newRow("Huawei: UDP allowed, ICMP not")
        << "firewall/secgroup/huawei-udp-no-icmp.json"
        << "huawei"
        << "udp" << 5050 << "10.0.0.5"
        << "fail" << QStringList{"100.125.0.0/16"} << QStringList{} << "ICMP"
        << "hcloud VPC CreateSecurityGroupRule/v3 --security_group_rule.security_group_id=sg-hw1 --security_group_rule.direction=ingress --security_group_rule.protocol=icmp --security_group_rule.remote_ip_prefix=100.125.0.0/16"
        << "drop";
    QTest::newRow("Huawei: TCP 80 allowed") << "firewall/secgroup/huawei-udp-no-icmp.json"
                                            << "huawei"
                                            << "http" << 80 << "10.0.0.5"
                                            << "pass" << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all"
                                            << ""
                                            << "allowed";
    QTest::newRow("Huawei network ACL: first match denies half")
        << "firewall/secgroup/huawei-acl.json"
        << "huawei"
        << "http" << 80 << "10.0.0.5"
        << "fail" << QStringList{"100.125.0.0/17"} << QStringList{"100.125.128.0/17"} << "Network ACLs"
        << ""
        << "drop";
    QTest::newRow("Huawei security group and network ACL pasted together")
        << "firewall/secgroup/huawei-udp-no-icmp.json+firewall/secgroup/huawei-acl.json"
        << "huawei"
        << "http" << 80 << "10.0.0.5"
        << "fail" << QStringList{"100.125.0.0/17"} << QStringList{"100.125.128.0/17"} << "deny-part"
        << ""
        << "drop";
    QTest::newRow("Huawei network ACL, other port: allow rule")
        << "firewall/secgroup/huawei-acl.json"
        << "huawei"
        << "tcp" << 443 << "10.0.0.5"
        << "pass" << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all"
        << ""
        << "allowed";
}

// Network ACLs the provider documents as stateless (AWS, Alibaba, Tencent) judge the replies by their
// outbound rules, to the ports 1024-65535 the health checker may send from; Huawei's is stateful.
void TestSecurityGroupAnalyzer::statelessAcls_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("cidr"); // empty: the profile's
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("textHas"); // in the summary, fix or evidence
    QTest::addColumn<QString>("command"); // empty: none

    QTest::newRow("AWS: outbound only HTTPS, the SYN-ACK meets rule *")
        << "firewall/secgroup/aws-nacl-no-reply-rule.json"
        << "aws"
        << "http" << 80 << "10.0.0.0/16"
        << "fail" << QStringList{"10.0.0.0/16"} << QStringList{}
        << "outbound rule * (deny all all to 0.0.0.0/0), for the reply (the SYN-ACK and the response data)"
        << "aws ec2 create-network-acl-entry --network-acl-id acl-0a1b2c3d --egress --rule-number 99 --protocol tcp --port-range From=1024,To=65535 --cidr-block 10.0.0.0/16 --rule-action allow";
    QTest::newRow("AWS: ephemeral outbound rule, a /24 denied ahead of it")
        << "firewall/secgroup/aws-nacl-ephemeral.json"
        << "aws"
        << "tcp" << 80 << "10.0.0.0/16"
        << "fail" << QStringList{"10.0.200.0/24"}
        << QStringList{"10.0.0.0/17",   "10.0.128.0/18", "10.0.192.0/21", "10.0.201.0/24",
                       "10.0.202.0/23", "10.0.204.0/22", "10.0.208.0/20", "10.0.224.0/19"}
        << "outbound rule 90"
        << "--egress --rule-number 89 --protocol tcp --port-range From=1024,To=65535 --cidr-block 10.0.0.0/16";
    QTest::newRow("AWS: UDP check needs the UDP and the ICMP echo reply out")
        << "firewall/secgroup/aws-nacl-ephemeral.json"
        << "aws"
        << "udp" << 5000 << "10.0.0.0/16"
        << "fail" << QStringList{"10.0.0.0/16"} << QStringList{} << "the ICMP echo reply"
        << "--egress --rule-number 89 --protocol icmp --icmp-type-code Type=0,Code=0 --cidr-block 10.0.0.0/16 --rule-action allow";
    QTest::newRow("Alibaba: inbound allowed, outbound only DNS and HTTPS")
        << "firewall/secgroup/alibaba-nacl-stateless.json"
        << "alibaba"
        << "http" << 80 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList{} << "under Outbound Rules add the rule"
        << "";
    QTest::newRow("Alibaba: the evidence cites the stateless page")
        << "firewall/secgroup/alibaba-nacl-stateless.json"
        << "alibaba"
        << "tcp" << 80 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList{}
        << "is stateless (https://www.alibabacloud.com/help/en/vpc/examples)"
        << "";
    QTest::newRow("Tencent: outbound 32768-65535 covers part of the ephemeral ports")
        << "firewall/secgroup/tencent-nacl-partial-ports.json"
        << "tencent"
        << "tcp" << 80 << ""
        << "unknown" << QStringList{} << QStringList{} << "covers only part of the ports 1024-65535"
        << "";
    QTest::newRow("Tencent: no outbound entry, the default rule denies the SYN-ACK")
        << "firewall/secgroup/tencent-nacl-no-reply-rule.json"
        << "tencent"
        << "tcp" << 80 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList{} << "no outbound rule allows the reply (the SYN-ACK)"
        << "tccli vpc CreateNetworkAclEntries --NetworkAclId acl-87654321 --NetworkAclEntrySet '{\"Egress\":[{\"Protocol\":\"TCP\",\"Port\":\"1024-65535\",\"CidrBlock\":\"100.64.0.0/10\",\"Action\":\"ACCEPT\",\"Description\":\"LB health check replies\"}]}'";
    QTest::newRow("Huawei: the network ACL is stateful, no outbound rule needed")
        << "firewall/secgroup/huawei-acl.json"
        << "huawei"
        << "tcp" << 443 << ""
        << "pass" << QStringList{} << QStringList{"100.125.0.0/16"}
        << "is stateful (https://support.huaweicloud.com/intl/en-us/productdesc-vpc/en-us_topic_0051746676.html)"
        << "";
}

void TestSecurityGroupAnalyzer::statelessAcls()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, listener);
    QFETCH(int, port);
    QFETCH(QString, cidr);
    QFETCH(QString, status);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, allowed);
    QFETCH(QString, textHas);
    QFETCH(QString, command);
    RunContext c = context(profile, listener, port, "10.0.1.5");
    if (!cidr.isEmpty())
        c.target.sourceCidr = cidr;
    const Finding f = m_analyzer->analyze({fixture(file), c});
    const QString text = f.summary + "\n" + f.fix + "\n" + f.evidence.join("\n");
    QVERIFY2(statusId(f.status) == status, qPrintable(text));
    QCOMPARE(RangeSet::fromCidrs(f.rangesWith(RangeDecision::Verdict::Blocked)).toString(),
             RangeSet::fromCidrs(blocked).toString());
    QCOMPARE(RangeSet::fromCidrs(f.rangesWith(RangeDecision::Verdict::Allowed)).toString(),
             RangeSet::fromCidrs(allowed).toString());
    QVERIFY2(text.contains(textHas), qPrintable(text));
    // Where only the replies are stopped, the fix gives no inbound advice.
    const bool inboundBlocked =
        QTest::currentDataTag() == QByteArray("AWS: UDP check needs the UDP and the ICMP echo reply out");
    QCOMPARE(f.fix.contains("with a higher priority (smaller number) than any deny rule that covers it"),
             inboundBlocked);
    QCOMPARE(f.fix.contains("Add an inbound rule"), inboundBlocked); // nor the profile's inbound guidance
    QCOMPARE(f.fix.contains("under Inbound Rules"), inboundBlocked);
    const QString commands = f.commands.join('\n');
    if (command.isEmpty())
        QVERIFY2(f.commands.isEmpty(), qPrintable(commands));
    else
        QVERIFY2(commands.contains(command), qPrintable(commands));
}

void TestSecurityGroupAnalyzer::routesToAnalyzer_data()
{
    addFileRows("firewall/secgroup",
                {"alibaba-drop-shadows.json", "tencent-reference.json", "huawei-udp-no-icmp.json", "huawei-acl.json",
                 "aws-nacl-no-reply-rule.json", "alibaba-nacl-stateless.json", "tencent-nacl-partial-ports.json"});
}

void TestSecurityGroupAnalyzer::ignoresOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("iptables-save") << "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 100.64.0.0/10 -j DROP\nCOMMIT\n";
    QTest::newRow("nft -j")
        << "{\"nftables\": [{\"metainfo\": {\"version\": \"1.0.6\"}}, {\"table\": {\"family\": \"inet\", \"name\": \"filter\"}}]}";
    QTest::newRow("PowerShell firewall JSON")
        << "[{\"DisplayName\": \"x\", \"Direction\": 1, \"Action\": 2, \"LocalPort\": \"80\", \"RemoteAddress\": \"Any\"}]";
}

void TestSecurityGroupAnalyzer::badInput_data()
{
    addBadInputColumns();
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("not JSON") << "sg-123  ingress  tcp  80  100.64.0.0/10"
                              << "not JSON";
    QTest::newRow("truncated") << fixture("firewall/secgroup/truncated.json") << "not JSON";
    QTest::newRow("unknown JSON") << "{\"foo\": [1, 2]}"
                                  << "not a security group";
    QTest::newRow("second document truncated")
        << fixture("firewall/secgroup/huawei-acl.json") + "\n{\"security_group_rules\": ["
        << "document 2";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("{\x00\x01\xff\xfe", 5)) << "not JSON";
}

void TestSecurityGroupAnalyzer::analyze()
{
    QFETCH(QString, file);
    // Ranges compared as address sets: how the pieces are cut into CIDR blocks is not the point.
    checkFinding(m_analyzer->analyze({fixtures(file), rowContext(true)}), RangeMatch::AddressSet,
                 SummaryScope::SummaryOrFix);
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
