#include "analyzertestcase.h"

#include "analyzers/analyzer.h"
#include "core/addressrange.h"
#include "core/profilestore.h"
#include "core/target.h"

#include <QFile>
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
    m_store.loadAll();
    m_analyzer = AnalyzerRegistry::find("secgroup");
    QVERIFY(m_analyzer);
    QCOMPARE(m_analyzer->step(), QStringLiteral("secgroup"));
}

void TestSecurityGroupAnalyzer::analyze_data()
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
    // Finding::outcome: security groups and network ACLs discard denied packets silently: drop.
    QTest::addColumn<QString>("outcome");

    QTest::newRow("Alibaba: Drop priority 1 shadows Accept priority 100")
        << "secgroup/alibaba-drop-shadows.json" << "alibaba" << "http" << 80 << "10.0.0.5" << "fail"
        << QStringList{"100.64.0.0/11"} << QStringList{"100.96.0.0/11"} << "priority 1"
        << "aliyun ecs AuthorizeSecurityGroup --RegionId cn-hangzhou --SecurityGroupId sg-bp1example --IpProtocol tcp --PortRange 80/80 --SourceCidrIp 100.64.0.0/10 --Policy accept --Priority 1" << "drop";
    QTest::newRow("Tencent: group reference, then an allow for the port")
        << "secgroup/tencent-reference.json" << "tencent" << "tcp" << 8005 << "10.0.0.5" << "pass"
        << QStringList{} << QStringList{"100.64.0.0/10"} << "allows all" << "" << "allowed";
    QTest::newRow("Tencent: group reference, then a drop")
        << "secgroup/tencent-reference.json" << "tencent" << "http" << 80 << "10.0.0.5" << "unknown"
        << QStringList{} << QStringList{} << "sg-lbnodes" << "" << "";
    QTest::newRow("Huawei: UDP allowed, ICMP not")
        << "secgroup/huawei-udp-no-icmp.json" << "huawei" << "udp" << 5050 << "10.0.0.5" << "fail"
        << QStringList{"100.125.0.0/16"} << QStringList{} << "ICMP"
        << "hcloud VPC CreateSecurityGroupRule/v3 --security_group_rule.security_group_id=sg-hw1 --security_group_rule.direction=ingress --security_group_rule.protocol=icmp --security_group_rule.remote_ip_prefix=100.125.0.0/16" << "drop";
    QTest::newRow("Huawei: TCP 80 allowed")
        << "secgroup/huawei-udp-no-icmp.json" << "huawei" << "http" << 80 << "10.0.0.5" << "pass"
        << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all" << "" << "allowed";
    QTest::newRow("Huawei network ACL: first match denies half")
        << "secgroup/huawei-acl.json" << "huawei" << "http" << 80 << "10.0.0.5" << "fail"
        << QStringList{"100.125.0.0/17"} << QStringList{"100.125.128.0/17"} << "Network ACLs" << "" << "drop";
    QTest::newRow("Huawei security group and network ACL pasted together")
        << "secgroup/huawei-udp-no-icmp.json+secgroup/huawei-acl.json" << "huawei" << "http" << 80 << "10.0.0.5" << "fail"
        << QStringList{"100.125.0.0/17"} << QStringList{"100.125.128.0/17"} << "deny-part" << "" << "drop";
    QTest::newRow("Huawei network ACL, other port: allow rule")
        << "secgroup/huawei-acl.json" << "huawei" << "tcp" << 443 << "10.0.0.5" << "pass"
        << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all" << "" << "allowed";
}

void TestSecurityGroupAnalyzer::routesToAnalyzer_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"alibaba-drop-shadows.json", "tencent-reference.json", "huawei-udp-no-icmp.json", "huawei-acl.json"})
        QTest::newRow(name) << QString("secgroup/") + name;
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
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("not JSON") << "sg-123  ingress  tcp  80  100.64.0.0/10" << "not JSON";
    QTest::newRow("truncated") << fixture("secgroup/truncated.json") << "not JSON";
    QTest::newRow("unknown JSON") << "{\"foo\": [1, 2]}" << "not a security group";
    QTest::newRow("second document truncated") << fixture("secgroup/huawei-acl.json") + "\n{\"security_group_rules\": [" << "document 2";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("{\x00\x01\xff\xfe", 5)) << "not JSON";
}

void TestSecurityGroupAnalyzer::analyze()
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

void TestSecurityGroupAnalyzer::routesToAnalyzer()
{
    QFETCH(QString, file);
    const Analyzer *a = AnalyzerRegistry::recognize("secgroup", fixture(file));
    QVERIFY(a);
    QCOMPARE(a->kind(), QStringLiteral("secgroup"));
}

void TestSecurityGroupAnalyzer::ignoresOtherFormats()
{
    QFETCH(QString, text);
    QVERIFY2(m_analyzer->recognize(text) < 10, qPrintable(QString::number(m_analyzer->recognize(text))));
}

void TestSecurityGroupAnalyzer::badInput()
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

QTEST_GUILESS_MAIN(TestSecurityGroupAnalyzer)
#include "tst_securitygroupanalyzer.moc"
