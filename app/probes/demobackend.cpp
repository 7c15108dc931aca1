#include "demobackend.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace {
constexpr qsizetype maxRequestBytes = 16 * 1024;
} // namespace

DemoBackend::DemoBackend(QObject *parent) : QObject(parent) { }

DemoBackend::~DemoBackend()
{
    stop();
}

QHostAddress DemoBackend::address()
{
    return QHostAddress(QHostAddress::LocalHost);
}

QString DemoBackend::healthyPath()
{
    return QStringLiteral("/health.html");
}
QString DemoBackend::missingPath()
{
    return QStringLiteral("/missing.html");
}
QString DemoBackend::redirectPath()
{
    return QStringLiteral("/old-health.html");
}
QString DemoBackend::redirectLocation()
{
    return QStringLiteral("https://www.lbdoctor-demo.test/health.html");
}
QString DemoBackend::slowPath()
{
    return QStringLiteral("/slow.html");
}
QString DemoBackend::headNotRoutedPath()
{
    return QStringLiteral("/api/health");
}
QString DemoBackend::vhostDomain()
{
    return QStringLiteral("www.lbdoctor-demo.test");
}

quint16 DemoBackend::httpPort() const
{
    return m_http ? m_http->serverPort() : 0;
}
quint16 DemoBackend::vhostPort() const
{
    return m_vhost ? m_vhost->serverPort() : 0;
}
quint16 DemoBackend::silentPort() const
{
    return m_silent ? m_silent->serverPort() : 0;
}
quint16 DemoBackend::udpEchoPort() const
{
    return m_udpEcho ? m_udpEcho->localPort() : 0;
}

Result<QTcpServer *> DemoBackend::listen()
{
    auto *server = new QTcpServer(this);
    if (!server->listen(address(), 0)) {
        const QString problem = server->errorString();
        delete server;
        return Error{tr("the demo backend cannot listen on %1: %2").arg(address().toString(), problem)};
    }
    return server;
}

quint16 DemoBackend::freePort(bool udp)
{
    // A port the kernel just handed out and that is closed again: nothing listens there, and the
    // ephemeral range makes an immediate reuse by someone else unlikely.
    if (udp) {
        QUdpSocket socket;
        if (!socket.bind(address(), 0))
            return 0;
        return socket.localPort();
    }
    QTcpServer server;
    if (!server.listen(address(), 0))
        return 0;
    return server.serverPort();
}

Result<void> DemoBackend::start()
{
    stop();
    m_requests = 0;
    for (QPointer<QTcpServer> *server : {&m_http, &m_vhost, &m_silent}) {
        const auto listening = listen();
        if (!listening) {
            stop();
            return Error{listening.error()};
        }
        *server = *listening;
    }
    connect(m_http, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_http->nextPendingConnection())
            serve(s, Site::Main);
    });
    connect(m_vhost, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_vhost->nextPendingConnection())
            serve(s, Site::VirtualHost);
    });
    connect(m_silent, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_silent->nextPendingConnection()) {
            // Reads so the client's request is acknowledged, then says nothing until the client leaves.
            connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });

    m_udpEcho = new QUdpSocket(this);
    if (!m_udpEcho->bind(address(), 0)) {
        const QString problem = m_udpEcho->errorString();
        stop();
        return Error{tr("the demo backend cannot bind UDP on %1: %2").arg(address().toString(), problem)};
    }
    connect(m_udpEcho, &QUdpSocket::readyRead, this, [this] {
        while (m_udpEcho && m_udpEcho->hasPendingDatagrams()) {
            const QNetworkDatagram d = m_udpEcho->receiveDatagram();
            if (d.isValid())
                m_udpEcho->writeDatagram(d.makeReply(d.data()));
        }
    });

    m_closedPort = freePort(false);
    m_udpClosedPort = freePort(true);
    if (m_closedPort == 0 || m_udpClosedPort == 0) {
        stop();
        return Error{tr("the demo backend found no free port on %1").arg(address().toString())};
    }
    m_running = true;
    return {};
}

void DemoBackend::stop()
{
    m_running = false;
    for (QTcpServer *server : {m_http.data(), m_vhost.data(), m_silent.data()}) {
        if (!server)
            continue;
        server->close();
        // Open connections are the server's children: they go with it.
        server->deleteLater();
    }
    if (m_udpEcho) {
        m_udpEcho->close();
        m_udpEcho->deleteLater();
    }
    m_http = nullptr;
    m_vhost = nullptr;
    m_silent = nullptr;
    m_udpEcho = nullptr;
    m_closedPort = 0;
    m_udpClosedPort = 0;
}

void DemoBackend::serve(QTcpSocket *socket, Site site)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, site, buffer] {
        if (buffer->isNull() && socket->property("answered").toBool())
            return;
        buffer->append(socket->readAll());
        qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            end = buffer->indexOf("\n\n");
        if (end < 0 && buffer->size() <= maxRequestBytes)
            return;
        socket->setProperty("answered", true);
        const QByteArray head = buffer->left(end < 0 ? maxRequestBytes : end);
        *buffer = QByteArray();
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray requestLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = requestLine.split(' ');
        const QByteArray method = parts.value(0);
        QByteArray path = parts.value(1);
        if (const qsizetype q = path.indexOf('?'); q >= 0)
            path.truncate(q);
        QByteArray host;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray l = lines.at(i).trimmed();
            if (l.toLower().startsWith("host:")) {
                host = l.mid(5).trimmed();
                break;
            }
        }
        Answer answer;
        if (end < 0) {
            answer.code = 431;
            answer.reason = "Request Header Fields Too Large";
        } else if (parts.size() != 3) {
            answer.code = 400;
            answer.reason = "Bad Request";
        } else {
            answer = answerFor(site, method, path, host);
        }
        if (answer.delayMs > 0) {
            QTimer::singleShot(answer.delayMs, socket, [this, socket, method, requestLine, answer] {
                respond(socket, method, requestLine, answer);
            });
        } else {
            respond(socket, method, requestLine, answer);
        }
    });
}

DemoBackend::Answer DemoBackend::answerFor(Site site, const QByteArray &method, const QByteArray &path,
                                           const QByteArray &host) const
{
    Answer a;
    a.code = 404;
    a.reason = "Not Found";
    if (site == Site::VirtualHost) {
        // Name-based virtual hosting: only the configured site name selects the site.
        QByteArray name = host.toLower();
        if (const qsizetype colon = name.lastIndexOf(':'); colon > 0 && !name.endsWith(']'))
            name.truncate(colon);
        if (name == vhostDomain().toLatin1()) {
            a.code = 200;
            a.reason = "OK";
        }
        return a;
    }
    const QString p = QString::fromLatin1(path);
    if (p == healthyPath() || p == QStringLiteral("/")) {
        a.code = 200;
        a.reason = "OK";
    } else if (p == redirectPath()) {
        a.code = 301;
        a.reason = "Moved Permanently";
        a.location = redirectLocation().toLatin1();
    } else if (p == slowPath()) {
        a.code = 200;
        a.reason = "OK";
        a.delayMs = m_slowDelayMs;
    } else if (p == headNotRoutedPath()) {
        if (method == "HEAD") {
            a.code = 405;
            a.reason = "Method Not Allowed";
        } else {
            a.code = 200;
            a.reason = "OK";
        }
    }
    return a;
}

void DemoBackend::respond(QTcpSocket *socket, const QByteArray &method, const QByteArray &requestLine,
                          const Answer &answer)
{
    const QByteArray body = "<html><body><h1>" + QByteArray::number(answer.code) + ' ' + answer.reason
        + "</h1><p>LB Doctor demo backend</p></body></html>\n";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.code) + ' ' + answer.reason + "\r\n"
        + "Server: lbdoctor-demo\r\n" + "Content-Type: text/html\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + "Connection: close\r\n";
    if (!answer.location.isEmpty())
        response += "Location: " + answer.location + "\r\n";
    if (answer.code == 405)
        response += "Allow: GET\r\n";
    response += "\r\n";
    if (method != "HEAD")
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
    ++m_requests;
    emit requestServed(QString::fromLatin1(requestLine), answer.code);
}
