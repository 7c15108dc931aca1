#include "httpexchange.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>

HttpExchange::HttpExchange(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(&m_timer, &QTimer::timeout, this, &HttpExchange::onTimeout);
}

HttpExchange::~HttpExchange()
{
    stop();
}

void HttpExchange::start(const QHostAddress &address, quint16 port, bool tls, const QString &sniName,
                         const QByteArray &request, bool headRequest, int timeoutMs)
{
    stop();
    m_parser = HttpResponseParser(headRequest);
    m_result = Result();
    m_result.request = request;
    m_result.tls = tls;
    m_timeoutMs = timeoutMs;
    m_active = true;
    m_clock.start();
    m_timer.start(std::max(1, timeoutMs));

    if (tls) {
        auto *socket = new QSslSocket(this);
        m_socket = socket;
        // Load balancers do not verify backend certificates; verify anyway to be able to say what a
        // browser would object to, then go on regardless.
        socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
        connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                m_result.certificate.problems << e.errorString();
            m_result.certificate.problems.removeDuplicates();
            socket->ignoreSslErrors();
        });
        connect(socket, &QSslSocket::encrypted, this, &HttpExchange::onEncrypted);
        connect(socket, &QTcpSocket::connected, this, &HttpExchange::onConnected);
        connect(socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
        connect(socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onError);
        // The address is what we connect to; the peer name is what SNI and verification use.
        socket->connectToHostEncrypted(address.toString(), port, sniName.isEmpty() ? address.toString() : sniName);
        return;
    }
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onError);
    m_socket->connectToHost(address, port);
}

void HttpExchange::onConnected()
{
    m_result.connectMs = m_clock.elapsed();
    if (m_result.tls) {
        m_result.phase = Phase::TlsHandshake;
        return;
    }
    sendRequest();
}

void HttpExchange::onEncrypted()
{
    m_result.tlsMs = m_clock.elapsed();
    captureCertificate();
    sendRequest();
}

void HttpExchange::captureCertificate()
{
    auto *socket = qobject_cast<QSslSocket *>(m_socket.data());
    if (!socket)
        return;
    const QSslCertificate cert = socket->peerCertificate();
    if (!cert.isNull()) {
        m_result.certificate.subject = cert.subjectDisplayName();
        m_result.certificate.issuer = cert.issuerDisplayName();
        m_result.certificate.expiry = cert.expiryDate();
    }
    const QSslCipher cipher = socket->sessionCipher();
    if (!cipher.isNull())
        m_result.tlsProtocol = cipher.protocolString() + QStringLiteral(", ") + cipher.name();
}

void HttpExchange::sendRequest()
{
    m_result.phase = Phase::WaitingForResponse;
    m_socket->write(m_result.request);
    // Some servers answer in the same segment as the handshake completes.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpExchange::onReadyRead()
{
    if (!m_active || !m_socket)
        return;
    if (m_result.phase == Phase::Connecting || m_result.phase == Phase::TlsHandshake)
        return; // not ours to read yet (QSslSocket only reports decrypted data anyway)
    const QByteArray chunk = m_socket->readAll();
    if (chunk.isEmpty())
        return;
    if (m_result.firstByteMs < 0)
        m_result.firstByteMs = m_clock.elapsed();
    m_result.responseBytes += chunk.size();
    const qsizetype room = maxKeptBytes - m_result.response.size();
    if (room > 0)
        m_result.response.append(chunk.first(std::min(room, chunk.size())));
    m_parser.feed(chunk);
    if (m_parser.hasError()) {
        finish(Outcome::Malformed, m_parser.errorString());
        return;
    }
    if (m_parser.isComplete()) {
        finish(Outcome::Response);
        return;
    }
    m_result.phase = m_parser.headersComplete() ? Phase::ReadingBody : Phase::ReadingHeaders;
}

void HttpExchange::onError()
{
    if (!m_active || !m_socket)
        return;
    // Data that arrived with the FIN is still unread.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!m_active)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(m_result.connectMs < 0 ? Outcome::Refused : Outcome::Closed, text);
        return;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        if (m_result.connectMs < 0) {
            finish(Outcome::Unreachable, text);
            return;
        }
        [[fallthrough]];
    case QAbstractSocket::RemoteHostClosedError:
        if (m_result.phase == Phase::TlsHandshake || m_result.phase == Phase::Connecting) {
            finish(Outcome::TlsFailed, text);
            return;
        }
        m_parser.finish();
        if (m_parser.isComplete())
            finish(Outcome::Response);
        else
            finish(Outcome::Closed, m_parser.hasError() ? m_parser.errorString() : text);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: finish(Outcome::TlsFailed, text); return;
    default: finish(Outcome::Error, text); return;
    }
}

void HttpExchange::onTimeout()
{
    if (!m_active)
        return;
    finish(Outcome::Timeout);
}

void HttpExchange::finish(Outcome outcome, const QString &errorText)
{
    if (!m_active)
        return;
    m_result.outcome = outcome;
    m_result.errorText = errorText;
    m_result.totalMs = m_clock.elapsed();
    if (outcome == Outcome::Response)
        m_result.phase = Phase::Done;
    stop();
    emit finished();
}

void HttpExchange::stop()
{
    m_active = false;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void HttpExchange::cancel()
{
    stop();
}
