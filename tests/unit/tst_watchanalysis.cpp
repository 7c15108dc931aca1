// The watch's pure parts: the providers' threshold state machine, the record's ring, the analysis
// of a recorded run (pattern, percentiles, other providers' thresholds), the timeline SVG and CSV.

#include "core/diagnosis.h"
#include "core/profilestore.h"
#include "probes/watch/healthstatemachine.h"
#include "probes/watch/watchanalysis.h"
#include "probes/watch/watchrecord.h"
#include "probes/watch/watchtimeline.h"
#include "xhtmlcheck.h"

#include <QTest>

namespace {

// "PPF.." -> samples every intervalMs, run through the machine as the Watch does.
WatchRecord recordOf(const QString &pattern, qint64 intervalMs, const HealthThresholds &t, qint64 latencyMs = 20,
                     const QString &failOutcome = QStringLiteral("timeout"))
{
    WatchRecord r;
    HealthStateMachine m(t);
    for (qsizetype k = 0; k < pattern.size(); ++k) {
        WatchSample s;
        s.tMs = s.scheduledMs = k * intervalMs;
        s.passed = pattern[k] == QLatin1Char('P');
        s.outcome = s.passed ? QStringLiteral("healthy") : failOutcome;
        s.latencyMs = s.passed ? latencyMs : (failOutcome == QStringLiteral("timeout") ? 2000 : latencyMs);
        s.statusCode = s.passed ? 200 : -1;
        const LbState before = m.state();
        const bool changed = m.feed(s.passed);
        s.stateAfter = m.state();
        r.add(s);
        if (changed)
            r.addTransition({s.tMs, before, s.stateAfter});
    }
    return r;
}

HealthThresholds thresholds(int healthy, int unhealthy, LbState initial = LbState::Initial)
{
    HealthThresholds t;
    t.healthy = healthy;
    t.unhealthy = unhealthy;
    t.initial = initial;
    return t;
}

WatchSettings settings(qint64 intervalMs, int timeoutMs, const HealthThresholds &t)
{
    WatchSettings s;
    s.intervalMs = intervalMs;
    s.timeoutMs = timeoutMs;
    s.thresholds = t;
    return s;
}

} // namespace

class TestWatchAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void stateMachine_data()
    {
        QTest::addColumn<QString>("checks");
        QTest::addColumn<int>("healthy");
        QTest::addColumn<int>("unhealthy");
        QTest::addColumn<QString>("initial");
        // After each check: i initial, H healthy, U unhealthy.
        QTest::addColumn<QString>("states");
        QTest::newRow("3/3 from initial: three passes decide") << "PPPP" << 3 << 3 << "initial"
                                                               << "iiHH";
        QTest::newRow("3/3 from initial: three failures decide") << "FFFP" << 3 << 3 << "initial"
                                                                 << "iiUU";
        QTest::newRow("one failure in three never flips 3/3") << "PPPFPPFPPF" << 3 << 3 << "initial"
                                                              << "iiHHHHHHHH";
        QTest::newRow("exactly the threshold flips") << "PPPFFFPPP" << 3 << 3 << "initial"
                                                     << "iiHHHUUUH";
        QTest::newRow("a pass resets the failure run") << "PPPFFPFFPFF" << 3 << 3 << "initial"
                                                       << "iiHHHHHHHHH";
        QTest::newRow("AWS 5/2: two failures flip, five passes return") << "PPPPPFFPPPPP" << 5 << 2 << "initial"
                                                                        << "iiiiHHUUUUUH";
        QTest::newRow("1/1 follows every check") << "PFPF" << 1 << 1 << "initial"
                                                 << "HUHU";
        QTest::newRow("documented unhealthy start needs healthy passes") << "PPFPPP" << 3 << 3 << "unhealthy"
                                                                         << "UUUUUH";
        QTest::newRow("documented healthy start") << "FFPFFF" << 3 << 3 << "healthy"
                                                  << "HHHHHU";
    }
    void stateMachine()
    {
        QFETCH(QString, checks);
        QFETCH(int, healthy);
        QFETCH(int, unhealthy);
        QFETCH(QString, initial);
        QFETCH(QString, states);
        HealthCheckTiming timing;
        timing.healthyThreshold = healthy;
        timing.unhealthyThreshold = unhealthy;
        timing.initialState = initial;
        HealthStateMachine m(HealthThresholds::fromTiming(timing));
        QString got;
        for (const QChar c : checks) {
            m.feed(c == QLatin1Char('P'));
            got += m.state() == LbState::Initial ? 'i' : m.state() == LbState::Healthy ? 'H' : 'U';
        }
        QCOMPARE(got, states);
    }

    void ringKeepsTotals()
    {
        WatchRecord r(10);
        for (int k = 0; k < 25; ++k) {
            WatchSample s;
            s.tMs = k * 1000;
            s.passed = k % 5 != 0;
            r.add(s);
        }
        QCOMPARE(r.total(), 25);
        QCOMPARE(r.failures(), 5);
        QCOMPARE(r.dropped(), 15);
        const QList<WatchSample> kept = r.samples();
        QCOMPARE(kept.size(), 10);
        QCOMPARE(kept.first().tMs, 15000); // oldest first
        QCOMPARE(kept.last().tMs, 24000);
    }

    void percentiles()
    {
        QList<WatchSample> samples;
        for (int i = 1; i <= 100; ++i) {
            WatchSample s;
            s.latencyMs = i * 10;
            samples << s;
        }
        QCOMPARE(WatchAnalysis::percentile(samples, 0.5), 500);
        QCOMPARE(WatchAnalysis::percentile(samples, 0.99), 990);
        QCOMPARE(WatchAnalysis::percentile(samples, 1.0), 1000);
        QCOMPARE(WatchAnalysis::percentile({}, 0.5), -1);
    }

    void pattern_data()
    {
        QTest::addColumn<QString>("checks");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("periodMs");
        // Interval 1 s. Two failures every 12 checks: bursts every 12 s.
        QTest::newRow("periodic bursts") << QString("PPPPPPPPPPFF").repeated(6)
                                         << int(WatchAnalysis::Pattern::Kind::Periodic) << qint64(12000);
        QTest::newRow("periodic single failures")
            << QString("PPPPPPPPPF").repeated(5) << int(WatchAnalysis::Pattern::Kind::Periodic) << qint64(10000);
        // A job every 15 s (three failures) with stray single failures between its runs.
        QTest::newRow("periodic bursts among strays")
            << QString("PPFPPPPPPPPFFFP").repeated(5) << int(WatchAnalysis::Pattern::Kind::Periodic) << qint64(15000);
        QTest::newRow("irregular bursts") << QString("PPFFFPPPPPPPPPPPPPPPPPPPPPPPPPPPPFFPPPPPPPPFFFF")
                                          << int(WatchAnalysis::Pattern::Kind::Bursts) << qint64(0);
        QTest::newRow("scattered") << QString("PPPPFPPPPPPPPPPPPPPPPFPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPF")
                                   << int(WatchAnalysis::Pattern::Kind::Scattered) << qint64(0);
        QTest::newRow("no failures") << QString("PPPPPPPP") << int(WatchAnalysis::Pattern::Kind::None) << qint64(0);
    }
    void pattern()
    {
        QFETCH(QString, checks);
        QFETCH(int, kind);
        QFETCH(qint64, periodMs);
        const WatchRecord r = recordOf(checks, 1000, thresholds(3, 3));
        const WatchAnalysis::Pattern p = WatchAnalysis::pattern(r.samples(), 1000);
        QCOMPARE(int(p.kind), kind);
        QCOMPARE(p.periodMs, periodMs);
    }

    void findingNamesPeriodAndShare()
    {
        // 2 of 12 checks time out every 12 s; AWS-like 5/2 thresholds flip, 3/3 do not.
        const WatchRecord r = recordOf(QString("PPPPPPPPPPFF").repeated(6), 1000, thresholds(3, 3));
        const QList<ThresholdAlternative> others{{QStringLiteral("Strict"), thresholds(5, 2)},
                                                 {QStringLiteral("Same"), thresholds(3, 3)}};
        const Finding f = WatchAnalysis::analyze(r, settings(1000, 2000, thresholds(3, 3)), others);
        QCOMPARE(f.step, QStringLiteral("watch"));
        QCOMPARE(f.status, Status::Warn);
        QCOMPARE(f.outcome, QStringLiteral("intermittent"));
        QVERIFY2(f.summary.contains(QStringLiteral("17 % of checks time out")), qPrintable(f.summary));
        QVERIFY2(f.summary.contains(QStringLiteral("every 12 s")), qPrintable(f.summary));
        QVERIFY2(f.fix.contains(QStringLiteral("every 12 s")), qPrintable(f.fix));
        const QString evidence = f.evidence.join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("with Strict's thresholds"))
                     && evidence.contains(QStringLiteral("unhealthy 6 times")),
                 qPrintable(evidence));
        QVERIFY2(!evidence.contains(QStringLiteral("Same's")), qPrintable(evidence)); // same verdict: not worth a line
    }

    void findingFlappingAndDown_data()
    {
        QTest::addColumn<QString>("checks");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("steady") << "PPPPPPPP" << int(Status::Pass) << "steady";
        QTest::newRow("flapping") << "PPPFFFPPPFFFPPP" << int(Status::Fail) << "flapping";
        QTest::newRow("down and staying down") << "PPPPFFFFFFFF" << int(Status::Fail) << "down";
        QTest::newRow("every check fails") << "FF" << int(Status::Fail) << "down";
    }
    void findingFlappingAndDown()
    {
        QFETCH(QString, checks);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        const WatchRecord r = recordOf(checks, 1000, thresholds(3, 3));
        const Finding f = WatchAnalysis::analyze(r, settings(1000, 2000, thresholds(3, 3)));
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.outcome, outcome);
    }

    void latencyAgainstTimeout()
    {
        WatchRecord r;
        HealthStateMachine m(thresholds(3, 3));
        for (int k = 0; k < 200; ++k) {
            WatchSample s;
            s.tMs = k * 1000;
            s.passed = true;
            s.outcome = QStringLiteral("healthy");
            s.latencyMs = k % 50 == 49 ? 1800 : 30; // 4 in 200 answers take 1.8 s
            m.feed(true);
            s.stateAfter = m.state();
            r.add(s);
        }
        const Finding f = WatchAnalysis::analyze(r, settings(1000, 2000, thresholds(3, 3)));
        QCOMPARE(f.status, Status::Warn);
        QCOMPARE(f.outcome, QStringLiteral("slow"));
        QVERIFY2(f.summary.contains(QStringLiteral("p99 is 1.8 s against a 2 s timeout")), qPrintable(f.summary));
    }

    void emptyRunIsUnknown()
    {
        const Finding f = WatchAnalysis::analyze(WatchRecord(), settings(1000, 2000, thresholds(3, 3)));
        QCOMPARE(f.status, Status::Unknown);
        QVERIFY(f.summary.startsWith(QStringLiteral("unknown, because")));
    }

    void diagnosisTakesTheWatch()
    {
        const WatchRecord r = recordOf(QString("PPPPPPPPFFF").repeated(5), 1000, thresholds(3, 3));
        Finding http = Finding::make(QStringLiteral("http"), Status::Pass, QStringLiteral("200 OK in 20 ms"));
        const Finding watch = WatchAnalysis::analyze(r, settings(1000, 2000, thresholds(3, 3)));
        QCOMPARE(watch.status, Status::Fail);
        const DiagnosisResult d = Diagnosis::diagnose({http, watch}, Listener::Http);
        QCOMPARE(d.verdict, Verdict::Unhealthy);
        QVERIFY(d.rootCause.has_value());
        QCOMPARE(*d.rootCause, 1);
        QVERIFY2(d.rootReason.contains(QStringLiteral("comes and goes")), qPrintable(d.rootReason));
        QVERIFY2(watch.summary.contains(QStringLiteral("every 11 s")), qPrintable(watch.summary));
        // High load explains an intermittent watch.
        Finding load = Finding::make(QStringLiteral("load"), Status::Warn, QStringLiteral("load 8.0 on 2 cores"));
        load.outcome = QStringLiteral("high");
        const DiagnosisResult withLoad = Diagnosis::diagnose({http, watch, load}, Listener::Http);
        QCOMPARE(*withLoad.rootCause, 2);
    }

    void svgHasOneMarkPerCheck()
    {
        const WatchRecord r = recordOf(QString("PPPFFFPPPF"), 1000, thresholds(3, 3), 20, QStringLiteral("bad-status"));
        const QString svg = WatchTimeline::svg(r, settings(1000, 2000, thresholds(3, 3)));
        const XhtmlDocument doc = parseXhtml(svg);
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        int marks = 0, pass = 0, fail = 0;
        for (const XhtmlElement &e : doc.elements) {
            marks += e.hasClass(QStringLiteral("mark"));
            pass += e.hasClass(QStringLiteral("mark")) && e.hasClass(QStringLiteral("pass"))
                && e.name == QStringLiteral("circle");
            fail += e.hasClass(QStringLiteral("mark")) && e.hasClass(QStringLiteral("fail"))
                && e.name == QStringLiteral("rect");
        }
        QCOMPARE(marks, 10);
        QCOMPARE(pass, 6);
        QCOMPARE(fail, 4);
        QCOMPARE(doc.all(QStringLiteral("line"), QStringLiteral("transition")).size(), r.transitions().size());
        QCOMPARE(doc.all(QStringLiteral("polyline"), QStringLiteral("latency")).size(), 1);
        QCOMPARE(doc.all(QStringLiteral("line"), QStringLiteral("timeout")).size(), 1);
    }

    void svgEscapesOutcomes()
    {
        WatchRecord r;
        WatchSample s;
        s.outcome = QStringLiteral("<script>&\"'\x01");
        s.latencyMs = 5;
        r.add(s);
        const QString svg = WatchTimeline::svg(r, settings(1000, 2000, thresholds(3, 3)));
        QVERIFY(!svg.contains(QStringLiteral("<script")));
        QVERIFY2(parseXhtml(svg).error.isEmpty(), qPrintable(parseXhtml(svg).error));
        const QByteArray csv = WatchTimeline::csv(r);
        QVERIFY(csv.contains("\"<script>&\"\"'"));
    }

    void csvOneRowPerCheck()
    {
        const WatchRecord r = recordOf(QString("PPF"), 500, thresholds(1, 1));
        const QList<QByteArray> lines = WatchTimeline::csv(r).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0],
                 QByteArray("t_ms,scheduled_ms,status,latency_ms,code,connect_ms,first_byte_ms,outcome,lb_state"));
        QCOMPARE(lines[1], QByteArray("0,0,pass,20,200,,,healthy,healthy"));
        QCOMPARE(lines[3], QByteArray("1000,1000,fail,2000,,,,timeout,unhealthy"));
    }

    void durationParsingShownInProfiles()
    {
        ProfileStore store;
        store.loadAll();
        const Profile *aws = store.find(QStringLiteral("aws"));
        QVERIFY(aws);
        const HealthThresholds t = HealthThresholds::fromTiming(aws->variant({})->timing);
        QCOMPARE(t.initial, LbState::Initial);
        QVERIFY(t.initialDocumented);
        QCOMPARE(t.unhealthy, 2);
        const Profile *alibaba = store.find(QStringLiteral("alibaba"));
        QVERIFY(alibaba);
        QVERIFY(!HealthThresholds::fromTiming(alibaba->variant({})->timing).initialDocumented);
    }
};

QTEST_GUILESS_MAIN(TestWatchAnalysis)
#include "tst_watchanalysis.moc"
