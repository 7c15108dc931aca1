#include "probes/httpresponseparser.h"
#include "probes/pingoutputparser.h"

#include <QFile>
#include "fixtures.h"

#include <QTest>

// The pure readers of the probes: HTTP responses as a hostile server may send them, and ping
// output from Linux and Windows.
class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void byteByByteEqualsWhole();
    void hugeHeadersStayBounded();
    void hugeBodyIsCut();
    void fixtures_data();
    void fixtures();
    void printable_data();
    void printable();
    void ping_data();
    void ping();
};

using State = HttpResponseParser::State;
Q_DECLARE_METATYPE(HttpResponseParser::State)
Q_DECLARE_METATYPE(PingOutputParser::Outcome)

namespace {
QByteArray fixture(const QString &name)
{
    QByteArray data = Fixtures::bytes("http/" + name);
    // Fixture headers are '#' lines at the top; the payload starts after them.
    while (data.startsWith('#'))
        data.remove(0, data.indexOf('\n') + 1);
    return data;
}
} // namespace

void TestHttpResponseParser::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("head");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("200 with length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok") << false << false
                                     << State::Complete << 200 << QByteArray("ok") << "";
    QTest::newRow("HEAD ignores length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n") << true
                                         << false << State::Complete << 200 << QByteArray() << "";
    QTest::newRow("reason missing") << QByteArray("HTTP/1.0 404\r\n\r\n") << true << false << State::Complete << 404
                                    << QByteArray() << "";
    QTest::newRow("LF only line ends") << QByteArray("HTTP/1.0 301 Moved\nLocation: https://x/\n\n") << true << false
                                       << State::Complete << 301 << QByteArray() << "";
    QTest::newRow("until close, open") << QByteArray("HTTP/1.0 200 OK\r\n\r\nabc") << false << false << State::Body
                                       << 200 << QByteArray("abc") << "";
    QTest::newRow("until close, closed") << QByteArray("HTTP/1.0 200 OK\r\n\r\nabc") << false << true << State::Complete
                                         << 200 << QByteArray("abc") << "";
    QTest::newRow("interim 100 skipped") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n")
                                         << false << false << State::Complete << 204 << QByteArray() << "";
    QTest::newRow("HTTP/0.9 body only") << QByteArray("<html>hello</html>") << false << false << State::Error << 0
                                        << QByteArray() << "does not start with an HTTP status line";
    QTest::newRow("garbage binary") << QByteArray("\x16\x03\x01\x00\xa5\x01", 6) << false << false << State::Error << 0
                                    << QByteArray() << "does not start with an HTTP status line";
    QTest::newRow("SSH banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << false << State::Error << 0
                                << QByteArray() << "does not start with an HTTP status line";
    QTest::newRow("close mid status line") << QByteArray("HTTP/1.1 20") << false << true << State::Error << 0
                                           << QByteArray() << "in the middle of the status line";
    QTest::newRow("close mid headers") << QByteArray("HTTP/1.1 200 OK\r\nServer: x\r\n") << false << true
                                       << State::Error << 200 << QByteArray() << "in the middle of the headers";
    QTest::newRow("close before anything")
        << QByteArray() << false << true << State::Error << 0 << QByteArray() << "without sending a response";
    QTest::newRow("bad code") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << false << State::Error << 0
                              << QByteArray() << "malformed status line";
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n") << false << false
                                          << State::Error << 200 << QByteArray() << "malformed header line";
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n") << false << false
                                     << State::Error << 200 << QByteArray() << "invalid Content-Length";
    QTest::newRow("length cut short") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << false << true
                                      << State::Complete << 200 << QByteArray("abc") << "";
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
                             << false << false << State::Complete << 200 << QByteArray("ok") << "";
    QTest::newRow("chunked bad size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                      << false << false << State::Error << 200 << QByteArray() << "chunk size";
}

void TestHttpResponseParser::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, head);
    QFETCH(bool, closed);
    QFETCH(State, state);
    QFETCH(int, code);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    HttpResponseParser p(head);
    p.feed(bytes);
    if (closed)
        p.finish();
    QCOMPARE(p.state(), state);
    QCOMPARE(p.statusCode(), code);
    QCOMPARE(p.body(), body);
    if (!error.isEmpty())
        QVERIFY2(p.errorString().contains(error), qPrintable(p.errorString()));
}

void TestHttpResponseParser::byteByByteEqualsWhole()
{
    const QByteArray bytes = fixture(QStringLiteral("chunked-200.http"));
    QVERIFY(!bytes.isEmpty());
    HttpResponseParser whole;
    whole.feed(bytes);
    HttpResponseParser split;
    for (char c : bytes)
        split.feed(QByteArrayView(&c, 1));
    QVERIFY(whole.isComplete());
    QVERIFY(split.isComplete());
    QCOMPARE(split.body(), QByteArray("healthy ok"));
    QCOMPARE(split.body(), whole.body());
    QCOMPARE(split.header("server"), QByteArray("nginx"));
}

void TestHttpResponseParser::hugeHeadersStayBounded()
{
    // 10 MB of headers in 64 KiB pieces: the parser stops at its limit and ignores the rest.
    HttpResponseParser p;
    p.feed("HTTP/1.1 200 OK\r\n");
    const QByteArray piece = QByteArray("X-Filler: ") + QByteArray(64 * 1024 - 12, 'a') + "\r\n";
    for (int i = 0; i < 160 && !p.hasError(); ++i)
        p.feed(piece);
    QVERIFY(p.hasError());
    QVERIFY(p.errorString().contains("exceed 64 KiB"));
    QVERIFY(p.bytesSeen() < 3 * 64 * 1024); // stopped early, not after 10 MB
}

void TestHttpResponseParser::hugeBodyIsCut()
{
    HttpResponseParser p;
    p.feed("HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n");
    p.feed(QByteArray(200 * 1024, 'b'));
    QVERIFY(p.isComplete());
    QVERIFY(p.bodyTruncated());
    QCOMPARE(p.body().size(), HttpResponseParser::maxBodyBytes);
}

void TestHttpResponseParser::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("server");
    QTest::newRow("python http.server") << "python-httpserver-get.http" << 200
                                        << QByteArray("SimpleHTTP/0.6 Python/3.11.7");
    QTest::newRow("chunked") << "chunked-200.http" << 200 << QByteArray("nginx");
}

void TestHttpResponseParser::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QByteArray, server);
    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    HttpResponseParser p;
    p.feed(bytes);
    p.finish();
    QVERIFY2(p.isComplete(), qPrintable(p.errorString()));
    QCOMPARE(p.statusCode(), code);
    QCOMPARE(p.header("Server"), server);
    // Content-Length, when given, matches what was kept.
    if (!p.header("Content-Length").isEmpty())
        QCOMPARE(p.body().size(), p.header("Content-Length").toLongLong());
}

void TestHttpResponseParser::printable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("CRLF becomes newline") << QByteArray("a\r\nb") << "a\nb";
    QTest::newRow("escape sequence escaped") << QByteArray("\x1b[31mred") << "\\x1b[31mred";
    QTest::newRow("lone CR escaped") << QByteArray("a\rb") << "a\\x0db";
    QTest::newRow("NUL escaped") << QByteArray("a\0b", 3) << "a\\x00b";
    QTest::newRow("utf-8 kept") << QByteArray("caf\xc3\xa9") << QString::fromUtf8("caf\xc3\xa9");
    QTest::newRow("invalid utf-8 escaped") << QByteArray("\xff\xfe") << "\\xff\\xfe";
}

void TestHttpResponseParser::printable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(HttpResponseParser::printable(bytes), shown);
}

void TestHttpResponseParser::ping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<PingOutputParser::Outcome>("outcome");
    QTest::addColumn<int>("ttl");
    QTest::newRow("linux reply") << "ping-linux-reply.txt" << PingOutputParser::Outcome::Reply << 64;
    QTest::newRow("linux no reply") << "ping-linux-noreply.txt" << PingOutputParser::Outcome::NoReply << -1;
    QTest::newRow("linux unreachable") << "ping-linux-unreachable.txt" << PingOutputParser::Outcome::Unreachable << -1;
    QTest::newRow("windows reply") << "ping-windows-reply.txt" << PingOutputParser::Outcome::Reply << 128;
    QTest::newRow("windows timeout") << "ping-windows-timeout.txt" << PingOutputParser::Outcome::NoReply << -1;
    // Windows says "Received = 1" here; it is still no echo reply.
    QTest::newRow("windows unreachable") << "ping-windows-unreachable.txt" << PingOutputParser::Outcome::Unreachable
                                         << -1;
    QTest::newRow("windows zh_CN reply") << "ping-windows-zh-reply.txt" << PingOutputParser::Outcome::Reply << 64;
}

void TestHttpResponseParser::ping()
{
    QFETCH(QString, file);
    QFETCH(PingOutputParser::Outcome, outcome);
    QFETCH(int, ttl);
    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    const PingOutputParser::Result r = PingOutputParser::parse(QString::fromUtf8(bytes));
    QCOMPARE(r.outcome, outcome);
    QCOMPARE(r.ttl, ttl);
    if (outcome == PingOutputParser::Outcome::Reply)
        QVERIFY(r.rttMs >= 0);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
