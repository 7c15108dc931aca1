// Differential test: the ufw analyzer against the kernel. Each case's ufw commands run in a server
// network namespace this test creates, with ufw's configuration isolated from the host:
// `ip netns exec NS` bind-mounts /etc/netns/NS/ufw and /etc/netns/NS/default (fresh copies of the
// package defaults) over /etc/ufw and /etc/default, and the script mounts a private tmpfs on /run
// inside the mount namespace `ip netns exec` makes, so even ufw's lock file (/run/ufw.lock) stays
// off the host. `ufw status verbose` and `ufw status numbered` go to UfwAnalyzer; SYNs from
// sample addresses of 100.64.0.0/10 (netnslab.h) must then be accepted, refused or timed out
// exactly as the analyzer's verdict and deciding rule say, and so must a whole HTTP exchange from
// each (its SYN-ACK and response data leave past ufw's outgoing policy and outgoing rules). The host's rulesets,
// /etc/ufw, /etc/default/ufw and ufw's sysctls are compared before and after: any change fails the test.
#include "analyzers/analyzer.h"
#include "analyzers/firewall/ufwstatus.h"
#include "core/addressrange.h"
#include "netnslab.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <random>

namespace {

using namespace netnslab;

constexpr int pairCount = 8;
const char *marker = ".lbdoctor-netns-copy";

struct UfwCase
{
    QString name;
    QStringList commands; // ufw command lines (shell syntax), in order; enabling is appended if missing
    bool mayBeUnknown = false;
    QStringList fix; // commands run after enabling: the analyzer's fix-it, in the fix run

    QString verbose, numbered;
    UfwStatus status;
    Finding finding, numberedFinding;
    QList<quint32> samples;
    QStringList disagreements;
    int compared = 0;
    int exchanges = 0; // samples whose whole HTTP exchange was compared too
    int unknown = 0;
};

UfwCase makeCase(const QString &name, const QStringList &commands, bool mayBeUnknown = false)
{
    UfwCase c;
    c.name = name;
    c.commands = commands;
    c.mayBeUnknown = mayBeUnknown;
    return c;
}

// Hand-written sequences: each names the ufw behaviour it pins down.
QList<UfwCase> handWritten()
{
    const QString any8080 = "to any port 8080 proto tcp";
    return {
        makeCase("default deny, no rules", {"ufw default deny incoming"}),
        makeCase("default allow, no rules", {"ufw default allow incoming"}),
        makeCase("default reject, no rules", {"ufw default reject incoming"}),
        makeCase("allow the whole CIDR to the port", {"ufw allow from 100.64.0.0/10 " + any8080}),
        makeCase("allow two parts, default deny",
                 {"ufw allow from 100.64.0.0/12 " + any8080, "ufw allow from 100.100.0.0/14 " + any8080}),
        makeCase("allow a CIDR wider than the check's",
                 {"ufw default reject incoming", "ufw allow from 100.0.0.0/8 " + any8080}),
        makeCase("allow only port 80", {"ufw allow from 100.64.0.0/10 to any port 80 proto tcp"}),
        makeCase("port range 8000:8100/tcp", {"ufw allow 8000:8100/tcp"}),
        makeCase("port ranges beside the port",
                 {"ufw allow 8000:8079/tcp", "ufw allow 8081:8100/tcp", "ufw default reject incoming"}),
        makeCase("port list", {"ufw allow proto tcp from 100.64.0.0/10 to any port 80,443,8080"}),
        makeCase("udp only", {"ufw allow 8080/udp"}),
        makeCase("deny before allow", {"ufw deny from 100.64.0.0/12 " + any8080, "ufw allow 8080/tcp"}),
        makeCase(
            "allow before deny, default allow",
            {"ufw default allow incoming", "ufw allow from 100.96.0.0/12 " + any8080, "ufw deny from 100.64.0.0/10"}),
        makeCase("insert 1 reject ahead of allow",
                 {"ufw allow 8080/tcp", "ufw insert 1 reject from 100.112.0.0/12 " + any8080}),
        makeCase("limit", {"ufw limit 8080/tcp"}),
        makeCase("limit part, reject the rest",
                 {"ufw default reject incoming", "ufw limit from 100.64.0.0/11 " + any8080}),
        makeCase("in on eth0", {"ufw allow in on eth0 from 100.64.0.0/10 " + any8080}),
        makeCase("in on another interface", {"ufw allow in on eth1 " + any8080}),
        makeCase("deny in on eth0 inserted ahead",
                 {"ufw allow 8080/tcp", "ufw insert 1 deny in on eth0 from 100.120.0.0/13"}),
        makeCase("to this address", {"ufw allow from 100.64.0.0/10 to 10.231.0.1 port 8080 proto tcp"}),
        makeCase("to another address", {"ufw allow from 100.64.0.0/10 to 10.231.0.9 port 8080 proto tcp"}),
        makeCase("protocol without a port",
                 {"ufw default reject incoming", "ufw allow proto tcp from 100.64.0.0/11 to any",
                  "ufw deny proto udp from 100.96.0.0/11 to any"}),
        makeCase("single hosts", {"ufw deny from 100.64.0.1", "ufw reject from 100.127.255.254", "ufw allow 8080/tcp"}),
        makeCase("any protocol from a range", {"ufw reject from 100.80.0.0/12", "ufw allow from 100.64.0.0/10"}),
        makeCase("rules added while active",
                 {"ufw --force enable", "ufw allow 8080/tcp", "ufw insert 1 deny from 100.64.0.0/16 " + any8080}),
        makeCase("Debian application profile WWW Cache", {"ufw allow 'WWW Cache'"}),
        makeCase("application profile from a range",
                 {"ufw default reject incoming", "ufw allow from 100.64.0.0/11 to any app 'WWW Cache'"}),
        makeCase("application profile elsewhere", {"ufw allow 'WWW Full'"}),
        makeCase("only an IPv6 rule", {"ufw deny from 2001:db8::/32"}),
        // Outgoing policies and rules: the replies of the check are ESTABLISHED, and before.rules
        // accepts those ahead of them, so only the incoming side decides (the exchange probe proves it).
        makeCase("default deny outgoing", {"ufw default deny outgoing", "ufw allow from 100.64.0.0/11 " + any8080}),
        makeCase("default reject outgoing, reject incoming",
                 {"ufw default reject outgoing", "ufw default reject incoming", "ufw allow 8080/tcp"}),
        makeCase("deny out to the health-check CIDR", {"ufw deny out to 100.64.0.0/10", "ufw allow 8080/tcp"}),
        makeCase("reject out from the check port",
                 {"ufw default deny outgoing", "ufw reject out proto tcp from any port 8080",
                  "ufw allow from 100.96.0.0/11 " + any8080}),
        // The health check's source port is random, so the analyzer cannot say; the kernel skips it.
        makeCase("source port",
                 {"ufw deny from 100.64.0.0/12 " + any8080,
                  "ufw allow proto tcp from 100.64.0.0/10 port 5000 to any port 8080"},
                 true),
    };
}

// Seeded random sequences of the rule forms above, mixed.
QList<UfwCase> generated(quint32 seed, int count)
{
    std::mt19937 rng(seed);
    const auto chance = [&rng](int percent) { return int(rng() % 100) < percent; };
    const auto pick = [&rng](const QStringList &from) { return from.at(int(rng() % quint32(from.size()))); };
    QList<UfwCase> out;
    for (int n = 0; n < count; ++n) {
        QStringList commands;
        const int policy = int(rng() % 4);
        if (policy == 1)
            commands << "ufw default reject incoming";
        else if (policy == 2)
            commands << "ufw default allow incoming";
        const int outgoing = int(rng() % 5);
        if (outgoing == 1)
            commands << "ufw default deny outgoing";
        else if (outgoing == 2)
            commands << "ufw default reject outgoing";
        if (chance(20))
            commands << pick({"ufw deny out to 100.64.0.0/10", "ufw reject out proto tcp from any port 8080",
                              "ufw deny out to 100.96.0.0/12 port 1024:65535 proto tcp"});
        const bool live = chance(20);
        if (live)
            commands << "ufw --force enable";
        const int rules = 1 + int(rng() % 5);
        for (int r = 0; r < rules; ++r) {
            QString from = "any";
            if (chance(75)) {
                static const int lengths[] = {4, 8, 10, 11, 12, 13, 14, 16, 20, 24, 30, 32};
                const int len = lengths[rng() % std::size(lengths)];
                const quint32 mask = len == 0 ? 0 : ~quint32(0) << (32 - len);
                const quint32 base = ipOf("100.64.0.0") + (rng() & 0x003FFFFF);
                from = QHostAddress(base & mask).toString() + (len == 32 ? QString() : "/" + QString::number(len));
            }
            const QString port = pick({"", "", "8080", "8080", "8080", "80", "8000:8100", "8081:8090", "8080,8443"});
            QString proto = pick({"tcp", "tcp", "tcp", "udp", ""});
            if (port.contains(':') || port.contains(','))
                proto = chance(85) ? "tcp" : "udp";
            QString command = "ufw ";
            if (r > 0 && chance(25))
                command += "insert 1 ";
            command += pick({"allow", "allow", "deny", "reject", "limit"});
            if (chance(25))
                command += chance(70) ? " in on eth0" : " in on eth1";
            if (!proto.isEmpty())
                command += " proto " + proto;
            command += " from " + from + " to " + (chance(85) ? "any" : chance(70) ? "10.231.0.1" : "10.231.0.9");
            if (!port.isEmpty())
                command += " port " + port;
            commands << command;
        }
        out << makeCase(QString("generated #%1").arg(n), commands);
    }
    return out;
}

const RangeDecision *decisionFor(const Finding &f, const QHostAddress &a)
{
    for (const RangeDecision &d : f.ranges) {
        if (RangeSet::fromCidrs({d.cidr}).contains(a))
            return &d;
    }
    return nullptr;
}

int ruleNumberOf(const QString &decidedBy)
{
    static const QRegularExpression rule("\\brule (\\d+):");
    const auto m = rule.match(decidedBy);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// What the kernel must do with a SYN the analyzer decided this way: REJECT rules and the reject
// policy answer (refused), DENY rules and the deny policy drop (timeout).
Seen expectedSeen(const UfwCase &c, const RangeDecision &d)
{
    if (d.verdict == RangeDecision::Verdict::Allowed)
        return Seen::Accept;
    if (const int n = ruleNumberOf(d.decidedBy)) {
        for (const UfwRule &r : c.status.rules) {
            if (r.number == n)
                return r.action == "REJECT" ? Seen::Refuse : Seen::Timeout;
        }
        return Seen::Error;
    }
    if (d.decidedBy.contains("default incoming policy: reject"))
        return Seen::Refuse;
    if (d.decidedBy.contains("default incoming policy: deny"))
        return Seen::Timeout;
    return Seen::Error;
}

// Everything on the host that driving ufw could touch.
QString hostState()
{
    QString state;
    for (const QStringList &command :
         {QStringList{"iptables-save"}, QStringList{"ip6tables-save"}, QStringList{"nft", "list", "ruleset"}}) {
        QByteArray out;
        Lab::run(command, {}, &out);
        state += "## " + command.join(' ') + "\n";
        for (const QString &line : QString::fromUtf8(out).split('\n')) {
            if (!line.startsWith('#')) // iptables-save stamps the time in comments
                state += line + "\n";
        }
    }
    QStringList files{"/etc/default/ufw"};
    QDirIterator it("/etc/ufw", QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        const QByteArray hash = f.open(QIODevice::ReadOnly)
            ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
            : QByteArray("missing");
        state += path + " " + QString::fromLatin1(hash) + "\n";
    }
    state += QString("/run/ufw.lock exists: %1\n").arg(int(QFile::exists("/run/ufw.lock")));
    QFile sysctls("/etc/ufw/sysctl.conf");
    if (sysctls.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(sysctls.readAll()).split('\n')) {
            const QString key = line.section('=', 0, 0).trimmed();
            if (key.isEmpty() || key.startsWith('#'))
                continue;
            QFile value("/proc/sys/" + key);
            state += key + "="
                + (value.open(QIODevice::ReadOnly) ? QString::fromUtf8(value.readAll()).trimmed() : QString("?"))
                + "\n";
        }
    }
    return state;
}

} // namespace

class TstUfwKernel : public QObject
{
    Q_OBJECT

private:
    Lab lab{"lbdufw", pairCount};
    QTemporaryDir pristine;
    bool createdNetnsDir = false;
    QString before;
    QList<UfwCase> cases;
    int compared = 0, exchanges = 0, unknownSamples = 0, disagreementCount = 0;

    QString etcDir(int pair) const { return "/etc/netns/" + lab.server(pair); }

    // The package's defaults, never the host's own rules: a developer's machine may use ufw.
    bool makePristine(QString *error)
    {
        const QString p = pristine.path();
        if (!Lab::run({"cp", "-a", "/etc/ufw", p + "/ufw"}, {}, nullptr, error)
            || !Lab::run({"cp", "-a", "/etc/default", p + "/default"}, {}, nullptr, error))
            return false;
        for (const QString &f : QDir("/usr/share/ufw/iptables").entryList(QDir::Files)) {
            if (!Lab::run({"cp", "/usr/share/ufw/iptables/" + f, p + "/ufw/" + f}, {}, nullptr, error))
                return false;
        }
        for (const QString &f : QStringList{"ufw.conf", "before.init", "after.init"}) {
            if (QFile::exists("/usr/share/ufw/" + f)
                && !Lab::run({"cp", "/usr/share/ufw/" + f, p + "/ufw/" + f}, {}, nullptr, error))
                return false;
        }
        QFile defaults(p + "/default/ufw");
        if (!defaults.open(QIODevice::ReadOnly)) {
            *error = "no /etc/default/ufw";
            return false;
        }
        QString text = QString::fromUtf8(defaults.readAll());
        defaults.close();
        text.replace(QRegularExpression("(?m)^DEFAULT_INPUT_POLICY=.*$"), "DEFAULT_INPUT_POLICY=\"DROP\"");
        text.replace(QRegularExpression("(?m)^IPV6=.*$"), "IPV6=yes");
        if (!defaults.open(QIODevice::WriteOnly | QIODevice::Truncate) || defaults.write(text.toUtf8()) < 0) {
            *error = "cannot write the copy of /etc/default/ufw";
            return false;
        }
        defaults.close();
        QFile(p + "/ufw/" + marker).open(QIODevice::WriteOnly);
        QFile(p + "/default/" + marker).open(QIODevice::WriteOnly);
        return true;
    }

    bool resetConfig(int pair, QString *error)
    {
        const QString dir = etcDir(pair);
        Lab::run({"rm", "-rf", dir});
        return QDir().mkpath(dir) && Lab::run({"cp", "-a", pristine.path() + "/ufw", dir + "/ufw"}, {}, nullptr, error)
            && Lab::run({"cp", "-a", pristine.path() + "/default", dir + "/default"}, {}, nullptr, error);
    }

    // Leftovers of a run that was killed before its cleanup: namespaces and /etc/netns entries
    // named lbdufw<pid>... whose process is gone.
    static void removeStale()
    {
        static const QRegularExpression ours("^lbdufw(\\d+)[sc]\\d+$");
        QByteArray out;
        Lab::run({"ip", "netns", "list"}, {}, &out);
        QStringList names;
        for (const QString &line : QString::fromUtf8(out).split('\n'))
            names << line.section(' ', 0, 0);
        names << QDir("/etc/netns").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : std::as_const(names)) {
            const auto m = ours.match(name);
            if (!m.hasMatch() || ::kill(pid_t(m.captured(1).toInt()), 0) == 0 || errno != ESRCH)
                continue;
            Lab::run({"ip", "netns", "del", name});
            Lab::run({"rm", "-rf", "/etc/netns/" + name});
        }
    }

    std::unique_ptr<QProcess> startCase(int pair, UfwCase &c)
    {
        QString error;
        if (!resetConfig(pair, &error)) {
            c.disagreements << "cannot copy ufw's configuration: " + error;
            return nullptr;
        }
        // Refuse to run ufw unless the copies are what /etc/ufw and /etc/default show.
        QStringList script{"set -e", "mount -t tmpfs lbdoctor-ufw-run /run", QString("test -f /etc/ufw/") + marker,
                           QString("test -f /etc/default/") + marker, "nft flush ruleset"};
        for (const QString &command : std::as_const(c.commands))
            script << command + " >&2";
        if (!c.commands.contains("ufw --force enable"))
            script << "ufw --force enable >&2";
        for (const QString &command : std::as_const(c.fix))
            script << command + " >&2";
        script << "ufw status verbose"
               << "echo '#SPLIT#'"
               << "ufw status numbered";
        auto p = std::make_unique<QProcess>();
        p->start("ip", {"netns", "exec", lab.server(pair), "sh", "-c", script.join('\n')});
        return p;
    }

    bool finishCase(QProcess *p, UfwCase &c)
    {
        if (!p)
            return false;
        p->waitForFinished(60000);
        if (p->exitCode() != 0 || p->exitStatus() != QProcess::NormalExit) {
            c.disagreements << "ufw failed: " + QString::fromUtf8(p->readAllStandardError()).right(800);
            return false;
        }
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        c.verbose = out.section("#SPLIT#\n", 0, 0);
        c.numbered = out.section("#SPLIT#\n", 1);
        return true;
    }

    void analyze(UfwCase &c, std::mt19937 &rng)
    {
        const RunContext ctx = context();
        const Analyzer *ufw = AnalyzerRegistry::find("ufw");
        c.status = UfwStatus::parse(c.verbose);
        c.finding = ufw->analyze({c.verbose, ctx});
        c.numberedFinding = ufw->analyze({c.numbered, ctx});
        if (!c.status.problems.isEmpty())
            c.disagreements << "rows not understood: " + c.status.problems.join("; ");
        // Both ends of every analyzer range and of every rule's source, with their neighbours.
        const quint32 lo = ipOf("100.64.0.0"), hi = ipOf("100.127.255.255");
        QList<quint32> candidates;
        const auto ends = [&](const QHostAddress &first, const QHostAddress &last) {
            const quint32 a = std::max(first.toIPv4Address(), lo), b = std::min(last.toIPv4Address(), hi);
            if (first.protocol() != QAbstractSocket::IPv4Protocol || a > b)
                return;
            candidates << a << b;
            if (a > lo)
                candidates << a - 1;
            if (b < hi)
                candidates << b + 1;
        };
        for (const RangeDecision &d : std::as_const(c.finding.ranges)) {
            if (const auto r = AddressRange::parse(d.cidr))
                ends(r->firstAddress(), r->lastAddress());
        }
        for (const UfwRule &r : std::as_const(c.status.rules)) {
            if (const auto range = AddressRange::parse(r.from.address))
                ends(range->firstAddress(), range->lastAddress());
        }
        for (int i = 0; i < 4; ++i)
            candidates << lo + quint32(rng() % (hi - lo + 1));
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        c.samples = candidates;
    }

    void compare(UfwCase &c, QList<Seen> seen, QList<Seen> exchange, int pair, bool fixRun)
    {
        if (seen.size() != c.samples.size() || exchange.size() != c.samples.size())
            return; // ufw failed: already recorded
        const bool outgoingShown = c.status.defaultOutgoing == "deny" || c.status.defaultOutgoing == "reject"
            || std::any_of(c.status.rules.cbegin(), c.status.rules.cend(),
                           [](const UfwRule &r) { return r.direction == "OUT"; });
        const bool repliesExplained = std::any_of(c.finding.evidence.cbegin(), c.finding.evidence.cend(),
                                                  [](const QString &e) { return e.startsWith("The replies"); });
        if (!fixRun && outgoingShown != repliesExplained)
            c.disagreements << QString("the outgoing policy or rules are %1, but the finding %2 the replies")
                                   .arg(outgoingShown ? "shown" : "not shown",
                                        repliesExplained ? "explains" : "does not explain");
        for (int k = 0; k < c.samples.size(); ++k) {
            const QHostAddress a(c.samples[k]);
            Seen expected = Seen::Accept;
            QString why = "the fix commands ran";
            if (!fixRun) {
                const RangeDecision *d = decisionFor(c.finding, a);
                if (!d || d->verdict == RangeDecision::Verdict::Unknown) {
                    ++c.unknown;
                    if (!c.mayBeUnknown)
                        c.disagreements << a.toString()
                                + ": the analyzer cannot decide: " + (d ? d->decidedBy : QString("no range"));
                    continue;
                }
                expected = expectedSeen(c, *d);
                why = verdictId(d->verdict) + " by " + d->decidedBy;
                // `ufw status numbered` has no default policy; its rules and numbers are the same.
                const RangeDecision *n = decisionFor(c.numberedFinding, a);
                const int rule = ruleNumberOf(d->decidedBy);
                // With outgoing rules listed, status verbose cannot number the incoming ones: only
                // the verdicts compare.
                const bool unnumbered = !rule && d->decidedBy.contains("paste ufw status numbered");
                const bool numberedAgrees = n
                    && (rule             ? n->verdict == d->verdict && ruleNumberOf(n->decidedBy) == rule
                            : unnumbered ? n->verdict == d->verdict
                                         : n->verdict == RangeDecision::Verdict::Unknown);
                if (!numberedAgrees)
                    c.disagreements << a.toString() + ": status verbose says " + why + ", status numbered says "
                            + (n ? verdictId(n->verdict) + " by " + n->decidedBy : QString("nothing"));
            }
            ++c.compared;
            if (seen[k] != expected) {
                // A loaded machine can delay a SYN-ACK past the short timeout: ask once more, slowly.
                QList<QList<quint32>> again(pair + 1);
                again[pair] = {c.samples[k]};
                seen[k] = lab.probe(again, 1500)[pair].value(0, Seen::Error);
            }
            if (seen[k] != expected)
                c.disagreements << QString("%1: kernel %2, analyzer %3 (%4)")
                                       .arg(a.toString(), seenName(seen[k]), seenName(expected), why);
            // The whole exchange (SYN-ACK and response data out, request data in) ends the same way.
            if (exchange[k] != expected) {
                QList<QList<quint32>> again(pair + 1);
                again[pair] = {c.samples[k]};
                exchange[k] = lab.probeExchange(again, 1500)[pair].value(0, Seen::Error);
            }
            ++c.exchanges;
            if (exchange[k] != expected)
                c.disagreements << QString("%1: HTTP exchange: kernel %2, analyzer %3 (%4)")
                                       .arg(a.toString(), seenName(exchange[k]), seenName(expected), why);
        }
    }

    void runCases(QList<UfwCase> &list, quint32 seed, bool fixRun)
    {
        std::mt19937 rng(seed);
        for (qsizetype start = 0; start < list.size(); start += pairCount) {
            const qsizetype end = std::min(list.size(), start + pairCount);
            std::vector<std::unique_ptr<QProcess>> running;
            for (qsizetype i = start; i < end; ++i)
                running.push_back(startCase(int(i - start), list[i]));
            QList<QList<quint32>> samples;
            for (qsizetype i = start; i < end; ++i) {
                UfwCase &c = list[i];
                samples << QList<quint32>();
                const QList<quint32> previous = c.samples;
                if (!finishCase(running[size_t(i - start)].get(), c))
                    continue;
                analyze(c, rng);
                if (fixRun)
                    c.samples = previous; // the addresses the analyzer blocked before the fix
                samples.last() = c.samples;
            }
            const QList<QList<Seen>> seen = lab.probe(samples);
            const QList<QList<Seen>> exchange = lab.probeExchange(samples);
            for (qsizetype i = start; i < end; ++i)
                compare(list[i], seen[int(i - start)], exchange[int(i - start)], int(i - start), fixRun);
        }
    }

    void explain(const UfwCase &c)
    {
        for (const QString &d : c.disagreements.mid(0, 6))
            qWarning("%s: %s", qPrintable(c.name), qPrintable(d));
        if (!c.disagreements.isEmpty())
            qWarning("%s: commands:\n%s\n%s", qPrintable(c.name), qPrintable(c.commands.join('\n')),
                     qPrintable(c.verbose));
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP(
                "ufw kernel differential test needs root to create network namespaces; run it as root (as .ci/run does)");
        if (!Lab::run({"ip", "-V"}) || !Lab::run({"nft", "--version"}) || !Lab::run({"ufw", "--version"})
            || !QFile::exists("/usr/share/ufw/iptables/user.rules"))
            QSKIP("ufw kernel differential test needs ip, nft and ufw (installer/deps-debian.sh installs them)");
        QVERIFY(pristine.isValid());
        removeStale();
        before = hostState();
        QString error;
        QVERIFY2(makePristine(&error), qPrintable(error));
        // An empty /etc/netns is most likely a killed run's: leave none behind either way.
        createdNetnsDir = QDir("/etc/netns").isEmpty();
        if (!lab.setUp()) {
            const QString why = "network namespaces are not available here: " + lab.error;
            cleanupTestCase();
            QSKIP(qPrintable(why));
        }
        cases = handWritten() + generated(20260105, 30);
        QElapsedTimer timer;
        timer.start();
        runCases(cases, 5, false);
        qInfo("ran %d ufw cases in %lld ms", int(cases.size()), timer.elapsed());
    }

    void cleanupTestCase()
    {
        lab.tearDown();
        for (int i = 0; i < pairCount; ++i)
            Lab::run({"rm", "-rf", etcDir(i)});
        if (createdNetnsDir)
            QDir().rmdir("/etc/netns");
        if (before.isEmpty())
            return;
        const QString after = hostState();
        if (after != before)
            qWarning("host state before:\n%s\nafter:\n%s", qPrintable(before), qPrintable(after));
        QVERIFY2(
            after == before,
            "driving ufw in the namespaces changed the host's firewall, /etc/ufw, /etc/default/ufw, /run/ufw.lock or ufw's sysctls");
    }

    void kernelAgrees_data()
    {
        QTest::addColumn<int>("index");
        const QList<UfwCase> all = handWritten() + generated(20260105, 30);
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].name)) << i;
    }

    void kernelAgrees()
    {
        QFETCH(int, index);
        QVERIFY(index < cases.size());
        const UfwCase &c = cases[index];
        compared += c.compared;
        exchanges += c.exchanges;
        unknownSamples += c.unknown;
        disagreementCount += int(c.disagreements.size());
        explain(c);
        QVERIFY2(c.disagreements.isEmpty(), qPrintable(c.disagreements.value(0)));
        QVERIFY(c.compared > 0);
    }

    void totals()
    {
        const auto outgoing = std::count_if(cases.cbegin(), cases.cend(), [](const UfwCase &c) {
            return c.status.defaultOutgoing != "allow"
                || std::any_of(c.status.rules.cbegin(), c.status.rules.cend(),
                               [](const UfwRule &r) { return r.direction == "OUT"; });
        });
        qInfo(
            "ufw: %d cases (%d with an outgoing deny/reject policy or outgoing rules), %d samples compared with the kernel (SYN-ACK), %d whole HTTP exchanges, "
            "%d samples in unknown ranges, %d disagreements",
            int(cases.size()), int(outgoing), compared, exchanges, unknownSamples, disagreementCount);
        QVERIFY(compared > 0);
    }

    // The fix-it commands of failing or limited hand-written cases, run on top of their rules, let
    // every sample address through. One batch of varied cases keeps the run short.
    void fixCommandsWork()
    {
        const QStringList names{"default reject, no rules",         "limit",
                                "insert 1 reject ahead of allow",   "deny in on eth0 inserted ahead",
                                "rules added while active",         "single hosts",
                                "application profile from a range", "only an IPv6 rule"};
        QList<UfwCase> fixes;
        for (const UfwCase &c : std::as_const(cases)) {
            if (!names.contains(c.name))
                continue;
            QVERIFY2(c.disagreements.isEmpty() && !c.finding.commands.isEmpty(),
                     qPrintable(c.name + ": no fix to try: " + c.finding.summary));
            UfwCase f = makeCase(c.name + " (fixed)", c.commands);
            f.fix = c.finding.commands;
            f.samples = c.samples;
            fixes << f;
        }
        QCOMPARE(fixes.size(), names.size());
        runCases(fixes, 6, true);
        int checked = 0;
        for (const UfwCase &f : std::as_const(fixes)) {
            explain(f);
            QVERIFY2(f.disagreements.isEmpty(),
                     qPrintable(f.name + ": " + f.disagreements.value(0) + "\nfix: " + f.fix.join("; ")));
            checked += f.compared;
        }
        qInfo("ufw fix commands: %d cases, %d samples accepted after the fix", int(fixes.size()), checked);
    }
};

QTEST_GUILESS_MAIN(TstUfwKernel)
#include "tst_ufwkernel.moc"
