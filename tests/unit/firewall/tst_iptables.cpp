// IptablesAnalyzer: verdicts per range derived by hand from netfilter's rules, bad input, the
// fix commands (applied back into the save they make it pass), and format recognition.
#include "analyzers/analyzer.h"
#include "analyzers/firewall/iptablesparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include "fixtures.h"

#include <QTest>

namespace {

RunContext context(int port = 80, Listener listener = Listener::Tcp, const QString &ip = {},
                   const QString &cidr = "100.64.0.0/10")
{
    RunContext c;
    c.target.listener = listener;
    c.target.port = c.target.checkPort = quint16(port);
    if (!ip.isEmpty())
        c.target.address = QHostAddress(ip);
    c.target.sourceCidr = cidr;
    c.variant.icmpRequired = listener == Listener::Udp;
    return c;
}

const Analyzer *analyzer()
{
    return AnalyzerRegistry::find("iptables");
}

QString filter(const QString &policy, const QString &rules, const QString &chains = {})
{
    return "*filter\n:INPUT " + policy + " [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n" + chains + rules
        + "COMMIT\n";
}

QString fixture(const QString &name)
{
    return Fixtures::text("firewall/iptables/" + name);
}

} // namespace

class TestIptables : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data();
    void verdicts();
    void badInput_data();
    void badInput();
    void fixMakesItPass_data();
    void fixMakesItPass();
    void recognize_data();
    void recognize();
    void hugeRandomText();
};

void TestIptables::verdicts_data()
{
    QTest::addColumn<QString>("save");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QString>("decidedBy"); // a piece of the first blocked/unknown range's reason

    QTest::newRow("empty filter accepts all") << filter("ACCEPT", "") << 80 << ""
                                              << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("policy drop") << filter("DROP", "") << 80 << ""
                                 << "fail" << QStringList{"100.64.0.0/10"} << QStringList()
                                 << "policy DROP of filter INPUT";
    QTest::newRow("allow before policy drop")
        << filter("DROP", "-A INPUT -s 100.64.0.0/10 -p tcp -m tcp --dport 80 -j ACCEPT\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("allow other port, policy drop")
        << filter("DROP", "-A INPUT -s 100.64.0.0/10 -p tcp -m tcp --dport 443 -j ACCEPT\n") << 80 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "policy DROP";
    // Half the CIDR dropped by a /11: 100.64.0.0/11 is 100.64-100.95.
    QTest::newRow("drop half") << filter("ACCEPT", "-A INPUT -s 100.64.0.0/11 -j DROP\n") << 80 << ""
                               << "fail" << QStringList{"100.64.0.0/11"} << QStringList()
                               << "filter INPUT rule 1: -A INPUT -s 100.64.0.0/11 -j DROP";
    // ! -s 100.96.0.0/11 drops the other half.
    QTest::newRow("negated source") << filter(
        "ACCEPT", "-A INPUT ! -s 100.96.0.0/11 -j REJECT --reject-with icmp-port-unreachable\n")
                                    << 80 << ""
                                    << "fail" << QStringList{"100.64.0.0/11"} << QStringList() << "rule 1";
    QTest::newRow("port range with negation misses")
        << filter("ACCEPT", "-A INPUT -p tcp -m tcp ! --dport 1:1024 -j DROP\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("multiport hits") << filter("ACCEPT", "-A INPUT -p tcp -m multiport --dports 22,70:90 -j DROP\n")
                                    << 80 << ""
                                    << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "multiport";
    QTest::newRow("udp rule does not touch tcp")
        << filter("ACCEPT", "-A INPUT -p udp -m udp --dport 80 -j DROP\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    // 100.64.0.10-100.64.0.20 is 100.64.0.10/31, .12/30, .16/30, .20/32.
    QTest::newRow("iprange") << filter("ACCEPT", "-A INPUT -m iprange --src-range 100.64.0.10-100.64.0.20 -j DROP\n")
                             << 80 << ""
                             << "fail"
                             << QStringList{"100.64.0.10/31", "100.64.0.12/30", "100.64.0.16/30", "100.64.0.20/32"}
                             << QStringList() << "iprange";
    QTest::newRow("established only does not match a SYN")
        << filter("ACCEPT", "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j DROP\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("state NEW matches") << filter("ACCEPT", "-A INPUT -m state --state NEW -j DROP\n") << 80 << ""
                                       << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "state";
    QTest::newRow("! --syn does not match a SYN")
        << filter("ACCEPT", "-A INPUT -p tcp -m tcp ! --syn -j DROP\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("interface wildcard") << filter("ACCEPT", "-A INPUT -i eth+ -j DROP\n") << 80 << ""
                                        << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "eth+";
    QTest::newRow("other interface") << filter("ACCEPT", "-A INPUT -i docker0 -j DROP\n") << 80 << ""
                                     << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("user chain with RETURN")
        << filter("ACCEPT", "-A INPUT -j CHK\n-A CHK -s 100.64.0.0/12 -j RETURN\n-A CHK -j DROP\n", ":CHK - [0:0]\n")
        << 80 << ""
        << "fail" << QStringList{"100.80.0.0/12", "100.96.0.0/11"} << QStringList() << "filter CHK rule 2";
    // goto: a RETURN in the target returns from INPUT itself, so the policy decides.
    QTest::newRow("goto then RETURN hits policy")
        << filter("DROP", "-A INPUT -g CHK\n-A INPUT -j ACCEPT\n-A CHK -j RETURN\n", ":CHK - [0:0]\n") << 80 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "policy DROP";
    QTest::newRow("jump then RETURN continues")
        << filter("DROP", "-A INPUT -j CHK\n-A INPUT -j ACCEPT\n-A CHK -j RETURN\n", ":CHK - [0:0]\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("raw drop") << "*raw\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -s 100.125.0.0/16 -j DROP\nCOMMIT\n"
            + filter("ACCEPT", "")
                              << 80 << ""
                              << "fail" << QStringList{"100.125.0.0/16"} << QStringList() << "raw PREROUTING rule 1";
    QTest::newRow("notrack makes state UNTRACKED")
        << "*raw\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -s 100.64.0.0/11 -j CT --notrack\nCOMMIT\n"
            + filter("ACCEPT", "-A INPUT -m conntrack --ctstate NEW -j DROP\n")
        << 80 << ""
        << "fail" << QStringList{"100.96.0.0/11"} << QStringList() << "ctstate NEW";
    QTest::newRow("mangle drop")
        << "*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp -m tcp --dport 80 -j DROP\nCOMMIT\n"
        << 80 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "mangle INPUT rule 1";
    QTest::newRow("unknown match names the rule")
        << filter("ACCEPT", "-A INPUT -m set --match-set blacklist src -j DROP\n") << 80 << ""
        << "unknown" << QStringList() << QStringList{"100.64.0.0/10"} << "-m set";
    QTest::newRow("unknown match on LOG is harmless")
        << filter("ACCEPT", "-A INPUT -m limit --limit 3/min -j LOG\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("destination unknown without --ip")
        << filter("ACCEPT", "-A INPUT -d 10.0.0.5/32 -j DROP\n") << 80 << ""
        << "unknown" << QStringList() << QStringList{"100.64.0.0/10"} << "--ip";
    QTest::newRow("destination known with --ip")
        << filter("ACCEPT", "-A INPUT -d 10.0.0.5/32 -j DROP\n") << 80 << "10.0.0.6"
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("chain jumps to itself")
        << filter("ACCEPT", "-A INPUT -j LOOP\n-A LOOP -j LOOP\n", ":LOOP - [0:0]\n") << 80 << ""
        << "unknown" << QStringList() << QStringList{"100.64.0.0/10"} << "loop";
    QTest::newRow("jump to missing chain") << filter("ACCEPT", "-A INPUT -j NOPE\n") << 80 << ""
                                           << "unknown" << QStringList() << QStringList{"100.64.0.0/10"} << "NOPE";
    QTest::newRow("counters prefix")
        << "*filter\n:INPUT ACCEPT [10:600]\n[5:300] -A INPUT -s 100.64.0.0/10 -j DROP\nCOMMIT\n"
        << 80 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "rule 1";
    QTest::newRow("CRLF line ends")
        << filter("DROP", "-A INPUT -p tcp -m tcp --dport 80 -j ACCEPT\n").replace("\n", "\r\n") << 80 << ""
        << "pass" << QStringList() << QStringList() << "";
    QTest::newRow("non-ASCII comment") << filter(
        "ACCEPT", "-A INPUT -s 100.64.0.0/10 -m comment --comment \"健康检查 \\\"阻止\\\"\" -j DROP\n")
                                       << 80 << ""
                                       << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "健康检查";
    QTest::newRow("fixture docker") << fixture("docker.save") << 8080 << "10.231.0.1"
                                    << "fail" << QStringList{"100.96.0.0/11"} << QStringList() << "policy DROP";
    QTest::newRow("fixture fail2ban port 22")
        << fixture("fail2ban.save") << 22 << ""
        << "fail" << QStringList{"100.64.0.0/10"} << QStringList() << "f2b-sshd rule 1";
}

void TestIptables::verdicts()
{
    QFETCH(QString, save);
    QFETCH(int, port);
    QFETCH(QString, ip);
    QFETCH(QString, status);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, unknown);
    QFETCH(QString, decidedBy);
    const Finding f = analyzer()->analyze({save, context(port, Listener::Tcp, ip)});
    QCOMPARE(statusId(f.status), status);
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Blocked), blocked);
    QCOMPARE(f.rangesWith(RangeDecision::Verdict::Unknown), unknown);
    for (const RangeDecision &d : f.ranges) {
        if (d.verdict != RangeDecision::Verdict::Allowed) {
            QVERIFY2(d.decidedBy.contains(decidedBy), qPrintable(d.decidedBy));
            break;
        }
    }
    if (f.status == Status::Fail)
        QVERIFY(!f.commands.isEmpty() && f.fix.contains("netfilter-persistent save")
                && f.fix.contains("service iptables save") && f.fix.contains("firewall-cmd"));
}

void TestIptables::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("iptables -L")
        << "Chain INPUT (policy DROP)\ntarget     prot opt source               destination\nACCEPT     all  --  anywhere             anywhere\n"
        << "iptables -L";
    QTest::newRow("garbage") << "hello world\nthis is not a firewall\n"
                             << "not iptables-save";
    QTest::newRow("missing COMMIT") << "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.0/8 -j DROP\n"
                                    << "truncated";
    QTest::newRow("cut mid-rule") << "*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 100.64.0.0/10 -p tcp -m tc"
                                  << "truncated";
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x00\x01\xff\xfe*filter\x00\n-A \x80\x81", 16))
                            << "unknown";
    QTest::newRow("unbalanced quote") << filter("ACCEPT", "-A INPUT -m comment --comment \"oops -j DROP\n")
                                      << "unknown";
}

void TestIptables::badInput()
{
    QFETCH(QString, text);
    QFETCH(QString, summaryPart);
    const Finding f = analyzer()->analyze({text, context()});
    QCOMPARE(f.status, Status::Unknown);
    QVERIFY2(f.summary.contains(summaryPart), qPrintable(f.summary));
    QVERIFY(f.summary.startsWith("unknown, because"));
}

void TestIptables::fixMakesItPass_data()
{
    QTest::addColumn<QString>("save");
    QTest::addColumn<int>("port");
    QTest::newRow("policy drop") << filter("DROP", "-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n") << 80;
    QTest::newRow("drop in user chain") << filter("ACCEPT", "-A INPUT -j CHK\n-A CHK -s 100.64.0.0/12 -j DROP\n",
                                                  ":CHK - [0:0]\n")
                                        << 80;
    QTest::newRow("raw and filter")
        << "*raw\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -s 100.125.0.0/16 -j DROP\nCOMMIT\n"
            + filter("ACCEPT", "-A INPUT -s 100.64.0.0/11 -j REJECT\n")
        << 80;
    QTest::newRow("fixture firewalld") << fixture("firewalld.save") << 8080;
    QTest::newRow("fixture csf") << fixture("csf.save") << 8080;
}

// Each fix command is an "iptables [-t T] -I CHAIN N ..." line; iptables-save syntax accepts the same
// "-I CHAIN N ..." inside the table, so the fixed save is the original plus those lines.
void TestIptables::fixMakesItPass()
{
    QFETCH(QString, save);
    QFETCH(int, port);
    const RunContext c = context(port, Listener::Tcp, "10.231.0.1");
    const Finding before = analyzer()->analyze({save, c});
    QCOMPARE(before.status, Status::Fail);
    QString fixed = save;
    for (const QString &command : before.commands) {
        QStringList words = command.split(' ');
        QCOMPARE(words.takeFirst(), QString("iptables"));
        QString table = "filter";
        if (words.first() == "-t") {
            words.takeFirst();
            table = words.takeFirst();
        }
        const qsizetype at = fixed.indexOf("*" + table + "\n");
        QVERIFY(at >= 0);
        const qsizetype commit = fixed.indexOf("COMMIT", at);
        fixed.insert(commit, words.join(' ') + "\n");
    }
    const Finding after = analyzer()->analyze({fixed, c});
    QVERIFY2(after.status == Status::Pass, qPrintable(after.summary + "\n" + fixed));
}

void TestIptables::recognize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("high");
    QTest::newRow("save") << fixture("docker.save") << true;
    QTest::newRow("minimal save") << filter("ACCEPT", "-A INPUT -j ACCEPT\n") << true;
    QTest::newRow("ss output") << "State  Recv-Q Send-Q Local Address:Port\nLISTEN 0 128 0.0.0.0:80\n" << false;
    QTest::newRow("ip route") << "default via 10.0.0.1 dev eth0\n10.0.0.0/24 dev eth0 proto kernel\n" << false;
    QTest::newRow("nft")
        << "table inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n\t}\n}\n"
        << false;
}

void TestIptables::recognize()
{
    QFETCH(QString, text);
    QFETCH(bool, high);
    const int score = analyzer()->recognize(text);
    QVERIFY2(high ? score >= 80 : score <= 10, qPrintable(QString::number(score)));
}

void TestIptables::hugeRandomText()
{
    // Random printable text with newlines: a clear finding, no crash. 8 MB is far past any real
    // ruleset; how fast 10 MB of garbage is answered is measured by bench_analyzers, not here.
    QByteArray bytes(8 * 1024 * 1024, Qt::Uninitialized);
    auto *gen = QRandomGenerator::global();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const quint32 r = gen->generate();
        bytes[i] = (r & 0x3F) == 0 ? '\n' : char(32 + (r >> 8) % 95);
    }
    const QString text = QString::fromLatin1(bytes);
    bytes.clear();
    const Finding f = analyzer()->analyze({text, context()});
    QCOMPARE(f.status, Status::Unknown);
}

QTEST_GUILESS_MAIN(TestIptables)
#include "tst_iptables.moc"
