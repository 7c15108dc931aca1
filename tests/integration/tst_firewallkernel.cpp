// Differential test: the iptables and nftables analyzers against the real kernel. Each ruleset
// is loaded into a server network namespace this test creates; SYNs from sample addresses of the
// health-check CIDR come from a client namespace it creates (the whole CIDR is a local route
// there, so any sample address can be bound); accept / refuse / timeout per sample must equal the
// analyzer's verdict for that address. All traffic stays inside the two namespaces.
#include "analyzers/analyzer.h"
#include "analyzers/iptablesparser.h"
#include "analyzers/iptablesreport.h"
#include "analyzers/nftablesjson.h"
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

constexpr int pairCount = 8;
constexpr quint16 port = 8080;
constexpr int connectTimeoutMs = 150;
const char *serverIp = "10.231.0.1";
const char *clientIp = "10.231.0.2";

enum class Seen { Accept, Refuse, Timeout, Error };

QString seenName(Seen s)
{
    switch (s) {
    case Seen::Accept:
        return "accept";
    case Seen::Refuse:
        return "refuse";
    case Seen::Timeout:
        return "timeout";
    default:
        return "error";
    }
}

quint32 ipOf(const QString &text)
{
    return QHostAddress(text).toIPv4Address();
}

struct Lab
{
    QString prefix = QStringLiteral("lbdipt%1").arg(getpid());
    QStringList namespaces;
    int selfNs = -1;
    QList<int> serverNs, clientNs, listeners;
    QString error;

    QString server(int i) const { return prefix + QStringLiteral("s%1").arg(i); }
    QString client(int i) const { return prefix + QStringLiteral("c%1").arg(i); }

    static bool run(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr, QString *err = nullptr)
    {
        QProcess p;
        p.start(args.first(), args.mid(1));
        if (!p.waitForStarted(5000)) {
            if (err)
                *err = args.join(' ') + ": cannot start";
            return false;
        }
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(20000);
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitCode() != 0 || p.exitStatus() != QProcess::NormalExit) {
            if (err)
                *err = args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError()).left(600);
            return false;
        }
        return true;
    }
    bool ns(const QString &name, const QStringList &args)
    {
        return run(QStringList{"ip", "netns", "exec", name} + args, {}, nullptr, &error);
    }

    bool setUp()
    {
        selfNs = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        for (int i = 0; i < pairCount; ++i) {
            const QString s = server(i), c = client(i);
            if (!run({"ip", "netns", "add", s}, {}, nullptr, &error))
                return false;
            namespaces << s;
            if (!run({"ip", "netns", "add", c}, {}, nullptr, &error))
                return false;
            namespaces << c;
            if (!ns(s, {"ip", "link", "add", "eth0", "type", "veth", "peer", "name", "eth0", "netns", c}) || !ns(s, {"ip", "link", "set", "lo", "up"})
                || !ns(s, {"ip", "addr", "add", QString(serverIp) + "/24", "dev", "eth0"}) || !ns(s, {"ip", "link", "set", "eth0", "up"})
                || !ns(s, {"ip", "route", "add", "100.64.0.0/10", "via", clientIp}) || !ns(c, {"ip", "link", "set", "lo", "up"})
                || !ns(c, {"ip", "addr", "add", QString(clientIp) + "/24", "dev", "eth0"}) || !ns(c, {"ip", "link", "set", "eth0", "up"})
                || !ns(c, {"ip", "route", "add", "local", "100.64.0.0/10", "dev", "lo"})
                // The client never sends the handshake's ACK (or later segments), so only the SYN
                // meets the server's rules: a rule that rejects established traffic cannot turn an
                // accepted SYN into an error after the fact.
                || !ns(c, {"nft", "add table ip client; add chain ip client out { type filter hook output priority 0; }; "
                                  "add rule ip client out tcp flags & (syn|ack) == ack drop"}))
                return false;
            serverNs << open(QByteArray("/run/netns/" + s.toUtf8()).constData(), O_RDONLY | O_CLOEXEC);
            clientNs << open(QByteArray("/run/netns/" + c.toUtf8()).constData(), O_RDONLY | O_CLOEXEC);
            if (serverNs.last() < 0 || clientNs.last() < 0 || setns(serverNs.last(), CLONE_NEWNET) != 0) {
                error = "cannot enter the namespaces";
                return false;
            }
            const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            const int one = 1;
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_port = htons(port);
            const bool ok = bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && listen(fd, 4096) == 0;
            setns(selfNs, CLONE_NEWNET);
            if (!ok) {
                error = "cannot listen in the server namespace";
                return false;
            }
            listeners << fd;
        }
        return true;
    }
    void tearDown()
    {
        for (int fd : std::as_const(listeners))
            close(fd);
        for (int fd : std::as_const(serverNs))
            close(fd);
        for (int fd : std::as_const(clientNs))
            close(fd);
        for (const QString &n : std::as_const(namespaces))
            run({"ip", "netns", "del", n});
        namespaces.clear();
        listeners.clear();
        serverNs.clear();
        clientNs.clear();
    }

    // SYNs from every sample of every pair at once; accept / refuse / timeout per sample.
    QList<QList<Seen>> probe(const QList<QList<quint32>> &samples, int timeoutMs = connectTimeoutMs)
    {
        struct Pending
        {
            int fd;
            int pair;
            int index;
        };
        QList<QList<Seen>> out(samples.size());
        QList<Pending> pending;
        for (int p = 0; p < samples.size(); ++p) {
            out[p] = QList<Seen>(samples[p].size(), Seen::Timeout);
            setns(clientNs[p], CLONE_NEWNET);
            for (int k = 0; k < samples[p].size(); ++k) {
                const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
                sockaddr_in src{};
                src.sin_family = AF_INET;
                src.sin_addr.s_addr = htonl(samples[p][k]);
                sockaddr_in dst{};
                dst.sin_family = AF_INET;
                dst.sin_port = htons(port);
                dst.sin_addr.s_addr = htonl(ipOf(serverIp));
                if (bind(fd, reinterpret_cast<sockaddr *>(&src), sizeof src) != 0
                    || (connect(fd, reinterpret_cast<sockaddr *>(&dst), sizeof dst) != 0 && errno != EINPROGRESS)) {
                    out[p][k] = Seen::Error;
                    close(fd);
                    continue;
                }
                pending.append({fd, p, k});
            }
        }
        setns(selfNs, CLONE_NEWNET);
        QElapsedTimer timer;
        timer.start();
        while (!pending.isEmpty() && timer.elapsed() < timeoutMs) {
            QList<pollfd> fds;
            for (const Pending &x : std::as_const(pending))
                fds.append({x.fd, POLLOUT, 0});
            poll(fds.data(), nfds_t(fds.size()), int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
            for (qsizetype i = fds.size() - 1; i >= 0; --i) {
                if (!fds[i].revents)
                    continue;
                int err = 0;
                socklen_t len = sizeof err;
                getsockopt(pending[i].fd, SOL_SOCKET, SO_ERROR, &err, &len);
                out[pending[i].pair][pending[i].index] = err == 0 ? Seen::Accept
                    : (err == ECONNREFUSED || err == EHOSTUNREACH || err == ENETUNREACH || err == EACCES) ? Seen::Refuse
                                                                                                              : Seen::Error;
                const linger l{1, 0};
                setsockopt(pending[i].fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
                close(pending[i].fd);
                pending.removeAt(i);
            }
        }
        for (const Pending &x : std::as_const(pending))
            close(x.fd);
        for (int fd : std::as_const(listeners)) {
            int c;
            while ((c = accept4(fd, nullptr, nullptr, SOCK_CLOEXEC)) >= 0)
                close(c);
        }
        return out;
    }
};

RunContext context()
{
    RunContext c;
    c.target.listener = Listener::Tcp;
    c.target.port = port;
    c.target.checkPort = port;
    c.target.address = QHostAddress(serverIp);
    c.target.host = serverIp;
    c.target.sourceCidr = "100.64.0.0/10";
    c.target.interfaceName = "eth0";
    return c;
}

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
    Lab lab;
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
