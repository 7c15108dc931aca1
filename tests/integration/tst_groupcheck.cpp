#include "core/group/groupanalysis.h"
#include "core/group/grouprunner.h"
#include "core/group/groupsession.h"
#include "core/plan.h"
#include "clirun.h"
#include "groupbackends.h"
#include "probetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A server group on many loopback addresses (127.18.x.y): healthy, 404, refused, never answering
// and slow backends in one group, checked by GroupRunner in-process and by `lbdoctor-cli check
// --targets`; the group's text must name the right sets.
class TestGroupCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void threeOfTwelveRefuse_data();
    void threeOfTwelveRefuse();
    void mixedGroup_data();
    void mixedGroup();
    void deadBackendCostsOneTimeout();
    void concurrencyIsBounded();
    void stopLeavesTheRestUnchecked_data();
    void stopLeavesTheRestUnchecked();
    void cliTableGroupsAndExitCode();
    void cliJsonShape();
    void cliBadRowsStillRunGoodOnes();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void cliReports();
    void cliTargetsFromLoadBalancerStatus();

private:
    struct Spec
    {
        QString ip;
        BackendKind kind;
    };
    QList<TargetRow> start(const QList<Spec> &specs);
    GroupSession runGroup(const QList<TargetRow> &rows, int concurrency = GroupRunner::defaultConcurrency,
                          int timeoutMs = 1000, int threads = 1);
    static void threadRows(); // the same test on this thread and on three worker threads
    CliRun cli(const QStringList &args, const QByteArray &input = {});
    QString csvFor(const QList<TargetRow> &rows) const;

    quint16 m_port = 0;
    std::vector<std::unique_ptr<LoopbackBackend>> m_servers;
    QTemporaryDir m_dir;
};

void TestGroupCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<QHostAddress> all;
    for (int net = 1; net <= 5; ++net) {
        for (int host = 1; host <= 12; ++host)
            all << QHostAddress(QStringLiteral("127.18.%1.%2").arg(net).arg(host));
    }
    m_port = GroupBackends::freePort(all);
    if (m_port == 0)
        QSKIP("no port free on 127.18.1-5.1-12 (is 127.0.0.0/8 routed to lo?)");
}

void TestGroupCheck::cleanup()
{
    m_servers.clear();
}

QList<TargetRow> TestGroupCheck::start(const QList<Spec> &specs)
{
    QList<TargetRow> rows;
    int line = 1;
    for (const Spec &s : specs) {
        TargetRow row;
        row.line = line++;
        row.address = QHostAddress(s.ip);
        row.port = row.checkPort = m_port;
        rows << row;
        if (s.kind == BackendKind::Refused)
            continue;
        auto server = std::make_unique<LoopbackBackend>(s.kind);
        if (!server->listen(row.address, m_port))
            qWarning("cannot listen on %s:%d", qPrintable(s.ip), m_port);
        m_servers.push_back(std::move(server));
    }
    return rows;
}

void TestGroupCheck::threadRows()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("this thread") << 1;
    QTest::newRow("three worker threads") << 3;
}

GroupSession TestGroupCheck::runGroup(const QList<TargetRow> &rows, int concurrency, int timeoutMs, int threads)
{
    RunContext c = ProbeTesting::context(QStringLiteral("huawei"), QStringLiteral("shared"), QStringLiteral("http"),
                                         m_port, QStringLiteral("/"), {}, timeoutMs);
    GroupRunner runner(c, Plan::build(c.variant, c.target.listener, RunMode::Probe), rows);
    runner.setConcurrency(concurrency);
    runner.setThreads(threads);
    QSignalSpy done(&runner, &GroupRunner::finished);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    runner.start();
    if (done.isEmpty())
        done.wait(30000);
    if (done.size() != 1)
        qWarning("finished() %d times", int(done.size()));
    return GroupSession::fromRun(runner, started);
}

QString TestGroupCheck::csvFor(const QList<TargetRow> &rows) const
{
    QString csv = QStringLiteral("ip,port\n");
    for (const TargetRow &r : rows)
        csv += QStringLiteral("%1,%2\n").arg(r.address.toString()).arg(r.port);
    return csv;
}

void TestGroupCheck::threeOfTwelveRefuse_data()
{
    threadRows();
}

void TestGroupCheck::threeOfTwelveRefuse()
{
    QFETCH(int, threads);
    QList<Spec> specs;
    for (int i = 1; i <= 9; ++i)
        specs << Spec{QStringLiteral("127.18.1.%1").arg(i), BackendKind::Healthy};
    for (int i = 1; i <= 3; ++i)
        specs << Spec{QStringLiteral("127.18.2.%1").arg(i), BackendKind::Refused};
    const GroupSession g = runGroup(start(specs), GroupRunner::defaultConcurrency, 1000, threads);
    const GroupAnswer &a = g.answer;
    QCOMPARE(a.total, 12);
    QCOMPARE(a.failing, 3);
    QCOMPARE(a.healthy, 9);
    QCOMPARE(a.verdict, Verdict::Unhealthy);
    const QString expected =
        QStringLiteral("3 of 12 fail: all 3 refuse connections on port %1; the other 9 answer 200 in ").arg(m_port);
    QVERIFY2(a.headline.startsWith(expected), qPrintable(a.headline));
    QVERIFY2(a.headline.endsWith(" ms"), qPrintable(a.headline));
    QCOMPARE(a.groups.size(), 2);
    const BackendGroup &refused = a.groups.first();
    QCOMPARE(refused.members, (QList<int>{9, 10, 11}));
    QCOMPARE(refused.rootStep, QStringLiteral("tcp"));
    QVERIFY2(refused.rootCause.contains("and the same on the other 2"), qPrintable(refused.rootCause));
    // What only the failing ones have: their subnet.
    QVERIFY2(refused.shared.contains(QStringLiteral("subnet 127.18.2.0/24")), qPrintable(refused.shared.join("; ")));
    QVERIFY2(refused.sharedAgainst.contains("subnet 127.18.1.0/24"), qPrintable(refused.sharedAgainst));
    for (int i = 0; i < 12; ++i)
        QCOMPARE(a.backends.at(i).verdict, i < 9 ? Verdict::Healthy : Verdict::Unhealthy);
}

void TestGroupCheck::mixedGroup_data()
{
    threadRows();
}

void TestGroupCheck::mixedGroup()
{
    QFETCH(int, threads);
    const QList<Spec> specs{
        {QStringLiteral("127.18.1.1"), BackendKind::Healthy},  {QStringLiteral("127.18.1.2"), BackendKind::Healthy},
        {QStringLiteral("127.18.1.3"), BackendKind::Healthy},  {QStringLiteral("127.18.1.4"), BackendKind::Slow},
        {QStringLiteral("127.18.2.1"), BackendKind::Refused},  {QStringLiteral("127.18.2.2"), BackendKind::Refused},
        {QStringLiteral("127.18.3.1"), BackendKind::Silent},   {QStringLiteral("127.18.3.2"), BackendKind::Silent},
        {QStringLiteral("127.18.4.1"), BackendKind::NotFound}, {QStringLiteral("127.18.1.5"), BackendKind::Healthy},
    };
    const GroupSession g = runGroup(start(specs), GroupRunner::defaultConcurrency, 1000, threads);
    const GroupAnswer &a = g.answer;
    QCOMPARE(a.total, 10);
    QCOMPARE(a.failing, 5);
    QCOMPARE(a.healthy, 5); // the slow one answers 200 within the timeout: healthy
    const QString p = QString::number(m_port);
    QVERIFY2(a.headline.startsWith("5 of 10 fail: "), qPrintable(a.headline));
    QVERIFY2(
        a.headline.contains(QStringLiteral("2 refuse connections on port %1 (127.18.2.1:%1, 127.18.2.2:%1)").arg(p)),
        qPrintable(a.headline));
    QVERIFY2(
        a.headline.contains(
            QStringLiteral(
                "2 accept connections on port %1 but send no HTTP answer within 1000 ms (127.18.3.1:%1, 127.18.3.2:%1)")
                .arg(p)),
        qPrintable(a.headline));
    QVERIFY2(a.headline.contains(QStringLiteral("127.18.4.1:%1 answers 404, which is not a healthy code").arg(p)),
             qPrintable(a.headline));
    QVERIFY2(a.headline.contains("; the other 5 answer 200 in "), qPrintable(a.headline));
    QCOMPARE(a.groups.size(), 4);
    // Each failing group: its members, and what sets it apart from the healthy ones.
    const auto groupOf = [&](const QString &signaturePrefix) -> const BackendGroup * {
        for (const BackendGroup &grp : a.groups) {
            if (grp.signature.startsWith(signaturePrefix))
                return &grp;
        }
        return nullptr;
    };
    const BackendGroup *refused = groupOf("tcp:refused");
    const BackendGroup *silent = groupOf("http:hang");
    const BackendGroup *notFound = groupOf("http:bad-status:404");
    QVERIFY(refused && silent && notFound);
    QCOMPARE(refused->members, (QList<int>{4, 5}));
    QCOMPARE(silent->members, (QList<int>{6, 7}));
    QCOMPARE(notFound->members, (QList<int>{8}));
    QVERIFY(refused->shared.contains("subnet 127.18.2.0/24"));
    QVERIFY(silent->shared.contains("subnet 127.18.3.0/24"));
    QVERIFY2(notFound->shared.contains("status 404"), qPrintable(notFound->shared.join("; ")));
    QVERIFY2(notFound->shared.contains("Server: nginx/1.18"), qPrintable(notFound->shared.join("; ")));
    QVERIFY2(notFound->sharedAgainst.contains("Server: nginx/1.24"), qPrintable(notFound->sharedAgainst));
    QCOMPARE(a.groups.last().signature, QStringLiteral("healthy"));
    QCOMPARE(a.groups.last().members, (QList<int>{0, 1, 2, 3, 9}));
}

void TestGroupCheck::deadBackendCostsOneTimeout()
{
    QList<Spec> specs;
    for (int i = 1; i <= 8; ++i)
        specs << Spec{QStringLiteral("127.18.3.%1").arg(i), BackendKind::Silent};
    QElapsedTimer clock;
    clock.start();
    const GroupSession g = runGroup(start(specs), GroupRunner::defaultConcurrency, 500);
    const qint64 ms = clock.elapsed();
    QCOMPARE(g.answer.failing, 8);
    // Eight dead backends at once: one timeout (500 ms), not eight, and not two (HEAD then GET).
    QVERIFY2(ms < 1400, qPrintable(QString::number(ms)));
}

void TestGroupCheck::concurrencyIsBounded()
{
    QList<Spec> specs;
    for (int i = 1; i <= 6; ++i)
        specs << Spec{QStringLiteral("127.18.3.%1").arg(i), BackendKind::Silent};
    const QList<TargetRow> rows = start(specs);
    RunContext c = ProbeTesting::context(QStringLiteral("huawei"), QStringLiteral("shared"), QStringLiteral("http"),
                                         m_port, QStringLiteral("/"), {}, 300);
    GroupRunner runner(c, Plan::build(c.variant, c.target.listener, RunMode::Probe), rows);
    QCOMPARE(runner.costPerBackend(), 2); // tcp and http
    runner.setConcurrency(4);
    int running = 0;
    int most = 0;
    int connections = 0;
    connect(&runner, &GroupRunner::backendStarted, this, [&] {
        most = std::max(most, ++running);
        connections = std::max(connections, runner.connectionsInFlight());
    });
    connect(&runner, &GroupRunner::backendFinished, this, [&] { --running; });
    QSignalSpy done(&runner, &GroupRunner::finished);
    runner.start();
    QVERIFY(done.wait(10000));
    // 4 connections: two backends start; each gives its TCP probe's connection back as soon as the
    // connect succeeds, while HTTP waits for the silent server, so a third fits, never a fourth.
    QCOMPARE(connections, 4);
    QCOMPARE(most, 3);
    QCOMPARE(runner.doneCount(), 6);
    // One at a time even when one backend alone exceeds the limit.
    runner.setConcurrency(1);
    most = running = 0;
    runner.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(most, 1);
}

void TestGroupCheck::stopLeavesTheRestUnchecked_data()
{
    threadRows();
}

void TestGroupCheck::stopLeavesTheRestUnchecked()
{
    QFETCH(int, threads);
    QList<Spec> specs;
    for (int i = 1; i <= 6; ++i)
        specs << Spec{QStringLiteral("127.18.3.%1").arg(i), BackendKind::Silent};
    const QList<TargetRow> rows = start(specs);
    RunContext c = ProbeTesting::context(QStringLiteral("huawei"), QStringLiteral("shared"), QStringLiteral("http"),
                                         m_port, QStringLiteral("/"), {}, 5000);
    GroupRunner runner(c, Plan::build(c.variant, c.target.listener, RunMode::Probe), rows);
    runner.setConcurrency(4);
    runner.setThreads(threads);
    QSignalSpy done(&runner, &GroupRunner::finished);
    runner.start();
    QTest::qWait(100);
    runner.cancel();
    QCOMPARE(done.size(), 1);
    QVERIFY(!runner.isRunning());
    const GroupAnswer a = GroupAnalysis::analyze(runner.members(), Listener::Http);
    QCOMPARE(a.groups.size(), 1);
    QCOMPARE(a.groups.first().signature, QStringLiteral("unchecked"));
    QVERIFY2(a.headline.startsWith("all 6 were not checked"), qPrintable(a.headline));
    QTest::qWait(50);
    QCOMPARE(done.size(), 1);
}

CliRun TestGroupCheck::cli(const QStringList &args, const QByteArray &input)
{
    // The backends live on this thread: wait by spinning the event loop, never by blocking it.
    return runCli(args, m_dir.path(), input, WaitBy::EventLoop, 30000);
}

namespace {
const QStringList groupArgs{"check",      "--profile", "huawei",    "--variant", "shared",
                            "--listener", "http",      "--timeout", "1000"};
}

void TestGroupCheck::cliTableGroupsAndExitCode()
{
    QList<Spec> specs;
    for (int i = 1; i <= 4; ++i)
        specs << Spec{QStringLiteral("127.18.1.%1").arg(i), BackendKind::Healthy};
    specs << Spec{QStringLiteral("127.18.2.1"), BackendKind::Refused};
    const QList<TargetRow> rows = start(specs);
    const CliRun r = cli(groupArgs + QStringList{"--targets", "-"}, csvFor(rows).toUtf8());
    QVERIFY2(r.exitCode == 1, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    const QString p = QString::number(m_port);
    QVERIFY2(
        out.contains(QStringLiteral("127.18.2.1:%1 refuses connections on port %1; the other 4 answer 200 in").arg(p)),
        qPrintable(out));
    QVERIFY2(out.contains("1 of 5 fails: "), qPrintable(out));
    QVERIFY2(out.contains("BACKEND"), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("127.18.2.1:%1").arg(p) + "  "), qPrintable(out));
    QVERIFY2(out.contains("[XX]"), qPrintable(out));
    QVERIFY2(out.contains("Root cause: "), qPrintable(out));
    QVERIFY2(out.contains("Verdict: UNHEALTHY (1 of 5 backends unhealthy, 4 healthy)"), qPrintable(out));

    // All healthy: exit 0.
    const QList<TargetRow> healthy = rows.mid(0, 4);
    const CliRun ok = cli(groupArgs + QStringList{"--targets", "-", "--concurrency", "2"}, csvFor(healthy).toUtf8());
    QVERIFY2(ok.exitCode == 0, ok.out.constData());
    QVERIFY2(QString::fromUtf8(ok.out).contains("all 4 answer 200 in"), ok.out.constData());
}

void TestGroupCheck::cliJsonShape()
{
    const QList<TargetRow> rows = start({{QStringLiteral("127.18.1.1"), BackendKind::Healthy},
                                         {QStringLiteral("127.18.4.1"), BackendKind::NotFound},
                                         {QStringLiteral("127.18.4.2"), BackendKind::NotFound}});
    const QString file = m_dir.filePath("group.csv");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csvFor(rows).toUtf8());
    f.close();
    const CliRun r = cli(groupArgs + QStringList{"--targets", file, "--json"});
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value("verdict").toString(), QStringLiteral("unhealthy"));
    const QJsonArray backends = o.value("backends").toArray();
    QCOMPARE(backends.size(), 3);
    // Each backend is a check object as a single check prints it.
    for (const QJsonValue &b : backends) {
        const QJsonObject check = b.toObject();
        for (const char *key : {"tool", "profile", "target", "verdict", "rootCause", "findings"})
            QVERIFY2(check.contains(QLatin1String(key)), key);
    }
    QCOMPARE(backends.at(0).toObject().value("verdict").toString(), QStringLiteral("healthy"));
    QCOMPARE(backends.at(1).toObject().value("target").toObject().value("ip").toString(), QStringLiteral("127.18.4.1"));
    QCOMPARE(backends.at(1).toObject().value("verdict").toString(), QStringLiteral("unhealthy"));
    const QJsonArray groups = o.value("groups").toArray();
    QCOMPARE(groups.size(), 2);
    const QJsonObject notFound = groups.at(0).toObject();
    QCOMPARE(notFound.value("count").toInt(), 2);
    QCOMPARE(notFound.value("verdict").toString(), QStringLiteral("unhealthy"));
    QCOMPARE(notFound.value("rootCause").toObject().value("step").toString(), QStringLiteral("http"));
    QVERIFY(notFound.value("shared").toArray().contains(QJsonValue("Server: nginx/1.18")));
    QVERIFY2(o.value("summary").toString().startsWith("2 of 3 fail: both answer 404"),
             qPrintable(o.value("summary").toString()));
}

void TestGroupCheck::cliBadRowsStillRunGoodOnes()
{
    const QList<TargetRow> rows = start(
        {{QStringLiteral("127.18.1.1"), BackendKind::Healthy}, {QStringLiteral("127.18.1.2"), BackendKind::Healthy}});
    const QString csv =
        QStringLiteral(
            "ip,port\n127.18.1.1,%1\n127.18.1.300,%1\n127.18.1.2,0\n127.18.1.1,%1\n# comment\n127.18.1.2,%1\n")
            .arg(m_port);
    const CliRun r = cli(groupArgs + QStringList{"--targets", "-"}, csv.toUtf8());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains("line 3: \"127.18.1.300\" is not an IP address"), qPrintable(err));
    QVERIFY2(err.contains("line 4: port must be 1-65535, got 0"), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("line 5: 127.18.1.1:%1 is already on line 2").arg(m_port)), qPrintable(err));
    QVERIFY2(QString::fromUtf8(r.out).contains("both answer 200 in"), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains("left out: line 3"), r.out.constData());
}

void TestGroupCheck::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("no usable row") << QStringList{"--targets", "-"} << QByteArray("10.0.0.300,80\n")
                                   << "no usable backend in the target list:\nline 1: ";
    QTest::newRow("empty list") << QStringList{"--targets", "-"} << QByteArray("# nothing\n") << "holds no backend";
    QTest::newRow("ip with targets") << QStringList{"--targets", "-", "--ip", "127.0.0.1"}
                                     << QByteArray("127.0.0.1,80\n") << "leave out --ip and --port";
    QTest::newRow("concurrency without targets")
        << QStringList{"--ip", "127.0.0.1", "--port", "80", "--concurrency", "5"} << QByteArray()
        << "--concurrency needs --targets";
    QTest::newRow("concurrency 0") << QStringList{"--targets", "-", "--concurrency", "0"}
                                   << QByteArray("127.0.0.1,80\n") << "--concurrency takes 1-10000, got \"0\"";
    QTest::newRow("local with targets")
        << QStringList{"--targets", "-", "--local"} << QByteArray("127.0.0.1,80\n")
        << "each backend of a group gives its own evidence: --ssh USER@{ip} or --bundles PATH";
    QTest::newRow("pdf report") << QStringList{"--targets", "-", "--report", "x.txt"} << QByteArray("127.0.0.1,80\n")
                                << "cannot write \"x.txt\"";
    QTest::newRow("missing file") << QStringList{"--targets", "/nonexistent/list.csv"} << QByteArray()
                                  << "cannot read /nonexistent/list.csv";
}

void TestGroupCheck::cliUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const CliRun r = cli(groupArgs + args, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestGroupCheck::cliReports()
{
    const QList<TargetRow> rows = start(
        {{QStringLiteral("127.18.1.1"), BackendKind::Healthy}, {QStringLiteral("127.18.2.1"), BackendKind::Refused}});
    for (const QString ext : {"html", "md", "json"}) {
        const QString file = m_dir.filePath("group." + ext);
        const CliRun r = cli(groupArgs + QStringList{"--targets", "-", "--report", file}, csvFor(rows).toUtf8());
        QCOMPARE(r.exitCode, 1);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("refuses connections on port %1").arg(m_port)), qPrintable(ext));
        if (ext == "json") {
            QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object().value("backends").toArray().size(), 2);
        } else {
            // Both backends' own reports are in it.
            QVERIFY2(text.contains("127.18.1.1") && text.contains("127.18.2.1"), qPrintable(ext));
        }
        if (ext == "html")
            QVERIFY(text.contains("<details class=\"backend\" id=\"backend-2\" open>"));
    }
}

void TestGroupCheck::cliTargetsFromLoadBalancerStatus()
{
    // AWS's describe-target-health fixture, its backends moved to loopback: 10.0.0.5 (unhealthy,
    // Target.Timeout) refuses here, 10.0.0.6 and 10.0.0.7 answer 200.
    QFile fixture(QStringLiteral(LBDOCTOR_FIXTURES_DIR) + "/lb/aws-target-health.json");
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(fixture.readAll());
    start({{QStringLiteral("127.18.1.1"), BackendKind::Healthy}, {QStringLiteral("127.18.1.2"), BackendKind::Healthy}});
    const QString p = QString::number(m_port);
    json.replace("10.0.0.5", "127.18.2.1").replace("10.0.0.6", "127.18.1.1").replace("10.0.0.7", "127.18.1.2");
    json.replace("\"Port\": 80", "\"Port\": " + p)
        .replace("\"HealthCheckPort\": \"80\"", "\"HealthCheckPort\": \"" + p + "\"");
    const QString file = m_dir.filePath("health.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json.toUtf8());
    f.close();
    const CliRun r = cli({"check", "--profile", "aws", "--listener", "http", "--source-cidr", "10.0.0.0/16",
                          "--timeout", "1000", "--targets", file});
    QVERIFY2(r.exitCode == 1, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(
        out.contains(QStringLiteral("127.18.2.1:%1 refuses connections on port %1; the other 2 answer 200 in").arg(p)),
        qPrintable(out));
    // Each backend read the status for itself: the lbstatus step is a column, and the load
    // balancer's own verdict is what the failing one has and the healthy ones do not.
    QVERIFY2(out.contains("lbstatus"), qPrintable(out));
    QVERIFY2(out.contains("They share, unlike the healthy ones:"), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestGroupCheck)
#include "tst_groupcheck.moc"
