// The whole health-check exchange through iptables and nftables (issue 12): every packet of a
// TCP, HTTP and UDP check walks the chains of its direction with its conntrack state; a range
// passes only when every packet does; the finding names the stopped packet and its fix commands,
// applied back into the rules, make the check pass. Verdicts derived by hand from netfilter's
// rules; tst_firewallkernel confirms the same model against the kernel.
#include "analyzers/analyzer.h"

#include <QFile>
#include <QTest>

namespace {

RunContext context(Listener listener, int port = 80)
{
    RunContext c;
    c.target.listener = listener;
    c.target.port = c.target.checkPort = quint16(port);
    c.target.address = QHostAddress("10.231.0.1");
    c.target.sourceCidr = "100.64.0.0/10";
    c.target.interfaceName = "eth0";
    c.variant.icmpRequired = listener == Listener::Udp;
    return c;
}

QString save(const QString &input, const QString &output, const QString &rules, const QString &raw = {})
{
    QString s;
    if (!raw.isEmpty())
        s += "*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n" + raw + "COMMIT\n";
    return s + "*filter\n:INPUT " + input + " [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT " + output + " [0:0]\n" + rules
        + "COMMIT\n";
}

QString fixture(const QString &name)
{
    QFile f(QString(LBDOCTOR_FIXTURES_DIR) + "/" + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QString newOnly = "-A INPUT -s 100.64.0.0/10 -p tcp -m state --state NEW -m tcp --dport 80 -j ACCEPT\n";
const QString established = "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n";
const QString establishedOut = "-A OUTPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n";

// Applies "iptables [-t T] -I CHAIN N ..." fix commands inside the save, as iptables-restore would.
QString applyFix(QString text, const QStringList &commands)
{
    for (const QString &command : commands) {
        QStringList words = command.split(' ');
        if (words.takeFirst() != "iptables")
            return {};
        QString table = "filter";
        if (words.first() == "-t") {
            words.takeFirst();
            table = words.takeFirst();
        }
        const qsizetype at = text.indexOf("*" + table + "\n");
        if (at < 0)
            return {};
        text.insert(text.indexOf("COMMIT", at), words.join(' ') + "\n");
    }
    return text;
}

} // namespace

class TestIptablesExchange : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("listener");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("decidedBy"); // pieces of the first blocked/unknown range's reason, "|"-separated
        QTest::addColumn<QString>("command"); // a fix command that must be among the commands
        QTest::addColumn<int>("port");

        const int tcp = int(Listener::Tcp), http = int(Listener::Http), udp = int(Listener::Udp);
        QTest::newRow("NEW-only accept: the half-open check passes")
            << "iptables" << save("DROP", "ACCEPT", newOnly) << tcp << "pass"
            << ""
            << "" << 80;
        QTest::newRow("NEW-only accept: the request data is dropped")
            << "iptables" << save("DROP", "ACCEPT", newOnly) << http << "fail"
            << "the SYN passes (filter INPUT rule 1|the request data|state ESTABLISHED) is dropped by policy DROP of filter INPUT|no ESTABLISHED,RELATED accept"
            << "iptables -I INPUT 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT" << 80;
        QTest::newRow("with the ESTABLISHED accept")
            << "iptables" << save("DROP", "ACCEPT", established + newOnly) << http << "pass"
            << ""
            << "" << 80;
        QTest::newRow("stateless ! --syn REJECT")
            << "iptables"
            << save("ACCEPT", "ACCEPT",
                    "-A INPUT -s 100.64.0.0/10 -p tcp -m tcp --dport 80 --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT\n"
                    "-A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN -j REJECT --reject-with tcp-reset\n")
            << http << "fail"
            << "the request data|is rejected by filter INPUT rule 2"
            << "iptables -I INPUT 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT" << 80;
        QTest::newRow("ESTABLISHED,RELATED REJECT")
            << "iptables" << save("ACCEPT", "ACCEPT", "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j REJECT\n")
            << http << "fail"
            << "is rejected by filter INPUT rule 1"
            << "" << 80;
        QTest::newRow("OUTPUT DROP: the SYN-ACK never leaves")
            << "iptables" << save("ACCEPT", "DROP", "-A OUTPUT -o lo -j ACCEPT\n") << tcp << "fail"
            << "the SYN-ACK (TCP SYN-ACK from port 80, state ESTABLISHED) is dropped by policy DROP of filter OUTPUT|no ESTABLISHED,RELATED accept"
            << "iptables -I OUTPUT 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT" << 80;
        QTest::newRow("OUTPUT DROP with the ESTABLISHED accept")
            << "iptables" << save("ACCEPT", "DROP", establishedOut) << http << "pass"
            << ""
            << "" << 80;
        QTest::newRow("OUTPUT: stateless reply accept")
            << "iptables" << save("ACCEPT", "DROP", "-A OUTPUT -d 100.64.0.0/10 -p tcp -m tcp --sport 80 -j ACCEPT\n")
            << http << "pass"
            << ""
            << "" << 80;
        QTest::newRow("OUTPUT: -o other interface")
            << "iptables" << save("ACCEPT", "ACCEPT", "-A OUTPUT -o docker0 -j DROP\n") << http << "pass"
            << ""
            << "" << 80;
        QTest::newRow("OUTPUT: -o the check's interface")
            << "iptables" << save("ACCEPT", "ACCEPT", "-A OUTPUT -o eth0 -p tcp -m tcp --sport 80 -j DROP\n") << http
            << "fail"
            << "the SYN-ACK"
            << "" << 80;
        QTest::newRow("OUTPUT: the response data only")
            << "iptables" << save("ACCEPT", "ACCEPT", "-A OUTPUT -p tcp -m tcp --tcp-flags ACK,PSH ACK,PSH -j DROP\n")
            << http << "fail"
            << "the response data"
            << "" << 80;
        QTest::newRow("OUTPUT: the response data only, half-open")
            << "iptables" << save("ACCEPT", "ACCEPT", "-A OUTPUT -p tcp -m tcp --tcp-flags ACK,PSH ACK,PSH -j DROP\n")
            << tcp << "pass"
            << ""
            << "" << 80;
        QTest::newRow("NOTRACK both ways, UNTRACKED accepted")
            << "iptables"
            << save(
                   "DROP", "DROP",
                   "-A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT\n-A OUTPUT -m conntrack --ctstate UNTRACKED -j ACCEPT\n",
                   "-A PREROUTING -p tcp -m tcp --dport 80 -j CT --notrack\n-A OUTPUT -p tcp -m tcp --sport 80 -j CT --notrack\n")
            << http << "pass"
            << ""
            << "" << 80;
        QTest::newRow("NOTRACK both ways, replies not allowed")
            << "iptables"
            << save(
                   "DROP", "DROP", "-A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT\n" + establishedOut,
                   "-A PREROUTING -p tcp -m tcp --dport 80 -j CT --notrack\n-A OUTPUT -p tcp -m tcp --sport 80 -j CT --notrack\n")
            << http << "fail"
            << "state UNTRACKED"
            << "iptables -I OUTPUT 1 -d 100.64.0.0/10 -p tcp --sport 80 -j ACCEPT" << 80;
        QTest::newRow("NOTRACK in only: the reply's state is not modelled")
            << "iptables"
            << save("ACCEPT", "DROP", establishedOut, "-A PREROUTING -p tcp -m tcp --dport 80 -j CT --notrack\n")
            << http << "unknown"
            << "NOTRACK"
            << "" << 80;
        QTest::newRow("UDP: the echo reply is dropped")
            << "iptables" << save("ACCEPT", "DROP", "-A OUTPUT -p udp -j ACCEPT\n") << udp << "fail"
            << "the echo reply"
            << "iptables -I OUTPUT 1 -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT" << 80;
        QTest::newRow("fixture new-only-accept")
            << "iptables" << fixture("firewall/iptables/new-only-accept.save") << http << "fail"
            << "the request data"
            << "" << 8080;
        QTest::newRow("fixture output-drop")
            << "iptables" << fixture("firewall/iptables/output-drop.save") << tcp << "fail"
            << "the SYN-ACK"
            << "" << 8080;
        QTest::newRow("fixture notrack-web")
            << "iptables" << fixture("firewall/iptables/notrack-web.save") << http << "fail"
            << "the SYN-ACK|UNTRACKED"
            << "" << 8080;
        QTest::newRow("nft output policy drop")
            << "nftables" << fixture("firewall/nftables/output-policy-drop.nft") << http << "fail"
            << "the SYN-ACK|policy drop of inet filter output"
            << "nft insert rule inet filter output 'ct state established,related accept'" << 8080;
        QTest::newRow("nft ct state established accept out")
            << "nftables"
            << "table ip t {\n chain o {\n  type filter hook output priority 0; policy drop;\n  ct state established accept\n }\n}\n"
            << http << "pass"
            << ""
            << "" << 80;
        QTest::newRow("nft tcp flags on the way out")
            << "nftables"
            << "table ip t {\n chain o {\n  type filter hook output priority 0; policy accept;\n  tcp flags & (syn|ack) == syn|ack drop\n }\n}\n"
            << tcp << "fail"
            << "the SYN-ACK"
            << "" << 80;
        QTest::newRow("nft oifname elsewhere")
            << "nftables"
            << "table ip t {\n chain o {\n  type filter hook output priority 0; policy accept;\n  oifname \"docker0\" drop\n }\n}\n"
            << http << "pass"
            << ""
            << "" << 80;
    }

    void verdicts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, rules);
        QFETCH(int, listener);
        QFETCH(QString, status);
        QFETCH(QString, decidedBy);
        QFETCH(QString, command);
        QFETCH(int, port);
        QVERIFY(!rules.isEmpty());
        const Finding f = AnalyzerRegistry::find(kind)->analyze({rules, context(Listener(listener), port)});
        QVERIFY2(statusId(f.status) == status, qPrintable(f.summary + "\n" + f.evidence.join('\n')));
        if (!decidedBy.isEmpty()) {
            QString reason;
            for (const RangeDecision &d : f.ranges) {
                if (d.verdict != RangeDecision::Verdict::Allowed) {
                    reason = d.decidedBy;
                    break;
                }
            }
            for (const QString &part : decidedBy.split('|'))
                QVERIFY2(reason.contains(part), qPrintable(reason));
            QVERIFY2(f.summary.contains(reason.left(40)), qPrintable(f.summary));
        }
        if (!command.isEmpty())
            QVERIFY2(f.commands.contains(command), qPrintable(f.commands.join('\n')));
        if (kind == "iptables" && f.status == Status::Fail) {
            const QString fixed = applyFix(rules, f.commands);
            QVERIFY2(!fixed.isEmpty(), qPrintable(f.commands.join('\n')));
            const Finding after = AnalyzerRegistry::find(kind)->analyze({fixed, context(Listener(listener), port)});
            QVERIFY2(after.status == Status::Pass, qPrintable(after.summary + "\n" + fixed));
        }
    }

    // iptables -S (one listing per table) reads like iptables-save; missing tables are named.
    void rulesListing()
    {
        const QString filterS =
            "-P INPUT DROP\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-A INPUT -s 100.64.0.0/10 -p tcp -m state --state NEW -m tcp --dport 80 -j ACCEPT\n";
        const QString rawS = "-P PREROUTING ACCEPT\n-P OUTPUT ACCEPT\n";
        const QString mangleS =
            "-P PREROUTING ACCEPT\n-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-P POSTROUTING ACCEPT\n-N X\n-A INPUT -j X\n";
        const Analyzer *a = AnalyzerRegistry::find("iptables");
        const Finding all = a->analyze({filterS + rawS + mangleS, context(Listener::Http)});
        QVERIFY2(all.status == Status::Fail, qPrintable(all.summary + "\n" + all.evidence.join("\n")));
        QVERIFY2(all.summary.contains("the request data"), qPrintable(all.summary));
        const Finding halfOpen = a->analyze({filterS + rawS + mangleS, context(Listener::Tcp)});
        QCOMPARE(halfOpen.status, Status::Pass);
        const Finding filterOnly = a->analyze({filterS, context(Listener::Tcp)});
        QCOMPARE(filterOnly.status, Status::Warn);
        QVERIFY2(filterOnly.summary.contains("raw, mangle") && filterOnly.summary.contains("iptables-save"),
                 qPrintable(filterOnly.summary));
        // Without raw, a block that went past a state match could be a NOTRACK away from passing.
        const Finding noRaw = a->analyze({filterS + mangleS, context(Listener::Http)});
        QCOMPARE(noRaw.status, Status::Unknown);
        QVERIFY2(noRaw.summary.contains("raw table") && noRaw.summary.contains("iptables-save"),
                 qPrintable(noRaw.summary));
        const Finding bad =
            a->analyze({"-P PREROUTING ACCEPT\n-P INPUT ACCEPT\n-A INPUT -j DROP\n", context(Listener::Tcp)});
        QCOMPARE(bad.status, Status::Unknown);
        QVERIFY2(bad.summary.contains("iptables-save"), qPrintable(bad.summary));
    }

    // ip6tables output says nothing about the IPv4 check: unknown, naming iptables-save.
    void ip6tablesIsNotIpv4_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ip6tables-save")
            << "# Generated by ip6tables-save v1.8.9 (nf_tables)\n*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n";
        QTest::newRow("ip6tables -S")
            << "-P INPUT DROP\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-A INPUT -s 2001:db8::/32 -j ACCEPT\n";
        QTest::newRow("ip6tables -L -n")
            << "Chain INPUT (policy DROP)\ntarget     prot opt source               destination\nACCEPT     0    --  ::/0                 ::/0\n";
    }
    void ip6tablesIsNotIpv4()
    {
        QFETCH(QString, text);
        const Finding f = AnalyzerRegistry::find("iptables")->analyze({text, context(Listener::Http)});
        QCOMPARE(f.status, Status::Unknown);
        QVERIFY2(f.summary.contains("ip6tables") && f.summary.contains("iptables-save"), qPrintable(f.summary));
    }

    void emptySaveAllowsAll_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "  \n\n";
    }
    void emptySaveAllowsAll()
    {
        QFETCH(QString, text);
        const Finding f = AnalyzerRegistry::find("iptables")->analyze({text, context(Listener::Http)});
        QCOMPARE(f.status, Status::Pass);
        QVERIFY2(f.summary.contains("no iptables rules are loaded"), qPrintable(f.summary));
    }
};

QTEST_GUILESS_MAIN(TestIptablesExchange)
#include "tst_iptablesexchange.moc"
