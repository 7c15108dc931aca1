#include "backendfixtures.h"

#include "analyzers/analyzer.h"
#include "analyzers/host/loadanalyzer.h"
#include "core/runner.h"
#include "core/stepexecutor.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

// An HTTP probe that reports a fixed finding after a fixed time: the timing the load step reads.
class TimedHttp : public StepExecutor
{
public:
    TimedHttp(qint64 ms, QObject *parent) : StepExecutor(parent), m_ms(ms) { }
    void start(const Step &, const RunContext &) override
    {
        QTimer::singleShot(10, this, [this] {
            Finding f = Finding::make("http", Status::Pass, "200 OK");
            f.durationMs = m_ms;
            emit finished(f);
        });
    }
    void cancel() override { }

private:
    qint64 m_ms;
};

} // namespace

// Per-core load >= 1 is busy and >= 2 overloaded; under 10 % (5 %) of memory available is busy
// (overloaded). With the HTTP step: slow (over half the timeout) and busy fails, slow and idle warns.
class TestLoadAnalyzer : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void correlate_data();
    void correlate();
    void runnerRelatesLoadToHttp();
    void recognizes_data();
    void recognizes();
};

void TestLoadAnalyzer::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("quiet") << "loadavg-nproc-free.txt" << Status::Pass
                           << "load per core 0.08 (1-minute load 0.32 on 4 core(s)), 77% of memory available";
    QTest::newRow("busy") << "uptime-busy.txt" << Status::Warn << "load per core 1.63";
    QTest::newRow("overloaded") << "overloaded.txt" << Status::Fail << "load per core 9.10";
    QTest::newRow("top without nproc") << "top-bn1.txt" << Status::Warn << "CPU 99% busy";
    QTest::newRow("old free") << "free-old-procps.txt" << Status::Fail << "4% of memory available";
    QTest::newRow("wmic") << "windows-wmic.txt" << Status::Warn << "CPU 97% busy, 40% of memory available";
    QTest::newRow("powershell") << "powershell-cim.txt" << Status::Pass << "CPU 8% busy, 38% of memory available";
}

void TestLoadAnalyzer::fixtures()
{
    QFETCH(QString, file);
    QFETCH(Status, status);
    QFETCH(QString, summaryHas);
    const Finding f = LoadAnalyzer().analyze(
        {BackendFixtures::read("host/load/" + file), BackendFixtures::context("tencent", "http", "10.0.0.5", "80")});
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    QCOMPARE(f.status, status);
    QCOMPARE(f.outcome, status == Status::Pass ? QStringLiteral("normal") : QStringLiteral("high"));
}

void TestLoadAnalyzer::correlate_data()
{
    // Tencent's timeout is 2000 ms, so "slow" is above 1000 ms.
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("httpMs");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("slow and busy") << "uptime-busy.txt" << qint64(1800) << Status::Fail << "backend overloaded";
    QTest::newRow("slow and idle") << "loadavg-nproc-free.txt" << qint64(1800) << Status::Warn
                                   << "the application is slow, not the server";
    QTest::newRow("fast and idle") << "loadavg-nproc-free.txt" << qint64(40) << Status::Pass << "not overloaded";
    QTest::newRow("fast and overloaded") << "overloaded.txt" << qint64(40) << Status::Warn << "still answered in 40 ms";
    QTest::newRow("at half the timeout is not slow")
        << "uptime-busy.txt" << qint64(1000) << Status::Warn << "the server is busy";
}

void TestLoadAnalyzer::correlate()
{
    QFETCH(QString, file);
    QFETCH(qint64, httpMs);
    QFETCH(Status, status);
    QFETCH(QString, summaryHas);
    const RunContext c = BackendFixtures::context("tencent", "http", "10.0.0.5", "80");
    Finding load = LoadAnalyzer().analyze({BackendFixtures::read("host/load/" + file), c});
    load.raw = BackendFixtures::read("host/load/" + file);
    load.durationMs = 7;
    Finding http = Finding::make("http", Status::Pass, "HEAD / 200 OK");
    http.durationMs = httpMs;
    const Finding related = LoadAnalyzer::correlate(load, http, c);
    QVERIFY2(related.summary.contains(summaryHas), qPrintable(related.summary));
    QCOMPARE(related.status, status);
    QCOMPARE(related.durationMs, 7);
    QCOMPARE(LoadAnalyzer::correlate(related, http, c), related); // idempotent
}

void TestLoadAnalyzer::runnerRelatesLoadToHttp()
{
    // Load is pasted and analyzed at once; the HTTP probe finishes later, slowly: the runner
    // revises the stored load finding and reports it again.
    ExecutorRegistry::addProbe("http", [](QObject *p) -> StepExecutor * { return new TimedHttp(1900, p); });
    const RunContext c = BackendFixtures::context("tencent", "http", "127.0.0.1", "9");
    Runner runner(
        c, {Step{"load", StepSide::Backend, StepSource::Paste}, Step{"http", StepSide::Network, StepSource::Probe}});
    runner.setEvidence("load", Evidence{"load", BackendFixtures::read("host/load/uptime-busy.txt"), "pasted"});
    QSignalSpy finished(&runner, &Runner::finished);
    QSignalSpy stepFinished(&runner, &Runner::stepFinished);
    runner.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(runner.finding("load")->status, Status::Fail);
    QVERIFY(runner.finding("load")->summary.contains("backend overloaded"));
    int loadReports = 0;
    for (const auto &args : stepFinished)
        loadReports += args.at(0).value<Finding>().step == "load";
    QCOMPARE(loadReports, 2);
}

void TestLoadAnalyzer::recognizes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("mine");
    for (const char *f : {"loadavg-nproc-free.txt", "uptime-busy.txt", "top-bn1.txt", "free-old-procps.txt",
                          "windows-wmic.txt", "powershell-cim.txt"})
        QTest::newRow(f) << QString("host/load/") + f << true;
    for (const char *f : {"host/sockets/ss-ltnup-wildcard.txt", "host/routes/route-n-ok.txt",
                          "host/tcpwrappers/head-deny-all.txt", "host/sysctl/sysctl-a-modern.txt"})
        QTest::newRow(f) << QString(f) << false;
}

void TestLoadAnalyzer::recognizes()
{
    BackendFixtures::checkRecognition(LoadAnalyzer());
}

QTEST_GUILESS_MAIN(TestLoadAnalyzer)
#include "tst_loadanalyzer.moc"
