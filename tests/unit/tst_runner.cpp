#include "analyzers/analyzer.h"
#include "core/plan.h"
#include "core/profilestore.h"
#include "core/runner.h"
#include "core/stepexecutor.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

QStringList g_events; // "start:tcp", "finish:tcp", "cancel:tcp"

// Finishes after `delayMs`; a negative delay never finishes (a backend that never answers).
class FakeProbe : public StepExecutor
{
public:
    FakeProbe(int delayMs, Status status, QObject *parent) : StepExecutor(parent), m_delayMs(delayMs), m_status(status)
    { }
    void start(const Step &step, const RunContext &) override
    {
        m_step = step.id;
        g_events << "start:" + step.id;
        if (m_delayMs < 0)
            return;
        QTimer::singleShot(m_delayMs, this, [this] {
            g_events << "finish:" + m_step;
            emit finished(Finding::make(m_step, m_status, "fake " + m_step));
        });
    }
    void cancel() override { g_events << "cancel:" + m_step; }

private:
    int m_delayMs;
    Status m_status;
    QString m_step;
};

class FakeAnalyzer : public Analyzer
{
public:
    QString kind() const override { return "fake-route-format"; }
    QString step() const override { return "route"; }
    QString description() const override { return "fake"; }
    int recognize(QStringView) const override { return 0; }
    Finding analyzeText(const AnalyzerInput &input) const override
    {
        return Finding::make("route", input.text.contains("bad") ? Status::Fail : Status::Pass, "fake analysis");
    }
};

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { g_events.clear(); }
    void plan_data();
    void plan();
    void runsProbesConcurrently();
    void evidenceIsAnalyzed();
    void givenFindingAndNewestEvidenceWins();
    void cancelStopsEverything();
    void deadlineGivesUnknown();
    void missingMachineryIsUnknownNotPass();

private:
    RunContext context(Listener listener, RunMode mode);
    ProfileStore m_store;
};

void TestRunner::initTestCase()
{
    m_store.loadAll();
    AnalyzerRegistry::add(std::make_unique<FakeAnalyzer>());
}

RunContext TestRunner::context(Listener listener, RunMode mode)
{
    RunContext c;
    c.profile = *m_store.find("alibaba");
    c.variant = *c.profile.variant({});
    TargetInput in;
    in.listener = listenerId(listener);
    in.host = "127.0.0.1";
    in.port = "9";
    c.target = TargetValidator::validate(in).target;
    c.mode = mode;
    c.timeoutMs = 200;
    return c;
}

void TestRunner::plan_data()
{
    QTest::addColumn<int>("listener");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("sources"); // p = probe, c = collect, g = paste
    QTest::newRow("http probe") << int(Listener::Http) << int(RunMode::Probe) << "alibaba"
                                << QStringList{"secgroup",    "firewall", "listening", "tcp", "http",
                                               "tcpwrappers", "route",    "sysctl",    "load"}
                                << QStringList{"g", "g", "g", "p", "p", "g", "g", "g", "g"};
    QTest::newRow("tcp collect") << int(Listener::Tcp) << int(RunMode::Collect) << "huawei"
                                 << QStringList{"secgroup",    "firewall", "listening", "tcp",
                                                "tcpwrappers", "route",    "sysctl",    "load"}
                                 << QStringList{"g", "c", "c", "p", "c", "c", "c", "c"};
    QTest::newRow("udp guided") << int(Listener::Udp) << int(RunMode::Guided) << "huawei"
                                << QStringList{"secgroup", "firewall", "listening", "icmp",   "udp",
                                               "route",    "sysctl",   "load",      "capture"}
                                << QStringList{"g", "g", "g", "g", "g", "g", "g", "g", "g"};
    QTest::newRow("tencent adds bandwidth") << int(Listener::Https) << int(RunMode::Probe) << "tencent"
                                            << QStringList{"secgroup",    "firewall", "listening", "tcp",  "http",
                                                           "tcpwrappers", "route",    "sysctl",    "load", "bandwidth"}
                                            << QStringList{"g", "g", "g", "p", "p", "g", "g", "g", "g", "g"};
}

void TestRunner::plan()
{
    QFETCH(int, listener);
    QFETCH(int, mode);
    QFETCH(QString, profile);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, sources);
    const QList<Step> plan = Plan::build(*m_store.find(profile)->variant({}), Listener(listener), RunMode(mode));
    QStringList ids, kinds;
    for (const Step &s : plan) {
        ids << s.id;
        kinds << (s.source == StepSource::Probe ? "p" : s.source == StepSource::Collect ? "c" : "g");
    }
    QCOMPARE(ids, steps);
    QCOMPARE(kinds, sources);
}

void TestRunner::runsProbesConcurrently()
{
    ExecutorRegistry::addProbe("tcp", [](QObject *p) -> StepExecutor * { return new FakeProbe(150, Status::Pass, p); });
    ExecutorRegistry::addProbe("http",
                               [](QObject *p) -> StepExecutor * { return new FakeProbe(100, Status::Fail, p); });
    const RunContext c = context(Listener::Http, RunMode::Probe);
    Runner runner(c, Plan::build(c.variant, Listener::Http, RunMode::Probe));
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy progress(&runner, &Runner::progress);
    runner.start();
    QVERIFY(finished.wait(5000));
    // Both probes started before either finished: they ran at the same time, not in turn.
    QVERIFY(g_events.indexOf("start:http") < g_events.indexOf("finish:tcp"));
    QVERIFY(g_events.indexOf("start:tcp") < g_events.indexOf("finish:http"));
    QCOMPARE(runner.findings().size(), runner.plan().size());
    QCOMPARE(runner.finding("http")->status, Status::Fail);
    QCOMPARE(runner.finding("tcp")->status, Status::Pass);
    QVERIFY(runner.finding("tcp")->durationMs >= 100);
    QCOMPARE(progress.last().at(0).toInt(), int(runner.plan().size()));
    QCOMPARE(finished.size(), 1);
}

void TestRunner::evidenceIsAnalyzed()
{
    const RunContext c = context(Listener::Tcp, RunMode::Probe);
    Runner runner(c, Plan::build(c.variant, Listener::Tcp, RunMode::Probe));
    runner.setEvidence("route", Evidence{"fake-route-format", "default via bad", "pasted"});
    QSignalSpy finished(&runner, &Runner::finished);
    runner.runStep("route");
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("route")->status, Status::Fail);
    QCOMPARE(runner.finding("route")->kind, QStringLiteral("fake-route-format"));
    QCOMPARE(runner.finding("route")->raw, QStringLiteral("default via bad"));

    runner.setEvidence("route", Evidence{"no-such-kind", "x", "pasted"});
    runner.runStep("route");
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("route")->status, Status::Unknown);
    QVERIFY(runner.finding("route")->summary.contains("no-such-kind"));

    runner.setEvidence("route", Evidence{{}, "   \n", "pasted"});
    runner.runStep("route");
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("route")->status, Status::Unknown);
    QVERIFY(runner.finding("route")->summary.contains("empty"));
}

void TestRunner::givenFindingAndNewestEvidenceWins()
{
    // A bundle's finding (issue 14) is reported as given; evidence pasted later replaces it, and
    // a later bundle replaces the paste.
    const RunContext c = context(Listener::Tcp, RunMode::Probe);
    Runner runner(c, Plan::build(c.variant, Listener::Tcp, RunMode::Probe));
    QSignalSpy finished(&runner, &Runner::finished);
    Finding given = Finding::make("route", Status::Pass, "from the bundle");
    given.source = "bundle";
    runner.setFinding("route", given);
    runner.runStep("route");
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("route")->summary, QStringLiteral("from the bundle"));
    QCOMPARE(runner.finding("route")->source, QStringLiteral("bundle"));

    runner.setEvidence("route", Evidence{"fake-route-format", "default via bad", "pasted"});
    runner.runStep("route");
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("route")->status, Status::Fail);

    runner.setFinding("route", given);
    runner.runStep("route");
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("route")->summary, QStringLiteral("from the bundle"));
}

void TestRunner::cancelStopsEverything()
{
    ExecutorRegistry::addProbe("tcp", [](QObject *p) -> StepExecutor * { return new FakeProbe(-1, Status::Pass, p); });
    ExecutorRegistry::addProbe("http", [](QObject *p) -> StepExecutor * { return new FakeProbe(-1, Status::Pass, p); });
    const RunContext c = context(Listener::Http, RunMode::Probe);
    Runner runner(c, Plan::build(c.variant, Listener::Http, RunMode::Probe));
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy stepFinished(&runner, &Runner::stepFinished);
    runner.start();
    QTRY_VERIFY(g_events.contains("start:http") && g_events.contains("start:tcp"));
    QTRY_COMPARE(stepFinished.size(), int(runner.plan().size()) - 2); // everything but the two hanging probes
    QVERIFY(runner.isRunning());
    runner.cancel();
    QVERIFY(!runner.isRunning());
    QCOMPARE(finished.size(), 1);
    QVERIFY(g_events.contains("cancel:tcp"));
    QVERIFY(g_events.contains("cancel:http"));
    QTest::qWait(50);
    QCOMPARE(stepFinished.size(), int(runner.plan().size()) - 2);
}

void TestRunner::deadlineGivesUnknown()
{
    ExecutorRegistry::addProbe("tcp", [](QObject *p) -> StepExecutor * { return new FakeProbe(-1, Status::Pass, p); });
    RunContext c = context(Listener::Tcp, RunMode::Probe);
    c.timeoutMs = 10; // deadline = 2 * 10 + 1000 ms
    Runner runner(c, {Step{"tcp", StepSide::Network, StepSource::Probe}});
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("tcp")->status, Status::Unknown);
    QVERIFY(runner.finding("tcp")->summary.contains("did not finish within 1020 ms"));
    QVERIFY(g_events.contains("cancel:tcp"));
}

void TestRunner::missingMachineryIsUnknownNotPass()
{
    // A step id nobody registered a probe for reports what is missing.
    RunContext c = context(Listener::Tcp, RunMode::Probe);
    Runner runner(c, {Step{"nosuchprobe", StepSide::Network, StepSource::Probe}});
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("nosuchprobe")->status, Status::Unknown);
    QVERIFY(runner.finding("nosuchprobe")->summary.startsWith("unknown, because"));
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
