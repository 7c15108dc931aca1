#include "bundleanalysis.h"

#include "core/inputchannel.h"

#include "collect/capture/livecapture.h"
#include "collect/strongestfinding.h"

#include "bundlescript.h"

#include "analyzers/analyzer.h"
#include "analyzers/otherhost.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

QString firstLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

bool isFirewallKind(const QString &kind)
{
    return Step::stepForKind(kind) == StepId::Firewall;
}

// One evidence kind's sections of a step, before analysis.
struct Group
{
    QString kind;
    QStringList commands;
    QString text;
    QString raw;
    QStringList notes;
    int usable = 0;
    int missing = 0;
    bool rootLost = false; // a command that needs root ran without it and failed
    QStringList rootLostCommands;
    bool cleanEmpty = false;
    qint64 linesCut = 0;
    bool incomplete = false;
    std::optional<Finding> preset;
};

QString rootHelp(const ParsedBundle &bundle)
{
    if (bundle.sudo == QStringLiteral("password"))
        return BundleAnalysis::Tr::tr("sudo on %1 needs a password").arg(bundle.host);
    if (bundle.sudo == QStringLiteral("absent"))
        return BundleAnalysis::Tr::tr("the bundle ran as %1 without root, and %2 has no sudo")
            .arg(bundle.user, bundle.host);
    return BundleAnalysis::Tr::tr("the bundle ran without root");
}

Group collect(const QString &kind, const QList<BundleSection> &sections, const ParsedBundle &bundle)
{
    Group g;
    g.kind = kind;
    for (const BundleSection &s : sections) {
        if (s.kind != kind)
            continue;
        g.commands << s.command;
        g.raw += s.text;
        g.linesCut += s.linesCut;
        if (!s.complete)
            g.incomplete = true;
        if (s.notInstalled) {
            ++g.missing;
            g.notes << BundleAnalysis::Tr::tr("`%1` is not installed on %2").arg(s.command, bundle.host);
            continue;
        }
        // A capture's normal end is its time limit.
        const bool capture = kind == QStringLiteral("capture");
        if (s.timedOut && !capture) {
            g.notes << BundleAnalysis::Tr::tr("`%1` did not finish within %2 s and was stopped")
                           .arg(s.command)
                           .arg(BundleScript::commandTimeoutSeconds);
            continue;
        }
        const bool withoutRoot = s.needsRoot && s.ranAs == QStringLiteral("user");
        if (s.complete && s.exitCode != 0 && withoutRoot && s.output.trimmed().isEmpty()) {
            g.rootLost = true;
            g.rootLostCommands << s.command;
            g.notes << BundleAnalysis::Tr::tr("`%1` needs root and ran without it (%2): %3")
                           .arg(s.command, rootHelp(bundle), firstLine(s.errors));
            continue;
        }
        if (s.complete && s.exitCode != 0 && s.output.trimmed().isEmpty() && kind != QStringLiteral("tcpwrappers")
            && !(capture && s.timedOut)) {
            g.notes << BundleAnalysis::Tr::tr("`%1` failed with exit code %2: %3")
                           .arg(s.command)
                           .arg(s.exitCode)
                           .arg(firstLine(s.errors));
            continue;
        }
        if (withoutRoot)
            g.notes << BundleAnalysis::Tr::tr(
                           "`%1` ran without root (%2): what only root sees (program names, some rules) may be missing")
                           .arg(s.command, rootHelp(bundle));
        ++g.usable;
        if (s.complete && s.exitCode == 0 && s.output.trimmed().isEmpty())
            g.cleanEmpty = true;
        if (!g.text.isEmpty() && !g.text.endsWith(QLatin1Char('\n')))
            g.text += QLatin1Char('\n');
        g.text += s.output;
        // head reports a missing hosts.allow on stderr: for tcpd that means "no rules".
        if (kind == QStringLiteral("tcpwrappers") && !s.errors.trimmed().isEmpty())
            g.text += QLatin1Char('\n') + s.errors;
    }
    return g;
}

// A verdict on cut output would claim more than was read: the missing lines may hold the rule or
// the socket that decides it.
void distrustCut(Finding &f, const Group &g)
{
    if (g.linesCut == 0 && !g.incomplete)
        return;
    const QString what = g.incomplete
        ? BundleAnalysis::Tr::tr("the output of `%1` ends before its end marker")
              .arg(g.commands.join(QStringLiteral("`, `")))
        : BundleAnalysis::Tr::tr("%1 lines of the output of `%2` were cut from the middle")
              .arg(g.linesCut)
              .arg(g.commands.join(QStringLiteral("`, `")));
    if (f.status == Status::Pass || f.status == Status::Fail) {
        f.evidence.prepend(
            BundleAnalysis::Tr::tr("from the part that was kept: %1: %2").arg(statusWord(f.status), f.summary));
        f.status = Status::Unknown;
        f.summary =
            BundleAnalysis::Tr::tr("unknown, because %1; run `%2` on the backend and send its whole output as a file")
                .arg(what, g.commands.value(0));
        f.outcome.clear();
        f.ranges.clear();
    } else {
        f.evidence << what;
    }
}

Finding analyzeStep(const QString &step, const ParsedBundle &bundle, const RunContext &context,
                    QStringList *rootLostCommands)
{
    const QList<BundleSection> sections = bundle.sectionsFor(step);
    QStringList kinds;
    for (const BundleSection &s : sections) {
        if (!kinds.contains(s.kind))
            kinds << s.kind;
    }
    QList<Group> groups;
    for (const QString &kind : std::as_const(kinds)) {
        Group g = collect(kind, sections, bundle);
        if (g.usable == 0) {
            if (isFirewallKind(kind) && g.missing == g.commands.size())
                continue; // firewalld or ufw not installed: nothing to read, nothing to say
            Finding f = Finding::make(step, Status::Unknown, {});
            if (g.rootLost) {
                f.summary =
                    (InputChannel::commandLine()
                         ? BundleAnalysis::Tr::tr(
                             "unknown, because `%1` needs root and %2: run `sudo %1` on %3 and give its output with --evidence, or collect as root")
                         : BundleAnalysis::Tr::tr(
                             "unknown, because `%1` needs root and %2: run `sudo %1` on %3 and paste its output, or collect as root"))
                        .arg(g.commands.value(0), rootHelp(bundle), bundle.host);
            } else if (g.missing == g.commands.size()) {
                f.summary =
                    (InputChannel::commandLine()
                         ? BundleAnalysis::Tr::tr(
                             "unknown, because `%1` is not installed on %2; run the equivalent command there and give its output with --evidence")
                         : BundleAnalysis::Tr::tr(
                             "unknown, because `%1` is not installed on %2; run the equivalent command there and paste its output"))
                        .arg(g.commands.join(QStringLiteral("`, `")), bundle.host);
            } else {
                f.summary =
                    BundleAnalysis::Tr::tr("unknown, because `%1` gave no usable output").arg(g.commands.value(0));
            }
            g.preset = f;
        } else if (g.text.trimmed().isEmpty() && g.cleanEmpty && isFirewallKind(kind) && g.linesCut == 0
                   && !g.incomplete) {
            g.preset = Finding::make(
                step, Status::Pass,
                BundleAnalysis::Tr::tr("`%1` printed no rules: no %2 firewall is loaded, so it blocks nothing")
                    .arg(g.commands.value(0), kind));
        }
        groups << g;
    }
    if (groups.isEmpty()) {
        QStringList programs;
        for (const BundleSection &s : sections)
            programs << s.command;
        Finding f = Finding::make(step, Status::Unknown,
                                  BundleAnalysis::Tr::tr("unknown, because none of these is installed on %1: %2")
                                      .arg(bundle.host, programs.join(QStringLiteral(", "))));
        for (const BundleSection &s : sections)
            f.raw += s.text;
        return f;
    }

    QList<Finding> findings;
    QStringList origins;
    for (const Group &g : std::as_const(groups)) {
        origins << g.commands.join(QStringLiteral("; "));
        for (const QString &c : g.rootLostCommands)
            *rootLostCommands << QStringLiteral("`%1` (%2)").arg(c, step);
        Finding f = g.preset
            ? *g.preset
            : EvidenceAnalysis::analyze(step, Evidence{g.kind, g.text, g.commands.join(QStringLiteral("; "))}, context);
        f.step = step;
        f.kind = g.kind;
        if (!g.preset)
            distrustCut(f, g);
        f.evidence << g.notes;
        findings << f;
    }
    Finding out = StrongestFinding::choose(findings, origins);
    out.raw.clear();
    for (const BundleSection &s : sections)
        out.raw += s.text;
    return out;
}

// The capture section: tcpdump's own "0 packets captured" after a capture filtered for exactly
// these checks means none arrived; packets are read by CaptureAnalyzer like a paste.
Finding analyzeCapture(const ParsedBundle &bundle, const RunContext &context, QStringList *rootLostCommands)
{
    static const QRegularExpression zero(QStringLiteral("(^|\\n)0 packets captured"));
    static const QRegularExpression limit(QStringLiteral("timeout (?:-t )?(\\d+) tcpdump"));
    const QList<BundleSection> sections = bundle.sectionsFor(QStringLiteral("capture"));
    const BundleSection &s = sections.constFirst();
    if (s.complete && !s.notInstalled && s.output.trimmed().isEmpty() && zero.match(s.errors).hasMatch()) {
        LiveCapture::Result r;
        r.packets = 0;
        r.command = s.command;
        r.elapsedMs = limit.match(s.command).captured(1).toLongLong() * 1000;
        if (const auto f = LiveCapture::emptyCaptureFinding(r, context)) {
            Finding out = *f;
            out.raw = s.text;
            return out;
        }
    }
    return analyzeStep(QStringLiteral("capture"), bundle, context, rootLostCommands);
}

// The header names the host the script ran on: another name than the backend's the user entered,
// with no section naming the backend's address either, is a bundle from another server.
void warnOtherHost(BundleResult &result, const ParsedBundle &bundle, const RunContext &context)
{
    const QString warning = OtherHost::hostNameWarning(bundle.host, context.target);
    if (warning.isEmpty())
        return;
    const QHostAddress &backend = context.target.address;
    for (const BundleSection &s : bundle.sections) {
        for (const QString &a : OtherHost::ownAddresses(s.output)) {
            if (QHostAddress(a).isEqual(backend, QHostAddress::ConvertV4MappedToIPv4))
                return;
        }
    }
    for (Finding &f : result.findings) {
        if (!f.raw.isEmpty())
            OtherHost::warn(f, warning);
    }
}

} // namespace

bool BundleResult::usable() const
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return !f.raw.isEmpty(); });
}

namespace BundleAnalysis {

QString commandsFor(const QString &step, const QString &os, const RunContext &context)
{
    const bool windows = os == QStringLiteral("windows");
    QStringList lines;
    for (const CatalogueCommand &c :
         CommandCatalogue::forStep(step, windows ? OsFamily::WindowsPowerShell : OsFamily::Linux, context))
        lines << ((c.needsRoot && !windows ? QStringLiteral("sudo ") : QString()) + c.display);
    return lines.join(QStringLiteral("; "));
}

BundleResult analyze(const ParsedBundle &bundle, const RunContext &context, const QString &source)
{
    BundleResult result;
    result.notes = bundle.problems;
    const BundleOs os = bundle.os == QStringLiteral("windows") ? BundleOs::Windows : BundleOs::Linux;
    if (bundle.hasHeader && bundle.port != 0) {
        const int port = context.target.checkPort ? context.target.checkPort : context.target.port;
        if (bundle.port != port)
            result.notes
                << BundleAnalysis::Tr::tr(
                       "this bundle was made for port %1, the check is for port %2: the analysis reads it for port %2")
                       .arg(bundle.port)
                       .arg(port);
    }
    QStringList rootLost;
    for (const QString &step : BundleScript::steps(os, context)) {
        Finding f;
        if (bundle.sectionsFor(step).isEmpty()) {
            const QString commands =
                commandsFor(step, bundle.os.isEmpty() ? QStringLiteral("linux") : bundle.os, context);
            const QString why = bundle.isCut()
                ? (InputChannel::commandLine()
                       ? BundleAnalysis::Tr::tr("the bundle output was cut before this step's section")
                       : BundleAnalysis::Tr::tr("the paste was cut before this step's section"))
                : BundleAnalysis::Tr::tr("the bundle has no section for this step");
            f = Finding::make(
                step, Status::Unknown,
                (InputChannel::commandLine()
                     ? BundleAnalysis::Tr::tr(
                         "unknown, because %1: run `%2` on the backend and give its output with --evidence")
                     : BundleAnalysis::Tr::tr("unknown, because %1: run `%2` on the backend and paste its output"))
                    .arg(why, commands));
        } else {
            f = analyzeStep(step, bundle, context, &rootLost);
        }
        f.step = step;
        f.source = source;
        result.findings << f;
    }
    // The bounded capture, when the bundle was made with one.
    if (!bundle.sectionsFor(QStringLiteral("capture")).isEmpty()) {
        Finding f = analyzeCapture(bundle, context, &rootLost);
        f.step = QStringLiteral("capture");
        f.source = source;
        result.findings << f;
    }
    warnOtherHost(result, bundle, context);
    if (!rootLost.isEmpty()) {
        result.notes
            << BundleAnalysis::Tr::tr(
                   "%1, so these commands lost what only root sees: %2. Run them with sudo, or collect as root")
                   .arg(rootHelp(bundle), rootLost.join(QStringLiteral(", ")));
    }
    return result;
}

} // namespace BundleAnalysis
