#include "livecapture.h"

#include "collect/capturecommands.h"

#include "core/shellquote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

constexpr qsizetype stderrKeepBytes = 64 * 1024;

bool captureSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

} // namespace

LiveCapture::LiveCapture(QObject *parent) : QObject(parent) { }

LiveCapture::~LiveCapture()
{
    cancel();
}

bool LiveCapture::runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

int LiveCapture::parseDuration(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\d{1,5})\\s*(s|m)?\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return 0;
    const int n =
        m.captured(1).toInt() * (m.captured(2).compare(QStringLiteral("m"), Qt::CaseInsensitive) == 0 ? 60 : 1);
    return n >= 1 && n <= maxSeconds ? n : 0;
}

QString LiveCapture::tcpdumpProgram() const
{
    if (!m_program.isEmpty())
        return QFileInfo(m_program).isExecutable() ? m_program : QString();
    // sbin is not on an ordinary user's PATH, and tcpdump lives there on Debian.
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("tcpdump"));
    if (!onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(
        QStringLiteral("tcpdump"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
}

QStringList LiveCapture::arguments(const QString &file) const
{
    // -Z root: Debian's tcpdump otherwise drops to the "tcpdump" user before it opens the file.
    // -U with --immediate-mode: every packet reaches the file at once, so Stop loses nothing.
    return {QStringLiteral("-i"),
            m_interface,
            QStringLiteral("-nn"),
            QStringLiteral("-Z"),
            QStringLiteral("root"),
            QStringLiteral("--immediate-mode"),
            QStringLiteral("-U"),
            QStringLiteral("-c"),
            QString::number(m_packets > 0 ? m_packets : CaptureCommands::packets),
            QStringLiteral("-w"),
            file,
            CaptureCommands::tcpdumpFilter(m_context)};
}

QString LiveCapture::manualCommand() const
{
    QStringList parts{QStringLiteral("sudo"),
                      QStringLiteral("timeout"),
                      QString::number(m_seconds),
                      QStringLiteral("tcpdump"),
                      QStringLiteral("-i"),
                      ShellQuote::quote(Shell::Posix, m_interface),
                      QStringLiteral("-nn"),
                      QStringLiteral("-c"),
                      QString::number(m_packets > 0 ? m_packets : CaptureCommands::packets),
                      QStringLiteral("-w"),
                      QStringLiteral("/tmp/lbdoctor-capture.pcap"),
                      ShellQuote::quote(Shell::Posix, CaptureCommands::tcpdumpFilter(m_context))};
    return parts.join(QLatin1Char(' '));
}

std::optional<Finding> LiveCapture::emptyCaptureFinding(const Result &result, const RunContext &context)
{
    if (result.failure != Failure::None || result.packets != 0)
        return std::nullopt;
    const int port = context.target.checkPort ? context.target.checkPort : context.target.port;
    const QStringList cidrs = context.healthCheckCidrs();
    const qint64 seconds = qMax<qint64>(1, (result.elapsedMs + 500) / 1000);
    Finding f = Finding::make(
        QStringLiteral("capture"), Status::Fail,
        tr("no health-check packet from %1 to port %2 in %3 s on any interface: the checks never reach this server (security group, network ACL, route or a wrong port)")
            .arg(cidrs.join(QStringLiteral(", ")))
            .arg(port)
            .arg(seconds));
    f.kind = QStringLiteral("capture");
    f.source = QStringLiteral("local");
    f.outcome = QStringLiteral("no-packets");
    f.evidence << tr("LB Doctor captured with `%1` for %2 s: 0 packets matched").arg(result.command).arg(seconds);
    if (result.stoppedEarly)
        f.evidence << tr(
            "the capture was stopped early: if the load balancer checks less often than that, capture longer");
    f.fix =
        tr("Check that the security group and network ACL allow %1 to port %2, that the load balancer checks this server's address and port, and that the route back to %1 goes out of the interface the checks arrive on.")
            .arg(cidrs.join(QStringLiteral(", ")))
            .arg(port);
    f.raw = result.command + QLatin1Char('\n') + tr("0 packets captured") + QLatin1Char('\n');
    f.durationMs = result.elapsedMs;
    return f;
}

void LiveCapture::fail(Failure failure, const QString &message)
{
    m_done = true;
    Result r;
    r.failure = failure;
    r.message = message;
    QTimer::singleShot(0, this, [this, r] { emit finished(r); });
}

void LiveCapture::start()
{
    if (!m_done)
        return;
    m_done = false;
    m_stopping = false;
    m_stoppedEarly = false;
    m_listening = false;
    m_stderr.clear();
    if (!captureSupported()) {
        fail(
            Failure::NotSupported,
            tr("LB Doctor captures by itself only on Linux; on Windows run the pktmon commands shown in this step in an administrator prompt and open the .pcapng file"));
        return;
    }
    const QString tcpdump = tcpdumpProgram();
    if (tcpdump.isEmpty()) {
        fail(
            Failure::TcpdumpMissing,
            tr("tcpdump is not installed on this machine: install it (Debian, Ubuntu: apt install tcpdump; RHEL, Alibaba Cloud Linux: yum install tcpdump), then capture again, or run `%1` by hand")
                .arg(manualCommand()));
        return;
    }
    if (m_prefix.isEmpty() && !runningAsRoot()) {
        fail(
            Failure::NotRoot,
            tr("capturing packets needs root, and LB Doctor runs as an ordinary user: start LB Doctor with sudo, or run `%1` yourself while the load balancer checks, and open the file it writes")
                .arg(manualCommand()));
        return;
    }
    delete m_file;
    m_file = new QTemporaryFile(QDir::tempPath() + QStringLiteral("/lbdoctor-live-XXXXXX.pcap"), this);
    if (!m_file->open()) {
        fail(Failure::Failed, tr("cannot create a temporary file for the capture: %1").arg(m_file->errorString()));
        return;
    }
    m_file->close();

    auto *process = new QProcess(this);
    m_process = process;
    QStringList args = m_prefix.mid(1);
    const QString program = m_prefix.isEmpty() ? tcpdump : m_prefix.first();
    if (!m_prefix.isEmpty())
        args << tcpdump;
    args << arguments(m_file->fileName());
    process->setProgram(program);
    process->setArguments(args);
    process->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process->setProcessEnvironment(env);
    connect(process, &QProcess::readyReadStandardError, this, [this] {
        if (!m_process)
            return;
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > stderrKeepBytes)
            m_stderr.remove(0, m_stderr.size() - stderrKeepBytes);
        if (!m_listening && m_stderr.contains("listening on")) {
            m_listening = true;
            emit listening();
        }
    });
    connect(process, &QProcess::finished, this, [this] { conclude(m_stoppedEarly); });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            conclude(false);
    });
    m_limit = new QTimer(this);
    m_limit->setSingleShot(true);
    connect(m_limit, &QTimer::timeout, this, [this] {
        if (m_process && !m_stopping) {
            m_stopping = true;
            m_process->terminate(); // SIGTERM: tcpdump flushes the file and prints its counts
        }
    });
    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, [this] { emit progress(int(m_clock.elapsed() / 1000), m_seconds); });
    m_clock.start();
    m_limit->start(m_seconds * 1000);
    m_tick->start(1000);
    process->start();
}

void LiveCapture::stop()
{
    if (!m_process || m_stopping)
        return;
    m_stopping = true;
    m_stoppedEarly = true;
    m_process->terminate();
}

void LiveCapture::cancel()
{
    if (m_done)
        return;
    m_done = true;
    for (QTimer *t : {m_limit, m_tick}) {
        if (t)
            t->deleteLater();
    }
    m_limit = m_tick = nullptr;
    if (QProcess *p = m_process) {
        m_process = nullptr;
        p->disconnect(this);
        p->setParent(nullptr);
        if (p->state() != QProcess::NotRunning) {
            p->kill(); // reaped when it exits
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
        } else {
            p->deleteLater();
        }
    }
}

void LiveCapture::conclude(bool stoppedEarly)
{
    if (m_done)
        return;
    m_done = true;
    for (QTimer *t : {m_limit, m_tick}) {
        if (t)
            t->deleteLater();
    }
    m_limit = m_tick = nullptr;
    Result r;
    r.elapsedMs = m_clock.elapsed();
    r.stoppedEarly = stoppedEarly;
    QStringList shown;
    bool failedToStart = false;
    int exitCode = -1;
    if (QProcess *p = m_process) {
        m_process = nullptr;
        m_stderr += p->readAllStandardError();
        failedToStart = p->error() == QProcess::FailedToStart;
        exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        shown << ShellQuote::quote(Shell::Posix, p->program());
        for (const QString &a : p->arguments())
            shown << ShellQuote::quote(Shell::Posix, a);
        p->disconnect(this);
        p->deleteLater();
    }
    r.command = shown.join(QLatin1Char(' '));
    const QString err = QString::fromUtf8(m_stderr);
    static const QRegularExpression captured(QStringLiteral("(\\d+) packets? captured"));
    if (const auto m = captured.match(err); m.hasMatch())
        r.packets = m.captured(1).toLongLong();
    // SIGTERM after our own limit or Stop is the normal end; so is -c reached (exit 0).
    const bool ended = m_stopping || exitCode == 0;
    const qint64 size = m_file ? QFileInfo(m_file->fileName()).size() : 0;
    if (failedToStart || !ended || size < 24) {
        QString last;
        for (const QString &l : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!l.startsWith(QStringLiteral("tcpdump: listening on"))
                && !l.contains(QStringLiteral("verbose output suppressed")))
                last = l.trimmed();
        }
        r.failure = Failure::Failed;
        r.message =
            tr("tcpdump did not capture: %1")
                .arg(last.isEmpty() ? tr("it ended without writing a capture (exit status %1)").arg(exitCode) : last);
        emit finished(r);
        return;
    }
    r.file = m_file->fileName();
    // The file outlives this object: the analysis, the report and a saved session read it.
    m_file->setParent(QCoreApplication::instance());
    m_file = nullptr;
    emit finished(r);
}
