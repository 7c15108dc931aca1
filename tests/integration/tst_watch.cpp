// Watch against a loopback backend whose behaviour the test scripts, request by request and by
// the clock: fail every Nth request, slow for a while periodically, refuse for a while, reset
// mid-response. Intervals of 100 ms stand in for the providers' seconds; every watch is seconds long.

#include "core/profilestore.h"
#include "probes/watch/watch.h"
#include "probes/watch/watchanalysis.h"
#include "probes/watch/watchtimeline.h"
#include "probetesting.h"
#include "xhtmlcheck.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

// An HTTP backend on 127.0.0.1 that asks `script` what to do with request number n (from 1) at
// `ms` since the server started.
class ScriptedServer : public QObject
{
public:
    struct Action
    {
        int status = 200;
        int delayMs = 0;
        bool resetMidResponse = false;
    };
    using Script = std::function<Action(int n, qint64 ms)>;

    explicit ScriptedServer(Script script) : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_clock.start();
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_port ? m_port : m_server.serverPort(); }
    void rememberPort() { m_port = m_server.serverPort(); }
    int requests() const { return m_requests; }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->property("head").isNull())
                return;
            const QByteArray data = socket->peek(8192);
            if (!data.contains("\r\n\r\n"))
                return;
            socket->setProperty("head", true);
            const Action a = m_script(++m_requests, m_clock.elapsed());
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(a.delayMs, this, [guard, a] {
                if (!guard)
                    return;
                if (a.resetMidResponse) {
                    guard->write("HTTP/1.0 200 OK\r\nContent-Le");
                    guard->flush();
                    guard->abort(); // RST: the answer is cut in the middle of its headers
                    return;
                }
                guard->write("HTTP/1.0 " + QByteArray::number(a.status) + " X\r\nContent-Length: 2\r\n\r\nok");
                guard->disconnectFromHost();
            });
        });
    }

    QTcpServer m_server;
    Script m_script;
    QElapsedTimer m_clock;
    int m_requests = 0;
    quint16 m_port = 0;
};

WatchSettings settings(qint64 intervalMs, int timeoutMs, qint64 durationMs, int healthy, int unhealthy)
{
    WatchSettings s;
    s.intervalMs = intervalMs;
    s.timeoutMs = timeoutMs;
    s.durationMs = durationMs;
    s.thresholds.healthy = healthy;
    s.thresholds.unhealthy = unhealthy;
    return s;
}

QString statesOf(const WatchRecord &r)
{
    QString out;
    for (const WatchSample &s : r.samples())
        out += s.stateAfter == LbState::Initial ? 'i' : s.stateAfter == LbState::Healthy ? 'H' : 'U';
    return out;
}

// Every change of state happens exactly on the check that completes a threshold's run.
void verifyThresholds(const WatchRecord &r, const HealthThresholds &t)
{
    int passes = 0, failures = 0;
    LbState state = t.initial;
    qsizetype transitions = 0;
    for (const WatchSample &s : r.samples()) {
        passes = s.passed ? passes + 1 : 0;
        failures = s.passed ? 0 : failures + 1;
        const bool toHealthy = state != LbState::Healthy && passes == t.healthy;
        const bool toUnhealthy = state != LbState::Unhealthy && failures == t.unhealthy;
        const LbState expected = toHealthy ? LbState::Healthy : toUnhealthy ? LbState::Unhealthy : state;
        QCOMPARE(lbStateId(s.stateAfter), lbStateId(expected));
        transitions += expected != state;
        state = expected;
    }
    QCOMPARE(r.transitions().size(), transitions);
}

bool runWatch(Watch &watch, int waitMs)
{
    QSignalSpy done(&watch, &Watch::finished);
    watch.start();
    return done.wait(waitMs) || !done.isEmpty();
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT
private slots:
    void failEveryNth_data()
    {
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("healthy");
        QTest::addColumn<int>("unhealthy");
        QTest::addColumn<QString>("states");
        QTest::newRow("every 4th, 2/1") << 4 << 2 << 1 << "iHHUUHHUUHHU";
        QTest::newRow("every 4th, 3/2: never flips") << 4 << 3 << 2 << "iiHHHHHHHHHH";
        QTest::newRow("every 2nd, 1/1") << 2 << 1 << 1 << "HUHUHUHUHUHU";
        QTest::newRow("every 3rd, 1/2") << 3 << 1 << 2 << "HHHHHHHHHHHH";
    }
    void failEveryNth()
    {
        QFETCH(int, every);
        QFETCH(int, healthy);
        QFETCH(int, unhealthy);
        QFETCH(QString, states);
        ScriptedServer server([every](int n, qint64) {
            return ScriptedServer::Action{n % every == 0 ? 503 : 200, 0, false};
        });
        QVERIFY(server.listen());
        const RunContext context = ProbeTesting::context("alibaba", "", "http", server.port(), "/", {}, 300);
        Watch watch(context, settings(100, 300, 1200, healthy, unhealthy));
        QVERIFY(runWatch(watch, 5000));
        QVERIFY2(watch.error().isEmpty(), qPrintable(watch.error()));
        QCOMPARE(watch.record().total(), 12);
        QCOMPARE(statesOf(watch.record()), states);
        verifyThresholds(watch.record(), watch.settings().thresholds);
        for (const WatchSample &s : watch.record().samples()) {
            QCOMPARE(s.statusCode, s.passed ? 200 : 503);
            QCOMPARE(s.outcome, s.passed ? QStringLiteral("healthy") : QStringLiteral("bad-status"));
            QVERIFY(s.connectMs >= 0 && s.firstByteMs >= s.connectMs && s.latencyMs >= s.firstByteMs);
            QVERIFY2(s.tMs >= s.scheduledMs && s.tMs - s.scheduledMs < 50,
                     qPrintable(QString::number(s.tMs - s.scheduledMs)));
        }

        // The picture: well-formed XML with one mark per check.
        const QString svg = WatchTimeline::svg(watch.record(), watch.settings());
        const XhtmlDocument doc = parseXhtml(svg);
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        int marks = 0;
        for (const XhtmlElement &e : doc.elements)
            marks += e.hasClass(QStringLiteral("mark"));
        QCOMPARE(marks, 12);
        QCOMPARE(doc.all(QStringLiteral("line"), QStringLiteral("transition")).size(),
                 watch.record().transitions().size());
    }

    // "Slow for 3 s every 10 s", scaled down: answers take 400 ms (timeout 250 ms) during the first
    // 300 ms of every 1.5 s.
    void slowPeriodicallyIsFlappingWithItsPeriod()
    {
        ScriptedServer server([](int, qint64 ms) {
            return ScriptedServer::Action{200, ms % 1500 < 300 ? 400 : 0, false};
        });
        QVERIFY(server.listen());
        const RunContext context = ProbeTesting::context("alibaba", "", "http", server.port(), "/", {}, 250);
        Watch watch(context, settings(100, 250, 7500, 2, 2));
        QVERIFY(runWatch(watch, 12000));
        QVERIFY2(watch.error().isEmpty(), qPrintable(watch.error()));
        const WatchRecord &r = watch.record();
        verifyThresholds(r, watch.settings().thresholds);
        const WatchAnalysis::Pattern p = WatchAnalysis::pattern(r.samples(), 100);
        QCOMPARE(int(p.kind), int(WatchAnalysis::Pattern::Kind::Periodic));
        QVERIFY2(p.periodMs >= 1400 && p.periodMs <= 1600, qPrintable(QString::number(p.periodMs)));
        const Finding f = WatchAnalysis::analyze(r, watch.settings());
        QCOMPARE(f.outcome, QStringLiteral("flapping"));
        QCOMPARE(f.status, Status::Fail);
        const QString period = WatchAnalysis::durationText(p.periodMs);
        QVERIFY2(f.summary.contains(QStringLiteral("time out, in bursts every ") + period), qPrintable(f.summary));
        QVERIFY2(f.fix.contains(QStringLiteral("periodic job")), qPrintable(f.fix));
        for (const WatchSample &s : r.samples())
            QVERIFY(s.passed || s.outcome == QStringLiteral("timeout"));
    }

    void refuseForAWhile()
    {
        ScriptedServer server([](int, qint64) { return ScriptedServer::Action{}; });
        QVERIFY(server.listen());
        server.rememberPort();
        const quint16 port = server.port();
        const RunContext context = ProbeTesting::context("alibaba", "", "tcp", port, "/", {}, 300);
        Watch watch(context, settings(100, 300, 3000, 2, 2));
        QTimer::singleShot(1000, &server, [&server] { server.close(); });
        bool relistened = false;
        QTimer::singleShot(1800, &server, [&server, &relistened, port] { relistened = server.listen(port); });
        QVERIFY(runWatch(watch, 6000));
        QVERIFY(relistened);
        const WatchRecord &r = watch.record();
        QCOMPARE(r.total(), 30);
        verifyThresholds(r, watch.settings().thresholds);
        QStringList to;
        for (const WatchTransition &t : r.transitions())
            to << lbStateId(t.to);
        QCOMPARE(to, (QStringList{"healthy", "unhealthy", "healthy"}));
        QVERIFY(r.everUnhealthy());
        int refused = 0;
        for (const WatchSample &s : r.samples()) {
            QVERIFY2(s.passed || s.outcome == QStringLiteral("refused"), qPrintable(s.outcome));
            refused += !s.passed;
            if (s.passed)
                QVERIFY(s.connectMs >= 0);
        }
        QVERIFY2(refused >= 6 && refused <= 10, qPrintable(QString::number(refused))); // 0.8 s closed at 100 ms
        QCOMPARE(WatchAnalysis::analyze(r, watch.settings()).outcome, QStringLiteral("flapping"));
    }

    void resetMidResponse()
    {
        ScriptedServer server([](int n, qint64) { return ScriptedServer::Action{200, 0, n % 3 == 0}; });
        QVERIFY(server.listen());
        const RunContext context = ProbeTesting::context("alibaba", "", "http", server.port(), "/", {}, 300);
        Watch watch(context, settings(100, 300, 1500, 3, 3));
        QVERIFY(runWatch(watch, 5000));
        const WatchRecord &r = watch.record();
        QCOMPARE(r.total(), 15);
        QCOMPARE(r.failures(), 5);
        const QList<WatchSample> samples = r.samples();
        for (qsizetype k = 0; k < samples.size(); ++k) {
            QCOMPARE(samples[k].passed, (k + 1) % 3 != 0);
            if (!samples[k].passed)
                QVERIFY2(samples[k].outcome == QStringLiteral("reset")
                             || samples[k].outcome == QStringLiteral("protocol"),
                         qPrintable(samples[k].outcome));
        }
        const Finding f = WatchAnalysis::analyze(r, watch.settings());
        QCOMPARE(f.outcome, QStringLiteral("intermittent"));
        QVERIFY2(f.summary.contains(QStringLiteral("33 % of checks")), qPrintable(f.summary));
    }

    // UDP: an echo service passes every check; a closed port answers ICMP port unreachable, which
    // the load balancer counts as a failure.
    void udpAnsweredThenClosed()
    {
        QUdpSocket echo;
        QVERIFY(echo.bind(QHostAddress::LocalHost, 0));
        connect(&echo, &QUdpSocket::readyRead, &echo, [&echo] {
            while (echo.hasPendingDatagrams()) {
                const QNetworkDatagram d = echo.receiveDatagram();
                echo.writeDatagram(d.makeReply("ok"));
            }
        });
        const RunContext open = ProbeTesting::context("alibaba", "", "udp", echo.localPort(), "/", {}, 300);
        Watch answered(open, settings(100, 300, 1000, 2, 2));
        QVERIFY(runWatch(answered, 5000));
        QCOMPARE(answered.record().total(), 10);
        QCOMPARE(answered.record().failures(), 0);
        QCOMPARE(answered.state(), LbState::Healthy);
        for (const WatchSample &s : answered.record().samples())
            QCOMPARE(s.outcome, QStringLiteral("answered"));

        const quint16 closedPort = echo.localPort();
        echo.close();
        const RunContext closed = ProbeTesting::context("alibaba", "", "udp", closedPort, "/", {}, 300);
        Watch refused(closed, settings(100, 300, 1000, 2, 2));
        QVERIFY(runWatch(refused, 5000));
        QCOMPARE(refused.record().total(), 10);
        QCOMPARE(refused.record().failures(), 10);
        QCOMPARE(refused.state(), LbState::Unhealthy);
        QCOMPARE(refused.record().samples().first().outcome, QStringLiteral("refused"));
        QCOMPARE(WatchAnalysis::analyze(refused.record(), refused.settings()).outcome, QStringLiteral("down"));
    }

    void stopEndsAtOnce()
    {
        ScriptedServer server([](int, qint64) { return ScriptedServer::Action{200, 2000, false}; });
        QVERIFY(server.listen());
        const RunContext context = ProbeTesting::context("alibaba", "", "http", server.port(), "/", {}, 5000);
        Watch watch(context, settings(100, 5000, 0, 3, 3)); // until stopped
        QSignalSpy done(&watch, &Watch::finished);
        watch.start();
        QTest::qWait(350);
        QVERIFY(watch.isRunning());
        watch.stop();
        QCOMPARE(done.size(), 1);
        QVERIFY(!watch.isRunning());
        QCOMPARE(watch.record().total(), 0); // answers take 2 s: none had come back
    }

    void cliJsonCsvAndReport()
    {
        // Healthy for five requests, then 503: alibaba's 3/3 thresholds go healthy, then unhealthy.
        ScriptedServer server([](int n, qint64) { return ScriptedServer::Action{n <= 5 ? 200 : 503, 0, false}; });
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString csv = dir.filePath("checks.csv"), html = dir.filePath("report.html");
        QProcess p;
        p.start(QStringLiteral(LBDOCTOR_CLI), {"watch",      "--profile", "alibaba",
                                               "--listener", "http",      "--ip",
                                               "127.0.0.1",  "--port",    QString::number(server.port()),
                                               "--interval", "100",       "--duration",
                                               "2",          "--timeout", "300",
                                               "--json",     "--csv",     csv,
                                               "--report",   html});
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(p.exitCode(), 1); // the state became unhealthy
        const QByteArray out = p.readAllStandardOutput();
        const QJsonObject root = QJsonDocument::fromJson(out).object();
        const QJsonArray probes = root.value("probes").toArray();
        QCOMPARE(probes.size(), 20);
        QCOMPARE(probes.at(0).toObject().value("status").toString(), QStringLiteral("pass"));
        QCOMPARE(probes.at(0).toObject().value("code").toInt(), 200);
        QVERIFY(probes.at(0).toObject().value("ms").isDouble());
        QCOMPARE(probes.at(5).toObject().value("status").toString(), QStringLiteral("fail"));
        QCOMPARE(probes.at(5).toObject().value("code").toInt(), 503);
        const QJsonArray transitions = root.value("transitions").toArray();
        QCOMPARE(transitions.size(), 2);
        QCOMPARE(transitions.at(0).toObject().value("to").toString(), QStringLiteral("healthy"));
        QCOMPARE(transitions.at(1).toObject().value("to").toString(), QStringLiteral("unhealthy"));
        QVERIFY(transitions.at(1).toObject().value("t").toInteger() >= 700); // the 8th check, sent at 700 ms
        const QJsonObject summary = root.value("summary").toObject();
        QCOMPARE(summary.value("checks").toInt(), 20);
        QCOMPARE(summary.value("failed").toInt(), 15);
        QCOMPARE(summary.value("everUnhealthy").toBool(), true);
        QCOMPARE(summary.value("unhealthyThreshold").toInt(), 3);
        QCOMPARE(root.value("findings").toArray().at(0).toObject().value("step").toString(), QStringLiteral("watch"));

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().trimmed().split('\n').size(), 21);

        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const XhtmlDocument doc = parseXhtml(QString::fromUtf8(htmlFile.readAll()));
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QCOMPARE(doc.all("svg", "watch-timeline").size(), 1);
        int marks = 0;
        for (const XhtmlElement &e : doc.elements)
            marks += e.hasClass(QStringLiteral("mark"));
        QCOMPARE(marks, 20);
    }

    void cliStopsOnSigtermWithSummary()
    {
        ScriptedServer server([](int, qint64) { return ScriptedServer::Action{}; });
        QVERIFY(server.listen());
        QProcess p;
        p.start(QStringLiteral(LBDOCTOR_CLI),
                {"watch", "--profile", "alibaba", "--listener", "http", "--ip", "127.0.0.1", "--port",
                 QString::number(server.port()), "--interval", "100", "--duration", "1h", "--json"});
        QVERIFY(p.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(server.requests() >= 5, 5000);
        p.terminate(); // SIGTERM, as Ctrl-C's SIGINT
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QVERIFY(root.value("probes").toArray().size() >= 5);
        QCOMPARE(root.value("summary").toObject().value("finalState").toString(), QStringLiteral("healthy"));
    }

    void cliRefusesBadDuration()
    {
        QProcess p;
        p.start(QStringLiteral(LBDOCTOR_CLI),
                {"watch", "--profile", "alibaba", "--listener", "tcp", "--ip", "127.0.0.1", "--port", "80",
                 "--duration", "ten minutes"});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--duration takes 10m, 90s, 1h or seconds"));
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
