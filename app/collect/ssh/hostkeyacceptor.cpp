#include "hostkeyacceptor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int scanTimeoutSeconds = 10;

QProcess *startProcess(QObject *parent, const QString &program, const QStringList &arguments)
{
    auto *p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p->setProcessEnvironment(env);
    p->setProgram(program);
    p->setArguments(arguments);
    return p;
}
} // namespace

HostKeyAcceptor::~HostKeyAcceptor()
{
    if (QProcess *p = m_process) {
        p->disconnect(this);
        p->setParent(nullptr);
        p->kill();
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
    }
}

QString HostKeyAcceptor::knownHostsFile(const QStringList &options)
{
    for (const QString &o : options) {
        if (o.startsWith(QStringLiteral("UserKnownHostsFile="), Qt::CaseInsensitive)) {
            QString path = o.section(QLatin1Char('='), 1).trimmed().section(QLatin1Char(' '), 0, 0);
            if (path.startsWith(QStringLiteral("~/")))
                path = QDir::homePath() + path.mid(1);
            return path;
        }
    }
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

void HostKeyAcceptor::accept(const SshDestination &destination, const QStringList &options, const QString &fingerprint)
{
    m_destination = destination;
    m_options = options;
    m_fingerprint = fingerprint;
    m_done = false;
    for (const QString &o : options) {
        if (o.startsWith(QStringLiteral("ProxyJump="), Qt::CaseInsensitive)
            || o.startsWith(QStringLiteral("ProxyCommand="), Qt::CaseInsensitive)) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    done(
                        false,
                        HostKeyAcceptor::tr(
                            "the key of a server behind a jump host cannot be fetched directly: accept it in a terminal with the command shown"));
                },
                Qt::QueuedConnection);
            return;
        }
    }
    const QString keyscan = QStandardPaths::findExecutable(QStringLiteral("ssh-keyscan"));
    if (keyscan.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                done(
                    false,
                    HostKeyAcceptor::tr(
                        "ssh-keyscan (OpenSSH) is not installed: accept the key in a terminal with the command shown"));
            },
            Qt::QueuedConnection);
        return;
    }
    QStringList args{QStringLiteral("-T"), QString::number(scanTimeoutSeconds)};
    if (destination.port)
        args << QStringLiteral("-p") << QString::number(destination.port);
    args << QStringLiteral("--") << destination.host;
    QProcess *p = startProcess(this, keyscan, args);
    m_process = p;
    connect(p, &QProcess::finished, this, [this, p] {
        m_process = nullptr;
        p->deleteLater();
        scanned(p->readAllStandardOutput());
    });
    connect(p, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done(false, HostKeyAcceptor::tr("ssh-keyscan could not start"));
    });
    p->start();
}

void HostKeyAcceptor::scanned(const QByteArray &lines)
{
    m_keyLines.clear();
    for (const QByteArray &l : lines.split('\n')) {
        const QString line = QString::fromUtf8(l).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            m_keyLines << line;
    }
    if (m_keyLines.isEmpty()) {
        done(false, HostKeyAcceptor::tr("the server did not show its host keys to ssh-keyscan: nothing was accepted"));
        return;
    }
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    QProcess *p = startProcess(this, keygen.isEmpty() ? QStringLiteral("ssh-keygen") : keygen,
                               {QStringLiteral("-lf"), QStringLiteral("-")});
    m_process = p;
    connect(p, &QProcess::started, this, [this, p] {
        p->write(m_keyLines.join(QLatin1Char('\n')).toUtf8() + '\n');
        p->closeWriteChannel();
    });
    connect(p, &QProcess::finished, this, [this, p] {
        m_process = nullptr;
        p->deleteLater();
        fingerprinted(p->readAllStandardOutput());
    });
    p->start();
}

void HostKeyAcceptor::fingerprinted(const QByteArray &lines)
{
    // ssh-keygen prints one "256 SHA256:... [host]:port (ED25519)" line per key, in input order.
    const QString wanted = m_fingerprint.section(QLatin1Char(' '), -1);
    const QList<QByteArray> prints = lines.split('\n');
    QString line;
    for (qsizetype i = 0; i < prints.size() && i < m_keyLines.size(); ++i) {
        if (!wanted.isEmpty() && QString::fromUtf8(prints.at(i)).section(QLatin1Char(' '), 1, 1) == wanted)
            line = m_keyLines.at(i);
    }
    if (line.isEmpty()) {
        done(false,
             HostKeyAcceptor::tr("the server now presents a key other than %1: nothing was accepted")
                 .arg(m_fingerprint));
        return;
    }
    const QString file = knownHostsFile(m_options);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QByteArray existing;
    QFile in(file);
    if (in.exists() && in.open(QIODevice::ReadOnly))
        existing = in.readAll();
    if (!existing.isEmpty() && !existing.endsWith('\n'))
        existing += '\n';
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(existing + line.toUtf8() + '\n') < 0 || !out.commit()) {
        done(false, HostKeyAcceptor::tr("cannot write %1: %2").arg(file, out.errorString()));
        return;
    }
    done(true, HostKeyAcceptor::tr("accepted %1 for %2 in %3").arg(m_fingerprint, m_destination.display(), file));
}

void HostKeyAcceptor::done(bool accepted, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(accepted, message);
}
