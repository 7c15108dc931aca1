#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

// A small backend with known faults, for `lbdoctor-cli demo` and the wizard's tests: every server
// listens on 127.0.0.1 on an ephemeral port, in the thread the object lives in (no threads of its
// own). Usage:
//
//     DemoBackend backend;
//     QString error;
//     if (const auto started = backend.start(); !started) ...; // binds every port at once
//     check http://127.0.0.1:<backend.httpPort()><DemoBackend::missingPath()>  -> 404
//
// Scenarios on httpPort() (HTTP/1.0 and 1.1, any Host header; every answer closes the connection,
// carries "Server: lbdoctor-demo" and a small HTML body, none for HEAD):
//   healthyPath()       200 OK
//   missingPath()       404 Not Found (so is any other path)
//   redirectPath()      301 Moved Permanently, Location: redirectLocation() (https)
//   slowPath()          200 OK after slowDelayMs() (default 700 ms)
//   headNotRoutedPath() 405 Method Not Allowed to HEAD, 200 OK to GET (a framework without HEAD routes)
// Other ports:
//   vhostPort()         a name-based virtual host: 200 OK for any path only with Host: vhostDomain(),
//                       404 Not Found otherwise (e.g. Host: 127.0.0.1, what a check without a domain sends)
//   silentPort()        accepts TCP connections, reads, never answers
//   closedPort()        TCP: nothing listens (free when start() ran): connection refused
//   udpEchoPort()       UDP: answers each datagram with its own bytes
//   udpClosedPort()     UDP: nothing listens: ICMP port unreachable
// Ports are 0 until start() succeeds and again after stop().
class DemoBackend : public QObject
{
    Q_OBJECT
public:
    explicit DemoBackend(QObject *parent = nullptr);
    ~DemoBackend() override;

    Result<void> start(); // the Error says which port could not be bound
    void stop(); // closes every port and connection
    bool isRunning() const { return m_running; }

    static QHostAddress address(); // 127.0.0.1

    quint16 httpPort() const;
    static QString healthyPath(); // "/health.html"
    static QString missingPath(); // "/missing.html"
    static QString redirectPath(); // "/old-health.html"
    static QString redirectLocation(); // "https://www.lbdoctor-demo.test/health.html"
    static QString slowPath(); // "/slow.html"
    static QString headNotRoutedPath(); // "/api/health"
    int slowDelayMs() const { return m_slowDelayMs; }
    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }

    quint16 vhostPort() const;
    static QString vhostDomain(); // "www.lbdoctor-demo.test"

    quint16 silentPort() const;
    quint16 closedPort() const { return m_closedPort; }
    quint16 udpEchoPort() const;
    quint16 udpClosedPort() const { return m_udpClosedPort; }

    int requestCount() const { return m_requests; } // HTTP requests answered since start()

signals:
    // After each HTTP answer: "HEAD /health.html HTTP/1.0" and the status code sent.
    void requestServed(const QString &requestLine, int statusCode);

private:
    struct Answer
    {
        int code = 404;
        QByteArray reason;
        QByteArray location;
        int delayMs = 0;
    };
    enum class Site { Main, VirtualHost };
    Result<QTcpServer *> listen();
    void serve(QTcpSocket *socket, Site site);
    Answer answerFor(Site site, const QByteArray &method, const QByteArray &path, const QByteArray &host) const;
    void respond(QTcpSocket *socket, const QByteArray &method, const QByteArray &requestLine, const Answer &answer);
    static quint16 freePort(bool udp);

    QPointer<QTcpServer> m_http;
    QPointer<QTcpServer> m_vhost;
    QPointer<QTcpServer> m_silent;
    QPointer<QUdpSocket> m_udpEcho;
    quint16 m_closedPort = 0;
    quint16 m_udpClosedPort = 0;
    int m_slowDelayMs = 700;
    int m_requests = 0;
    bool m_running = false;
};
