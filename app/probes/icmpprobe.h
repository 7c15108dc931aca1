#pragma once

#include "networkprobe.h"

#include <QHostAddress>
#include <QPointer>
#include <QTimer>

class QProcess;
class TargetResolver;

// ICMP echo to the backend through the system `ping` (no raw sockets, so no privileges needed),
// as UDP health checks of some providers do before the datagram. Arguments always as a list.
class IcmpProbe : public NetworkProbe
{
    Q_OBJECT
public:
    enum class PingStyle { Linux, Windows };
    explicit IcmpProbe(QObject *parent = nullptr);
    ~IcmpProbe() override;
    void start(const Step &step, const RunContext &context) override;

    static PingStyle nativeStyle();
    // `ping -c 1 -W s -n IP` (Linux) or `ping -n 1 -w ms IP` (Windows).
    static QStringList pingArguments(PingStyle style, const QHostAddress &address, int timeoutMs);

private:
    void runPing(const QHostAddress &address);
    void onFinished();
    void onTimeout();
    void judge(const QString &output, bool killed);
    void releaseWork() override;

    RunContext m_context;
    QString m_stepId;
    QHostAddress m_address;
    QString m_commandLine;
    QPointer<QProcess> m_process;
    TargetResolver *m_resolver = nullptr;
    QTimer m_timer;
};
