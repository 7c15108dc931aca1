#include "tcpprobe.h"

#include "probeguidance.h"
#include "targetresolver.h"

#include <QTcpSocket>

LBDOCTOR_REGISTER_PROBE("tcp", TcpProbe)

TcpProbe::TcpProbe(QObject *parent) : NetworkProbe(parent), m_resolver(new TargetResolver(this))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_timer, &QTimer::timeout, this, &TcpProbe::onTimeout);
    connect(m_resolver, &TargetResolver::resolved, this, &TcpProbe::connectTo);
    connect(m_resolver, &TargetResolver::failed, this, [this](const QString &message) {
        Finding f = Finding::make(m_stepId, Status::Fail, tr("the backend name does not resolve: %1").arg(message));
        f.evidence << tr("a load balancer checks an IP address; enter the backend's private IP");
        f.fix = tr("Check the spelling of the host name and the DNS server of this machine, or enter the IP address.");
        f.raw = message;
        f.outcome = FindingOutcome::Resolve;
        report(f);
    });
}

TcpProbe::~TcpProbe()
{
    stop();
}

QString TcpProbe::endpoint() const
{
    const QString ip = m_address.isNull() ? m_context.target.host : m_address.toString();
    return (m_address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + ip + QLatin1Char(']') : ip)
        + QLatin1Char(':') + QString::number(m_context.target.checkPort);
}

void TcpProbe::start(const Step &step, const RunContext &context)
{
    stop();
    m_stepId = step.id;
    m_context = context;
    begin();
    // One budget for resolution and connection: the load balancer has one timeout too.
    m_timer.start(std::max(1, context.timeoutMs));
    m_resolver->resolve(context.target);
}

void TcpProbe::connectTo(const QHostAddress &address)
{
    m_address = address;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &TcpProbe::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpProbe::onError);
    emit output(tr("Trying %1...").arg(endpoint()) + QLatin1Char('\n'));
    m_socket->connectToHost(address, m_context.target.checkPort);
}

void TcpProbe::onConnected()
{
    const qint64 ms = elapsedMs();
    Finding f = Finding::make(m_stepId, Status::Pass,
                              tr("%1 accepts TCP connections (connected in %2 ms)").arg(endpoint()).arg(ms));
    f.outcome = FindingOutcome::Connected; // also when slow: the handshake completed
    f.evidence << tr("connect time %1 ms").arg(ms);
    if (!m_context.variant.tcpMethod.isEmpty())
        f.evidence << tr("the load balancer's TCP check: %1").arg(m_context.variant.tcpMethod.text());
    const int hcTimeoutMs = m_context.variant.timing.timeoutSeconds * 1000;
    if (hcTimeoutMs > 0 && ms * 2 > hcTimeoutMs) {
        f.status = Status::Warn;
        f.summary = tr("%1 accepts TCP connections, but slowly: %2 ms, more than half the health-check timeout (%3 s)")
                        .arg(endpoint())
                        .arg(ms)
                        .arg(m_context.variant.timing.timeoutSeconds);
        f.fix = tr(
            "A slow handshake means an overloaded server or a full accept queue; check the load and the service's backlog.");
    }
    f.raw = tr("Trying %1...\nConnected to %1 in %2 ms.\n").arg(endpoint()).arg(ms);
    report(f);
}

void TcpProbe::onError()
{
    if (!m_socket)
        return;
    const qint64 ms = elapsedMs();
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    Finding f;
    f.step = m_stepId;
    f.raw =
        tr("Trying %1...\ntelnet: Unable to connect to remote host: %2 (after %3 ms)\n").arg(endpoint(), text).arg(ms);
    f.evidence << tr("after %1 ms: %2").arg(ms).arg(text);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        f.status = Status::Fail;
        f.outcome = FindingOutcome::Refused;
        f.summary =
            tr("connection refused by %1: nothing listens on the port, or a firewall REJECT rule answers with a reset")
                .arg(endpoint());
        f.evidence << tr("the backend (or a firewall in front of it) answered the SYN with a reset");
        f.fix = tr(
            "Start the service and check that it listens on this port at 0.0.0.0, :: or the private IP (not 127.0.0.1); "
            "if it does, look for a REJECT rule for the health-check addresses.");
        ProbeGuidance::apply(f, m_context, QStringLiteral("listening"));
        break;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        f.status = Status::Fail;
        f.outcome = FindingOutcome::Unreachable;
        f.summary = tr("%1 is unreachable: %2 (a router answered that there is no route)").arg(endpoint(), text);
        f.evidence << tr("an ICMP host or network unreachable reply, or no route on this machine");
        f.fix = tr(
            "Check the address and the routes between here and the backend; on the backend, check its default route.");
        ProbeGuidance::apply(f, m_context, QStringLiteral("route"));
        break;
    case QAbstractSocket::SocketTimeoutError: onTimeout(); return;
    default:
        f.status = Status::Unknown;
        f.summary = tr("unknown, because the connection failed in an unexpected way: %1").arg(text);
        break;
    }
    report(f);
}

void TcpProbe::onTimeout()
{
    if (!isActive())
        return;
    const int ms = m_context.timeoutMs;
    Finding f = Finding::make(
        m_stepId, Status::Fail,
        tr("no answer from %1 within %2 ms: a firewall or security group drops the packets").arg(endpoint()).arg(ms));
    f.outcome = FindingOutcome::Timeout;
    f.evidence << tr("neither SYN-ACK nor reset came back: something silently drops the SYN (or the reply)")
               << tr("health-check sources: %1").arg(m_context.healthCheckCidrs().join(QStringLiteral(", ")));
    f.fix =
        tr("Allow the health-check CIDR to port %1/%2 in the security group (and network ACL) and in the host firewall.")
            .arg(m_context.target.checkPort)
            .arg(transportOf(m_context.target.listener));
    ProbeGuidance::apply(f, m_context, QStringLiteral("secgroup"));
    ProbeGuidance::apply(f, m_context, QStringLiteral("firewall"));
    f.raw = tr("Trying %1...\n(no answer after %2 ms)\n").arg(endpoint()).arg(ms);
    report(f);
}

void TcpProbe::releaseWork()
{
    m_timer.stop();
    m_resolver->cancel();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}
