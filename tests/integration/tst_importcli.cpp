#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// Issue 15 on the real executable: `import`, and `check --lb-config/--lb-status` against a
// loopback backend.
class TestImportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void import_data();
    void import();
    void badInput_data();
    void badInput();
    void importJson();
    void checkFillsTargetAndSaysTheContradiction();
    void explicitOptionsWin();

private:
    using Result = CliRun;
    Result run(const QStringList &args, const QByteArray &stdinData = {});
    static QString fixture(const char *name)
    {
        return QStringLiteral(LBDOCTOR_FIXTURES_DIR "/lb/") + QString::fromLatin1(name);
    }
    QTemporaryDir m_home;
};

TestImportCli::Result TestImportCli::run(const QStringList &args, const QByteArray &stdinData)
{
    // check runs its own event loop; the test waits here while a QTcpServer in this process
    // accepts, which the OS queues (listen backlog) without our event loop.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LANG", "C.UTF-8");
    return runCli(args, m_home.path(), stdinData, WaitBy::Blocking, 30000, env);
}

void TestImportCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestImportCli::import_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("outHas");
    QTest::newRow("alibaba $_ip")
        << fixture("alibaba-http-attribute.json")
        << QStringList{
               "DescribeLoadBalancerHTTPListenerAttribute (profile alibaba)", "from HealthCheckDomain ($_ip)",
               "from HealthCheckConnectPort",
               "$ aliyun slb SetLoadBalancerHTTPListenerAttribute --LoadBalancerId lb-bp1example --ListenerPort 80 --HealthCheckConnectPort 80"};
    QTest::newRow("tencent 6") << fixture("tencent-listeners-tcp.json")
                               << QStringList{"variant http11", "2xx,3xx", "from HealthCheck.HttpCode",
                                              "SourceIpType 0"};
    QTest::newRow("huawei") << fixture("huawei-show-monitor.json")
                            << QStringList{"monitor_port is empty", "http_method is HEAD"};
    QTest::newRow("aws") << fixture("aws-target-groups.json")
                         << QStringList{"variant alb", "200-299", "traffic-port", "fails open"};
    QTest::newRow("aws status") << fixture("aws-target-health.json")
                                << QStringList{"describe-target-health (profile aws): 3 backends",
                                               "10.0.0.5:80  unhealthy  Target.Timeout: Request timed out"};
    QTest::newRow("tencent status") << fixture("tencent-target-health.json")
                                    << QStringList{"10.0.0.5:80  Dead", "10.0.0.6:80  Alive"};
}

void TestImportCli::import()
{
    QFETCH(QString, file);
    QFETCH(QStringList, outHas);
    const Result r = run({"import", file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    for (const QString &part : outHas)
        QVERIFY2(QString::fromUtf8(r.out).contains(part),
                 qPrintable(part + QStringLiteral("\n---\n") + QString::fromUtf8(r.out)));
}

void TestImportCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("truncated") << QStringList{"import", fixture("truncated.json")} << QByteArray() << "looks truncated";
    QTest::newRow("another API") << QStringList{"import", "-"} << QByteArray("{\"LoadBalancerSet\": []}")
                                 << "this is Tencent Cloud DescribeLoadBalancers";
    QTest::newRow("out of range") << QStringList{"import", fixture("tencent-out-of-range.json")} << QByteArray()
                                  << "HealthCheck.HttpCode must be 1-31, got 40";
    QTest::newRow("no file") << QStringList{"import"} << QByteArray() << "import needs a FILE";
    QTest::newRow("missing file") << QStringList{"import", "/nonexistent/x.json"} << QByteArray()
                                  << "cannot read /nonexistent/x.json";
    QTest::newRow("status as config") << QStringList{"check", "--ip", "127.0.0.1", "--lb-config",
                                                     fixture("aws-target-health.json")}
                                      << QByteArray() << "pass it with --lb-status";
    QTest::newRow("config as status") << QStringList{"check",
                                                     "--profile",
                                                     "aws",
                                                     "--ip",
                                                     "127.0.0.1",
                                                     "--port",
                                                     "80",
                                                     "--source-cidr",
                                                     "10.0.0.0/16",
                                                     "--lb-status",
                                                     fixture("aws-target-groups.json")}
                                      << QByteArray() << "pass it with --lb-config";
    QTest::newRow("profile mismatch") << QStringList{"check",
                                                     "--profile",
                                                     "tencent",
                                                     "--ip",
                                                     "127.0.0.1",
                                                     "--lb-config",
                                                     fixture("aws-target-groups.json")}
                                      << QByteArray() << "is a aws configuration, but --profile says tencent";
    QTest::newRow("aws needs a source cidr")
        << QStringList{"check", "--ip", "127.0.0.1", "--lb-config", fixture("aws-target-groups.json")} << QByteArray()
        << "--source-cidr";
    QTest::newRow("tencent needs a port")
        << QStringList{"check", "--ip", "127.0.0.1", "--lb-config", fixture("tencent-listeners-tcp.json")}
        << QByteArray() << "values not given as options come from --lb-config";
}

void TestImportCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stdinData);
    QFETCH(QString, stderrPart);
    const Result r = run(args, stdinData);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrPart), r.err.constData());
}

void TestImportCli::importJson()
{
    const Result r = run({"import", fixture("aws-target-groups.json"), "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("kind").toString(), QStringLiteral("config"));
    const QJsonObject config = o.value("config").toObject();
    QCOMPARE(config.value("profile").toString(), QStringLiteral("aws"));
    QCOMPARE(config.value("variant").toString(), QStringLiteral("alb"));
    QCOMPARE(config.value("fields").toObject().value("codes").toObject().value("from").toString(),
             QStringLiteral("Matcher.HttpCode"));
    QCOMPARE(o.value("lint").toObject().value("step").toString(), QStringLiteral("lbconfig"));

    const Result s = run({"import", "-", "--json"}, [] {
        QFile f(fixture("huawei-members.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
    QCOMPARE(s.exitCode, 0);
    const QJsonArray backends =
        QJsonDocument::fromJson(s.out).object().value("status").toObject().value("backends").toArray();
    QCOMPARE(backends.size(), 3);
    QCOMPARE(backends.at(0).toObject().value("state").toString(), QStringLiteral("unhealthy"));
}

void TestImportCli::checkFillsTargetAndSaysTheContradiction()
{
    // A real backend on loopback answers; the load balancer's status says it times out.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const int port = server.serverPort();
    QTemporaryDir dir;
    QFile status(dir.filePath("status.json"));
    QVERIFY(status.open(QIODevice::WriteOnly));
    status.write(QStringLiteral("{\"TargetHealthDescriptions\":[{\"Target\":{\"Id\":\"127.0.0.1\",\"Port\":%1},"
                                "\"TargetHealth\":{\"State\":\"unhealthy\",\"Reason\":\"Target.Timeout\"}}]}")
                     .arg(port)
                     .toUtf8());
    status.close();
    const Result r = run({"check", "--lb-config", fixture("aws-target-groups.json"), "--listener", "tcp", "--ip",
                          "127.0.0.1", "--port", QString::number(port), "--source-cidr", "10.0.0.0/16", "--lb-status",
                          status.fileName(), "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject target = o.value("target").toObject();
    QVERIFY(target.value("importedFrom").toString().startsWith(QStringLiteral("aws describe-target-groups")));
    QCOMPARE(o.value("profile").toObject().value("id").toString(), QStringLiteral("aws"));
    // Imported where no option was given; the explicit --port/--check-port/--listener win.
    const QJsonObject imported = target.value("imported").toObject();
    QCOMPARE(imported.value("path").toObject().value("value").toString(), QStringLiteral("/health"));
    QVERIFY(!imported.contains("port"));
    QVERIFY(!imported.contains("listener"));
    // traffic-port follows the explicit --port.
    QCOMPARE(imported.value("check-port").toObject().value("value").toString(), QString::number(port));
    QCOMPARE(target.value("checkPort").toInt(), port);
    QCOMPARE(target.value("path").toString(), QStringLiteral("/health"));
    QCOMPARE(target.value("codes").toString(), QStringLiteral("2xx"));
    QJsonObject lbstatus, lbconfig, tcp;
    for (const QJsonValue &f : o.value("findings").toArray()) {
        const QString step = f[QStringLiteral("step")].toString();
        if (step == QStringLiteral("lbstatus"))
            lbstatus = f.toObject();
        else if (step == QStringLiteral("lbconfig"))
            lbconfig = f.toObject();
        else if (step == QStringLiteral("tcp"))
            tcp = f.toObject();
    }
    QCOMPARE(tcp.value("status").toString(), QStringLiteral("pass"));
    QCOMPARE(lbstatus.value("status").toString(), QStringLiteral("fail"));
    QCOMPARE(lbstatus.value("outcome").toString(), QStringLiteral("timeout"));
    QVERIFY2(
        lbstatus.value("evidence")
            .toArray()
            .contains(QStringLiteral(
                "The load balancer reports a timeout, but the connection from here works: look at what differs between here "
                "and the load balancer: the source CIDR rules, the security group.")),
        r.out.constData());
    QCOMPARE(lbconfig.value("kind").toString(), QStringLiteral("lbconfig"));
    QCOMPARE(o.value("rootCause").toObject().value("step").toString(), QStringLiteral("lbstatus"));
}

void TestImportCli::explicitOptionsWin()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Result r =
        run({"check", "--lb-config", fixture("huawei-list-monitors.json"), "--ip", "127.0.0.1", "--port",
             QString::number(server.serverPort()), "--check-port", QString::number(server.serverPort()), "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject target = QJsonDocument::fromJson(r.out).object().value("target").toObject();
    QCOMPARE(target.value("checkPort").toInt(), int(server.serverPort()));
    QCOMPARE(target.value("listener").toString(), QStringLiteral("tcp"));
    QVERIFY(target.value("imported").toObject().contains("unhealthy-threshold"));
    QVERIFY(!target.value("imported").toObject().contains("check-port"));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
