#include "udpprobe.h"

#include "httpresponseparser.h"
#include "probeguidance.h"
#include "targetresolver.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <cerrno>
#include <sys/socket.h>
#endif

LBDOCTOR_REGISTER_PROBE("udp", UdpProbe)

namespace {
constexpr qsizetype maxDatagram = 64 * 1024;

// Qt swallows the ICMP port unreachable that the kernel queues on a connected UDP socket; the
// socket's pending error still has it until the next read, so ask before Qt reads.
bool portUnreachablePending(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
    int error = 0;
#ifdef Q_OS_WIN
    int length = sizeof error;
    if (::getsockopt(SOCKET(descriptor), SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &length) != 0)
        return false;
    return error == WSAECONNRESET || error == WSAECONNREFUSED;
#else
    socklen_t length = sizeof error;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return false;
    return error == ECONNREFUSED;
#endif
}
} // namespace

UdpProbe::UdpProbe(QObject *parent) : NetworkProbe(parent), m_resolver(new TargetResolver(this))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_timer, &QTimer::timeout, this, &UdpProbe::onTimeout);
    // Datagrams get lost; one more copy halfway through the timeout, as load balancers retry too.
    m_resend.setSingleShot(true);
    connect(&m_resend, &QTimer::timeout, this, &UdpProbe::send);
    connect(m_resolver, &TargetResolver::resolved, this, &UdpProbe::open);
    connect(m_resolver, &TargetResolver::failed, this, [this](const QString &message) {
        report(Finding::make(m_stepId, Status::Fail, tr("the backend name does not resolve: %1").arg(message)));
    });
}

UdpProbe::~UdpProbe()
{
    stop();
}

QByteArray UdpProbe::payload(const RunContext &context)
{
    if (!context.variant.udpRequest.isEmpty())
        return context.variant.udpRequest.toUtf8();
    return QByteArrayLiteral("lbdoctor udp health check\n");
}

QString UdpProbe::endpoint() const
{
    const QString ip = m_address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + m_address.toString() + QLatin1Char(']')
        : m_address.toString();
    return ip + QLatin1Char(':') + QString::number(m_context.target.checkPort);
}

void UdpProbe::start(const Step &step, const RunContext &context)
{
    stop();
    m_stepId = step.id;
    m_context = context;
    m_payload = payload(context);
    m_sent = 0;
    begin();
    m_timer.start(std::max(1, context.timeoutMs));
    m_resolver->resolve(context.target);
}

void UdpProbe::open(const QHostAddress &address)
{
    m_address = address;
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpProbe::onReadyRead);
    connect(m_socket, &QUdpSocket::errorOccurred, this, &UdpProbe::onError);
    connect(m_socket, &QUdpSocket::connected, this, [this] {
        send();
        m_resend.start(std::max(1, m_context.timeoutMs / 2));
    });
    // Connected, so the kernel reports the ICMP port unreachable for this socket.
    m_socket->connectToHost(address, m_context.target.checkPort);
}

void UdpProbe::send()
{
    if (!isActive() || !m_socket)
        return;
    ++m_sent;
    m_socket->write(m_payload);
    emit output(tr("sent %1 bytes to %2").arg(m_payload.size()).arg(endpoint()) + QLatin1Char('\n'));
}

QString UdpProbe::rawLog() const
{
    return tr("--- datagram to %1 (%2 bytes, sent %3 times) ---\n").arg(endpoint()).arg(m_payload.size()).arg(m_sent)
        + HttpResponseParser::printable(m_payload, 2048) + QLatin1Char('\n');
}

void UdpProbe::onReadyRead()
{
    if (!isActive() || !m_socket)
        return;
    if (portUnreachablePending(m_socket->socketDescriptor())) {
        portUnreachable();
        return;
    }
    QByteArray answer;
    while (m_socket->hasPendingDatagrams() && answer.isEmpty()) {
        const QNetworkDatagram d = m_socket->receiveDatagram(maxDatagram);
        if (d.isValid())
            answer = d.data();
    }
    if (!isActive())
        return;
    if (answer.isNull()) {
        if (m_socket->error() == QAbstractSocket::ConnectionRefusedError)
            portUnreachable();
        return; // a notification without a datagram: keep waiting
    }
    const qint64 ms = elapsedMs();
    const QString expected = m_context.variant.udpResponse;
    Finding f;
    f.step = m_stepId;
    f.raw = rawLog() + tr("--- answer after %1 ms (%2 bytes) ---\n").arg(ms).arg(answer.size())
        + HttpResponseParser::printable(answer, 2048) + QLatin1Char('\n');
    f.evidence << tr("answer after %1 ms: %2 bytes").arg(ms).arg(answer.size());
    f.outcome = FindingOutcome::Answered; // also with the wrong response: the service runs and the path is open
    if (expected.isEmpty() || answer.contains(expected.toUtf8())) {
        f.status = Status::Pass;
        f.summary = expected.isEmpty()
            ? tr("%1 answers the UDP datagram (after %2 ms)").arg(endpoint()).arg(ms)
            : tr("%1 answers with the expected response \"%2\" (after %3 ms)").arg(endpoint(), expected).arg(ms);
    } else {
        f.status = Status::Fail;
        f.summary = tr("%1 answers, but without the expected response \"%2\"").arg(endpoint(), expected);
        f.fix = tr(
            "Make the service answer the health-check request with the configured response, or correct the response in the listener.");
        ProbeGuidance::apply(f, m_context, m_stepId);
    }
    report(f);
}

void UdpProbe::portUnreachable()
{
    if (!isActive() || !m_socket)
        return;
    const qint64 ms = elapsedMs();
    Finding f;
    f.step = m_stepId;
    f.status = Status::Fail;
    f.outcome = FindingOutcome::Refused;
    f.raw = rawLog() + tr("--- ICMP port unreachable after %1 ms ---\n").arg(ms);
    f.summary =
        tr("nothing listens on UDP %1: the backend answered with ICMP port unreachable, which the load balancer counts as unhealthy")
            .arg(endpoint());
    f.evidence << tr("ICMP port unreachable after %1 ms").arg(ms)
               << tr("an iptables REJECT rule sends the same reply: check the firewall if the service does run");
    f.fix = tr("Start the UDP service and bind it to 0.0.0.0 or the private IP on port %1.")
                .arg(m_context.target.checkPort);
    ProbeGuidance::apply(f, m_context, QStringLiteral("listening"));
    ProbeGuidance::apply(f, m_context, m_stepId);
    report(f);
}

void UdpProbe::onError()
{
    if (!isActive() || !m_socket)
        return;
    if (m_socket->error() == QAbstractSocket::ConnectionRefusedError) {
        portUnreachable();
        return;
    }
    const qint64 ms = elapsedMs();
    Finding f;
    f.step = m_stepId;
    f.raw = rawLog() + tr("--- %1 after %2 ms ---\n").arg(m_socket->errorString()).arg(ms);
    if (m_socket->error() == QAbstractSocket::NetworkError || m_socket->error() == QAbstractSocket::HostNotFoundError) {
        f.status = Status::Fail;
        f.summary = tr("UDP %1 is unreachable: %2").arg(endpoint(), m_socket->errorString());
        f.outcome = FindingOutcome::Unreachable;
        ProbeGuidance::apply(f, m_context, QStringLiteral("route"));
    } else {
        f.status = Status::Unknown;
        f.summary = tr("unknown, because the datagram could not be sent: %1").arg(m_socket->errorString());
    }
    report(f);
}

void UdpProbe::onTimeout()
{
    if (!isActive())
        return;
    const QString expected = m_context.variant.udpResponse;
    Finding f;
    f.step = m_stepId;
    f.raw = rawLog() + tr("--- no answer within %1 ms ---\n").arg(m_context.timeoutMs);
    f.outcome = FindingOutcome::NoAnswer;
    if (!expected.isEmpty()) {
        f.status = Status::Fail;
        f.summary = tr("no answer from UDP %1 within %2 ms, but the load balancer expects \"%3\"")
                        .arg(endpoint())
                        .arg(m_context.timeoutMs)
                        .arg(expected);
        f.fix =
            tr("Make the service answer the health-check request; if it does, check that the security group and host firewall let UDP %1 through.")
                .arg(m_context.target.checkPort);
    } else {
        f.status = Status::Warn;
        f.summary =
            tr("no answer from UDP %1 within %2 ms: open (a service that stays silent) or filtered (a firewall that drops)")
                .arg(endpoint())
                .arg(m_context.timeoutMs);
        f.evidence
            << tr("no ICMP port unreachable came back, so either something listens, or a firewall drops the datagram or the ICMP reply")
            << tr("UDP has no handshake: only the service's own answer proves it works; the listening step shows whether it runs");
    }
    ProbeGuidance::apply(f, m_context, QStringLiteral("firewall"));
    report(f);
}

void UdpProbe::releaseWork()
{
    m_timer.stop();
    m_resend.stop();
    m_resolver->cancel();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}
