#include "probetesting.h"

#include "probes/demobackend.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// The demo backend's public API (the wizard's tests drive it too) and `lbdoctor-cli demo` and
// `check` end to end, as processes.
class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backendScenarios_data();
    void backendScenarios();
    void stopClosesPorts();
    void demoCommandJson();
    void demoCommandText();
    void demoReportPerCheck();
    void checkCommandAgainstBackend_data();
    void checkCommandAgainstBackend();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
    };
    // Runs the CLI without blocking this event loop, so an in-process backend keeps serving.
    Result cli(const QStringList &args);
    QTemporaryDir m_home;
};

Q_DECLARE_METATYPE(Status)

TestDemo::Result TestDemo::cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", m_home.path());
    env.insert("LC_ALL", "C.UTF-8");
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(LBDOCTOR_CLI, args);
    if (!finished.wait(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, p.readAllStandardOutput(),
            p.readAllStandardError(), clock.elapsed()};
}

void TestDemo::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestDemo::backendScenarios_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("portName");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("summaryPart");
    QTest::newRow("healthy") << "alibaba"
                             << ""
                             << "http" << DemoBackend::healthyPath() << "" << Status::Pass << "200 OK";
    QTest::newRow("missing") << "alibaba"
                             << ""
                             << "http" << DemoBackend::missingPath() << "" << Status::Fail << "404";
    QTest::newRow("redirect, alibaba accepts 3xx")
        << "alibaba"
        << ""
        << "http" << DemoBackend::redirectPath() << "" << Status::Pass << DemoBackend::redirectLocation();
    QTest::newRow("redirect, huawei shared does not")
        << "huawei"
        << "shared"
        << "http" << DemoBackend::redirectPath() << "" << Status::Fail << "301";
    QTest::newRow("slow") << "alibaba"
                          << ""
                          << "http" << DemoBackend::slowPath() << "" << Status::Warn << "slowly";
    QTest::newRow("HEAD not routed") << "alibaba"
                                     << ""
                                     << "http" << DemoBackend::headNotRoutedPath() << "" << Status::Fail
                                     << "does not route HEAD";
    QTest::newRow("HEAD not routed, huawei sends GET")
        << "huawei"
        << "shared"
        << "http" << DemoBackend::headNotRoutedPath() << "" << Status::Pass << "200 OK";
    QTest::newRow("vhost without domain") << "alibaba"
                                          << ""
                                          << "vhost"
                                          << "/"
                                          << "" << Status::Fail << "404";
    QTest::newRow("vhost with domain") << "alibaba"
                                       << ""
                                       << "vhost"
                                       << "/" << DemoBackend::vhostDomain() << Status::Pass << "200 OK";
    QTest::newRow("silent") << "alibaba"
                            << ""
                            << "silent"
                            << "/"
                            << "" << Status::Fail << "no response within 1000 ms";
    QTest::newRow("closed") << "alibaba"
                            << ""
                            << "closed"
                            << "/"
                            << "" << Status::Fail << "refused";
}

void TestDemo::backendScenarios()
{
    QFETCH(QString, profile);
    QFETCH(QString, variant);
    QFETCH(QString, portName);
    QFETCH(QString, path);
    QFETCH(QString, domain);
    QFETCH(Status, status);
    QFETCH(QString, summaryPart);
    DemoBackend backend;
    backend.setSlowDelayMs(700);
    const auto started = backend.start();
    QVERIFY2(started, qPrintable(started.error()));
    QVERIFY(backend.isRunning());
    const QHash<QString, quint16> ports{{"http", backend.httpPort()},
                                        {"vhost", backend.vhostPort()},
                                        {"silent", backend.silentPort()},
                                        {"closed", backend.closedPort()}};
    QCOMPARE(QSet<quint16>(ports.cbegin(), ports.cend()).size(), 4); // four distinct, non-zero ports
    QVERIFY(!ports.values().contains(0));
    RunContext c = ProbeTesting::context(profile, variant, "http", ports.value(portName), path, domain, 1000);
    c.variant.timing.timeoutSeconds = 1; // the slow page (700 ms) is above half of it
    const auto o = ProbeTesting::run("http", c, 4000);
    QVERIFY(o.finished);
    QVERIFY2(o.finding.status == status, qPrintable(statusId(o.finding.status) + ": " + o.finding.summary));
    QVERIFY2(o.finding.summary.contains(summaryPart), qPrintable(o.finding.summary));
    QVERIFY2(o.finding.evidence.join('\n').contains("Server: lbdoctor-demo") || o.finding.summary.contains("refused")
                 || o.finding.summary.contains("no response"),
             qPrintable(o.finding.evidence.join('\n')));
}

void TestDemo::stopClosesPorts()
{
    DemoBackend backend;
    QVERIFY(backend.start());
    const quint16 port = backend.httpPort();
    QVERIFY(port != 0 && backend.udpEchoPort() != 0 && backend.udpClosedPort() != 0);
    backend.stop();
    QCOMPARE(backend.httpPort(), quint16(0));
    QVERIFY(!backend.isRunning());
    QTest::qWait(10); // servers are deleted later
    const auto o = ProbeTesting::run("tcp", ProbeTesting::context("alibaba", "", "tcp", port), 3000);
    QCOMPARE(o.finding.status, Status::Fail);
}

void TestDemo::demoCommandJson()
{
    const Result r = cli({"demo", "--json"});
    QCOMPARE(r.exitCode, 0); // every case showed the verdict it was built to show
    QVERIFY2(r.ms < 6000, qPrintable(QString("demo took %1 ms; its checks should run at once").arg(r.ms)));
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QCOMPARE(root.value("tool").toObject().value("name").toString(), QString("lbdoctor"));
    // What each demo check must show (the step the listener's check depends on).
    const QHash<QString, std::pair<QString, QString>> expected{
        {"healthy", {"http", "pass"}},      {"missing", {"http", "fail"}}, {"redirect", {"http", "fail"}},
        {"slow", {"http", "warn"}},         {"head", {"http", "fail"}},    {"vhost", {"http", "fail"}},
        {"vhost-domain", {"http", "pass"}}, {"silent", {"http", "fail"}},  {"closed", {"tcp", "fail"}},
        {"udp-closed", {"udp", "fail"}},    {"udp-echo", {"udp", "pass"}}};
    const QJsonArray checks = root.value("checks").toArray();
    QCOMPARE(checks.size(), expected.size());
    QSet<QString> statuses;
    for (const QJsonValue &v : checks) {
        const QJsonObject check = v.toObject();
        const QString id = check.value("demo").toObject().value("id").toString();
        QVERIFY2(expected.contains(id), qPrintable(id));
        QVERIFY(check.contains("verdict") && check.contains("findings") && check.contains("target"));
        bool seen = false;
        for (const QJsonValue &f : check.value("findings").toArray()) {
            const QJsonObject finding = f.toObject();
            statuses << finding.value("status").toString();
            if (finding.value("step").toString() != expected.value(id).first)
                continue;
            seen = true;
            QVERIFY2(finding.value("status").toString() == expected.value(id).second,
                     qPrintable(id + ": " + finding.value("summary").toString()));
        }
        QVERIFY2(seen, qPrintable(id));
    }
    // Every kind of result a new user should see.
    QVERIFY(statuses.contains("pass") && statuses.contains("fail") && statuses.contains("warn")
            && statuses.contains("skip"));
}

void TestDemo::demoCommandText()
{
    const Result r = cli({"demo"});
    QCOMPARE(r.exitCode, 0); // as designed
    const QString out = QString::fromUtf8(r.out);
    // Status as word and symbol, readable without colour.
    QVERIFY(out.contains("[ok] PASS"));
    QVERIFY(out.contains("[XX] FAIL"));
    QVERIFY(out.contains("[!!] WARN"));
    QVERIFY(out.contains("redirects to https://"));
    QVERIFY(!out.contains("Note: the demo expected")); // every check came out as designed
    QVERIFY(!out.contains('\x1b'));
}

void TestDemo::demoReportPerCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result r = cli({"demo", "--report", dir.filePath("demo.json")});
    QCOMPARE(r.exitCode, 0); // as designed
    const QStringList files = QDir(dir.path()).entryList({"demo-*.json"});
    QCOMPARE(files.size(), 11);
    QVERIFY(files.contains("demo-healthy.json"));
    QVERIFY(!QFile::exists(dir.filePath("demo.json")));
    const Result bad = cli({"demo", "--report", dir.filePath("demo.xyz")});
    QCOMPARE(bad.exitCode, 2);
}

void TestDemo::checkCommandAgainstBackend_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("httpStatus");
    QTest::newRow("healthy") << DemoBackend::healthyPath() << 0 << "pass";
    QTest::newRow("missing") << DemoBackend::missingPath() << 1 << "fail";
}

void TestDemo::checkCommandAgainstBackend()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QString, httpStatus);
    DemoBackend backend;
    QVERIFY(backend.start());
    const QStringList args{"check",      "--profile", "alibaba",
                           "--listener", "http",      "--ip",
                           "127.0.0.1",  "--port",    QString::number(backend.httpPort()),
                           "--path",     path};
    const Result text = cli(args);
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY(QString::fromUtf8(text.out).contains(httpStatus == "pass" ? "[ok] PASS     http" : "[XX] FAIL     http"));
    const Result json = cli(args + QStringList{"--json"});
    QCOMPARE(json.exitCode, exitCode);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    bool seen = false;
    for (const QJsonValue &f : root.value("findings").toArray()) {
        if (f.toObject().value("step").toString() != "http")
            continue;
        seen = true;
        QCOMPARE(f.toObject().value("status").toString(), httpStatus);
        QVERIFY(f.toObject().value("raw").toString().contains("HEAD " + path + " HTTP/1.0\nHost: 127.0.0.1\n"));
    }
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
