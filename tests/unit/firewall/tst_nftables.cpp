// NftablesAnalyzer: the JSON and plain-text listings give the same verdicts (derived by hand),
// unmodelled expressions become unknown ranges naming the rule, bad input gives a clear finding.
#include "analyzers/analyzer.h"

#include <QFile>
#include "fixtures.h"

#include <QTest>

namespace {

RunContext context(int port = 8080, const QString &ip = "10.231.0.1")
{
    RunContext c;
    c.target.listener = Listener::Tcp;
    c.target.port = c.target.checkPort = quint16(port);
    if (!ip.isEmpty())
        c.target.address = QHostAddress(ip);
    c.target.sourceCidr = "100.64.0.0/10";
    return c;
}

const Analyzer *analyzer()
{
    return AnalyzerRegistry::find("nftables");
}

QString fixture(const QString &name)
{
    return Fixtures::text("firewall/nftables/" + name);
}

QString inet(const QString &policy, const QString &rules, const QString &extra = {})
{
    return "table inet filter {\n" + extra + "\tchain input {\n\t\ttype filter hook input priority filter; policy "
        + policy + ";\n" + rules + "\t}\n}\n";
}

} // namespace

class TestNftables : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data();
    void verdicts();
    void jsonAndTextAgree_data();
    void jsonAndTextAgree();
    void fixCommands();
    void badInput_data();
    void badInput();
    void recognize();
};

void TestNftables::verdicts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QString>("decidedBy");

    QTest::newRow("policy drop") << inet("drop", "") << "fail" << QStringList{"100.64.0.0/10"} << QStringList()
                                 << "policy drop of inet filter input";
    QTest::newRow("allow then policy drop") << inet("drop", "\t\tip saddr 100.64.0.0/10 tcp dport 8080 accept\n")
                                            << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("set of ports") << inet("accept", "\t\ttcp dport { 22, 8000-8100 } drop\n") << "fail"
                                  << QStringList{"100.64.0.0/10"} << QStringList() << "8000-8100";
    QTest::newRow("negated source") << inet("accept", "\t\tip saddr != 100.64.0.0/11 reject\n") << "fail"
                                    << QStringList{"100.96.0.0/11"} << QStringList() << "rule 1";
    QTest::newRow("named set") << inet(
        "accept", "\t\tip saddr @bad drop\n",
        "\tset bad {\n\t\ttype ipv4_addr\n\t\tflags interval\n\t\telements = { 100.100.0.0/16 }\n\t}\n")
                               << "fail" << QStringList{"100.100.0.0/16"} << QStringList() << "@bad";
    QTest::newRow("ct state established only")
        << inet("accept", "\t\tct state established,related drop\n") << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("iifname wildcard") << inet("accept", "\t\tiifname \"eth*\" drop\n") << "fail"
                                      << QStringList{"100.64.0.0/10"} << QStringList() << "eth*";
    QTest::newRow("ip6 rule never hits IPv4")
        << inet("accept", "\t\tip6 saddr ::/0 drop\n") << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("vmap is unknown") << inet("accept", "\t\ttcp dport vmap { 8080 : drop, 22 : accept }\n") << "unknown"
                                     << QStringList() << QStringList{"100.64.0.0/10"} << "vmap";
    QTest::newRow("limit is unknown") << inet("accept", "\t\tlimit rate 10/second drop\n") << "unknown" << QStringList()
                                      << QStringList{"100.64.0.0/10"} << "limit";
    QTest::newRow("jump and return")
        << "table ip t {\n\tchain input {\n\t\ttype filter hook input priority 0; policy accept;\n\t\tjump sub\n\t}\n\tchain sub {\n\t\tip saddr 100.64.0.0/11 return\n\t\tdrop\n\t}\n}\n"
        << "fail" << QStringList{"100.96.0.0/11"} << QStringList() << "ip t sub rule 2";
    QTest::newRow("two base chains: accept then drop")
        << "table ip a {\n\tchain in {\n\t\ttype filter hook input priority -10; policy accept;\n\t\taccept\n\t}\n}\ntable ip b {\n\tchain in {\n\t\ttype filter hook input priority 10; policy drop;\n\t}\n}\n"
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "policy drop of ip b in";
    QTest::newRow("notrack before conntrack")
        << "table ip t {\n\tchain pre {\n\t\ttype filter hook prerouting priority raw; policy accept;\n\t\tip saddr 100.64.0.0/11 notrack\n\t}\n\tchain input {\n\t\ttype filter hook input priority 0; policy accept;\n\t\tct state new drop\n\t}\n}\n"
        << "fail" << QStringList{"100.96.0.0/11"} << QStringList() << "ct state new";
    QTest::newRow("fixture firewalld") << fixture("firewalld.nft") << "fail"
                                       << QStringList{"100.96.0.0/14", "100.101.0.0/16", "100.102.0.0/15",
                                                      "100.104.0.0/13", "100.112.0.0/12"}
                                       << QStringList() << "filter_IN_public_deny";
}

void TestNftables::verdicts()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, unknown);
    QFETCH(QString, decidedBy);
    const Finding f = analyzer()->analyze({text, context()});
    QCOMPARE(statusId(f.status), status);
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Blocked), blocked);
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Unknown), unknown);
    for (const RangeDecision &d : f.ranges) {
        if (d.verdict != RangeDecision::Verdict::Allowed) {
            QVERIFY2(d.decidedBy.contains(decidedBy), qPrintable(d.decidedBy));
            break;
        }
    }
}

void TestNftables::jsonAndTextAgree_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("inet-filter") << "inet-filter";
    QTest::newRow("firewalld") << "firewalld";
}

void TestNftables::jsonAndTextAgree()
{
    QFETCH(QString, name);
    const Finding json = analyzer()->analyze({fixture(name + ".json"), context()});
    const Finding text = analyzer()->analyze({fixture(name + ".nft"), context()});
    QCOMPARE(json.status, text.status);
    QCOMPARE(json.rangesWith(RangeDecision::Verdict::Blocked), text.rangesWith(RangeDecision::Verdict::Blocked));
    QCOMPARE(json.rangesWith(RangeDecision::Verdict::Allowed), text.rangesWith(RangeDecision::Verdict::Allowed));
    QCOMPARE(json.rangesWith(RangeDecision::Verdict::Unknown), QStringList());
}

void TestNftables::fixCommands()
{
    // inet-filter.json: the blocklist rule has handle 7, allow_hc's drop handle 13, the reject handle 8.
    const Finding f = analyzer()->analyze({fixture("inet-filter.json"), context()});
    QCOMPARE(f.status, Status::Fail);
    QVERIFY(f.commands.contains(
        "nft insert rule inet filter input position 7 'ip saddr 100.64.0.0/10 tcp dport 8080 accept'"));
    QVERIFY(f.commands.contains(
        "nft insert rule inet filter allow_hc position 13 'ip saddr 100.64.0.0/10 tcp dport 8080 accept'"));
    QVERIFY(f.fix.contains("/etc/nftables.conf") && f.fix.contains("firewall-cmd"));
}

void TestNftables::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("broken JSON") << "{\"nftables\": ["
                                 << "not valid JSON";
    QTest::newRow("other JSON") << "{\"rules\": []}"
                                << "nft -j";
    QTest::newRow("not nft text") << "Chain INPUT (policy DROP)\n"
                                  << "nft -j list ruleset";
    // Found by fuzz_nftables: a listing cut right after a two-word statement read past the end.
    QTest::newRow("cut after jump")
        << "table ip t {\n\tchain c {\n\t\ttype filter hook input priority 0; policy accept;\n\t\tjump"
        << "cut off";
    QTest::newRow("cut after ip saddr")
        << "table ip t {\n\tchain c {\n\t\ttype filter hook input priority 0; policy accept;\n\t\tip saddr"
        << "cut off";
    QTest::newRow("truncated text")
        << "table inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0; policy drop;\n\t\tip saddr 100.64.0.0/10 acc"
        << "cut off";
}

void TestNftables::badInput()
{
    QFETCH(QString, text);
    QFETCH(QString, summaryPart);
    const Finding f = analyzer()->analyze({text, context()});
    QVERIFY2(f.status == Status::Unknown || f.status == Status::Fail, qPrintable(f.summary));
    QVERIFY2(f.summary.contains(summaryPart) || f.status == Status::Fail, qPrintable(f.summary));
}

void TestNftables::recognize()
{
    QVERIFY(analyzer()->recognize(fixture("firewalld.json")) >= 90);
    QVERIFY(analyzer()->recognize(fixture("inet-filter.nft")) >= 80);
    QVERIFY(analyzer()->recognize(QString("*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n")) <= 10);
    QVERIFY(analyzer()->recognize(QString("{\"SecurityGroupRules\": []}")) <= 10);
}

QTEST_GUILESS_MAIN(TestNftables)
#include "tst_nftables.moc"
