#pragma once

#include "collect/bundle/bundlescript.h"
#include "core/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QProcess;
class QTimer;

// `[USER@]HOST[:PORT]` as typed after --ssh; an IPv6 address with a port is written [::1]:22.
struct SshDestination
{
    QString user;
    QString host;
    int port = 0; // 0: ssh's own choice (~/.ssh/config, 22)

    static Result<SshDestination> parse(const QString &spec);
    QString display() const; // "user@host:port" as the user wrote it
};

// Runs a collection bundle on a backend over ONE connection of the system's OpenSSH client: the
// script goes to `sh -s` (PowerShell `-Command -` on Windows) on standard input. ssh keeps its own
// host-key checks, ~/.ssh/config, agent and keys; BatchMode stops every prompt in CLI runs.
// Arguments reach ssh as a QProcess argument list. Output is kept as head + tail within fixed
// limits, however much the server sends, and the whole collection has a time limit.
class SshCollector : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        SshMissing, // no ssh client
        HostKeyUnknown, // first connection: the user must accept the key first
        HostKeyChanged, // the key differs from known_hosts: possibly an attack
        PermissionDenied, // wrong user or key, or only a password would do
        ConnectFailed, // resolve, refused, unreachable, closed
        TimedOut, // the time limit passed
        Cancelled
    };
    struct Result
    {
        Failure failure = Failure::None;
        QString message; // for the user, naming the problem and what to do
        QString fingerprint; // the server's host key, "ED25519 SHA256:..." when ssh showed it
        QString output; // what the bundle printed (head + tail)
        qint64 bytesCut = 0; // bytes dropped from the middle of the output
        int exitCode = -1;
        qint64 elapsedMs = 0;
        // What ssh printed is worth analyzing: it finished, or the time limit cut what it sent.
        bool usable() const
        {
            return failure == Failure::None || (failure == Failure::TimedOut && !output.trimmed().isEmpty());
        }
    };

    explicit SshCollector(QObject *parent = nullptr);
    ~SshCollector() override;

    void setDestination(const SshDestination &destination) { m_destination = destination; }
    // KEY=VALUE pairs passed as `-o KEY=VALUE`; validated by validOption().
    void setOptions(const QStringList &options) { m_options = options; }
    void setOs(BundleOs os) { m_os = os; }
    void setTimeLimitMs(int ms) { m_timeLimitMs = ms; }
    // BatchMode=yes (no prompt at all) unless the user chose to sign in with a password: then
    // ssh asks through SSH_ASKPASS (AskPassChannel::environment()), host keys stay strictly
    // checked (StrictHostKeyChecking=yes unless the user's own options say otherwise) and one
    // wrong password ends the attempt with a clear message.
    void setBatchMode(bool batch) { m_batch = batch; }
    void setAskPass(const QHash<QString, QString> &environment) { m_askPass = environment; }
    void setSshProgram(const QString &program) { m_program = program; }
    void setOutputLimits(qsizetype headBytes, qsizetype tailBytes)
    {
        m_headLimit = headBytes;
        m_tailLimit = tailBytes;
    }

    QStringList arguments() const;
    QString program() const;
    // The interactive command that lets the user check and accept the host key with ssh itself.
    QString acceptCommand() const;
    qsizetype bufferedBytes() const { return m_head.size() + m_tail.size(); }
    qsizetype peakBufferedBytes() const { return m_peak; }
    bool isRunning() const { return !m_process.isNull(); }

    static ::Result<void> validOption(const QString &keyValue);

    void start(const QString &script);
    void cancel();

    static constexpr int defaultTimeLimitMs = 120000;
    static constexpr qsizetype defaultHeadBytes = 6 * 1024 * 1024;
    static constexpr qsizetype defaultTailBytes = 2 * 1024 * 1024;

signals:
    void finished(const SshCollector::Result &result);

private:
    void append(const QByteArray &chunk);
    void appendError(const QByteArray &chunk);
    void conclude(Failure forced);
    Result interpret(Failure forced, int exitCode) const;

    SshDestination m_destination;
    QStringList m_options;
    BundleOs m_os = BundleOs::Linux;
    int m_timeLimitMs = defaultTimeLimitMs;
    bool m_batch = true;
    QHash<QString, QString> m_askPass;
    QString m_program;
    qsizetype m_headLimit = defaultHeadBytes;
    qsizetype m_tailLimit = defaultTailBytes;

    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
    QByteArray m_script;
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_cut = 0;
    qsizetype m_peak = 0;
    QByteArray m_errHead;
    QByteArray m_errTail;
    QElapsedTimer m_clock;
    bool m_done = false;
};
