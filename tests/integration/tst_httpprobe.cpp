#include "probetesting.h"

#include "probes/httpprobe.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/socket.h>

// The HTTP(S) probe against real servers on 127.0.0.1, well-behaved and hostile. Every row is
// bounded in time: the probe must report within its timeout plus a small margin.
namespace {

enum class Behaviour {
    Respond, // answers `response` (a HEAD request gets `headResponse` when set)
    NeverAnswer, // accepts, reads, says nothing
    OneByteASecond, // a valid response, one byte per second
    HugeHeaders, // a status line, then 10 MB of headers
    Garbage, // binary noise
    CloseMidStatus, // "HTTP/1.1 20" then close
    Http09, // a body without status line, then close
    ResetAfterAccept, // RST right after accept, before any answer
    RespondLate, // answers `response` after 700 ms
    Tls // TLS with the given certificate, then `response`
};

class HostileServer : public QTcpServer
{
public:
    Behaviour behaviour = Behaviour::Respond;
    QByteArray response;
    QByteArray headResponse;
    QByteArray received;
    int connections = 0;
    QSslCertificate certificate;
    QSslKey key;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        QTcpSocket *socket = nullptr;
        if (behaviour == Behaviour::Tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(descriptor);
            ssl->setLocalCertificate(certificate);
            ssl->setPrivateKey(key);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            const QByteArray bytes = socket->readAll();
            received += bytes;
            *request += bytes;
            if (!request->contains("\r\n\r\n") || socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            answer(socket, *request);
        });
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &request)
    {
        switch (behaviour) {
        case Behaviour::Respond:
        case Behaviour::Tls:
            socket->write(request.startsWith("HEAD") && !headResponse.isEmpty() ? headResponse : response);
            socket->disconnectFromHost();
            break;
        case Behaviour::NeverAnswer: break;
        case Behaviour::RespondLate:
            QTimer::singleShot(700, socket, [this, socket] {
                socket->write(response);
                socket->disconnectFromHost();
            });
            break;
        case Behaviour::OneByteASecond: {
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<int>(1);
            connect(timer, &QTimer::timeout, socket, [socket, sent] {
                static const QByteArray r("HTTP/1.0 200 OK\r\n\r\n");
                if (*sent < r.size())
                    socket->write(r.mid((*sent)++, 1));
            });
            timer->start(1000);
            socket->write("H");
            break;
        }
        case Behaviour::HugeHeaders: {
            socket->write("HTTP/1.1 200 OK\r\n");
            const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
            QByteArray block;
            for (int i = 0; i < 10 * 1024; ++i)
                block += line; // 10 MB
            socket->write(block);
            break;
        }
        case Behaviour::Garbage:
            socket->write(QByteArray("\x00\xff\x13\x37garbage\x01\x02", 13));
            socket->disconnectFromHost();
            break;
        case Behaviour::CloseMidStatus:
            socket->write("HTTP/1.1 20");
            socket->disconnectFromHost();
            break;
        case Behaviour::Http09:
            socket->write("<html><body>hello from 1991</body></html>\n");
            socket->disconnectFromHost();
            break;
        case Behaviour::ResetAfterAccept: {
            // SO_LINGER 0 turns close() into a reset. Reset once the request is in rather than in
            // the accept itself: on loopback a reset before the client has seen its own connect
            // complete makes Qt restart the handshake over and over (it probes with connect()).
            const struct linger l
            {
                1, 0
            };
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
            socket->abort();
            break;
        }
        }
    }
};

} // namespace

Q_DECLARE_METATYPE(Behaviour)
Q_DECLARE_METATYPE(Status)

class TestHttpProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void responses_data();
    void responses();
    void requestOnTheWire_data();
    void requestOnTheWire();
    void lineBreaksNeverReachTheWire_data();
    void lineBreaksNeverReachTheWire();
    void nothingListening();
    void slowHealthyAnswer();
    void tls_data();
    void tls();
    void plainHttpOnTlsListener();

private:
    bool makeCertificate(const QString &name, const QString &cn, bool expired, QString *why);
    QTemporaryDir m_dir;
};

void TestHttpProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHttpProbe::responses_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("headResponse");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::addColumn<QString>("evidencePart");
    QTest::addColumn<QString>("outcome");

    const QByteArray ok = "HTTP/1.1 200 OK\r\nServer: test-nginx\r\nContent-Length: 2\r\n\r\nok";
    const QByteArray moved =
        "HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.test/health\r\nContent-Length: 0\r\n\r\n";
    const QByteArray unauthorized = "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n";
    const QByteArray notFound = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
    const QByteArray notAllowed = "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n";

    QTest::newRow("200 healthy") << "alibaba"
                                 << "" << Behaviour::Respond << ok << QByteArray() << 1000 << Status::Pass
                                 << "returned 200 OK"
                                 << "Server: test-nginx"
                                 << "healthy";
    QTest::newRow("404 unhealthy") << "alibaba"
                                   << "" << Behaviour::Respond << notFound << QByteArray() << 1000 << Status::Fail
                                   << "returned 404 Not Found"
                                   << "no health-check domain is set"
                                   << "bad-status";
    // Alibaba's default 2xx/3xx accepts a redirect; Huawei shared (200,202,401) does not.
    QTest::newRow("301 alibaba healthy") << "alibaba"
                                         << "" << Behaviour::Respond << moved << QByteArray() << 1000 << Status::Pass
                                         << "redirects to https://example.test/health"
                                         << ""
                                         << "healthy";
    QTest::newRow("301 huawei shared unhealthy") << "huawei"
                                                 << "shared" << Behaviour::Respond << moved << QByteArray() << 1000
                                                 << Status::Fail << "redirects to https://example.test/health"
                                                 << ""
                                                 << "bad-status";
    QTest::newRow("401 huawei shared healthy")
        << "huawei"
        << "shared" << Behaviour::Respond << unauthorized << QByteArray() << 1000 << Status::Pass << "401"
        << ""
        << "healthy";
    QTest::newRow("401 alibaba unhealthy")
        << "alibaba"
        << "" << Behaviour::Respond << unauthorized << QByteArray() << 1000 << Status::Fail << "401"
        << ""
        << "bad-status";
    QTest::newRow("HEAD fails, GET passes")
        << "alibaba"
        << "" << Behaviour::Respond << ok << notAllowed << 1000 << Status::Fail << "does not route HEAD"
        << "tried GET as well"
        << "bad-status";
    QTest::newRow("HEAD and GET both 404")
        << "alibaba"
        << "" << Behaviour::Respond << notFound << QByteArray() << 1000 << Status::Fail << "404"
        << "not a method problem"
        << "bad-status";
    QTest::newRow("never answers") << "alibaba"
                                   << "" << Behaviour::NeverAnswer << QByteArray() << QByteArray() << 600
                                   << Status::Fail << "no response within 600 ms"
                                   << ""
                                   << "timeout";
    QTest::newRow("one byte a second") << "alibaba"
                                       << "" << Behaviour::OneByteASecond << QByteArray() << QByteArray() << 1500
                                       << Status::Fail << "did not finish within 1500 ms"
                                       << "first byte"
                                       << "timeout";
    QTest::newRow("10 MB of headers") << "alibaba"
                                      << "" << Behaviour::HugeHeaders << QByteArray() << QByteArray() << 3000
                                      << Status::Fail << "exceed 64 KiB"
                                      << ""
                                      << "protocol";
    QTest::newRow("garbage") << "alibaba"
                             << "" << Behaviour::Garbage << QByteArray() << QByteArray() << 1000 << Status::Fail
                             << "not a valid HTTP response"
                             << ""
                             << "protocol";
    QTest::newRow("close mid status line") << "alibaba"
                                           << "" << Behaviour::CloseMidStatus << QByteArray() << QByteArray() << 1000
                                           << Status::Fail << "middle of the status line"
                                           << ""
                                           << "reset";
    QTest::newRow("HTTP/0.9") << "alibaba"
                              << "" << Behaviour::Http09 << QByteArray() << QByteArray() << 1000 << Status::Fail
                              << "does not start with an HTTP status line"
                              << ""
                              << "protocol";
    QTest::newRow("reset after accept") << "alibaba"
                                        << "" << Behaviour::ResetAfterAccept << QByteArray() << QByteArray() << 1000
                                        << Status::Fail << "no complete response"
                                        << ""
                                        << "reset";
}

void TestHttpProbe::responses()
{
    QFETCH(QString, profile);
    QFETCH(QString, variant);
    QFETCH(Behaviour, behaviour);
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, headResponse);
    QFETCH(int, timeoutMs);
    QFETCH(Status, status);
    QFETCH(QString, summaryPart);
    QFETCH(QString, evidencePart);
    QFETCH(QString, outcome);

    HostileServer server;
    server.behaviour = behaviour;
    server.response = response;
    server.headResponse = headResponse;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const RunContext c = ProbeTesting::context(profile, variant, "http", server.serverPort(), "/health", {}, timeoutMs);

    // Two attempts (HEAD then GET) may use two timeouts; the Runner allows that much.
    const auto o = ProbeTesting::run("http", c, 2 * timeoutMs + 1000);
    QVERIFY2(o.finished, "no finding within the wait");
    QCOMPARE(o.findings, 1);
    QVERIFY2(o.finding.status == status, qPrintable(statusId(o.finding.status) + ": " + o.finding.summary));
    QVERIFY2(o.finding.summary.contains(summaryPart), qPrintable(o.finding.summary));
    QCOMPARE(o.finding.outcome, outcome);
    if (!evidencePart.isEmpty())
        QVERIFY2(o.finding.evidence.join('\n').contains(evidencePart), qPrintable(o.finding.evidence.join('\n')));
    // A server that does not answer gets one timeout (plus scheduling), never two.
    if (behaviour == Behaviour::NeverAnswer || behaviour == Behaviour::OneByteASecond)
        QVERIFY2(o.elapsedMs <= timeoutMs + 100, qPrintable(QString::number(o.elapsedMs)));
    QVERIFY(o.finding.raw.contains("--- request:"));
    QVERIFY2(o.finding.raw.size() < 200 * 1024, "raw output must stay bounded");
    QCOMPARE(o.finding.step, QString("http"));
}

void TestHttpProbe::requestOnTheWire_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QByteArray>("expected"); // %PORT% is the server's port
    QTest::newRow("alibaba with domain") << "alibaba"
                                         << ""
                                         << "www.slb-test.com"
                                         << QByteArray("HEAD /test.html HTTP/1.0\r\nHost: www.slb-test.com\r\n\r\n");
    QTest::newRow("alibaba without domain: Host is the IP")
        << "alibaba"
        << ""
        << "" << QByteArray("HEAD /test.html HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("huawei GET 1.0") << "huawei"
                                    << "shared"
                                    << "" << QByteArray("GET /test.html HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("aws ip:port, user agent, 1.1")
        << "aws"
        << "alb"
        << ""
        << QByteArray(
               "GET /test.html HTTP/1.1\r\nHost: 127.0.0.1:%PORT%\r\nUser-Agent: ELB-HealthChecker/2.0\r\nConnection: close\r\n\r\n");
}

void TestHttpProbe::requestOnTheWire()
{
    QFETCH(QString, profile);
    QFETCH(QString, variant);
    QFETCH(QString, domain);
    QFETCH(QByteArray, expected);
    HostileServer server;
    server.response = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RunContext c = ProbeTesting::context(profile, variant, "http", server.serverPort(), "/test.html", domain);
    c.target.sourceCidr = "10.0.0.0/16"; // aws takes the CIDR from the user; irrelevant to the request
    const auto o = ProbeTesting::run("http", c, 3000);
    QVERIFY(o.finished);
    expected.replace("%PORT%", QByteArray::number(server.serverPort()));
    QCOMPARE(server.received, expected);
    QCOMPARE(o.finding.status, Status::Pass);
    QCOMPARE(o.finding.outcome, QStringLiteral("healthy"));
}

void TestHttpProbe::lineBreaksNeverReachTheWire_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::newRow("CRLF in domain") << "a.test\r\nX-Evil: 1"
                                    << "/";
    QTest::newRow("LF in path") << ""
                                << "/a\nX-Evil: 1";
    QTest::newRow("CR in path") << ""
                                << "/a\rb";
    QTest::newRow("NUL in domain") << QString("a") + QChar(0) + "b"
                                   << "/";
}

void TestHttpProbe::lineBreaksNeverReachTheWire()
{
    QFETCH(QString, domain);
    QFETCH(QString, path);
    HostileServer server;
    server.response = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    // The validator refuses such input; the probe must refuse it too if it ever gets through.
    RunContext c = ProbeTesting::context("alibaba", "", "http", server.serverPort());
    c.target.domain = domain;
    c.target.path = path;
    const auto request = HttpProbe::buildRequest(c, "HEAD", c.target.address);
    QVERIFY(!request);
    QVERIFY(request.error().contains("control character"));
    const auto o = ProbeTesting::run("http", c, 2000);
    QVERIFY(o.finished);
    QCOMPARE(o.finding.status, Status::Unknown);
    QVERIFY(o.finding.outcome.isEmpty()); // nothing was sent, so nothing was observed
    QTest::qWait(50);
    QCOMPARE(server.connections, 0);
    QVERIFY(server.received.isEmpty());
}

void TestHttpProbe::nothingListening()
{
    QTcpServer s;
    QVERIFY(s.listen(QHostAddress::LocalHost, 0));
    const quint16 port = s.serverPort();
    s.close();
    const auto o = ProbeTesting::run("http", ProbeTesting::context("alibaba", "", "http", port), 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.finding.status, Status::Fail);
    QVERIFY2(o.finding.summary.contains("refused"), qPrintable(o.finding.summary));
    QCOMPARE(o.finding.outcome, QStringLiteral("refused"));
    QVERIFY(o.elapsedMs < 1000);
}

void TestHttpProbe::slowHealthyAnswer()
{
    // A healthy code after 700 ms, with a 1 s health-check timeout: more than half of it is a warning
    // (outcome "slow", which high load explains), not a bad status.
    HostileServer server;
    server.behaviour = Behaviour::RespondLate;
    server.response = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    RunContext c = ProbeTesting::context("alibaba", "", "http", server.serverPort(), "/", {}, 3000);
    c.variant.timing.timeoutSeconds = 1;
    const auto o = ProbeTesting::run("http", c, 5000);
    QVERIFY(o.finished);
    QVERIFY2(o.finding.status == Status::Warn, qPrintable(statusId(o.finding.status) + ": " + o.finding.summary));
    QCOMPARE(o.finding.outcome, QStringLiteral("slow"));
    QVERIFY2(o.finding.summary.contains("slowly"), qPrintable(o.finding.summary));
}

bool TestHttpProbe::makeCertificate(const QString &name, const QString &cn, bool expired, QString *why)
{
    const QString openssl = QStandardPaths::findExecutable("openssl");
    if (openssl.isEmpty()) {
        *why = "the openssl command is not installed (installer/deps-debian.sh lists it)";
        return false;
    }
    const QString key = m_dir.filePath(name + ".key");
    const QString cert = m_dir.filePath(name + ".pem");
    const QString csr = m_dir.filePath(name + ".csr");
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(openssl, args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    // A CSR signed by its own key: self-signed; -days -1 makes it expire before it is used.
    if (!run({"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=" + cn})
        || !run({"x509", "-req", "-in", csr, "-signkey", key, "-days", expired ? "-1" : "2", "-out", cert})) {
        *why = "openssl could not make a certificate";
        return false;
    }
    return true;
}

void TestHttpProbe::tls_data()
{
    QTest::addColumn<bool>("expired");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("evidencePart");
    QTest::newRow("self-signed") << false << "selfsigned.test"
                                 << "subject: selfsigned.test";
    QTest::newRow("expired") << true << "expired.test"
                             << "the certificate expired on";
    QTest::newRow("no domain, no SNI") << false << ""
                                       << "no SNI was sent";
}

void TestHttpProbe::tls()
{
    QFETCH(bool, expired);
    QFETCH(QString, domain);
    QFETCH(QString, evidencePart);
    if (!QSslSocket::supportsSsl())
        QSKIP("TLS is not available in this Qt (no OpenSSL library found)");
    const QString name = QString(QTest::currentDataTag()).replace(' ', '_').remove(',');
    QString why;
    if (!makeCertificate(name, domain.isEmpty() ? "backend.test" : domain, expired, &why))
        QSKIP(qPrintable(why));
    HostileServer server;
    server.behaviour = Behaviour::Tls;
    server.response = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";
    QFile certFile(m_dir.filePath(name + ".pem"));
    QFile keyFile(m_dir.filePath(name + ".key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    server.certificate = QSslCertificate(&certFile, QSsl::Pem);
    server.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!server.certificate.isNull() && !server.key.isNull());
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const RunContext c = ProbeTesting::context("alibaba", "", "https", server.serverPort(), "/", domain, 3000);
    const auto o = ProbeTesting::run("http", c, 8000);
    QVERIFY(o.finished);
    // Load balancers do not verify backend certificates: untrusted or expired still passes.
    QVERIFY2(o.finding.status == Status::Pass, qPrintable(o.finding.summary));
    QCOMPARE(o.finding.outcome, QStringLiteral("healthy"));
    const QString evidence = o.finding.evidence.join('\n');
    QVERIFY2(evidence.contains(evidencePart), qPrintable(evidence));
    QVERIFY2(evidence.contains("a browser would not trust this certificate"), qPrintable(evidence));
    QVERIFY(evidence.contains("certificate subject:"));
}

void TestHttpProbe::plainHttpOnTlsListener()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("TLS is not available in this Qt (no OpenSSL library found)");
    HostileServer server; // plain HTTP
    server.response = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const auto o = ProbeTesting::run(
        "http", ProbeTesting::context("alibaba", "", "https", server.serverPort(), "/", {}, 1000), 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.finding.status, Status::Fail);
    QVERIFY2(o.finding.summary.contains("TLS"), qPrintable(o.finding.summary));
    QCOMPARE(o.finding.outcome, QStringLiteral("tls"));
}

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "tst_httpprobe.moc"
