#pragma once

#include "httpresponseparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QTcpSocket;

// One HTTP request and its response over a fresh connection, plain or TLS, timed phase by phase.
// What nc (or openssl s_client) would show: the exact bytes both ways. The whole exchange has one
// deadline; memory is bounded by HttpResponseParser's limits.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Response, // a status line and headers arrived (the body may be cut, see parser)
        Refused, // RST to the SYN
        Unreachable, // ICMP unreachable, no route
        Timeout, // the deadline passed; see phase
        Closed, // closed or reset before a complete response (parser says where)
        Malformed, // the bytes are not an HTTP/1.x response
        TlsFailed, // the TLS handshake failed
        Error // anything else; see errorText
    };
    enum class Phase { Connecting, TlsHandshake, WaitingForResponse, ReadingHeaders, ReadingBody, Done };

    struct Certificate
    {
        QString subject;
        QString issuer;
        QDateTime expiry;
        QStringList problems; // verification errors a browser would show; load balancers ignore them
    };

    struct Result
    {
        Outcome outcome = Outcome::Error;
        Phase phase = Phase::Connecting; // where the exchange stopped
        QString errorText;
        qint64 connectMs = -1;
        qint64 tlsMs = -1;
        qint64 firstByteMs = -1;
        qint64 totalMs = -1;
        QByteArray request;
        QByteArray response; // as received, at most maxKeptBytes
        qint64 responseBytes = 0;
        bool tls = false;
        Certificate certificate;
        QString tlsProtocol;
    };

    static constexpr qsizetype maxKeptBytes = HttpResponseParser::maxHeaderBytes + HttpResponseParser::maxBodyBytes;

    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    // sniName: TLS server name (the health-check domain); empty sends none. finished() follows once.
    void start(const QHostAddress &address, quint16 port, bool tls, const QString &sniName, const QByteArray &request,
               bool headRequest, int timeoutMs);
    void cancel();

    const HttpResponseParser &parser() const { return m_parser; }
    const Result &result() const { return m_result; }

signals:
    void finished();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onError();
    void onTimeout();
    void finish(Outcome outcome, const QString &errorText = {});
    void stop();
    void sendRequest();
    void captureCertificate();

    QPointer<QTcpSocket> m_socket;
    HttpResponseParser m_parser;
    Result m_result;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_timeoutMs = 0;
    bool m_active = false;
};
