// Differential test: the iptables and nftables analyzers against the real kernel. Each ruleset
// is loaded into a server network namespace this test creates; SYNs from sample addresses of the
// health-check CIDR come from a client namespace it creates (the whole CIDR is a local route
// there, so any sample address can be bound); accept / refuse / timeout per sample must equal the
// analyzer's verdict for that address. All traffic stays inside the two namespaces.
#include "analyzers/analyzer.h"
#include "analyzers/iptablesparser.h"
#include "analyzers/iptablesreport.h"
#include "analyzers/nftablesjson.h"
#include "netnslab.h"
#include "tst_firewallkernelgen.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <random>

namespace {

using namespace netnslab;

constexpr int pairCount = 8;

struct Case
{
    QString name;
    QString kind;        // "iptables" or "nftables"
    QByteArray load;     // what goes into the kernel
    QString analyzed;    // what the analyzer reads (the kernel's own listing)
    QString text;        // nftables: the plain-text listing, checked to agree with the JSON
    QList<IptablesPiece> pieces;
    IptablesRuleset ruleset;
    Finding finding;
    QList<quint32> samples;
};

Case makeCase(const QString &name, const QString &kind, const QByteArray &load)
{
    Case c;
    c.name = name;
    c.kind = kind;
    c.load = load;
    return c;
}

} // namespace

class TstFirewallKernel : public QObject
{
    Q_OBJECT

private:
    Lab lab{"lbdipt", pairCount};
    int compared = 0;
    int unknownSamples = 0;
    QStringList disagreements;

    // Loads the ruleset into the pair's server namespace and lists it back the kernel's way.
    std::unique_ptr<QProcess> startLoad(int pair, const Case &c)
    {
        const QString script = c.kind == "iptables" ? "nft flush ruleset && iptables-restore && iptables-save"
                                                    : "nft flush ruleset && nft -f - && nft -j list ruleset && echo '#SPLIT#' && nft list ruleset";
        auto p = std::make_unique<QProcess>();
        p->start("ip", {"netns", "exec", lab.server(pair), "sh", "-c", script});
        p->write(c.load);
        p->closeWriteChannel();
        return p;
    }
    bool finishLoad(QProcess &p, Case &c)
    {
        p.waitForFinished(20000);
        if (p.exitCode() != 0 || p.exitStatus() != QProcess::NormalExit) {
            disagreements << c.name + ": the kernel refused the ruleset: " + QString::fromUtf8(p.readAllStandardError()).left(600) + "\n" + QString::fromUtf8(c.load);
            return false;
        }
        const QString listing = QString::fromUtf8(p.readAllStandardOutput());
        c.analyzed = listing.section("#SPLIT#\n", 0, 0);
        c.text = listing.section("#SPLIT#\n", 1);
        return true;
    }
    bool loadAndList(int pair, Case &c)
    {
        auto p = startLoad(pair, c);
        return finishLoad(*p, c);
    }

    void analyze(Case &c, std::mt19937 &rng)
    {
        const RunContext ctx = context();
        const IptablesReport::Question q = IptablesReport::question(ctx);
        if (c.kind == "iptables") {
            c.ruleset = IptablesParser::parse(c.analyzed);
        } else {
            QString error;
            c.ruleset = NftablesJson::parse(c.analyzed, &error);
            const Finding fromText = AnalyzerRegistry::find("nftables")->analyze({c.text, ctx});
            const Finding fromJson = AnalyzerRegistry::find("nftables")->analyze({c.analyzed, ctx});
            if (fromText.rangesWith(RangeDecision::Verdict::Allowed) != fromJson.rangesWith(RangeDecision::Verdict::Allowed)
                || fromText.rangesWith(RangeDecision::Verdict::Blocked) != fromJson.rangesWith(RangeDecision::Verdict::Blocked))
                disagreements << c.name + ": nft text and JSON listings disagree: " + fromText.summary + " / " + fromJson.summary + "\n" + c.text;
        }
        c.pieces = IptablesReport::evaluate(c.ruleset, q.packets.first(), q.ipv4);
        c.finding = AnalyzerRegistry::find(c.kind)->analyze({c.analyzed, ctx});
        // Samples: both ends of every piece and their outside neighbours, plus random addresses.
        const quint32 lo = ipOf("100.64.0.0"), hi = ipOf("100.127.255.255");
        QList<quint32> candidates;
        for (const IptablesPiece &p : std::as_const(c.pieces)) {
            for (const AddressRange &r : p.addresses.ranges()) {
                const quint32 a = quint32(r.first().lo), b = quint32(r.last().lo);
                candidates << a << b;
                if (a > lo)
                    candidates << a - 1;
                if (b < hi)
                    candidates << b + 1;
            }
        }
        std::shuffle(candidates.begin(), candidates.end(), rng);
        candidates = candidates.mid(0, 14);
        for (int i = 0; i < 4; ++i)
            candidates << lo + quint32(rng() % (hi - lo + 1));
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        c.samples = candidates;
    }

    void compare(const Case &c, QList<Seen> seen, int pair)
    {
        for (int k = 0; k < c.samples.size(); ++k) {
            const QHostAddress a(c.samples[k]);
            const IptablesPiece *piece = nullptr;
            for (const IptablesPiece &p : c.pieces) {
                if (p.addresses.contains(a))
                    piece = &p;
            }
            RangeDecision::Verdict verdict = RangeDecision::Verdict::Unknown;
            for (const RangeDecision &d : c.finding.ranges) {
                if (RangeSet::fromCidrs({d.cidr}).contains(a))
                    verdict = d.verdict;
            }
            if (!piece || piece->outcome == IptablesPiece::Outcome::Unknown) {
                ++unknownSamples;
                continue;
            }
            ++compared;
            const Seen expected = piece->outcome == IptablesPiece::Outcome::Accept ? Seen::Accept
                : piece->outcome == IptablesPiece::Outcome::Reject                 ? Seen::Refuse
                                                                                   : Seen::Timeout;
            const RangeDecision::Verdict expectedVerdict = expected == Seen::Accept ? RangeDecision::Verdict::Allowed : RangeDecision::Verdict::Blocked;
            if (seen[k] != expected) {
                // A loaded machine can delay a SYN-ACK past the short timeout: ask once more, slowly.
                QList<QList<quint32>> again(pair + 1);
                again[pair] = {c.samples[k]};
                seen[k] = lab.probe(again, 1500)[pair].value(0, Seen::Error);
            }
            if (seen[k] != expected || verdict != expectedVerdict)
                disagreements << QString("%1: %2 kernel %3, analyzer %4 (%5)\n%6").arg(c.name, a.toString(), seenName(seen[k]), seenName(expected), piece->decidedBy, QString::fromUtf8(c.load));
        }
    }

    void runCases(QList<Case> &cases, quint32 seed)
    {
        std::mt19937 rng(seed);
        for (qsizetype start = 0; start < cases.size(); start += pairCount) {
            QList<QList<quint32>> samples;
            QList<Case *> batch;
            std::vector<std::unique_ptr<QProcess>> loads;
            for (qsizetype i = start; i < std::min(cases.size(), start + pairCount); ++i) {
                batch << &cases[i];
                loads.push_back(startLoad(int(i - start), cases[i]));
            }
            for (qsizetype k = 0; k < batch.size(); ++k) {
                samples << QList<quint32>();
                if (!finishLoad(*loads[size_t(k)], *batch[k]))
                    continue;
                analyze(*batch[k], rng);
                samples.last() = batch[k]->samples;
            }
            const QList<QList<Seen>> seen = lab.probe(samples);
            for (int p = 0; p < batch.size(); ++p)
                compare(*batch[p], seen[p], p);
        }
    }

    void report(const QString &what)
    {
        qInfo("%s: %d samples compared with the kernel, %d samples in unknown ranges, %d disagreements", qPrintable(what), compared, unknownSamples,
              int(disagreements.size()));
        for (const QString &d : disagreements.mid(0, 5))
            qWarning("%s", qPrintable(d));
        QCOMPARE(disagreements.size(), 0);
        QVERIFY(compared > 0);
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("firewall kernel differential test needs root to create network namespaces; run it as root (as .ci/run does)");
        if (!Lab::run({"ip", "-V"}) || !Lab::run({"iptables-restore", "--version"}) || !Lab::run({"nft", "--version"}))
            QSKIP("firewall kernel differential test needs ip, iptables-restore and nft (installer/deps-debian.sh installs them)");
        if (!lab.setUp()) {
            const QString why = "network namespaces are not available here: " + lab.error;
            lab.tearDown();
            QSKIP(qPrintable(why));
        }
    }
    void cleanupTestCase() { lab.tearDown(); }
    void init()
    {
        compared = 0;
        unknownSamples = 0;
        disagreements.clear();
    }

    void generatedIptables()
    {
        FirewallRuleGen gen(20261121);
        QList<Case> cases;
        for (int i = 0; i < 300; ++i) {
            const FirewallRuleGen::Ruleset r = gen.next();
            cases.append(makeCase(QString("iptables #%1").arg(i), "iptables", FirewallRuleGen::toIptablesSave(r).toUtf8()));
        }
        runCases(cases, 1);
        report("300 generated iptables rulesets");
    }

    void generatedNftables()
    {
        FirewallRuleGen gen(777);
        QList<Case> cases;
        for (int i = 0; i < 150; ++i) {
            const FirewallRuleGen::Ruleset r = gen.next();
            cases.append(makeCase(QString("nftables #%1").arg(i), "nftables", FirewallRuleGen::toNft(r).toUtf8()));
        }
        runCases(cases, 2);
        report("150 generated nftables rulesets");
    }

    void realWorldShapes()
    {
        QList<Case> cases;
        for (const QString &kind : {QString("iptables"), QString("nftables")}) {
            const QDir dir(QString(LBDOCTOR_FIXTURES_DIR) + "/" + kind);
            for (const QString &f : dir.entryList({kind == "iptables" ? "*.save" : "*.nft"}, QDir::Files)) {
                QFile file(dir.filePath(f));
                QVERIFY(file.open(QIODevice::ReadOnly));
                cases.append(makeCase(kind + " " + f, kind, file.readAll()));
            }
        }
        QVERIFY(cases.size() >= 7);
        runCases(cases, 3);
        report("real-world shapes");
    }

    // The fix commands, run in the namespace, make every sample pass.
    void fixCommandsWork()
    {
        const QDir dir(QString(LBDOCTOR_FIXTURES_DIR) + "/iptables");
        QList<Case> cases;
        for (const QString &f : dir.entryList({"*.save"}, QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            Case c = makeCase(f, "iptables", file.readAll());
            if (!loadAndList(0, c))
                continue;
            std::mt19937 rng(4);
            analyze(c, rng);
            if (c.finding.status != Status::Fail)
                continue;
            QVERIFY(!c.finding.commands.isEmpty());
            for (const QString &command : std::as_const(c.finding.commands)) {
                QString err;
                QVERIFY2(Lab::run(QStringList{"ip", "netns", "exec", lab.server(0)} + QProcess::splitCommand(command), {}, nullptr, &err), qPrintable(err));
            }
            const QList<QList<Seen>> seen = lab.probe({c.samples});
            for (int k = 0; k < c.samples.size(); ++k)
                QVERIFY2(seen[0][k] == Seen::Accept, qPrintable(f + ": " + QHostAddress(c.samples[k]).toString() + " still " + seenName(seen[0][k])));
            ++compared;
        }
        QVERIFY(compared >= 4);
    }
};

QTEST_GUILESS_MAIN(TstFirewallKernel)
#include "tst_firewallkernel.moc"
