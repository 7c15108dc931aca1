#include "localcollector.h"

#include "core/inputchannel.h"

#include "strongestfinding.h"

#include "analyzers/analyzer.h"
#include "core/textdecode.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProcess>
#include <QPromise>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace {

// Above this much output the analysis runs on the thread pool, so a GUI stays responsive.
constexpr qsizetype offThreadBytes = 256 * 1024;

// The command line that actually runs, quoted for this host's shell: the catalogue's display
// may add a filter (`| grep`) that the collector does not need.
QString commandLine(const CatalogueCommand &c)
{
    const Shell shell = CommandCatalogue::shellFor(CommandCatalogue::hostFamily());
    QStringList parts{ShellQuote::quote(shell, c.program)};
    for (const QString &a : c.arguments)
        parts << ShellQuote::quote(shell, a);
    return parts.join(QLatin1Char(' '));
}

bool isFirewallKind(const QString &kind)
{
    return Step::stepForKind(kind) == StepId::Firewall;
}

bool saysNeedsRoot(const QString &stderrText)
{
    static const char *const patterns[] = {"Permission denied", "Operation not permitted", "must be root",
                                           "need to be root",   "requires root",           "Access is denied",
                                           "not authorized",    "Authorization failed"};
    for (const char *p : patterns) {
        if (stderrText.contains(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString firstLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

// What one command kind's outputs add up to before analysis.
struct Group
{
    QString kind;
    QStringList commands; // the commands as shown (for the origin and messages)
    QString text; // what the analyzer reads
    QStringList notes; // problems with individual commands
    int usable = 0; // commands that produced output to analyze
    int missing = 0;
    bool needsRoot = false;
    bool cleanEmpty = false; // ran fine and printed nothing
    std::optional<Finding> preset;
};

Finding analyzeGroups(const QString &stepId, const QList<Group> &groups, const RunContext &context)
{
    QList<Finding> findings;
    QStringList origins;
    for (const Group &g : groups) {
        origins << g.commands.join(QStringLiteral("; "));
        Finding f = g.preset ? *g.preset
                             : EvidenceAnalysis::analyze(
                                 stepId, Evidence{g.kind, g.text, g.commands.join(QStringLiteral("; "))}, context);
        f.step = stepId;
        f.kind = g.kind;
        f.evidence << g.notes;
        findings << f;
    }
    if (findings.isEmpty())
        return Finding::make(stepId, Status::Unknown,
                             LocalCollector::tr("unknown, because no command ran for this step"));
    return StrongestFinding::choose(findings, origins);
}

} // namespace

LocalCollector::LocalCollector(QObject *parent) : StepExecutor(parent) { }

LocalCollector::~LocalCollector()
{
    m_cancelled = true;
    stopAll();
}

QString LocalCollector::resolveProgram(const QString &program)
{
    QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(program,
                                              {QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/sbin"),
                                               QStringLiteral("/sbin"), QStringLiteral("/usr/bin"),
                                               QStringLiteral("/bin")});
    }
    return path;
}

QList<CatalogueCommand> LocalCollector::plan(const QString &stepId, const RunContext &context)
{
    const OsFamily family = CommandCatalogue::hostFamily();
    QList<CatalogueCommand> commands = CommandCatalogue::forStep(stepId, family, context);
    if (family != OsFamily::Linux)
        return commands;
    // An iproute2 program missing (minimal containers, old systems): the net-tools command of the
    // same kind stands in.
    const QList<CatalogueCommand> older = CommandCatalogue::forStep(stepId, OsFamily::LinuxNetTools, context);
    for (CatalogueCommand &c : commands) {
        if (!resolveProgram(c.program).isEmpty())
            continue;
        for (const CatalogueCommand &o : older) {
            if (o.kind == c.kind && o.program != c.program && !resolveProgram(o.program).isEmpty()) {
                c = o;
                break;
            }
        }
    }
    return commands;
}

void LocalCollector::start(const Step &step, const RunContext &context)
{
    m_step = step;
    m_context = context;
    m_cancelled = false;
    const QList<CatalogueCommand> commands = m_hasOverride ? m_override : plan(step.id, context);
    if (commands.isEmpty()) {
        const OsFamily family = CommandCatalogue::hostFamily();
        Finding f = Finding::make(step.id, Status::Skip,
                                  LocalCollector::tr("%1 has no such setting to read (%2)")
                                      .arg(CommandCatalogue::osName(family), Step::titleFor(step.id)));
        if (step.side != StepSide::Backend)
            f.summary = LocalCollector::tr("this step is not read on the backend server");
        QTimer::singleShot(0, this, [this, f] {
            if (!m_cancelled)
                emit finished(f);
        });
        return;
    }
    m_runs.clear();
    for (const CatalogueCommand &c : commands) {
        Run r;
        r.command = c;
        m_runs << r;
    }
    m_pending = int(m_runs.size());
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        launch(i);
}

void LocalCollector::launch(qsizetype index)
{
    Run &r = m_runs[index];
    r.clock.start();
    r.path = resolveProgram(r.command.program);
    if (r.path.isEmpty()) {
        // Reported on the next turn of the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, index] { settle(index, Outcome::Missing); });
        return;
    }
    auto *process = new QProcess(this);
    r.process = process;
    // Parsable, untranslated output; everything else of the environment as it is.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process->setProcessEnvironment(env);
    process->setProgram(r.path);
    process->setArguments(r.command.arguments);
    r.timer = new QTimer(this);
    r.timer->setSingleShot(true);
    connect(r.timer, &QTimer::timeout, this, [this, index] { settle(index, Outcome::TimedOut); });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, index] {
        Run &run = m_runs[index];
        if (!run.process)
            return;
        const QByteArray chunk = run.process->readAllStandardOutput();
        if (run.out.size() < maxOutputBytes)
            run.out += chunk.left(maxOutputBytes - run.out.size());
        emit output(TextDecode::decode(chunk));
    });
    connect(process, &QProcess::readyReadStandardError, this, [this, index] {
        Run &run = m_runs[index];
        if (!run.process)
            return;
        const QByteArray chunk = run.process->readAllStandardError();
        if (run.err.size() < 1024 * 1024)
            run.err += chunk;
    });
    connect(process, &QProcess::finished, this, [this, index](int exitCode, QProcess::ExitStatus status) {
        Run &run = m_runs[index];
        if (run.process) {
            run.out += run.process->readAllStandardOutput().left(qMax<qsizetype>(0, maxOutputBytes - run.out.size()));
            run.err += run.process->readAllStandardError();
        }
        run.exitCode = exitCode;
        settle(index, status == QProcess::NormalExit ? Outcome::Finished : Outcome::Crashed);
    });
    connect(process, &QProcess::errorOccurred, this, [this, index](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            settle(index, Outcome::Missing);
    });
    emit output(QStringLiteral("$ ") + commandLine(r.command) + QLatin1Char('\n'));
    r.timer->start(m_timeoutMs);
    process->start(QIODevice::ReadOnly);
}

void LocalCollector::settle(qsizetype index, Outcome outcome)
{
    if (m_cancelled || index >= m_runs.size())
        return;
    Run &r = m_runs[index];
    if (r.outcome != Outcome::Running)
        return;
    r.outcome = outcome;
    if (r.timer) {
        r.timer->stop();
        r.timer->deleteLater();
        r.timer = nullptr;
    }
    if (QProcess *p = r.process) {
        r.process = nullptr;
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            // Reaped once it exits; deleting a running QProcess would block on it.
            p->setParent(nullptr);
            p->kill();
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
        } else {
            p->deleteLater();
        }
    }
    if (--m_pending == 0)
        analyzeAll();
}

QString LocalCollector::transcript() const
{
    QString out;
    for (const Run &r : m_runs) {
        out += QStringLiteral("$ ") + commandLine(r.command) + QLatin1Char('\n');
        out += TextDecode::decode(r.out);
        if (!out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
        const QString err = TextDecode::decode(r.err).trimmed();
        if (!err.isEmpty()) {
            const QStringList lines = err.split(QLatin1Char('\n'));
            for (const QString &l : lines)
                out += QStringLiteral("[stderr] ") + l + QLatin1Char('\n');
        }
        switch (r.outcome) {
        case Outcome::Finished: out += QStringLiteral("[exit code %1]\n").arg(r.exitCode); break;
        case Outcome::Missing:
            out += QStringLiteral("[exit code 127] ") + LocalCollector::tr("not installed") + QLatin1Char('\n');
            break;
        case Outcome::TimedOut:
            out += QStringLiteral("[exit code -1] ") + LocalCollector::tr("stopped after %1 ms").arg(m_timeoutMs)
                + QLatin1Char('\n');
            break;
        case Outcome::Crashed:
            out += QStringLiteral("[exit code -1] ") + LocalCollector::tr("crashed") + QLatin1Char('\n');
            break;
        case Outcome::Running: break;
        }
    }
    return out;
}

void LocalCollector::analyzeAll()
{
    QList<Group> groups;
    for (const Run &r : std::as_const(m_runs)) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) { return g.kind == r.command.kind; });
        if (it == groups.end()) {
            groups << Group{};
            it = groups.end() - 1;
            it->kind = r.command.kind;
        }
        Group &g = *it;
        const QString shown = commandLine(r.command);
        g.commands << shown;
        const QString out = TextDecode::decode(r.out);
        const QString err = TextDecode::decode(r.err);
        switch (r.outcome) {
        case Outcome::Running:
        case Outcome::Finished: break;
        case Outcome::Missing:
            ++g.missing;
            g.notes << LocalCollector::tr("`%1` is not installed on this machine").arg(r.command.program);
            continue;
        case Outcome::TimedOut:
            g.notes << LocalCollector::tr("`%1` did not finish within %2 s and was stopped")
                           .arg(shown)
                           .arg(m_timeoutMs / 1000.0);
            continue;
        case Outcome::Crashed: g.notes << LocalCollector::tr("`%1` crashed").arg(shown); continue;
        }
        if (r.exitCode != 0 && saysNeedsRoot(err)) {
            g.needsRoot = true;
            g.notes << LocalCollector::tr("`%1` needs root: %2").arg(shown, firstLine(err));
            if (out.trimmed().isEmpty())
                continue;
        } else if (r.exitCode != 0 && out.trimmed().isEmpty() && g.kind != QStringLiteral("tcpwrappers")) {
            g.notes << LocalCollector::tr("`%1` failed with exit code %2: %3")
                           .arg(shown)
                           .arg(r.exitCode)
                           .arg(firstLine(err));
            continue;
        }
        ++g.usable;
        if (out.trimmed().isEmpty() && r.exitCode == 0)
            g.cleanEmpty = true;
        if (!g.text.isEmpty() && !g.text.endsWith(QLatin1Char('\n')))
            g.text += QLatin1Char('\n');
        g.text += out;
        // head reports a missing hosts.allow on stderr; for tcpd that means "no rules".
        if (g.kind == QStringLiteral("tcpwrappers") && !err.trimmed().isEmpty())
            g.text += QLatin1Char('\n') + err;
    }

    QList<Group> kept;
    const bool firewall = m_step.id == QStringLiteral("firewall");
    for (Group &g : groups) {
        const QString first = g.commands.value(0);
        if (g.usable == 0) {
            if (firewall && g.missing == g.commands.size() && !g.needsRoot)
                continue; // firewalld or ufw not installed: nothing to read, nothing to say
            Finding f = Finding::make(m_step.id, Status::Unknown, {});
            if (g.needsRoot)
                f.summary =
                    (InputChannel::commandLine()
                         ? LocalCollector::tr(
                             "unknown, because `%1` needs root: run lbdoctor-cli with sudo, or run `sudo %1` and give its output with --evidence")
                         : LocalCollector::tr(
                             "unknown, because `%1` needs root: run LB Doctor with sudo, or run `sudo %1` and paste its output"))
                        .arg(first);
            else if (g.missing == g.commands.size())
                f.summary =
                    (InputChannel::commandLine()
                         ? LocalCollector::tr(
                             "unknown, because `%1` is not installed on this machine; run the equivalent command for this system and give its output with --evidence")
                         : LocalCollector::tr(
                             "unknown, because `%1` is not installed on this machine; run the equivalent command for this system and paste its output"))
                        .arg(g.commands.join(QStringLiteral("`, `")));
            else
                f.summary = LocalCollector::tr("unknown, because `%1` gave no usable output").arg(first);
            g.preset = f;
        } else if (g.text.trimmed().isEmpty() && g.cleanEmpty && isFirewallKind(g.kind)) {
            Finding f = Finding::make(
                m_step.id, Status::Pass,
                LocalCollector::tr("`%1` printed no rules: no %2 firewall is loaded, so it blocks nothing")
                    .arg(first, g.kind));
            g.preset = f;
        }
        kept << g;
    }
    if (kept.isEmpty()) {
        Finding f = Finding::make(
            m_step.id, Status::Unknown,
            LocalCollector::tr("unknown, because none of these is installed on this machine: %1").arg([&] {
                QStringList c;
                for (const Run &r : std::as_const(m_runs))
                    c << r.command.program;
                return c.join(QStringLiteral(", "));
            }()));
        f.raw = transcript();
        emit finished(f);
        return;
    }

    qsizetype total = 0;
    for (const Group &g : std::as_const(kept))
        total += g.text.size();
    const QString raw = transcript();
    if (total < offThreadBytes) {
        Finding f = analyzeGroups(m_step.id, kept, m_context);
        f.raw = raw;
        emit finished(f);
        return;
    }
    auto promise = std::make_shared<QPromise<Finding>>();
    auto *watcher = new QFutureWatcher<Finding>(this);
    connect(watcher, &QFutureWatcher<Finding>::finished, this, [this, watcher, raw] {
        watcher->deleteLater();
        if (m_cancelled || watcher->future().resultCount() == 0)
            return;
        Finding f = watcher->future().result();
        f.raw = raw;
        emit finished(f);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, id = m_step.id, kept, context = m_context] {
        promise->addResult(analyzeGroups(id, kept, context));
        promise->finish();
    });
}

void LocalCollector::stopAll()
{
    for (Run &r : m_runs) {
        if (r.timer) {
            r.timer->stop();
            r.timer = nullptr;
        }
        if (QProcess *p = r.process) {
            r.process = nullptr;
            p->disconnect(this);
            if (p->state() != QProcess::NotRunning) {
                p->setParent(nullptr);
                p->kill();
                connect(p, &QProcess::finished, p, &QObject::deleteLater);
            }
        }
    }
}

void LocalCollector::cancel()
{
    m_cancelled = true;
    stopAll();
}

LBDOCTOR_REGISTER_COLLECTOR(LocalCollector)
