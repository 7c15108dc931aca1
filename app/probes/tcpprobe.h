#pragma once

#include "networkprobe.h"

#include <QPointer>
#include <QTimer>

class QTcpSocket;
class TargetResolver;

// `telnet IP PORT` as the load balancer's TCP check does it: connects to the health-check port
// within the probe timeout and tells apart connected, refused (RST), timed out (dropped),
// unreachable (ICMP) and a host name that does not resolve. Reports the connect time.
class TcpProbe : public NetworkProbe
{
    Q_OBJECT
public:
    explicit TcpProbe(QObject *parent = nullptr);
    ~TcpProbe() override;
    void start(const Step &step, const RunContext &context) override;

private:
    void connectTo(const QHostAddress &address);
    void onConnected();
    void onError();
    void onTimeout();
    void releaseWork() override;
    QString endpoint() const;

    RunContext m_context;
    QString m_stepId;
    QHostAddress m_address;
    QPointer<QTcpSocket> m_socket;
    TargetResolver *m_resolver = nullptr;
    QTimer m_timer;
};
