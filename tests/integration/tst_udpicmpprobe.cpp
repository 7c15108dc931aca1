#include "probetesting.h"

#include "probes/icmpprobe.h"
#include "probes/udpprobe.h"

#include <QNetworkDatagram>
#include <QStandardPaths>
#include <QUdpSocket>

// UDP and ICMP probes on loopback: a closed port answers with ICMP port unreachable, a bound but
// silent socket stays quiet, an echo answers; the profile's custom request/response pair is sent
// and checked; ping runs with an argument list and its output is judged.
class TestUdpIcmpProbe : public QObject
{
    Q_OBJECT
private slots:
    void closedPortIsUnhealthy();
    void silentPortWarns();
    void answerPasses_data();
    void answerPasses();
    void silenceFailsWhenAResponseIsExpected();
    void pingArguments_data();
    void pingArguments();
    void pingLoopback();
};

Q_DECLARE_METATYPE(Status)

void TestUdpIcmpProbe::closedPortIsUnhealthy()
{
    QUdpSocket s;
    QVERIFY(s.bind(QHostAddress::LocalHost, 0));
    const quint16 port = s.localPort();
    s.close();
    const auto o = ProbeTesting::run("udp", ProbeTesting::context("alibaba", "", "udp", port, "/", {}, 1000), 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.findings, 1);
    QCOMPARE(o.finding.status, Status::Fail);
    QCOMPARE(o.finding.outcome, QStringLiteral("refused")); // ICMP port unreachable is UDP's refusal
    QVERIFY2(o.finding.summary.contains("ICMP port unreachable"), qPrintable(o.finding.summary));
    QVERIFY(o.elapsedMs < 500); // the ICMP reply comes at once; no need to wait for the timeout
}

void TestUdpIcmpProbe::silentPortWarns()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const int timeoutMs = 500;
    const auto o = ProbeTesting::run(
        "udp", ProbeTesting::context("alibaba", "", "udp", silent.localPort(), "/", {}, timeoutMs), 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.finding.status, Status::Warn);
    QCOMPARE(o.finding.outcome, QStringLiteral("no-answer"));
    QVERIFY2(o.finding.summary.contains("open") && o.finding.summary.contains("filtered"),
             qPrintable(o.finding.summary));
    QVERIFY2(o.elapsedMs >= timeoutMs - 5 && o.elapsedMs <= timeoutMs + 100, qPrintable(QString::number(o.elapsedMs)));
    // It was sent twice (a resend halfway), and what was sent is the raw output.
    QTest::qWait(20);
    int datagrams = 0;
    while (silent.hasPendingDatagrams()) {
        silent.receiveDatagram();
        ++datagrams;
    }
    QCOMPARE(datagrams, 2);
}

void TestUdpIcmpProbe::answerPasses_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("expectedResponse");
    QTest::addColumn<QByteArray>("answer"); // empty: echo the request
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("outcome");
    // A wrong answer still fails the check, but the service runs and the path is open: answered.
    QTest::newRow("echo, no pair configured") << ""
                                              << "" << QByteArray() << Status::Pass << "answered";
    QTest::newRow("custom pair matches") << "PING"
                                         << "PONG" << QByteArray("PONG v1") << Status::Pass << "answered";
    QTest::newRow("custom pair mismatches") << "PING"
                                            << "PONG" << QByteArray("ERROR") << Status::Fail << "answered";
}

void TestUdpIcmpProbe::answerPasses()
{
    QFETCH(QString, request);
    QFETCH(QString, expectedResponse);
    QFETCH(QByteArray, answer);
    QFETCH(Status, status);
    QFETCH(QString, outcome);
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&server, &QUdpSocket::readyRead, &server, [&] {
        while (server.hasPendingDatagrams()) {
            const QNetworkDatagram d = server.receiveDatagram();
            received = d.data();
            server.writeDatagram(d.makeReply(answer.isEmpty() ? d.data() : answer));
        }
    });
    RunContext c = ProbeTesting::context("alibaba", "", "udp", server.localPort(), "/", {}, 1000);
    c.variant.udpRequest = request;
    c.variant.udpResponse = expectedResponse;
    const auto o = ProbeTesting::run("udp", c, 3000);
    QVERIFY(o.finished);
    QVERIFY2(o.finding.status == status, qPrintable(o.finding.summary));
    QCOMPARE(o.finding.outcome, outcome);
    QCOMPARE(received, UdpProbe::payload(c));
    if (!request.isEmpty())
        QCOMPARE(received, request.toUtf8());
}

void TestUdpIcmpProbe::silenceFailsWhenAResponseIsExpected()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    RunContext c = ProbeTesting::context("alibaba", "", "udp", silent.localPort(), "/", {}, 400);
    c.variant.udpRequest = "PING";
    c.variant.udpResponse = "PONG";
    const auto o = ProbeTesting::run("udp", c, 3000);
    QVERIFY(o.finished);
    QCOMPARE(o.finding.status, Status::Fail);
    QCOMPARE(o.finding.outcome, QStringLiteral("no-answer"));
    QVERIFY(o.finding.summary.contains("expects \"PONG\""));
}

void TestUdpIcmpProbe::pingArguments_data()
{
    QTest::addColumn<IcmpProbe::PingStyle>("style");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("linux 2 s") << IcmpProbe::PingStyle::Linux << 2000
                               << QStringList{"-c", "1", "-W", "2", "-n", "10.0.0.2"};
    QTest::newRow("linux rounds up") << IcmpProbe::PingStyle::Linux << 1500
                                     << QStringList{"-c", "1", "-W", "2", "-n", "10.0.0.2"};
    QTest::newRow("windows ms") << IcmpProbe::PingStyle::Windows << 1500
                                << QStringList{"-n", "1", "-w", "1500", "10.0.0.2"};
}

void TestUdpIcmpProbe::pingArguments()
{
    QFETCH(IcmpProbe::PingStyle, style);
    QFETCH(int, timeoutMs);
    QFETCH(QStringList, arguments);
    QCOMPARE(IcmpProbe::pingArguments(style, QHostAddress("10.0.0.2"), timeoutMs), arguments);
}

void TestUdpIcmpProbe::pingLoopback()
{
    if (QStandardPaths::findExecutable("ping").isEmpty())
        QSKIP("ping is not installed (iputils-ping)");
    const auto o = ProbeTesting::run("icmp", ProbeTesting::context("alibaba", "", "udp", 9, "/", {}, 1000), 3000);
    QVERIFY(o.finished);
    if (o.finding.status == Status::Unknown && o.finding.summary.contains("does not allow ping"))
        QSKIP("this machine does not allow unprivileged ping");
    QVERIFY2(o.finding.status == Status::Pass, qPrintable(o.finding.summary + "\n" + o.finding.raw));
    QCOMPARE(o.finding.outcome, QStringLiteral("reply"));
    QVERIFY(o.finding.raw.startsWith("$ ping -c 1 -W 1 -n 127.0.0.1"));
    QVERIFY(o.elapsedMs <= 1000 + 200);
}

QTEST_GUILESS_MAIN(TestUdpIcmpProbe)
#include "tst_udpicmpprobe.moc"
