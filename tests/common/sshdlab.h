#pragma once

// A real OpenSSH server for a test: throwaway host and user keys in a temporary folder, listening
// only on the loopback addresses the test names, root login by key only, its log kept for
// assertions. Needs root (sshd) and OpenSSH; skipReason() says why a test must skip otherwise.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

class SshdLab
{
public:
    ~SshdLab() { stop(); }

    static QString skipReason()
    {
        if (::geteuid() != 0)
            return QStringLiteral("starts its own sshd, which needs root: run the tests as root");
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd"))
            || QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            return QStringLiteral("needs OpenSSH (Debian: openssh-server, openssh-client)");
        return {};
    }

    // Starts sshd on every "address:port"; known_hosts() knows the host key for `known` of them.
    // Returns an empty string, or what went wrong (with sshd's log).
    QString start(const QStringList &listen, const QStringList &known)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString d = m_dir.path();
        QFile::setPermissions(d,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                  | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        for (const QString &key : {QStringLiteral("host"), QStringLiteral("id")}) {
            if (run(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                     QString(), QStringLiteral("-f"), d + QLatin1Char('/') + key})
                != 0)
                return QStringLiteral("ssh-keygen failed");
        }
        QFile::copy(d + QStringLiteral("/id.pub"), d + QStringLiteral("/authorized_keys"));
        QString config;
        for (const QString &l : listen)
            config += QStringLiteral("ListenAddress %1\n").arg(l);
        config +=
            QStringLiteral("HostKey %1/host\nPidFile %1/sshd.pid\nAuthorizedKeysFile %1/authorized_keys\n"
                           "StrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                           "PermitRootLogin prohibit-password\nLogLevel VERBOSE\nAllowUsers root\n")
                .arg(d);
        write(d + QStringLiteral("/sshd_config"), config.toUtf8());
        QFile hostKey(d + QStringLiteral("/host.pub"));
        if (!hostKey.open(QIODevice::ReadOnly))
            return QStringLiteral("no host key");
        const QByteArray key = hostKey.readAll().split(' ').mid(0, 2).join(' ');
        QByteArray knownHosts;
        for (const QString &k : known) {
            const qsizetype colon = k.lastIndexOf(QLatin1Char(':'));
            knownHosts += QStringLiteral("[%1]:%2 ").arg(k.left(colon), k.mid(colon + 1)).toUtf8() + key + '\n';
        }
        write(knownHostsFile(), knownHosts);
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation (Debian makes it at boot)
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(
            QStringLiteral("/usr/sbin/sshd"),
            {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), d + QStringLiteral("/sshd_config")});
        if (!m_sshd.waitForStarted(5000))
            return QStringLiteral("sshd did not start");
        QElapsedTimer clock;
        clock.start();
        while (log().count(QStringLiteral("Server listening")) < listen.size() && m_sshd.state() == QProcess::Running
               && clock.elapsed() < 10000)
            m_sshd.waitForReadyRead(100);
        return m_sshd.state() == QProcess::Running ? QString() : QStringLiteral("sshd stopped: ") + log();
    }

    void stop()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(5000))
                m_sshd.kill();
        }
    }

    QString log()
    {
        m_log += QString::fromUtf8(m_sshd.readAll());
        return m_log;
    }
    QString identityFile() const { return m_dir.path() + QStringLiteral("/id"); }
    QString knownHostsFile() const { return m_dir.path() + QStringLiteral("/known_hosts"); }
    // The ssh options a client needs for this server and nothing of the user's own files.
    QStringList clientOptions() const
    {
        return {QStringLiteral("IdentityFile=") + identityFile(),
                QStringLiteral("UserKnownHostsFile=") + knownHostsFile(),
                QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("IdentitiesOnly=yes")};
    }

private:
    static int run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000))
            return -1;
        return p.exitCode();
    }
    static void write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    }

    QTemporaryDir m_dir;
    QProcess m_sshd;
    QString m_log;
};
