#pragma once
// Loopback backends for server-group tests and benchmarks: one QTcpServer per 127.0.0.0/8
// address (Linux routes all of 127/8 to lo), each behaving as one kind of backend.

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

enum class BackendKind {
    Healthy, // 200 at once, Server: nginx/1.24
    NotFound, // 404 at once, Server: nginx/1.18
    Slow, // 200 after slowMs
    Silent, // accepts the connection, never writes
    Refused // nothing listens: the kernel answers RST
};

class LoopbackBackend : public QTcpServer
{
public:
    LoopbackBackend(BackendKind kind, int slowMs = 300, QObject *parent = nullptr)
        : QTcpServer(parent),
          m_kind(kind),
          m_slowMs(slowMs)
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                serve(s);
        });
    }
    BackendKind kind() const { return m_kind; }

private:
    void serve(QTcpSocket *s)
    {
        if (m_kind == BackendKind::Silent) {
            m_held << s; // open, silent, until the server goes
            return;
        }
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            const QByteArray request = s->peek(8192);
            if (!request.contains("\r\n\r\n"))
                return;
            s->readAll();
            const bool head = request.startsWith("HEAD ");
            const QByteArray response = m_kind == BackendKind::NotFound
                ? QByteArray(
                      "HTTP/1.1 404 Not Found\r\nServer: nginx/1.18\r\nContent-Length: 9\r\nConnection: close\r\n\r\n")
                    + (head ? "" : "not found")
                : QByteArray("HTTP/1.1 200 OK\r\nServer: nginx/1.24\r\nContent-Length: 2\r\nConnection: close\r\n\r\n")
                    + (head ? "" : "ok");
            if (m_kind == BackendKind::Slow) {
                QTimer::singleShot(m_slowMs, s, [s, response] {
                    s->write(response);
                    s->disconnectFromHost();
                });
                return;
            }
            s->write(response);
            s->disconnectFromHost();
        });
    }
    BackendKind m_kind;
    int m_slowMs;
    QList<QPointer<QTcpSocket>> m_held;
};

namespace GroupBackends {
// A port free on every given address (and on 127.0.0.1), or 0.
inline quint16 freePort(const QList<QHostAddress> &addresses)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        bool ok = true;
        for (const QHostAddress &a : addresses) {
            QTcpServer s;
            ok = ok && s.listen(a, port);
            if (!ok)
                break;
        }
        if (ok)
            return port;
    }
    return 0;
}
} // namespace GroupBackends
