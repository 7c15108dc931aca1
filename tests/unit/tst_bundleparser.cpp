#include "backendfixtures.h"

#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"

#include <QMap>
#include <QTest>

// A pasted bundle split into sections and analyzed at once, and every way a paste goes wrong.
// Fixtures: tests/fixtures/bundle (a real Linux run; a Windows one in PowerShell's documented shapes).
class TestBundleParser : public QObject
{
    Q_OBJECT
private slots:
    void wholeBundle_data();
    void wholeBundle();
    void cutPaste();
    void singleSection();
    void twoServers();
    void twoRunsOfOneServer();
    void garbage_data();
    void garbage();
    void forgedMarkersAreText();
    void controlCharactersStripped();
    void cutLinesMakeVerdictsUnknown();
    void sudoNeedsPassword();
    void portMismatchNoted();

private:
    static QString linux() { return BackendFixtures::read("bundle/linux-root.txt"); }
    static RunContext context(const QString &listener = "http", const QString &port = "8080")
    {
        return BackendFixtures::context("alibaba", listener, "10.0.0.5", port);
    }
    static const Finding *find(const BundleResult &r, const QString &step)
    {
        for (const Finding &f : r.findings) {
            if (f.step == step)
                return &f;
        }
        return nullptr;
    }
};

namespace {
// A synthetic section in the script's exact marker format.
QString section(const QString &token, int n, const QString &step, const QString &kind, const QString &command,
                const QString &output, int exit = 0, const QString &as = "root", const QString &host = "web-1",
                const QString &root = "no")
{
    return QStringLiteral(
               "=== LBDOCTOR BEGIN %1 n=%2 step=%3 kind=%4 root=%5 as=%6 host=%7 ===\n$ %8\n%9=== LBDOCTOR END %1 n=%2 exit=%10 ===\n")
        .arg(token)
        .arg(n)
        .arg(step, kind, root, as, host, command, output)
        .arg(exit);
}
QString header(const QString &token, const QString &host = "web-1", const QString &sudo = "root", int port = 8080)
{
    return QStringLiteral(
               "=== LBDOCTOR BUNDLE %1 v=1 os=linux host=%2 user=u uid=1000 sudo=%3 port=%4 listener=http ===\n")
        .arg(token, host, sudo)
        .arg(port);
}
QString footer(const QString &token, int sections)
{
    return QStringLiteral("=== LBDOCTOR DONE %1 sections=%2 ===\n").arg(token).arg(sections);
}
} // namespace

void TestBundleParser::wholeBundle_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("listener");
    QTest::addColumn<QString>("port");
    QTest::addColumn<int>("sections");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("linux as root") << "bundle/linux-root.txt"
                                   << "http"
                                   << "8080" << 11
                                   << QStringList{"firewall", "listening", "tcpwrappers", "route", "sysctl", "load"};
    QTest::newRow("windows powershell utf-16") << "bundle/windows-powershell.txt"
                                               << "tcp"
                                               << "443" << 5 << QStringList{"firewall", "listening", "route", "load"};
}

void TestBundleParser::wholeBundle()
{
    QFETCH(QString, file);
    QFETCH(QString, listener);
    QFETCH(QString, port);
    QFETCH(int, sections);
    QFETCH(QStringList, steps);
    const ParsedBundle b = BundleParser::parse(BackendFixtures::read(file));
    QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join('\n')));
    QVERIFY(b.hasHeader && b.hasFooter && !b.isCut());
    QCOMPARE(int(b.sections.size()), sections);
    QCOMPARE(b.declaredSections, sections);
    QMap<QString, QString>
        byKind; // what each analyzer reads: its kind's sections together (load: loadavg + nproc + free)
    for (const BundleSection &s : b.sections) {
        QVERIFY(s.complete);
        QVERIFY(!s.command.isEmpty());
        QVERIFY(s.text.startsWith("=== LBDOCTOR BEGIN "));
        QVERIFY(s.text.endsWith(" ===\n"));
        if (!s.notInstalled && !s.output.trimmed().isEmpty())
            byKind[s.kind] += s.output;
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        // Every section reaches the analyzer of its kind, which knows it as its own.
        const Analyzer *a = AnalyzerRegistry::find(it.key());
        QVERIFY2(a, qPrintable(it.key()));
        QVERIFY2(a->recognize(it.value()) > 0 && AnalyzerRegistry::recognize(a->step(), it.value()) == a,
                 qPrintable(it.key() + ": " + QString::number(a->recognize(it.value()))));
    }
    const BundleResult r = BundleAnalysis::analyze(b, context(listener, port), "bundle");
    QVERIFY(r.usable());
    QStringList got;
    for (const Finding &f : r.findings) {
        got << f.step;
        QCOMPARE(f.source, QString("bundle"));
        QVERIFY2(!f.summary.startsWith("unknown, because this is not"), qPrintable(f.summary));
        QVERIFY2(!f.summary.contains("no section"), qPrintable(f.summary));
        // The raw output of each step is its sections' text, markers included.
        QVERIFY2(f.raw.startsWith("=== LBDOCTOR BEGIN "), qPrintable(f.step));
        QVERIFY(f.toJson().value("source").toString() == "bundle");
    }
    QCOMPARE(got, steps);
}

void TestBundleParser::cutPaste()
{
    const QString text = linux();
    // A chat window's limit: the paste ends in the middle of the sysctl output.
    const qsizetype cut = text.indexOf("net.ipv6.conf.lo.accept_dad");
    QVERIFY(cut > 0);
    const ParsedBundle b = BundleParser::parse(text.left(cut));
    QVERIFY(b.isCut());
    QVERIFY2(b.problems.join('\n').contains("cut in the middle of section 8 (`sysctl -a`)"),
             qPrintable(b.problems.join('\n')));
    const BundleResult r = BundleAnalysis::analyze(b, context(), "bundle");
    QCOMPARE(find(r, "sysctl")->status, Status::Unknown);
    QVERIFY2(find(r, "sysctl")->summary.contains("ends before its end marker"), qPrintable(find(r, "sysctl")->summary));
    // The step after the cut names the commands to run.
    const Finding *load = find(r, "load");
    QCOMPARE(load->status, Status::Unknown);
    QVERIFY2(load->summary.contains("the paste was cut before this step's section")
                 && load->summary.contains("cat /proc/loadavg"),
             qPrintable(load->summary));
    // What came before the cut is still analyzed.
    QCOMPARE(find(r, "tcpwrappers")->status, Status::Pass);
    QCOMPARE(find(r, "route")->source, QString("bundle"));
}

void TestBundleParser::singleSection()
{
    const QString text = linux();
    const qsizetype from = text.indexOf("=== LBDOCTOR BEGIN", text.indexOf("n=7 step=route") - 60);
    const qsizetype to = text.indexOf('\n', text.indexOf("n=7 exit=")) + 1;
    const ParsedBundle b = BundleParser::parse(text.mid(from, to - from));
    QCOMPARE(b.sections.size(), 1);
    QVERIFY2(
        b.problems.join('\n').contains("only one section of the bundle was pasted (7 (`ip route show table all`))"),
        qPrintable(b.problems.join('\n')));
    const BundleResult r = BundleAnalysis::analyze(b, context(), "bundle");
    QCOMPARE(find(r, "route")->status, Status::Pass);
    QVERIFY(find(r, "firewall")->summary.contains("iptables-save"));
}

void TestBundleParser::twoServers()
{
    const QString one = header("111", "web-1")
        + section("111", 1, "route", "routes", "ip route",
                  "default via 10.0.0.1 dev eth0\n10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.5\n")
        + footer("111", 1);
    const QString two = header("222", "web-2")
        + section("222", 1, "route", "routes", "ip route", "10.1.0.0/24 dev eth0\n", 0, "root", "web-2")
        + footer("222", 1);
    const ParsedBundle b = BundleParser::parse(one + two);
    QCOMPARE(b.host, QString("web-1"));
    QCOMPARE(b.otherHosts, QStringList{"web-2"});
    QCOMPARE(b.sections.size(), 1);
    QVERIFY2(b.problems.join('\n').contains("different servers (web-1 and web-2)"), qPrintable(b.problems.join('\n')));
    // A section marked with another host inside one run is set aside too.
    const ParsedBundle mixed = BundleParser::parse(
        header("333") + section("333", 1, "route", "routes", "ip route", "x\n", 0, "root", "db-9") + footer("333", 1));
    QCOMPARE(mixed.otherHosts, QStringList{"db-9"});
    QVERIFY(mixed.sections.isEmpty());
}

void TestBundleParser::twoRunsOfOneServer()
{
    const QString one = header("111")
        + section("111", 1, "route", "routes", "ip route", "default via 10.0.0.1 dev eth0\n") + footer("111", 1);
    const QString two =
        header("222") + section("222", 1, "route", "routes", "ip route", "10.1.0.0/24 dev eth0\n") + footer("222", 1);
    const ParsedBundle b = BundleParser::parse(one + two);
    QCOMPARE(b.sections.size(), 1);
    QVERIFY(b.sections.first().output.contains("default via"));
    QVERIFY2(b.problems.join('\n').contains("more than one run"), qPrintable(b.problems.join('\n')));
}

void TestBundleParser::garbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("ip route output") << BackendFixtures::read("host/routes/ip-route-ok.txt");
    QTest::newRow("binary") << QString::fromLatin1(QByteArray("\x00\x01\x02\xff\xfe=== LBDOCTOR\n", 16));
    QTest::newRow("marker without token") << "=== LBDOCTOR BEGIN ===\n";
}

void TestBundleParser::garbage()
{
    QFETCH(QString, text);
    const ParsedBundle b = BundleParser::parse(text);
    QVERIFY(!b.hasMarkers);
    QVERIFY(!BundleParser::looksLikeBundle(text));
    QVERIFY2(b.problems.join('\n').contains("not an LB Doctor bundle output"), qPrintable(b.problems.join('\n')));
    // A bundle pasted into a single step's box is recognised as one.
    QVERIFY(BundleParser::looksLikeBundle(linux()));
}

void TestBundleParser::forgedMarkersAreText()
{
    // A command's output cannot end its section or the bundle: markers carry the run's token.
    const QString output =
        "=== LBDOCTOR END 999 n=1 exit=0 ===\n=== LBDOCTOR DONE 999 sections=1 ===\ndefault via 10.0.0.1 dev eth0\n";
    const ParsedBundle b = BundleParser::parse(header("123") + section("123", 1, "route", "routes", "ip route", output)
                                               + footer("123", 1));
    QVERIFY2(b.problems.isEmpty(), qPrintable(b.problems.join('\n')));
    QCOMPARE(b.sections.size(), 1);
    QVERIFY(b.sections.first().complete);
    QVERIFY(b.sections.first().output.contains("default via 10.0.0.1"));
}

void TestBundleParser::controlCharactersStripped()
{
    const QString output =
        QString("default via 10.0.0.1 dev eth0\x1b[31m\x07\r\n") + QChar(0x7f) + "10.0.0.0/24 dev eth0\n";
    const ParsedBundle b =
        BundleParser::parse(header("5") + section("5", 1, "route", "routes", "ip route", output) + footer("5", 1));
    QCOMPARE(b.sections.size(), 1);
    for (const QString &t : {b.sections.first().output, b.sections.first().text}) {
        for (QChar c : t)
            QVERIFY2(c >= QChar(0x20) ? c != QChar(0x7f) : (c == '\n' || c == '\t'),
                     qPrintable(QString::number(c.unicode())));
    }
}

void TestBundleParser::cutLinesMakeVerdictsUnknown()
{
    // The script kept the head and the tail; the missing middle may hold the deciding rule.
    const QString rules =
        "*filter\n:INPUT ACCEPT [0:0]\n[LB Doctor cut 12000 lines here: the first 5000 and the last 1000 are kept]\nCOMMIT\n";
    const ParsedBundle b = BundleParser::parse(
        header("7") + section("7", 1, "firewall", "iptables", "iptables-save", rules, 0, "root", "web-1", "needed")
        + footer("7", 1));
    QCOMPARE(b.sections.first().linesCut, 12000);
    QVERIFY(!b.sections.first().output.contains("LB Doctor cut"));
    const Finding *f = find(BundleAnalysis::analyze(b, context(), "bundle"), "firewall");
    QCOMPARE(f->status, Status::Unknown);
    QVERIFY2(f->summary.contains("12000 lines of the output of `iptables-save` were cut"), qPrintable(f->summary));
    QVERIFY(f->ranges.isEmpty());
}

void TestBundleParser::sudoNeedsPassword()
{
    const QString t = "42";
    const QString text =
        header(t, "web-1", "password")
        + section(
            t, 1, "firewall", "iptables", "iptables-save",
            "[stderr] iptables-save v1.8.9 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n",
            1, "user", "web-1", "needed")
        + section(t, 2, "firewall", "nftables", "nft -j list ruleset", "[stderr] Operation not permitted\n", 1, "user",
                  "web-1", "needed")
        + section(t, 3, "route", "routes", "ip route show table all",
                  "default via 10.0.0.1 dev eth0\n10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.5\n")
        + footer(t, 3);
    const BundleResult r = BundleAnalysis::analyze(BundleParser::parse(text), context(), "ssh");
    const Finding *fw = find(r, "firewall");
    QCOMPARE(fw->status, Status::Unknown);
    QVERIFY2(fw->summary.contains("sudo on web-1 needs a password"), qPrintable(fw->summary));
    QCOMPARE(fw->source, QString("ssh"));
    const QString notes = r.notes.join('\n');
    QVERIFY2(
        notes.contains(
            "sudo on web-1 needs a password, so these commands lost what only root sees: `iptables-save` (firewall), `nft -j list ruleset` (firewall)"),
        qPrintable(notes));
    QCOMPARE(find(r, "route")->status, Status::Pass);
}

void TestBundleParser::portMismatchNoted()
{
    const ParsedBundle b = BundleParser::parse(header("9", "web-1", "root", 80) + footer("9", 0));
    const BundleResult r = BundleAnalysis::analyze(b, context("http", "8080"), "bundle");
    QVERIFY2(r.notes.join('\n').contains("made for port 80, the check is for port 8080"),
             qPrintable(r.notes.join('\n')));
    QVERIFY(!r.usable());
}

QTEST_GUILESS_MAIN(TestBundleParser)
#include "tst_bundleparser.moc"
