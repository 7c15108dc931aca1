#include "sshcollector.h"

#include "core/shellquote.h"
#include "core/textdecode.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace {

constexpr qsizetype errorKeepBytes = 64 * 1024;

bool hasBadCharacter(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

// ssh's own error line ("ssh: connect to host x port 22: Connection refused"), not its debug chatter.
QString lastSshError(const QString &stderrText)
{
    const QStringList lines = stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString l = it->trimmed();
        if (l.startsWith(QStringLiteral("debug")) || l.isEmpty() || l.startsWith(QStringLiteral("Transferred:"))
            || l.startsWith(QStringLiteral("Bytes per second")))
            continue;
        return l;
    }
    return {};
}

} // namespace

Result<SshDestination> SshDestination::parse(const QString &spec)
{
    SshDestination d;
    QString rest = spec.trimmed();
    if (rest.isEmpty())
        return Error{SshCollector::tr("--ssh needs [USER@]HOST[:PORT], got nothing")};
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        d.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (d.user.isEmpty() || d.user.startsWith(QLatin1Char('-')) || hasBadCharacter(d.user))
            return Error{SshCollector::tr("--ssh: \"%1\" is not a user name").arg(d.user)};
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error{SshCollector::tr(
                             "--ssh: \"%1\" opens [ without closing it; write an IPv6 address with a port as [::1]:22")
                             .arg(spec)};
        d.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return Error{SshCollector::tr("--ssh: unexpected \"%1\" after the address").arg(after)};
            portText = after.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        d.host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        d.host = rest; // a host name, or an IPv6 address without a port
    }
    if (d.host.isEmpty() || d.host.startsWith(QLatin1Char('-')) || hasBadCharacter(d.host))
        return Error{SshCollector::tr("--ssh: \"%1\" is not a host name or address").arg(d.host)};
    if (!portText.isEmpty() || rest.endsWith(QLatin1Char(':'))) {
        bool ok = false;
        d.port = portText.toInt(&ok);
        if (!ok || d.port < 1 || d.port > 65535)
            return Error{SshCollector::tr("--ssh: port must be 1-65535, got \"%1\"").arg(portText)};
    }
    return d;
}

QString SshDestination::display() const
{
    QString h = host.contains(QLatin1Char(':')) && port ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port)
        h += QLatin1Char(':') + QString::number(port);
    return user.isEmpty() ? h : user + QLatin1Char('@') + h;
}

SshCollector::SshCollector(QObject *parent) : QObject(parent) { }

SshCollector::~SshCollector()
{
    m_done = true;
    if (QProcess *p = m_process) {
        p->disconnect(this);
        p->setParent(nullptr);
        p->kill();
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
    }
}

Result<void> SshCollector::validOption(const QString &keyValue)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9]*=\\S.*$"));
    if (!shape.match(keyValue).hasMatch() || keyValue.contains(QLatin1Char('\n'))
        || keyValue.contains(QLatin1Char('\r'))) {
        return Error{
            SshCollector::tr(
                "--ssh-option takes KEY=VALUE (an ssh_config option such as IdentityFile=~/.ssh/id_ed25519), got \"%1\"")
                .arg(keyValue)};
    }
    return {};
}

QString SshCollector::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    return QStandardPaths::findExecutable(QStringLiteral("ssh"));
}

QStringList SshCollector::arguments() const
{
    // ssh keeps the first value it gets for an option: BatchMode comes before the user's options,
    // the defaults below after them, so the user's own choices win over ours but not over BatchMode.
    QStringList args{QStringLiteral("-T"), QStringLiteral("-v")};
    if (m_batch)
        args << QStringLiteral("-o") << QStringLiteral("BatchMode=yes");
    for (const QString &o : m_options)
        args << QStringLiteral("-o") << o;
    if (!m_batch) {
        // Prompts reach the user only for a password or passphrase: an unknown host key still
        // stops ssh (the wizard shows its fingerprint), and a wrong password is not retried.
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=yes") << QStringLiteral("-o")
             << QStringLiteral("NumberOfPasswordPrompts=1");
    }
    args << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=15") << QStringLiteral("-o")
         << QStringLiteral("ServerAliveInterval=10") << QStringLiteral("-o") << QStringLiteral("ControlMaster=no")
         << QStringLiteral("-o") << QStringLiteral("ControlPath=none");
    if (m_destination.port)
        args << QStringLiteral("-p") << QString::number(m_destination.port);
    if (!m_destination.user.isEmpty())
        args << QStringLiteral("-l") << m_destination.user;
    args << QStringLiteral("--") << m_destination.host;
    if (m_os == BundleOs::Linux)
        args << QStringLiteral("sh") << QStringLiteral("-s");
    else
        args << QStringLiteral("powershell") << QStringLiteral("-NoProfile") << QStringLiteral("-NonInteractive")
             << QStringLiteral("-ExecutionPolicy") << QStringLiteral("Bypass") << QStringLiteral("-Command")
             << QStringLiteral("-");
    return args;
}

QString SshCollector::acceptCommand() const
{
    QStringList parts{QStringLiteral("ssh")};
    for (const QString &o : m_options)
        parts << QStringLiteral("-o") << ShellQuote::quote(Shell::Posix, o);
    if (m_destination.port)
        parts << QStringLiteral("-p") << QString::number(m_destination.port);
    const QString who =
        m_destination.user.isEmpty() ? m_destination.host : m_destination.user + QLatin1Char('@') + m_destination.host;
    parts << ShellQuote::quote(Shell::Posix, who) << QStringLiteral("true");
    return parts.join(QLatin1Char(' '));
}

void SshCollector::start(const QString &script)
{
    m_done = false;
    m_head.clear();
    m_tail.clear();
    m_errHead.clear();
    m_errTail.clear();
    m_cut = 0;
    m_peak = 0;
    m_clock.start();
    m_script = script.toUtf8();
    const QString ssh = program();
    if (ssh.isEmpty()) {
        QTimer::singleShot(0, this, [this] { conclude(Failure::SshMissing); });
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // ssh's messages are read below
    if (!m_batch && !m_askPass.isEmpty()) {
        for (auto it = m_askPass.cbegin(); it != m_askPass.cend(); ++it)
            env.insert(it.key(), it.value());
    } else {
        env.remove(QStringLiteral("SSH_ASKPASS"));
        env.remove(QStringLiteral("SSH_ASKPASS_REQUIRE"));
    }
    process->setProcessEnvironment(env);
    process->setProgram(ssh);
    process->setArguments(arguments());
    connect(process, &QProcess::started, this, [this] {
        if (m_process) {
            m_process->write(m_script);
            m_process->closeWriteChannel();
        }
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_process)
            append(m_process->readAllStandardOutput());
    });
    connect(process, &QProcess::readyReadStandardError, this, [this] {
        if (m_process)
            appendError(m_process->readAllStandardError());
    });
    connect(process, &QProcess::finished, this, [this](int, QProcess::ExitStatus) {
        if (m_process) {
            append(m_process->readAllStandardOutput());
            appendError(m_process->readAllStandardError());
        }
        conclude(Failure::None);
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            conclude(Failure::SshMissing);
    });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { conclude(Failure::TimedOut); });
    m_timer->start(m_timeLimitMs);
    process->start();
}

void SshCollector::append(const QByteArray &chunk)
{
    qsizetype used = 0;
    if (m_head.size() < m_headLimit) {
        used = qMin(chunk.size(), m_headLimit - m_head.size());
        m_head += chunk.left(used);
        m_peak = qMax(m_peak, m_head.size());
    }
    if (used == chunk.size())
        return;
    m_tail += chunk.mid(used);
    m_peak = qMax(m_peak, m_head.size() + m_tail.size());
    // Trimmed in batches, so a stream of small chunks does not copy the tail each time.
    if (m_tail.size() > 2 * m_tailLimit) {
        const qsizetype drop = m_tail.size() - m_tailLimit;
        m_tail.remove(0, drop);
        m_cut += drop;
    }
}

void SshCollector::appendError(const QByteArray &chunk)
{
    if (m_errHead.size() < errorKeepBytes) {
        m_errHead += chunk;
        return;
    }
    m_errTail += chunk;
    if (m_errTail.size() > 2 * errorKeepBytes)
        m_errTail.remove(0, m_errTail.size() - errorKeepBytes);
}

void SshCollector::cancel()
{
    conclude(Failure::Cancelled);
}

void SshCollector::conclude(Failure forced)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    int exitCode = -1;
    if (QProcess *p = m_process) {
        m_process = nullptr;
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            // Reaped once it exits; deleting a running QProcess would block on it.
            p->setParent(nullptr);
            p->kill();
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
        } else {
            exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
            p->deleteLater();
        }
    }
    if (m_tail.size() > m_tailLimit) {
        const qsizetype drop = m_tail.size() - m_tailLimit;
        m_tail.remove(0, drop);
        m_cut += drop;
    }
    const Result result = interpret(forced, exitCode);
    if (forced != Failure::Cancelled)
        emit finished(result);
}

SshCollector::Result SshCollector::interpret(Failure forced, int exitCode) const
{
    static const QRegularExpression serverKey(QStringLiteral("Server host key: (\\S+) (SHA256:[A-Za-z0-9+/=]+)"));
    static const QRegularExpression changedKey(
        QStringLiteral("The fingerprint for the (\\S+) key sent by the remote host is\\s*\\n(SHA256:[A-Za-z0-9+/=]+)"));
    static const QRegularExpression denied(QStringLiteral("Permission denied \\(([^)]*)\\)"));
    Result r;
    r.exitCode = exitCode;
    r.elapsedMs = m_clock.elapsed();
    r.bytesCut = m_cut;
    r.output = TextDecode::decode(m_head);
    if (m_cut > 0)
        r.output +=
            QStringLiteral(
                "\n[LB Doctor's SSH collection cut %1 bytes here: the first %2 and the last %3 bytes are kept]\n")
                .arg(m_cut)
                .arg(m_head.size())
                .arg(m_tail.size());
    r.output += TextDecode::decode(m_tail);
    const QString err = QString::fromUtf8(m_errHead + m_errTail);
    const QString where = m_destination.display();
    if (const auto m = changedKey.match(err); m.hasMatch())
        r.fingerprint = m.captured(1) + QLatin1Char(' ') + m.captured(2);
    else if (const auto k = serverKey.match(err); k.hasMatch())
        r.fingerprint = k.captured(1) + QLatin1Char(' ') + k.captured(2);

    if (forced == Failure::SshMissing) {
        r.failure = forced;
        r.message = SshCollector::tr(
            "the OpenSSH client `ssh` is not installed on this machine: install it (Debian, Ubuntu: openssh-client; Windows 10 and later: the \"OpenSSH Client\" optional feature)");
        return r;
    }
    if (forced == Failure::TimedOut || forced == Failure::Cancelled) {
        r.failure = forced;
        const bool loggedIn = err.contains(QStringLiteral("Authenticated to"));
        r.message = forced == Failure::Cancelled
            ? SshCollector::tr("collection over ssh from %1 was cancelled").arg(where)
            : loggedIn
            ? SshCollector::tr(
                  "collection over ssh from %1 stopped after %2 s: the server accepted the login but the bundle did not finish in time (%3 bytes received)")
                  .arg(where)
                  .arg(m_timeLimitMs / 1000.0)
                  .arg(m_head.size() + m_cut + m_tail.size())
            : SshCollector::tr("collection over ssh from %1 stopped after %2 s: no session was established (%3)")
                  .arg(where)
                  .arg(m_timeLimitMs / 1000.0)
                  .arg(lastSshError(err));
        return r;
    }
    if (err.contains(QStringLiteral("REMOTE HOST IDENTIFICATION HAS CHANGED"))) {
        r.failure = Failure::HostKeyChanged;
        QString knownHosts;
        for (const QString &o : m_options) {
            if (o.startsWith(QStringLiteral("UserKnownHostsFile="), Qt::CaseInsensitive))
                knownHosts = QStringLiteral(" -f ")
                    + ShellQuote::quote(Shell::Posix, o.section(QLatin1Char('='), 1).section(QLatin1Char(' '), 0, 0));
        }
        const QString entry = m_destination.port && m_destination.port != 22
            ? QStringLiteral("[%1]:%2").arg(m_destination.host).arg(m_destination.port)
            : m_destination.host;
        r.message =
            SshCollector::tr(
                "ssh stopped: the host key of %1 has CHANGED since it was recorded (it is now %2). Someone may be intercepting the connection, or the server was reinstalled. Ask the server's administrator; only if the change is expected, remove the old key with `%3` and accept the new one by connecting once with `%4`")
                .arg(where, r.fingerprint.isEmpty() ? SshCollector::tr("not shown by ssh") : r.fingerprint,
                     QStringLiteral("ssh-keygen -R ") + ShellQuote::quote(Shell::Posix, entry) + knownHosts,
                     acceptCommand());
        return r;
    }
    if (err.contains(QStringLiteral("Host key verification failed"))
        || err.contains(QStringLiteral("host key is known for"))) {
        r.failure = Failure::HostKeyUnknown;
        r.message =
            SshCollector::tr(
                "ssh stopped: the host key of %1 is not known yet. The server presents %2. Compare it with the server's own (on the server: `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub`), then accept it by connecting once with `%3` and answering yes, and run LB Doctor again")
                .arg(where, r.fingerprint.isEmpty() ? SshCollector::tr("a key ssh did not show") : r.fingerprint,
                     acceptCommand());
        return r;
    }
    if (const auto m = denied.match(err); m.hasMatch() && exitCode == 255 && !m_batch) {
        r.failure = Failure::PermissionDenied;
        r.message =
            SshCollector::tr(
                "ssh could not log in to %1: permission denied (the server accepts: %2). The password or passphrase given was not accepted, or the user name is wrong: try again")
                .arg(where, m.captured(1));
        return r;
    }
    if (const auto m = denied.match(err); m.hasMatch() && exitCode == 255) {
        r.failure = Failure::PermissionDenied;
        r.message =
            SshCollector::tr(
                "ssh could not log in to %1: permission denied (the server accepts: %2). Check the user name and the key (--ssh-option IdentityFile=PATH, or add the key to ssh-agent); the command line never asks for a password")
                .arg(where, m.captured(1));
        return r;
    }
    if (exitCode == 255 && r.output.isEmpty()) {
        r.failure = Failure::ConnectFailed;
        r.message = SshCollector::tr("ssh could not reach %1: %2").arg(where, lastSshError(err));
        return r;
    }
    return r;
}
