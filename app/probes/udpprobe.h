#pragma once

#include "networkprobe.h"

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>

class QUdpSocket;
class TargetResolver;

// A datagram to the health-check port over a connected UDP socket, so that an ICMP port
// unreachable reply surfaces as "connection refused": nothing listens, which the load balancer
// treats as unhealthy. Silence means open or filtered. The profile's custom request/response
// pair is sent and checked when it has one.
class UdpProbe : public NetworkProbe
{
    Q_OBJECT
public:
    explicit UdpProbe(QObject *parent = nullptr);
    ~UdpProbe() override;
    void start(const Step &step, const RunContext &context) override;

    // What is sent: the profile's request, or a short line naming LB Doctor.
    static QByteArray payload(const RunContext &context);

private:
    void open(const QHostAddress &address);
    void send();
    void onReadyRead();
    void onError();
    void portUnreachable();
    void onTimeout();
    void releaseWork() override;
    QString endpoint() const;
    QString rawLog() const;

    RunContext m_context;
    QString m_stepId;
    QHostAddress m_address;
    QPointer<QUdpSocket> m_socket;
    TargetResolver *m_resolver = nullptr;
    QTimer m_timer;
    QTimer m_resend;
    int m_sent = 0;
    QByteArray m_payload;
};
