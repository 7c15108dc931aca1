// Differential test: the iptables and nftables analyzers against the real kernel. Each ruleset
// is loaded into a server network namespace this test creates; probes from sample addresses of
// the health-check CIDR come from a client namespace it creates (the whole CIDR is a local route
// there, so any sample address can be bound). Per sample, twice: a half-open check (did the
// SYN-ACK come back?) must equal the analyzer's verdict for `--listener tcp`, and a whole HTTP
// request and response must equal its verdict for `--listener http`; a UDP datagram the server
// answers and an ICMP echo must each come back exactly when the analyzer passes the UDP packets
// (datagram in, reply out) and the ICMP ones (echo request in, echo reply out) of a UDP check
// that pings first and expects a reply, and its `--listener udp` verdict must pass exactly the
// addresses for which both came back. All traffic stays inside the two namespaces.
#include "analyzers/analyzer.h"
#include "analyzers/firewall/iptablesparser.h"
#include "analyzers/firewall/iptablesevaluator.h"
#include "analyzers/firewall/iptablesreport.h"
#include "analyzers/firewall/nftablesjson.h"
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
constexpr int maxRetries = 20;

struct Case
{
    QString name;
    QString kind; // "iptables" or "nftables"
    QByteArray load; // what goes into the kernel
    QString analyzed; // what the analyzer reads (the kernel's own listing)
    QString text; // nftables: the plain-text listing, checked to agree with the JSON
    IptablesRuleset ruleset;
    QList<IptablesReport::ExchangePiece> halfOpen, exchange; // the analyzer's fate per address
    QList<IptablesReport::ExchangePiece> udp, echo; // a UDP check's datagram and ping
    Finding halfOpenFinding, exchangeFinding, udpFinding;
    bool outputOpen = true; // nothing on the way out: a rejected SYN is seen as refused
    QList<quint32> samples;
};

RunContext contextFor(Listener listener)
{
    RunContext c = netnslab::context();
    c.target.listener = listener;
    if (listener == Listener::Udp) {
        // A check that pings first and waits for an answer: every packet of it decides.
        c.variant.icmpRequired = true;
        c.variant.udpRequest = QStringLiteral("lbdoctor udp probe");
        c.variant.udpResponse = QStringLiteral("lbdoctor");
    }
    return c;
}

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
    int comparedExchanges = 0;
    int unknownSamples = 0;
    int rulesets = 0;
    int comparedUdp = 0, comparedEcho = 0;
    int laterPacketStops = 0; // samples the kernel stopped after the first packet passed
    int retries = 0;
    QStringList disagreements;

    // Loads the ruleset into the pair's server namespace and lists it back the kernel's way.
    std::unique_ptr<QProcess> startLoad(int pair, const Case &c)
    {
        const QString script = c.kind == "iptables"
            ? "nft flush ruleset && iptables-restore && iptables-save"
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
            disagreements << c.name + ": the kernel refused the ruleset: "
                    + QString::fromUtf8(p.readAllStandardError()).left(600) + "\n" + QString::fromUtf8(c.load);
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
        const RunContext tcp = contextFor(Listener::Tcp), http = contextFor(Listener::Http),
                         udp = contextFor(Listener::Udp);
        if (c.kind == "iptables") {
            c.ruleset = IptablesParser::parse(c.analyzed);
        } else {
            c.ruleset = NftablesJson::parse(c.analyzed).valueOr(IptablesRuleset());
            for (const RunContext &ctx : {tcp, http, udp}) {
                const Finding fromText = AnalyzerRegistry::find("nftables")->analyze({c.text, ctx});
                const Finding fromJson = AnalyzerRegistry::find("nftables")->analyze({c.analyzed, ctx});
                if (fromText.rangesWith(RangeDecision::Verdict::Allowed)
                        != fromJson.rangesWith(RangeDecision::Verdict::Allowed)
                    || fromText.rangesWith(RangeDecision::Verdict::Blocked)
                        != fromJson.rangesWith(RangeDecision::Verdict::Blocked))
                    disagreements << c.name + ": nft text and JSON listings disagree: " + fromText.summary + " / "
                            + fromJson.summary + "\n" + c.text;
            }
        }
        const IptablesReport::Question qTcp = IptablesReport::question(tcp), qHttp = IptablesReport::question(http);
        c.halfOpen = IptablesReport::exchangeOutcome(IptablesReport::walkExchange(c.ruleset, qTcp.packets, qTcp.ipv4));
        c.exchange =
            IptablesReport::exchangeOutcome(IptablesReport::walkExchange(c.ruleset, qHttp.packets, qHttp.ipv4));
        c.halfOpenFinding = AnalyzerRegistry::find(c.kind)->analyze({c.analyzed, tcp});
        c.exchangeFinding = AnalyzerRegistry::find(c.kind)->analyze({c.analyzed, http});
        const IptablesReport::Question qUdp = IptablesReport::question(udp);
        QList<IptablesPacket> datagram, ping;
        for (const IptablesPacket &packet : qUdp.packets)
            (packet.protocol == 1 ? ping : datagram) << packet;
        c.udp = IptablesReport::exchangeOutcome(IptablesReport::walkExchange(c.ruleset, datagram, qUdp.ipv4));
        c.echo = IptablesReport::exchangeOutcome(IptablesReport::walkExchange(c.ruleset, ping, qUdp.ipv4));
        c.udpFinding = AnalyzerRegistry::find(c.kind)->analyze({c.analyzed, udp});
        c.outputOpen = true;
        for (const IptablesHookChain &hc : IptablesEvaluator::outputPath(c.ruleset))
            c.outputOpen =
                c.outputOpen && hc.chain->rules.isEmpty() && hc.chain->policy == IptablesRule::Action::Accept;
        // Samples: both ends of every piece and their outside neighbours, plus random addresses.
        const quint32 lo = ipOf("100.64.0.0"), hi = ipOf("100.127.255.255");
        QList<quint32> candidates;
        for (const auto *pieces : {&c.halfOpen, &c.exchange, &c.udp, &c.echo}) {
            for (const IptablesReport::ExchangePiece &e : *pieces) {
                for (const AddressRange &r : e.piece.addresses.ranges()) {
                    const quint32 a = quint32(r.first().lo), b = quint32(r.last().lo);
                    candidates << a << b;
                    if (a > lo)
                        candidates << a - 1;
                    if (b < hi)
                        candidates << b + 1;
                }
            }
        }
        std::shuffle(candidates.begin(), candidates.end(), rng);
        candidates = candidates.mid(0, 16);
        for (int i = 0; i < 4; ++i)
            candidates << lo + quint32(rng() % (hi - lo + 1));
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        c.samples = candidates;
    }

    static const IptablesReport::ExchangePiece *pieceOf(const QList<IptablesReport::ExchangePiece> &pieces,
                                                        const QHostAddress &a)
    {
        for (const IptablesReport::ExchangePiece &e : pieces) {
            if (e.piece.addresses.contains(a))
                return &e;
        }
        return nullptr;
    }
    static RangeDecision::Verdict verdictOf(const Finding &f, const QHostAddress &a)
    {
        for (const RangeDecision &d : f.ranges) {
            if (RangeSet::fromCidrs({d.cidr}).contains(a))
                return d.verdict;
        }
        return RangeDecision::Verdict::Unknown;
    }

    // `exchange`: compare the whole HTTP exchange, else the half-open check.
    void compare(const Case &c, QList<Seen> seen, int pair, bool exchange)
    {
        const QList<IptablesReport::ExchangePiece> &pieces = exchange ? c.exchange : c.halfOpen;
        const Finding &finding = exchange ? c.exchangeFinding : c.halfOpenFinding;
        for (int k = 0; k < c.samples.size(); ++k) {
            const QHostAddress a(c.samples[k]);
            const IptablesReport::ExchangePiece *e = pieceOf(pieces, a);
            if (!e || e->piece.outcome == IptablesPiece::Outcome::Unknown) {
                ++unknownSamples;
                continue;
            }
            ++(exchange ? comparedExchanges : compared);
            const bool accepted = e->piece.outcome == IptablesPiece::Outcome::Accept;
            if (!accepted && e->packet > 0)
                ++laterPacketStops;
            // A rejected SYN is seen as refused only when the ICMP error or reset can leave;
            // otherwise, and for whatever stops a later packet, the prober times out.
            Seen expected = accepted ? Seen::Accept : Seen::Timeout;
            if (!exchange && !accepted && e->packet == 0 && e->piece.outcome == IptablesPiece::Outcome::Reject)
                expected = c.outputOpen ? Seen::Refuse : Seen::Timeout;
            const bool exact = !exchange && (accepted || c.outputOpen || e->packet > 0);
            const auto agrees = [&](Seen s) { return exact ? s == expected : (s == Seen::Accept) == accepted; };
            if (!agrees(seen[k]) && retries++ < maxRetries) {
                // A loaded machine can delay an answer past the short timeout: ask once more, slowly
                // (a bounded number of times, so that a broken model fails fast).
                QList<QList<quint32>> again(pair + 1);
                again[pair] = {c.samples[k]};
                seen[k] =
                    (exchange ? lab.probeExchange(again, 1500) : lab.probe(again, 1500))[pair].value(0, Seen::Error);
            }
            const RangeDecision::Verdict expectedVerdict =
                accepted ? RangeDecision::Verdict::Allowed : RangeDecision::Verdict::Blocked;
            if (!agrees(seen[k]) || verdictOf(finding, a) != expectedVerdict)
                disagreements << QString("%1 (%2): %3 kernel %4, analyzer %5 (%6)\n%7")
                                     .arg(c.name, exchange ? "HTTP exchange" : "half-open", a.toString(),
                                          seenName(seen[k]), seenName(expected), e->piece.decidedBy,
                                          QString::fromUtf8(c.load));
        }
    }

    // The UDP check: the datagram's and the ping's answers, each against its packets' walk, and the
    // `--listener udp` finding against both.
    void compareDatagrams(const Case &c, QList<Seen> udpSeen, QList<Seen> echoSeen, int pair)
    {
        for (int k = 0; k < c.samples.size(); ++k) {
            const QHostAddress a(c.samples[k]);
            const IptablesReport::ExchangePiece *u = pieceOf(c.udp, a), *e = pieceOf(c.echo, a);
            if (!u || !e || u->piece.outcome == IptablesPiece::Outcome::Unknown
                || e->piece.outcome == IptablesPiece::Outcome::Unknown) {
                ++unknownSamples;
                continue;
            }
            const bool udpPasses = u->piece.outcome == IptablesPiece::Outcome::Accept,
                       echoPasses = e->piece.outcome == IptablesPiece::Outcome::Accept;
            if (!udpPasses && u->packet > 0)
                ++laterPacketStops;
            if (!echoPasses && e->packet > 0)
                ++laterPacketStops;
            for (const bool isEcho : {false, true}) {
                Seen &seen = (isEcho ? echoSeen : udpSeen)[k];
                const bool passes = isEcho ? echoPasses : udpPasses;
                if ((seen == Seen::Accept) != passes && retries++ < maxRetries) {
                    QList<QList<quint32>> again(pair + 1);
                    again[pair] = {c.samples[k]};
                    seen = lab.probeDatagrams(again, 1500)[isEcho ? 1 : 0][pair].value(0, Seen::Error);
                }
                ++(isEcho ? comparedEcho : comparedUdp);
                if ((seen == Seen::Accept) != passes)
                    disagreements << QString("%1 (%2): %3 kernel %4, analyzer %5 (%6)\n%7")
                                         .arg(c.name, isEcho ? "ICMP echo" : "UDP datagram", a.toString(),
                                              seenName(seen), passes ? "accept" : "stopped",
                                              (isEcho ? e : u)->piece.decidedBy, QString::fromUtf8(c.load));
            }
            const RangeDecision::Verdict expected =
                udpPasses && echoPasses ? RangeDecision::Verdict::Allowed : RangeDecision::Verdict::Blocked;
            if (verdictOf(c.udpFinding, a) != expected)
                disagreements << QString("%1 (UDP check): %2: the finding says %3, its packets %4\n%5")
                                     .arg(c.name, a.toString(), verdictId(verdictOf(c.udpFinding, a)),
                                          verdictId(expected), c.udpFinding.summary);
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
            const QList<QList<Seen>> halfOpen = lab.probe(samples);
            for (int p = 0; p < batch.size(); ++p)
                compare(*batch[p], halfOpen[p], p, false);
            const QList<QList<Seen>> exchange = lab.probeExchange(samples);
            for (int p = 0; p < batch.size(); ++p)
                compare(*batch[p], exchange[p], p, true);
            const auto datagrams = lab.probeDatagrams(samples);
            for (int p = 0; p < batch.size(); ++p)
                compareDatagrams(*batch[p], datagrams[0][p], datagrams[1][p], p);
            rulesets += int(batch.size());
        }
    }

    void report(const QString &what)
    {
        qInfo(
            "%s: %d rulesets; %d half-open, %d HTTP-exchange, %d UDP-datagram and %d ICMP-echo samples compared with the kernel "
            "(%d stopped after their first packet passed), %d samples in unknown ranges, %d disagreements",
            qPrintable(what), rulesets, compared, comparedExchanges, comparedUdp, comparedEcho, laterPacketStops,
            unknownSamples, int(disagreements.size()));
        for (const QString &d : disagreements.mid(0, 5))
            qWarning("%s", qPrintable(d));
        QCOMPARE(disagreements.size(), 0);
        QVERIFY(compared > 0);
        QVERIFY(comparedExchanges > 0);
        QVERIFY(comparedUdp > 0);
        QVERIFY(comparedEcho > 0);
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP(
                "firewall kernel differential test needs root to create network namespaces; run it as root (as .ci/run does)");
        if (!Lab::run({"ip", "-V"}) || !Lab::run({"iptables-restore", "--version"}) || !Lab::run({"nft", "--version"}))
            QSKIP(
                "firewall kernel differential test needs ip, iptables-restore and nft (installer/deps-debian.sh installs them)");
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
        comparedExchanges = 0;
        comparedUdp = 0;
        comparedEcho = 0;
        laterPacketStops = 0;
        retries = 0;
        unknownSamples = 0;
        rulesets = 0;
        disagreements.clear();
    }

    void generatedIptables()
    {
        FirewallRuleGen gen(20261121);
        QList<Case> cases;
        for (int i = 0; i < 300; ++i) {
            const FirewallRuleGen::Ruleset r = gen.next();
            cases.append(
                makeCase(QString("iptables #%1").arg(i), "iptables", FirewallRuleGen::toIptablesSave(r).toUtf8()));
        }
        runCases(cases, 1);
        report("300 generated iptables rulesets");
    }

    void generatedNftables()
    {
        FirewallRuleGen gen(777);
        QList<Case> cases;
        for (int i = 0; i < 300; ++i) {
            const FirewallRuleGen::Ruleset r = gen.next();
            cases.append(makeCase(QString("nftables #%1").arg(i), "nftables", FirewallRuleGen::toNft(r).toUtf8()));
        }
        runCases(cases, 2);
        report("300 generated nftables rulesets");
    }

    void realWorldShapes()
    {
        QList<Case> cases;
        for (const QString &kind : {QString("iptables"), QString("nftables")}) {
            const QDir dir(QString(LBDOCTOR_FIXTURES_DIR) + "/firewall/" + kind);
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

    // The kernel's own iptables -S and -L listings of a loaded ruleset give the answer its
    // iptables-save gives: -S exactly (it carries every match); -L -n -v and -L -n wherever they
    // decide, the rest being unknown because the listing hides something.
    void listingsMatchSave()
    {
        QList<Case> cases;
        FirewallRuleGen gen(4242);
        for (int i = 0; i < 80; ++i)
            cases.append(makeCase(QString("iptables #%1").arg(i), "iptables",
                                  FirewallRuleGen::toIptablesSave(gen.next()).toUtf8()));
        const QDir dir(QString(LBDOCTOR_FIXTURES_DIR) + "/firewall/iptables");
        for (const QString &f : dir.entryList({"*.save"}, QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            cases.append(makeCase(f, "iptables", file.readAll()));
        }
        const QString tables = "raw mangle filter";
        const QString script = "nft flush ruleset && iptables-restore && iptables-save && echo '#SPLIT#' && for t in "
            + tables + "; do iptables -t $t -S; done && echo '#SPLIT#' && for t in " + tables
            + "; do iptables -t $t -L -n -v --line-numbers; done && echo '#SPLIT#' && for t in " + tables
            + "; do iptables -t $t -L -n; done";
        const Analyzer *analyzer = AnalyzerRegistry::find("iptables");
        int sameAsSave[3] = {0, 0, 0};
        int decidedSamples = 0;
        for (const Case &c : std::as_const(cases)) {
            QByteArray out;
            QString err;
            QVERIFY2(Lab::run({"ip", "netns", "exec", lab.server(0), "sh", "-c", script}, c.load, &out, &err),
                     qPrintable(c.name + ": " + err));
            const QStringList parts = QString::fromUtf8(out).split("#SPLIT#\n");
            QCOMPARE(parts.size(), 4);
            for (const Listener listener : {Listener::Tcp, Listener::Http}) {
                const RunContext ctx = contextFor(listener);
                const Finding save = analyzer->analyze({parts[0], ctx});
                const RangeSet saveAllowed = RangeSet::fromCidrs(save.rangesWith(RangeDecision::Verdict::Allowed));
                const RangeSet saveBlocked = RangeSet::fromCidrs(save.rangesWith(RangeDecision::Verdict::Blocked));
                for (int form = 0; form < 3; ++form) {
                    const Finding listed = analyzer->analyze({parts[form + 1], ctx});
                    const RangeSet allowed = RangeSet::fromCidrs(listed.rangesWith(RangeDecision::Verdict::Allowed));
                    const RangeSet blocked = RangeSet::fromCidrs(listed.rangesWith(RangeDecision::Verdict::Blocked));
                    const bool same = allowed == saveAllowed && blocked == saveBlocked;
                    sameAsSave[form] += same ? 1 : 0;
                    if (!same && form == 1 && qEnvironmentVariableIsSet("LBDOCTOR_SHOW_LISTING_GAPS"))
                        qInfo("%s: -L -n -v: %s\nsave: %s\n%s", qPrintable(c.name), qPrintable(listed.summary),
                              qPrintable(save.summary), qPrintable(parts[2]));
                    // -S carries everything: exactly the same; the -L forms never contradict.
                    if (form == 0 ? !same : !saveAllowed.containsAll(allowed) || !saveBlocked.containsAll(blocked))
                        disagreements << QString("%1: %2 says %3, iptables-save says %4\n%5")
                                             .arg(c.name,
                                                  QStringList{"iptables -S", "iptables -L -n -v",
                                                              "iptables -L -n"}[form],
                                                  listed.summary, save.summary, parts[form + 1]);
                    decidedSamples += int(allowed.united(blocked).ranges().size());
                }
            }
        }
        qInfo(
            "listings of %d loaded rulesets (x2 listeners): same answer as iptables-save from iptables -S %d, from -L -n -v %d, from -L -n %d times; "
            "%d disagreements",
            int(cases.size()), sameAsSave[0], sameAsSave[1], sameAsSave[2], int(disagreements.size()));
        for (const QString &d : disagreements.mid(0, 3))
            qWarning("%s", qPrintable(d));
        QCOMPARE(disagreements.size(), 0);
        QVERIFY(sameAsSave[1] > int(cases.size())); // -L -n -v decides most rulesets fully
        QVERIFY(decidedSamples > 0);
    }

    // The fix commands, run in the namespace, make every sample pass.
    void fixCommandsWork()
    {
        const QDir dir(QString(LBDOCTOR_FIXTURES_DIR) + "/firewall/iptables");
        QList<Case> cases;
        for (const QString &f : dir.entryList({"*.save"}, QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            Case c = makeCase(f, "iptables", file.readAll());
            if (!loadAndList(0, c))
                continue;
            std::mt19937 rng(4);
            analyze(c, rng);
            if (c.exchangeFinding.status != Status::Fail)
                continue;
            QVERIFY(!c.exchangeFinding.commands.isEmpty());
            for (const QString &command : std::as_const(c.exchangeFinding.commands)) {
                QString err;
                QVERIFY2(Lab::run(QStringList{"ip", "netns", "exec", lab.server(0)} + QProcess::splitCommand(command),
                                  {}, nullptr, &err),
                         qPrintable(err));
            }
            const QList<QList<Seen>> seen = lab.probe({c.samples});
            for (int k = 0; k < c.samples.size(); ++k)
                QVERIFY2(
                    seen[0][k] == Seen::Accept,
                    qPrintable(f + ": " + QHostAddress(c.samples[k]).toString() + " still " + seenName(seen[0][k])));
            const QList<QList<Seen>> exchanged = lab.probeExchange({c.samples});
            for (int k = 0; k < c.samples.size(); ++k)
                QVERIFY2(exchanged[0][k] == Seen::Accept,
                         qPrintable(f + ": the HTTP exchange from " + QHostAddress(c.samples[k]).toString() + " still "
                                    + seenName(exchanged[0][k])));
            ++compared;
        }
        QVERIFY(compared >= 4);
    }
};

QTEST_GUILESS_MAIN(TstFirewallKernel)
#include "tst_firewallkernel.moc"
