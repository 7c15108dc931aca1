#include "sysctlanalyzer.h"

#include "analyzers/evidencetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

const QString tcpTwRecycle = QStringLiteral("net.ipv4.tcp_tw_recycle");
const QString tcpTimestamps = QStringLiteral("net.ipv4.tcp_timestamps");
const QString tcpTwReuse = QStringLiteral("net.ipv4.tcp_tw_reuse");
const QString icmpIgnoreAll = QStringLiteral("net.ipv4.icmp_echo_ignore_all");
const QString icmpRatelimit = QStringLiteral("net.ipv4.icmp_ratelimit");

// Partial output from a kernel that cannot have tcp_tw_recycle (removed in Linux 4.12): its
// release says so, or a key that only kernels after 4.12 have.
bool newerThan412(const QHash<QString, QString> &values)
{
    static const QRegularExpression release(QStringLiteral("^(\\d+)\\.(\\d+)"));
    if (const auto m = release.match(values.value(QStringLiteral("kernel.osrelease"))); m.hasMatch()) {
        const int major = m.captured(1).toInt(), minor = m.captured(2).toInt();
        return major > 4 || (major == 4 && minor >= 12);
    }
    static const char *const newer[] = {
        "net.ipv4.tcp_comp_sack_delay_ns", "net.ipv4.tcp_comp_sack_nr",  "net.ipv4.raw_l3mdev_accept",
        "net.ipv4.fib_sync_mem",           "net.ipv4.tcp_rx_skb_cache",  "net.ipv4.tcp_mtu_probe_floor",
        "net.ipv4.ip_autobind_reuse",      "net.ipv4.tcp_reflect_tos",   "net.ipv4.icmp_echo_enable_probe",
        "net.ipv4.tcp_migrate_req",        "net.ipv4.tcp_ehash_entries", "net.ipv4.tcp_plb_enabled",
        "net.ipv4.tcp_shrink_window"};
    return std::any_of(std::begin(newer), std::end(newer),
                       [&](const char *k) { return values.contains(QString::fromLatin1(k)); });
}

QString keyFromProcPath(QString path)
{
    path.remove(0, int(qstrlen("/proc/sys/")));
    return path.replace(QLatin1Char('/'), QLatin1Char('.'));
}

// Interfaces that are not NICs a health check can arrive on.
bool isVirtual(const QString &iface)
{
    if (iface == QLatin1String("lo") || iface == QLatin1String("all") || iface == QLatin1String("default"))
        return true;
    static const char *const prefixes[] = {"ifb",     "veth",  "docker", "br-",       "virbr", "cni",    "flannel",
                                           "cali",    "tunl",  "sit",    "ip6tnl",    "gre",   "erspan", "ip_vti",
                                           "ip6_vti", "dummy", "kube",   "tailscale", "wg"};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](const char *p) { return iface.startsWith(QLatin1String(p)); });
}

// keyValue's match without the regex ^([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_./@:-]+)+)\s*=\s*(.*)$: sysctl -a
// has a line per key, and the regex was most of the time of a 10 MB paste. The key is the longest
// run of key characters (neither '=' nor a space is one), so no backtracking can shorten it.
bool splitKeyValue(const QString &line, QString *key, QString *value)
{
    const auto segmentChar = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
    };
    const auto keyChar = [&](QChar c) {
        return segmentChar(c) || c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('@')
            || c == QLatin1Char(':');
    };
    const auto space = [](QChar c) { // \s without Unicode properties
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\v')
            || c == QLatin1Char('\f') || c == QLatin1Char('\r');
    };
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && segmentChar(line.at(i)))
        ++i;
    if (i == 0 || i + 1 >= n || line.at(i) != QLatin1Char('.') || !keyChar(line.at(i + 1)))
        return false;
    while (i < n && keyChar(line.at(i)))
        ++i;
    const qsizetype keyEnd = i;
    while (i < n && space(line.at(i)))
        ++i;
    if (i >= n || line.at(i) != QLatin1Char('='))
        return false;
    ++i;
    while (i < n && space(line.at(i)))
        ++i;
    *key = line.left(keyEnd);
    *value = line.mid(i);
    return true;
}

struct Check
{
    Status status;
    QString text;
};

} // namespace

QString SysctlAnalyzer::description() const
{
    return SysctlAnalyzer::tr("kernel settings (sysctl output)");
}

SysctlAnalyzer::Values SysctlAnalyzer::parse(QStringView text)
{
    static const QRegularExpression procValue(QStringLiteral("^(/proc/sys/[A-Za-z0-9_./-]+):(.*)$"));
    static const QRegularExpression cannotStat(QStringLiteral("cannot stat (/proc/sys/[A-Za-z0-9_./-]+)"));
    static const QRegularExpression unknownKey(QStringLiteral("unknown key '([^']+)'"));
    Values v;
    for (QString line : EvidenceText::lines(text)) {
        if (line.startsWith(QLatin1String("[stderr] ")))
            line.remove(0, 9);
        line = line.trimmed();
        if (line.isEmpty() || EvidenceText::isCollectorNote(line) || EvidenceText::isComment(line))
            continue;
        ++v.lines;
        // Each regex only where its literal text is: `sysctl -a` on a container host has 200,000 lines.
        const QRegularExpressionMatch none;
        QString key, value;
        if (splitKeyValue(line, &key, &value)) {
            v.values.insert(key, value.trimmed());
        } else if (const auto p = line.startsWith(QLatin1String("/proc/sys/")) ? procValue.match(line) : none;
                   p.hasMatch()) {
            v.values.insert(keyFromProcPath(p.captured(1)), p.captured(2).trimmed());
        } else if (const auto s =
                       line.contains(QLatin1String("cannot stat /proc/sys/")) ? cannotStat.match(line) : none;
                   s.hasMatch()) {
            v.missing << keyFromProcPath(s.captured(1));
        } else if (const auto u = line.contains(QLatin1String("unknown key '")) ? unknownKey.match(line) : none;
                   u.hasMatch()) {
            v.missing << u.captured(1);
        }
    }
    return v;
}

int SysctlAnalyzer::recognize(QStringView text) const
{
    if (EvidenceText::looksBinary(text))
        return 0;
    const Values v = parse(EvidenceText::recognitionHead(text));
    if (v.values.isEmpty() || v.lines == 0)
        return 0;
    const bool kernelKeys = std::any_of(v.values.keyBegin(), v.values.keyEnd(), [](const QString &k) {
        return k.startsWith(QLatin1String("net.")) || k.startsWith(QLatin1String("kernel."))
            || k.startsWith(QLatin1String("vm.")) || k.startsWith(QLatin1String("fs."));
    });
    if (!kernelKeys)
        return 0;
    return v.values.size() * 10 >= v.lines * 6 ? 90 : 40;
}

namespace {

// tcp_tw_recycle: Tencent's seed. Its absence is conclusive only when the output plainly covers
// the tcp_tw_* keys (tcp_tw_reuse exists on every kernel) or sysctl said it does not exist.
Check twRecycleCheck(const SysctlAnalyzer::Values &v)
{
    const auto has = [&](const QString &k) { return v.values.contains(k); };
    const auto value = [&](const QString &k) { return v.values.value(k); };
    const bool timestampsOn = !has(tcpTimestamps) || value(tcpTimestamps) != QStringLiteral("0");
    if (has(tcpTwRecycle)) {
        if (value(tcpTwRecycle) == QStringLiteral("0"))
            return Check{Status::Pass, SysctlAnalyzer::tr("tcp_tw_recycle = 0")};
        else if (timestampsOn)
            return Check{
                Status::Fail,
                SysctlAnalyzer::tr(
                    "tcp_tw_recycle = %1 with tcp_timestamps = %2: the kernel drops SYNs from health-check nodes whose "
                    "timestamps go backwards (they share addresses); disable tcp_tw_recycle")
                    .arg(value(tcpTwRecycle),
                         has(tcpTimestamps) ? value(tcpTimestamps) : SysctlAnalyzer::tr("1 (default)"))};
        else
            return Check{
                Status::Warn,
                SysctlAnalyzer::tr(
                    "tcp_tw_recycle = %1 (harmless while tcp_timestamps = 0, but it breaks health checks as soon as "
                    "timestamps are on): disable it")
                    .arg(value(tcpTwRecycle))};
    } else if (v.missing.contains(tcpTwRecycle) || has(tcpTwReuse) || newerThan412(v.values)) {
        return Check{
            Status::Pass,
            SysctlAnalyzer::tr(
                "tcp_tw_recycle does not exist on this kernel (removed in Linux 4.12), so it cannot break health checks")};
    } else {
        return Check{
            Status::Unknown,
            SysctlAnalyzer::tr(
                "tcp_tw_recycle is not in the output: run `sysctl net.ipv4.tcp_tw_recycle net.ipv4.tcp_tw_reuse`")};
    }
}

// UDP checks start with a ping; for TCP and HTTP checks an ignored ping is only a note.
void icmpChecks(const SysctlAnalyzer::Values &v, bool udp, QList<Check> *checks, QStringList *evidence)
{
    const auto has = [&](const QString &k) { return v.values.contains(k); };
    const auto value = [&](const QString &k) { return v.values.value(k); };
    if (has(icmpIgnoreAll)) {
        if (value(icmpIgnoreAll) != QStringLiteral("0")) {
            if (udp)
                *checks << Check{
                    Status::Fail,
                    SysctlAnalyzer::tr(
                        "icmp_echo_ignore_all = %1: the server ignores ping, and UDP health checks start with a ping")
                        .arg(value(icmpIgnoreAll))};
            else
                *evidence << SysctlAnalyzer::tr(
                                 "icmp_echo_ignore_all = %1: ping gets no answer (TCP and HTTP checks do not need it)")
                                 .arg(value(icmpIgnoreAll));
        } else if (udp) {
            *checks << Check{Status::Pass, SysctlAnalyzer::tr("icmp_echo_ignore_all = 0: ping is answered")};
        }
    } else if (udp) {
        *checks << Check{
            Status::Unknown,
            SysctlAnalyzer::tr("icmp_echo_ignore_all is not in the output; UDP health checks need ping answered")};
    }
    if (udp && has(icmpRatelimit))
        *evidence
            << SysctlAnalyzer::tr(
                   "note: icmp_ratelimit = %1 ms limits ICMP replies, including \"port unreachable\"; with many checks a closed UDP port can look "
                   "silent rather than closed")
                   .arg(value(icmpRatelimit));
}

// rp_filter: the effective value per interface is the higher of "all" and the interface's own.
struct RpFilter
{
    int all = 0;
    QStringList nics; // real NICs with an rp_filter value
    QStringList strict; // those filtering strictly (1)
    bool dropsChecks() const { return nics.size() > 1 && !strict.isEmpty(); }
};

RpFilter rpFilterOf(const SysctlAnalyzer::Values &v)
{
    RpFilter rp;
    rp.all = v.values.value(QStringLiteral("net.ipv4.conf.all.rp_filter")).toInt(); // 0 when absent
    static const QRegularExpression rpKey(QStringLiteral("^net\\.ipv4\\.conf\\.(.+)\\.rp_filter$"));
    for (auto it = v.values.cbegin(); it != v.values.cend(); ++it) {
        const auto m = rpKey.match(it.key());
        if (!m.hasMatch() || isVirtual(m.captured(1)))
            continue;
        rp.nics << m.captured(1);
        if (qMax(rp.all, it.value().toInt()) == 1)
            rp.strict << m.captured(1);
    }
    rp.nics.sort();
    rp.strict.sort();
    return rp;
}

// The fix for each problem found, with its commands.
void addFixes(const SysctlAnalyzer::Values &v, const RpFilter &rp, const RunContext &c, const QString &step, Finding &f)
{
    const auto has = [&](const QString &k) { return v.values.contains(k); };
    const auto value = [&](const QString &k) { return v.values.value(k); };
    const bool udp = c.target.listener == Listener::Udp;
    QStringList fixes;
    if (has(tcpTwRecycle) && value(tcpTwRecycle) != QStringLiteral("0")) {
        fixes << EvidenceText::guidanceFix(c, step);
        f.commands = EvidenceText::guidanceCommands(c, step, Shell::Posix);
    }
    if (udp && has(icmpIgnoreAll) && value(icmpIgnoreAll) != QStringLiteral("0")) {
        fixes << SysctlAnalyzer::tr(
            "Answer ping again: set net.ipv4.icmp_echo_ignore_all = 0 and persist it in /etc/sysctl.conf.");
        f.commands << QStringLiteral("sysctl -w net.ipv4.icmp_echo_ignore_all=0")
                   << QStringLiteral("echo 'net.ipv4.icmp_echo_ignore_all = 0' >> /etc/sysctl.conf");
    }
    if (rp.dropsChecks())
        fixes << SysctlAnalyzer::tr(
            "Use loose reverse-path filtering (rp_filter = 2) on the NICs health checks arrive on, and persist it in /etc/sysctl.conf.");
    fixes.removeAll(QString());
    f.fix = fixes.join(QLatin1Char(' '));
    if (rp.dropsChecks()) {
        for (const QString &nic : std::as_const(rp.strict))
            f.commands << QStringLiteral("sysctl -w ")
                    + ShellQuote::quote(Shell::Posix, QStringLiteral("net.ipv4.conf.%1.rp_filter=2").arg(nic));
        if (rp.all == 1)
            f.commands << QStringLiteral("sysctl -w net.ipv4.conf.all.rp_filter=2");
    }
}

} // namespace

Finding SysctlAnalyzer::analyzeText(const AnalyzerInput &input) const
{
    const Values v = parse(input.text);
    const auto has = [&](const QString &k) { return v.values.contains(k); };
    const bool relevant = has(tcpTwRecycle) || has(tcpTimestamps) || has(icmpIgnoreAll) || has(icmpRatelimit)
        || v.missing.contains(tcpTwRecycle)
        || std::any_of(v.values.keyBegin(), v.values.keyEnd(),
                       [](const QString &k) { return k.endsWith(QLatin1String(".rp_filter")); });
    if (!relevant) {
        if (recognize(input.text) > 0) {
            Finding f = Finding::make(
                step(), Status::Unknown,
                SysctlAnalyzer::tr(
                    "unknown, because the output has none of the keys LB Doctor checks (tcp_tw_recycle, tcp_timestamps, "
                    "icmp_echo_ignore_all, icmp_ratelimit, rp_filter)"));
            f.kind = kind();
            return f;
        }
        return EvidenceText::unreadable(
            step(), kind(), input.text,
            SysctlAnalyzer::tr("unknown, because the text is not sysctl output (key = value lines)"));
    }

    const RunContext &c = input.context;
    const bool udp = c.target.listener == Listener::Udp;
    Finding f = Finding::make(step(), Status::Pass, {});
    f.kind = kind();
    QList<Check> checks{twRecycleCheck(v)};
    icmpChecks(v, udp, &checks, &f.evidence);
    const RpFilter rp = rpFilterOf(v);
    if (rp.dropsChecks())
        checks << Check{
            Status::Warn,
            SysctlAnalyzer::tr(
                "strict rp_filter (1) on %1 with %2 NICs: a health check that arrives on a NIC other than the route back to "
                "its source is dropped; use 2 (loose) on the NIC the load balancer uses")
                .arg(rp.strict.join(QStringLiteral(", ")))
                .arg(rp.nics.size())};
    else if (!rp.nics.isEmpty())
        f.evidence << SysctlAnalyzer::tr("rp_filter: %1 NIC(s) (%2), %3")
                          .arg(rp.nics.size())
                          .arg(rp.nics.join(QStringLiteral(", ")),
                               rp.strict.isEmpty() ? SysctlAnalyzer::tr("not strict")
                                                   : SysctlAnalyzer::tr("strict, fine with one NIC"));

    Status worst = Status::Pass;
    for (const Check &ch : std::as_const(checks))
        worst = qMax(worst, ch.status);
    QStringList problems, fine;
    for (const Check &ch : std::as_const(checks)) {
        (ch.status == Status::Pass ? fine : problems) << ch.text;
        f.evidence << (statusWord(ch.status) + QStringLiteral(": ") + ch.text);
    }
    f.status = worst;
    if (problems.isEmpty()) {
        f.summary =
            SysctlAnalyzer::tr("no kernel setting breaks health checks: %1").arg(fine.join(QStringLiteral("; ")));
    } else {
        f.summary = problems.join(QStringLiteral("; "));
        if (worst == Status::Unknown)
            f.summary = SysctlAnalyzer::tr("unknown, because %1").arg(problems.join(QStringLiteral("; ")));
    }
    if (worst == Status::Fail || worst == Status::Warn)
        addFixes(v, rp, c, step(), f);
    return f;
}

LBDOCTOR_REGISTER_ANALYZER(SysctlAnalyzer)
