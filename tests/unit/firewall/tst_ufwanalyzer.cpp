#include "analyzertestcase.h"

#include <QTest>

// Expected verdicts below are worked out by hand from ufw's order: before.rules (which accept ICMP
// echo-request), then the user rules top to bottom, first match wins, then the default policy.
class TestUfwAnalyzer : public AnalyzerTestCase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void analyze_data();
    void analyze();
    void realOutput_data();
    void realOutput();
    void routesToUfw_data();
    void routesToUfw();
    void ignoresOtherFormats_data();
    void ignoresOtherFormats();
    void badInput_data();
    void badInput();
};

void TestUfwAnalyzer::initTestCase()
{
    setUpAnalyzer("ufw", "firewall");
}

void TestUfwAnalyzer::analyze_data()
{
    addFindingColumns(true);
    // Finding::outcome: DENY and the default deny drop silently; REJECT and the default reject answer.
    QTest::addColumn<QString>("outcome");

    QTest::newRow("LIMIT rule lets the check through, with a warning")
        << "firewall/ufw/verbose-limit.txt"
        << "alibaba"
        << "http" << 80 << "10.0.0.5"
        << "warn" << QStringList{} << QStringList{"100.64.0.0/10"} << "LIMIT"
        << "ufw insert 1 allow from 100.64.0.0/10 to any port 80 proto tcp"
        << "allowed";
    // The eth1 rule does not apply on eth0, so the default deny decides.
    QTest::newRow("port without a rule, default deny")
        << "firewall/ufw/verbose-limit.txt"
        << "alibaba"
        << "https" << 443 << "10.0.0.5"
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList{} << "default incoming policy: deny"
        << "ufw insert 1 allow from 100.64.0.0/10 to any port 443 proto tcp"
        << "drop";
    QTest::newRow("numbered: deny rule 2 shadows allow rule 3")
        << "firewall/ufw/numbered-deny.txt"
        << "alibaba"
        << "http" << 80 << "10.0.0.5"
        << "fail" << QStringList{"100.64.0.0/12"} << QStringList{"100.80.0.0/12", "100.96.0.0/11"} << "rule 2"
        << "ufw insert 1 allow from 100.64.0.0/10 to any port 80 proto tcp"
        << "drop";
    QTest::newRow("numbered: UDP port range, ICMP by before.rules")
        << "firewall/ufw/numbered-deny.txt"
        << "huawei"
        << "udp" << 6003 << "10.0.0.5"
        << "pass" << QStringList{} << QStringList{"100.125.0.0/16"} << "allows all"
        << ""
        << "allowed";
    QTest::newRow("rule to this address") << "firewall/ufw/verbose-deny-default.txt"
                                          << "alibaba"
                                          << "tcp" << 8080 << "10.0.0.5"
                                          << "pass" << QStringList{} << QStringList{"100.64.0.0/10"} << "allows all"
                                          << ""
                                          << "allowed";
    QTest::newRow("rule to another address, default reject")
        << "firewall/ufw/verbose-deny-default.txt"
        << "alibaba"
        << "tcp" << 8080 << "10.0.0.6"
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList{} << "reject"
        << "ufw insert 1 allow from 100.64.0.0/10 to any port 8080 proto tcp"
        << "reject";
    QTest::newRow("inactive") << "firewall/ufw/inactive.txt"
                              << "alibaba"
                              << "http" << 80 << "10.0.0.5"
                              << "pass" << QStringList{} << QStringList{} << "inactive"
                              << ""
                              << "allowed";
    QTest::newRow("plain status has no default policy")
        << "firewall/ufw/plain-no-default.txt"
        << "alibaba"
        << "http" << 80 << "10.0.0.5"
        << "unknown" << QStringList{} << QStringList{} << "ufw status verbose"
        << ""
        << "";
}

void TestUfwAnalyzer::analyze()
{
    QFETCH(QString, file);
    checkFinding(m_analyzer->analyze({fixture(file), rowContext(true)}), RangeMatch::Exact, SummaryScope::SummaryOrFix);
}

// Real ufw 0.36.2 output (see the fixture headers); the backend's interface is eth0 unless empty.
void TestUfwAnalyzer::realOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("iface");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("evidenceHas");

    // The eth0 deny is UDP only and the eth1 allow is elsewhere; the /11 allow (protocol on the From
    // side) takes the low half, the WWW Cache rule (8080/tcp) the rest. Kerberos' two rows are rule 1.
    QTest::newRow("verbose: app ports, From-side protocol, interfaces")
        << "firewall/ufw/verbose-debian-apps.txt"
        << "alibaba"
        << "tcp" << 8080 << "eth0"
        << "pass" << QStringList{} << QStringList{"100.64.0.0/11", "100.96.0.0/11"} << "rule 5: 8080/tcp (WWW Cache)";
    QTest::newRow("numbered: app by name")
        << "firewall/ufw/numbered-debian-apps.txt"
        << "alibaba"
        << "tcp" << 8080 << "eth0"
        << "pass" << QStringList{} << QStringList{"100.64.0.0/11", "100.96.0.0/11"} << "rule 5: [ 5] WWW Cache";
    QTest::newRow("numbered: WWW Full for port 80")
        << "firewall/ufw/numbered-debian-apps.txt"
        << "alibaba"
        << "http" << 80 << "eth0"
        << "pass" << QStringList{} << QStringList{"100.64.0.0/11", "100.96.0.0/11"} << "rule 6: [ 6] WWW Full";
    QTest::newRow("verbose: app rule with a port list")
        << "firewall/ufw/verbose-debian-apps.txt"
        << "alibaba"
        << "tcp" << 749 << "eth0"
        << "pass" << QStringList{} << QStringList{"100.64.0.0/10"} << "rule 1: 88,749/tcp (Kerberos Full)";
    QTest::newRow("numbered: app with two protocols by name")
        << "firewall/ufw/numbered-debian-apps.txt"
        << "alibaba"
        << "tcp" << 749 << "eth0"
        << "pass" << QStringList{} << QStringList{"100.64.0.0/10"} << "rule 1: [ 1] Kerberos Full";
    QTest::newRow("interface not given: an interface rule cannot be placed")
        << "firewall/ufw/verbose-debian-apps.txt"
        << "alibaba"
        << "tcp" << 8080 << ""
        << "unknown" << QStringList{} << QStringList{} << "applies only on eth1";
    // ufw numbers the deny [ 2] (the outgoing rule is [ 1]); verbose lists it first, so no number.
    // The replies leave through before.rules' ESTABLISHED,RELATED accept: deny (outgoing) and the
    // reject-out rule decide nothing for the check, and the evidence says so.
    QTest::newRow("verbose: deny (outgoing) and a reject-out rule do not stop the replies")
        << "firewall/ufw/verbose-deny-outgoing.txt"
        << "alibaba"
        << "http" << 80 << "eth0"
        << "pass" << QStringList{} << QStringList{"100.64.0.0/10"}
        << "The replies (the SYN-ACK and the response data) leave: they are ESTABLISHED or RELATED, and /etc/ufw/before.rules accepts those "
           "(-A ufw-before-output -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT) ahead of the default outgoing policy deny and the outgoing rules";
    QTest::newRow("verbose with outgoing rules: numbers unknown")
        << "firewall/ufw/verbose-out-rules.txt"
        << "alibaba"
        << "tcp" << 8080 << "eth0"
        << "fail" << QStringList{"100.64.0.0/12"} << QStringList{"100.80.0.0/12", "100.96.0.0/11"}
        << "paste ufw status numbered";
}

void TestUfwAnalyzer::realOutput()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, listener);
    QFETCH(int, port);
    QFETCH(QString, iface);
    QFETCH(QString, status);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, allowed);
    QFETCH(QString, evidenceHas);
    RunContext c = context(profile, listener, port);
    c.target.interfaceName = iface;
    const Finding f = m_analyzer->analyze({fixture(file), c});
    const QString evidence = f.evidence.join("\n");
    QVERIFY2(statusId(f.status) == status, qPrintable(f.summary + "\n" + evidence));
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Blocked), blocked);
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Allowed), allowed);
    QVERIFY2(evidence.contains(evidenceHas), qPrintable(evidence));
    QVERIFY2(!evidence.contains("row not understood"), qPrintable(evidence));
}

void TestUfwAnalyzer::routesToUfw_data()
{
    addFileRows("firewall/ufw",
                {"verbose-limit.txt", "numbered-deny.txt", "verbose-deny-default.txt", "inactive.txt",
                 "plain-no-default.txt", "verbose-debian-apps.txt", "numbered-debian-apps.txt",
                 "verbose-out-rules.txt"});
}

void TestUfwAnalyzer::routesToUfw()
{
    checkRecognized("firewall", "ufw");
}

void TestUfwAnalyzer::ignoresOtherFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("iptables-save of ufw's own chains")
        << "*filter\n:INPUT DROP [0:0]\n:ufw-user-input - [0:0]\n"
           "-A ufw-user-input -p tcp --dport 22 -j ACCEPT\n### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 in\nCOMMIT\n";
    QTest::newRow("nft list ruleset")
        << "table ip filter {\n\tchain INPUT {\n\t\ttype filter hook input priority filter; policy drop;\n"
           "\t\ttcp dport 80 accept\n\t}\n}\n";
    QTest::newRow("firewalld") << "public (active)\n  target: default\n  icmp-block-inversion: no\n  services: ssh\n";
}

void TestUfwAnalyzer::ignoresOtherFormats()
{
    checkIgnored();
}

void TestUfwAnalyzer::badInput_data()
{
    addBadInputColumns();
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x00\x01\xff\xfe garbage \x7f", 16)) << "Status:";
    QTest::newRow("other tool") << "Chain INPUT (policy ACCEPT)\ntarget prot opt source destination\n"
                                << "Status:";
    // Cut off after the header: no rule, no default policy -> nothing is certain.
    QTest::newRow("truncated") << "Status: active\r\n\r\nTo                         Action      From\r\n--  "
                               << "cannot decide";
    QTest::newRow("unknown app profile")
        << "Status: active\nDefault: deny (incoming), allow (outgoing)\n\nTo  Action  From\n--  ------  ----\nMy App  ALLOW IN  Anywhere\n"
        << "My App";
    QString huge =
        "Status: active\nDefault: deny (incoming), allow (outgoing), disabled (routed)\n\nTo   Action   From\n--   ------   ----\n";
    for (int i = 0; i < 50000; ++i)
        huge += QStringLiteral("%1/tcp    ALLOW IN    10.%2.0.0/16\n").arg(1000 + i % 60000).arg(i % 250);
    huge += "Anywhere   ALLOW IN   Anywhere on eth9\nNonsense row without action\n%%%";
    QTest::newRow("50000 rules, no match, junk at the end") << huge << "";
}

void TestUfwAnalyzer::badInput()
{
    Finding f;
    analyzeBadInput(f);
    if (QTest::currentTestFailed())
        return;
    QFETCH(QString, summaryHas);
    if (summaryHas.isEmpty()) {
        QCOMPARE(f.status, Status::Fail); // the default deny decides once no rule matches
        QCOMPARE(f.outcome, QStringLiteral("drop"));
        return;
    }
    checkUnknownBecause(f);
}

QTEST_GUILESS_MAIN(TestUfwAnalyzer)
#include "tst_ufwanalyzer.moc"
