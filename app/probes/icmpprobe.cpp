#include "icmpprobe.h"

#include "pingoutputparser.h"
#include "probeguidance.h"
#include "targetresolver.h"

#include <QProcess>

LBDOCTOR_REGISTER_PROBE("icmp", IcmpProbe)

namespace {
// ping exits on its own after its wait; this covers process start and a ping that hangs.
constexpr int killMarginMs = 150;
} // namespace

IcmpProbe::IcmpProbe(QObject *parent) : NetworkProbe(parent), m_resolver(new TargetResolver(this))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_timer, &QTimer::timeout, this, &IcmpProbe::onTimeout);
    connect(m_resolver, &TargetResolver::resolved, this, &IcmpProbe::runPing);
    connect(m_resolver, &TargetResolver::failed, this, [this](const QString &message) {
        Finding f = Finding::make(m_stepId, Status::Fail, tr("the backend name does not resolve: %1").arg(message));
        report(f);
    });
}

IcmpProbe::~IcmpProbe()
{
    stop();
}

IcmpProbe::PingStyle IcmpProbe::nativeStyle()
{
#ifdef Q_OS_WIN
    return PingStyle::Windows;
#else
    return PingStyle::Linux;
#endif
}

QStringList IcmpProbe::pingArguments(PingStyle style, const QHostAddress &address, int timeoutMs)
{
    const int ms = std::max(1, timeoutMs);
    if (style == PingStyle::Windows)
        return {QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-w"), QString::number(ms),
                address.toString()};
    // iputils waits whole seconds portably; the probe's own timer enforces the exact timeout.
    const int seconds = (ms + 999) / 1000;
    return {QStringLiteral("-c"),     QStringLiteral("1"),  QStringLiteral("-W"),
            QString::number(seconds), QStringLiteral("-n"), address.toString()};
}

void IcmpProbe::start(const Step &step, const RunContext &context)
{
    stop();
    m_stepId = step.id;
    m_context = context;
    begin();
    m_timer.start(std::max(1, context.timeoutMs) + killMarginMs);
    m_resolver->resolve(context.target);
}

void IcmpProbe::runPing(const QHostAddress &address)
{
    m_address = address;
    const QStringList args = pingArguments(nativeStyle(), address, m_context.timeoutMs);
    m_commandLine = QStringLiteral("ping ") + args.join(QLatin1Char(' '));
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // English output for the parser
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::finished, this, &IcmpProbe::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        Finding f = Finding::make(
            m_stepId, Status::Unknown,
            tr("unknown, because the ping command could not be started: %1").arg(m_process->errorString()));
        f.fix = tr("Install ping (Debian: apt install iputils-ping) or check the PATH.");
        report(f);
    });
    emit output(QStringLiteral("$ ") + m_commandLine + QLatin1Char('\n'));
    m_process->start(QStringLiteral("ping"), args);
}

void IcmpProbe::onFinished()
{
    if (!m_process)
        return;
    judge(QString::fromLocal8Bit(m_process->readAll()), false);
}

void IcmpProbe::onTimeout()
{
    if (!isActive())
        return;
    QString out;
    if (m_process) {
        m_process->disconnect(this);
        out = QString::fromLocal8Bit(m_process->readAll());
    }
    judge(out, true);
}

void IcmpProbe::judge(const QString &output, bool killed)
{
    PingOutputParser::Result r = PingOutputParser::parse(output);
    if (killed && r.outcome == PingOutputParser::Outcome::Unrecognized)
        r.outcome = PingOutputParser::Outcome::NoReply;
    const QString ip = m_address.toString();
    const bool required = m_context.variant.icmpRequired;
    Finding f;
    f.step = m_stepId;
    f.raw = QStringLiteral("$ ") + m_commandLine + QLatin1Char('\n') + output;
    if (!r.line.isEmpty())
        f.evidence << r.line;
    const QString consequence = required
        ? tr("this provider's UDP check starts with a ping, so the backend is marked unhealthy")
        : tr("this provider's check does not ping, so this alone does not fail the health check");
    switch (r.outcome) {
    case PingOutputParser::Outcome::Reply:
        f.status = Status::Pass;
        f.outcome = FindingOutcome::Reply;
        f.summary = r.rttMs >= 0 ? tr("%1 answers ping in %2 ms").arg(ip).arg(r.rttMs) : tr("%1 answers ping").arg(ip);
        break;
    case PingOutputParser::Outcome::NoReply:
        f.status = required ? Status::Fail : Status::Warn;
        f.outcome = FindingOutcome::Timeout;
        f.summary =
            tr("%1 does not answer ping within %2 ms: ICMP is blocked (security group, host firewall) or ignored (icmp_echo_ignore_all)")
                .arg(ip)
                .arg(m_context.timeoutMs);
        f.evidence << consequence;
        ProbeGuidance::apply(f, m_context, m_stepId);
        break;
    case PingOutputParser::Outcome::Unreachable:
        f.status = required ? Status::Fail : Status::Warn;
        f.outcome = FindingOutcome::Unreachable;
        f.summary = tr("%1 is unreachable for ping: %2").arg(ip, r.line);
        f.evidence << consequence;
        ProbeGuidance::apply(f, m_context, QStringLiteral("route"));
        break;
    case PingOutputParser::Outcome::UnknownHost:
        f.status = Status::Fail;
        f.summary = tr("ping cannot resolve the backend: %1").arg(r.line);
        break;
    case PingOutputParser::Outcome::NotPermitted:
        f.status = Status::Unknown;
        f.summary = tr("unknown, because this machine does not allow ping: %1").arg(r.line);
        f.fix = tr(
            "Run as a user allowed to ping (Linux: net.ipv4.ping_group_range or the cap_net_raw capability on ping).");
        break;
    case PingOutputParser::Outcome::Unrecognized:
        f.status = Status::Unknown;
        f.summary = output.trimmed().isEmpty()
            ? tr("unknown, because ping printed nothing")
            : tr("unknown, because the output of ping is not in a form LB Doctor knows");
        break;
    }
    report(f);
}

void IcmpProbe::releaseWork()
{
    m_timer.stop();
    m_resolver->cancel();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            // Deleted once it has exited: destroying a running QProcess would block until it does.
            QProcess *p = m_process;
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
            p->setParent(nullptr);
        } else {
            m_process->deleteLater();
        }
        m_process = nullptr;
    }
}
