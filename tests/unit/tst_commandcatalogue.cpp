#include "backendfixtures.h"

#include "collect/commandcatalogue.h"
#include "core/step.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(OsFamily)

// The catalogue is what guided mode shows for copying and what LocalCollector runs.
class TestCommandCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void everyStepEveryFamily_data();
    void everyStepEveryFamily();
    void exactDisplays_data();
    void exactDisplays();
    void families();
    void hostFamilyHere();
};

void TestCommandCatalogue::everyStepEveryFamily_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<OsFamily>("os");
    QTest::addColumn<bool>("expected");
    const QStringList backend{"firewall", "listening", "tcpwrappers", "route", "sysctl", "load"};
    for (OsFamily os : CommandCatalogue::families()) {
        const bool windows = os == OsFamily::WindowsCmd || os == OsFamily::WindowsPowerShell;
        for (const QString &step : backend) {
            // Windows has no TCP wrappers and no sysctl.
            const bool expected = !(windows && (step == "tcpwrappers" || step == "sysctl"));
            QTest::addRow("%s %s", qPrintable(step), qPrintable(CommandCatalogue::familyId(os)))
                << step << os << expected;
        }
        for (const char *console : {"secgroup", "bandwidth", "tcp", "http"})
            QTest::addRow("%s %s", console, qPrintable(CommandCatalogue::familyId(os)))
                << QString(console) << os << false;
    }
}

void TestCommandCatalogue::everyStepEveryFamily()
{
    QFETCH(QString, step);
    QFETCH(OsFamily, os);
    QFETCH(bool, expected);
    const RunContext c = BackendFixtures::context("tencent", "http", "10.0.0.5", "8080");
    const QList<CatalogueCommand> commands = CommandCatalogue::forStep(step, os, c);
    QCOMPARE(!commands.isEmpty(), expected);
    for (const CatalogueCommand &cmd : commands) {
        QCOMPARE(cmd.step, step);
        QVERIFY2(Step::evidenceKindsFor(step).contains(cmd.kind), qPrintable(cmd.kind));
        QVERIFY(!cmd.display.isEmpty());
        QVERIFY(!cmd.program.isEmpty());
        // What the collector runs is a program and its arguments, never a shell pipeline.
        QVERIFY2(!cmd.program.contains(' ') && !cmd.program.contains('|'), qPrintable(cmd.program));
        if (cmd.program != "powershell") {
            for (const QString &a : cmd.arguments)
                QVERIFY2(!a.contains('|') && !a.contains('>') && !a.contains(';'), qPrintable(a));
        }
        if (cmd.needsRoot)
            QVERIFY(cmd.note.contains("root"));
    }
}

void TestCommandCatalogue::exactDisplays_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<OsFamily>("os");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QStringList>("displays");
    QTest::newRow("ss") << "listening" << OsFamily::Linux << "http" << QStringList{"ss -ltnup"};
    QTest::newRow("netstat grep") << "listening" << OsFamily::LinuxNetTools << "http"
                                  << QStringList{"netstat -anp | grep :8080"};
    QTest::newRow("findstr") << "listening" << OsFamily::WindowsCmd << "http"
                             << QStringList{"netstat -ano | findstr :8080"};
    QTest::newRow("firewall linux") << "firewall" << OsFamily::Linux << "http"
                                    << QStringList{"iptables-save", "nft -j list ruleset",
                                                   "firewall-cmd --list-all-zones", "ufw status verbose"};
    QTest::newRow("tcpwrappers") << "tcpwrappers" << OsFamily::Linux << "http"
                                 << QStringList{"head -n 1000 /etc/hosts.allow /etc/hosts.deny"};
    QTest::newRow("route ip") << "route" << OsFamily::Linux << "http" << QStringList{"ip route show table all"};
    QTest::newRow("route net-tools") << "route" << OsFamily::LinuxNetTools << "http" << QStringList{"route -n"};
    QTest::newRow("route windows") << "route" << OsFamily::WindowsCmd << "http" << QStringList{"route print -4"};
    QTest::newRow("load linux") << "load" << OsFamily::Linux << "http"
                                << QStringList{"cat /proc/loadavg", "nproc", "free -m"};
    QTest::newRow("load net-tools") << "load" << OsFamily::LinuxNetTools << "http"
                                    << QStringList{"uptime", "nproc", "free -m"};
    QTest::newRow("netsh") << "firewall" << OsFamily::WindowsCmd << "http"
                           << QStringList{"netsh advfirewall show allprofiles",
                                          "netsh advfirewall firewall show rule name=all dir=in verbose"};
}

void TestCommandCatalogue::exactDisplays()
{
    QFETCH(QString, step);
    QFETCH(OsFamily, os);
    QFETCH(QString, listener);
    QFETCH(QStringList, displays);
    QStringList shown;
    for (const CatalogueCommand &c :
         CommandCatalogue::forStep(step, os, BackendFixtures::context("tencent", listener, "10.0.0.5", "8080")))
        shown << c.display;
    QCOMPARE(shown, displays);
}

void TestCommandCatalogue::families()
{
    const QList<OsFamily> all = CommandCatalogue::families();
    QCOMPARE(all.size(), 4);
    QSet<QString> names;
    for (OsFamily os : all)
        names << CommandCatalogue::osName(os);
    QCOMPARE(names.size(), 4);
    QCOMPARE(CommandCatalogue::shellFor(OsFamily::Linux), Shell::Posix);
    QCOMPARE(CommandCatalogue::shellFor(OsFamily::LinuxNetTools), Shell::Posix);
    QCOMPARE(CommandCatalogue::shellFor(OsFamily::WindowsCmd), Shell::Cmd);
    QCOMPARE(CommandCatalogue::shellFor(OsFamily::WindowsPowerShell), Shell::PowerShell);

    // PowerShell: JSON output, and a UDP listener asks for UDP endpoints on the port.
    const auto tcp = CommandCatalogue::forStep("listening", OsFamily::WindowsPowerShell,
                                               BackendFixtures::context("tencent", "tcp", "10.0.0.5", "8080"));
    QVERIFY(tcp.constFirst().display.startsWith("Get-NetTCPConnection -State Listen"));
    QVERIFY(tcp.constFirst().display.endsWith("ConvertTo-Json"));
    const auto udp = CommandCatalogue::forStep("listening", OsFamily::WindowsPowerShell,
                                               BackendFixtures::context("tencent", "udp", "10.0.0.5", "5000"));
    QVERIFY(udp.constFirst().display.startsWith("Get-NetUDPEndpoint -LocalPort 5000"));
    const auto fw = CommandCatalogue::forStep("firewall", OsFamily::WindowsPowerShell,
                                              BackendFixtures::context("tencent", "tcp", "10.0.0.5", "80"));
    QVERIFY(fw.constFirst().display.contains("Get-NetFirewallRule")
            && fw.constFirst().display.endsWith("ConvertTo-Json"));
}

void TestCommandCatalogue::hostFamilyHere()
{
#ifdef Q_OS_LINUX
    // This machine has iproute2 (installer/deps-debian.sh installs it).
    QCOMPARE(CommandCatalogue::hostFamily(), OsFamily::Linux);
#else
    QSKIP("Linux-only expectation");
#endif
}

QTEST_GUILESS_MAIN(TestCommandCatalogue)
#include "tst_commandcatalogue.moc"
