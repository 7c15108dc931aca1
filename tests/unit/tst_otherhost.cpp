#include "backendfixtures.h"

#include "analyzers/analyzer.h"
#include "analyzers/otherhost.h"
#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"
#include "core/evidenceanalysis.h"
#include "core/inputchannel.h"

#include <QTest>

// Output pasted from another server is noticed, with one warning for every format, and never
// changes a verdict: real `ip route`, `ip addr`, `ss` and `netstat` shapes, a NAT'd backend, a
// Docker bridge, loopback-only sockets, iptables rules that merely name other hosts.
class TestOtherHost : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { InputChannel::set(InputChannel::Kind::Paste); }
    void ownAddresses_data();
    void ownAddresses();
    void warning_data();
    void warning();
    void routedEvidenceKeepsItsStatus_data();
    void routedEvidenceKeepsItsStatus();
    void commandLineWording();
    void bundleFromAnotherHostName_data();
    void bundleFromAnotherHostName();
};

namespace {

QString fixture(const QString &name)
{
    return BackendFixtures::read(QStringLiteral("host/otherhost/") + name);
}

Target target(const QString &host)
{
    return BackendFixtures::context(QStringLiteral("alibaba"), QStringLiteral("http"), host, QStringLiteral("80"))
        .target;
}

} // namespace

void TestOtherHost::ownAddresses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ip route") << "host/otherhost/ip-route-192.0.2.2.txt" << QStringList{"192.0.2.2"};
    QTest::newRow("ip route, docker bridge")
        << "host/otherhost/ip-route-docker.txt" << QStringList{"10.0.0.5", "172.17.0.1"};
    QTest::newRow("ip addr: no loopback, no link-local")
        << "host/otherhost/ip-addr-192.0.2.2.txt" << QStringList{"192.0.2.2"};
    QTest::newRow("ss -ltn: only the socket bound to one address")
        << "host/otherhost/ss-ltn-192.0.2.2.txt" << QStringList{"192.0.2.2"};
    QTest::newRow("netstat -ano (Windows)") << "host/otherhost/netstat-ano-192.0.2.2.txt" << QStringList{"192.0.2.2"};
    QTest::newRow("netstat -anp: listening and established local addresses")
        << "host/sockets/netstat-anp-private.txt" << QStringList{"10.0.0.5"};
    QTest::newRow("ss: loopback and wildcard only") << "host/sockets/ss-ltnp-loopback.txt" << QStringList{};
    QTest::newRow("ss -ltnup wildcard") << "host/sockets/ss-ltnup-wildcard.txt" << QStringList{};
    QTest::newRow("iptables -d names no host of its own")
        << "host/otherhost/iptables-save-d-other.txt" << QStringList{};
    QTest::newRow("sysctl carries no host identity") << "host/sysctl/sysctl-a-modern.txt" << QStringList{};
}

void TestOtherHost::ownAddresses()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QCOMPARE(OtherHost::ownAddresses(BackendFixtures::read(file)), expected);
}

void TestOtherHost::warning_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("names"); // empty: no warning
    QTest::newRow("route from 192.0.2.2 for 10.0.0.5") << "ip-route-192.0.2.2.txt"
                                                       << "10.0.0.5"
                                                       << "192.0.2.2";
    QTest::newRow("route from the backend itself") << "ip-route-192.0.2.2.txt"
                                                   << "192.0.2.2"
                                                   << "";
    QTest::newRow("docker bridge beside the backend") << "ip-route-docker.txt"
                                                      << "10.0.0.5"
                                                      << "";
    QTest::newRow("ip addr of another host") << "ip-addr-192.0.2.2.txt"
                                             << "10.0.0.5"
                                             << "192.0.2.2";
    QTest::newRow("ss bound to another host's address") << "ss-ltn-192.0.2.2.txt"
                                                        << "10.0.0.5"
                                                        << "192.0.2.2";
    QTest::newRow("Windows netstat of another host") << "netstat-ano-192.0.2.2.txt"
                                                     << "10.0.0.5"
                                                     << "192.0.2.2";
    QTest::newRow("iptables -d of other hosts is no proof") << "iptables-save-d-other.txt"
                                                            << "10.0.0.5"
                                                            << "";
    // The backend entered by its public (NAT'd) address while the NIC holds the private one: the
    // warning says to ignore it behind NAT; with the private address entered, nothing to say.
    QTest::newRow("EIP entered, private NIC") << "ip-addr-private-of-eip.txt"
                                              << "203.0.113.10"
                                              << "10.0.0.5";
    QTest::newRow("private address entered") << "ip-addr-private-of-eip.txt"
                                             << "10.0.0.5"
                                             << "";
}

void TestOtherHost::warning()
{
    QFETCH(QString, file);
    QFETCH(QString, backend);
    QFETCH(QString, names);
    const QString warning = OtherHost::addressWarning(fixture(file), target(backend));
    if (names.isEmpty()) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        return;
    }
    QCOMPARE(warning,
             QStringLiteral("This output seems to come from another host: it names %1 and never %2; paste the output "
                            "from the backend itself, or ignore this if the backend is behind NAT")
                 .arg(names, backend));
}

void TestOtherHost::routedEvidenceKeepsItsStatus_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::newRow("routes") << "routes"
                            << "host/otherhost/ip-route-192.0.2.2.txt";
    QTest::newRow("sockets, ss") << "sockets"
                                 << "host/otherhost/ss-ltn-192.0.2.2.txt";
    QTest::newRow("sockets, netstat") << "sockets"
                                      << "host/otherhost/netstat-ano-192.0.2.2.txt";
}

// Through the router every format gets the warning first among its evidence; the status is what the
// analyzer said for the same text from the right host.
void TestOtherHost::routedEvidenceKeepsItsStatus()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    const QString text = BackendFixtures::read(file);
    const Analyzer *analyzer = AnalyzerRegistry::find(kind);
    QVERIFY(analyzer);
    RunContext other = BackendFixtures::context("alibaba", "http", "10.0.0.5", "80");
    RunContext same = BackendFixtures::context("alibaba", "http", "192.0.2.2", "80");
    const Finding wrong = EvidenceAnalysis::analyze(analyzer->step(), Evidence{kind, text, "pasted", QString()}, other);
    const Finding right = EvidenceAnalysis::analyze(analyzer->step(), Evidence{kind, text, "pasted", QString()}, same);
    QVERIFY2(!wrong.evidence.isEmpty()
                 && wrong.evidence.first().startsWith("This output seems to come from another host"),
             qPrintable(wrong.evidence.join('\n')));
    QVERIFY(wrong.evidence.first().contains("192.0.2.2"));
    QVERIFY(!right.evidence.join('\n').contains("another host"));
    // Never a verdict of its own: the analyzer's status for the other address is kept.
    const Finding plain = analyzer->analyze(AnalyzerInput{text, other, QString()});
    QCOMPARE(statusWord(wrong.status), statusWord(plain.status));
    QCOMPARE(wrong.summary, plain.summary);
}

void TestOtherHost::commandLineWording()
{
    InputChannel::set(InputChannel::Kind::CommandLine);
    const QString warning = OtherHost::addressWarning(fixture("ip-route-192.0.2.2.txt"), target("10.0.0.5"));
    QVERIFY(!warning.contains("paste"));
    QVERIFY(warning.contains("--evidence"));
    QVERIFY(warning.contains("192.0.2.2") && warning.contains("10.0.0.5"));
}

void TestOtherHost::bundleFromAnotherHostName_data()
{
    QTest::addColumn<QString>("entered");
    QTest::addColumn<bool>("warns");
    QTest::newRow("another name") << "web-2.example.com" << true;
    QTest::newRow("the bundle's host, fully qualified") << "vm.example.com" << false;
    QTest::newRow("an address: the host name proves nothing") << "10.0.0.5" << false;
    QTest::newRow("localhost: this machine, whatever its name") << "localhost" << false;
}

// The bundle's header names the host it ran on (host=vm): another host name than the backend's,
// with no section naming the backend's address, is a bundle from another server.
void TestOtherHost::bundleFromAnotherHostName()
{
    QFETCH(QString, entered);
    QFETCH(bool, warns);
    RunContext context = BackendFixtures::context("alibaba", "http", "10.0.0.5", "8080");
    context.target.host = entered; // as the user typed it; resolved to 10.0.0.5
    const ParsedBundle bundle = BundleParser::parse(BackendFixtures::read("bundle/linux-root.txt"));
    const BundleResult result = BundleAnalysis::analyze(bundle, context, "bundle");
    int warned = 0;
    for (const Finding &f : result.findings) {
        if (f.evidence.join('\n').contains("it names host vm and never " + entered))
            ++warned;
    }
    if (warns)
        QVERIFY2(warned >= 5, qPrintable(QString::number(warned)));
    else
        QCOMPARE(warned, 0);
}

QTEST_GUILESS_MAIN(TestOtherHost)
#include "tst_otherhost.moc"
