#pragma once

#include "core/finding.h"
#include "core/runcontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QProcess;
class QTemporaryFile;
class QTimer;

// LB Doctor's own capture on the backend it runs on: `tcpdump` as a QProcess (an argument list,
// no capture code of its own) for a bounded time, with the filter for this profile's health-check
// CIDRs and port and a packet count, written to a private temporary pcap file that CaptureAnalyzer
// then reads. Stop ends it early and keeps what was captured. Without root or without tcpdump it
// starts nothing and says so, with the command to run instead.
class LiveCapture : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        NotRoot, // capturing needs root (or CAP_NET_RAW): LB Doctor says how
        TcpdumpMissing, // tcpdump is not installed
        NotSupported, // not on this OS (Windows: pktmon, run by hand)
        Failed // tcpdump started and failed (no such interface, bad filter...)
    };
    struct Result
    {
        Failure failure = Failure::None;
        QString message; // for the user, with the command to run instead when nothing ran
        QString file; // the pcap written (kept until the application exits)
        qint64 packets = -1; // as tcpdump counted them ("N packets captured")
        qint64 elapsedMs = 0;
        bool stoppedEarly = false;
        QString command; // what ran, as a shell line for the report
    };

    explicit LiveCapture(QObject *parent = nullptr);
    ~LiveCapture() override;

    void setContext(const RunContext &context) { m_context = context; }
    void setSeconds(int seconds) { m_seconds = seconds; }
    void setPacketCount(int packets) { m_packets = packets; }
    void setInterface(const QString &name) { m_interface = name; }
    // Tests run tcpdump inside a namespace they create: {"ip", "netns", "exec", NAME}.
    void setCommandPrefix(const QStringList &prefix) { m_prefix = prefix; }
    void setTcpdumpProgram(const QString &program) { m_program = program; }

    QString tcpdumpProgram() const;
    QStringList arguments(const QString &file) const;
    // The command a user runs instead, with sudo, when LB Doctor cannot capture itself.
    QString manualCommand() const;
    bool isRunning() const { return !m_process.isNull(); }
    int seconds() const { return m_seconds; }

    void start();
    void stop(); // ends early; what was captured is analyzed
    void cancel(); // ends without a result

    static bool runningAsRoot();
    // The finding when LB Doctor's own capture, filtered for exactly these checks, saw no packet
    // at all on every interface: the checks never reach this server. nullopt when it saw some
    // (CaptureAnalyzer reads the file then).
    static std::optional<Finding> emptyCaptureFinding(const Result &result, const RunContext &context);
    // "30", "30s", "2m": 1 s to 1 h; 0 on bad input.
    static int parseDuration(const QString &text);

    static constexpr int defaultSeconds = 30;
    static constexpr int maxSeconds = 3600;

signals:
    void listening(); // tcpdump has opened the interface: packets from now on are captured
    void progress(int elapsedSeconds, int totalSeconds);
    void finished(const LiveCapture::Result &result);

private:
    void conclude(bool stoppedEarly);
    void fail(Failure failure, const QString &message);

    RunContext m_context;
    int m_seconds = defaultSeconds;
    int m_packets = 0; // 0: CaptureCommands::packets
    QString m_interface = QStringLiteral("any");
    QStringList m_prefix;
    QString m_program;

    QPointer<QProcess> m_process;
    QTemporaryFile *m_file = nullptr;
    QTimer *m_limit = nullptr;
    QTimer *m_tick = nullptr;
    QElapsedTimer m_clock;
    QByteArray m_stderr;
    bool m_stopping = false;
    bool m_stoppedEarly = false;
    bool m_done = true;
    bool m_listening = false;
};
