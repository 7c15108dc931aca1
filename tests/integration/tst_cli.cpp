#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The command-line contract of docs/cli.md, exercised on the real executable.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void profilesJsonListsEveryVariant();
    void badProfileFileIsNamed();
    void evidenceFromFileRoutesToStep();
    void reportFormatIsCheckedBeforeRunning();

private:
    using Result = CliRun;
    Result run(const QStringList &args, const QByteArray &stdinData = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_home;
};

TestCli::Result TestCli::run(const QStringList &args, const QByteArray &stdinData, const QProcessEnvironment &env)
{
    return runCli(args, m_home.path(), stdinData, WaitBy::Blocking, 30000, env);
}

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    const QStringList http{"check",      "--profile", "huawei", "--variant", "shared",
                           "--listener", "http",      "--ip",   "127.0.0.1"};
    QTest::newRow("version") << QStringList{"--version"} << 0 << "";
    QTest::newRow("help") << QStringList{"--help"} << 0 << "";
    QTest::newRow("no command") << QStringList{} << 2 << "no command given";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command \"frobnicate\"";
    QTest::newRow("port 0") << (http + QStringList{"--port", "0"}) << 2 << "port must be 1-65535, got 0";
    QTest::newRow("path with CRLF") << (http + QStringList{"--port", "80", "--path", "/a\r\nX-Evil: 1"}) << 2
                                    << "line breaks (CR/LF)";
    QTest::newRow("domain with LF") << (http + QStringList{"--port", "80", "--domain", "a.com\nb"}) << 2
                                    << "line breaks (CR/LF)";
    QTest::newRow("bad codes") << (http + QStringList{"--port", "80", "--codes", "2xx,abc"}) << 2
                               << "\"abc\" is not a status code";
    QTest::newRow("unknown profile") << QStringList{"check", "--profile", "nosuch", "--ip", "127.0.0.1", "--port", "80"}
                                     << 2 << "unknown profile \"nosuch\"; one of: alibaba";
    QTest::newRow("unknown variant") << QStringList{"check", "--profile", "huawei", "--variant", "x",
                                                    "--ip",  "127.0.0.1", "--port", "80"}
                                     << 2 << "has no variant \"x\"";
    QTest::newRow("dedicated needs a cidr")
        << QStringList{"check", "--profile", "huawei", "--variant", "dedicated", "--ip", "127.0.0.1", "--port", "80"}
        << 2 << "--source-cidr";
    QTest::newRow("missing ip") << QStringList{"check", "--profile", "alibaba", "--port", "80"} << 2
                                << "backend IP is required";
    QTest::newRow("bad timeout") << QStringList{"check",  "--profile", "alibaba",   "--ip", "127.0.0.1",
                                                "--port", "80",        "--timeout", "0"}
                                 << 2 << "--timeout must be 1-600000 ms";
    QTest::newRow("unknown option") << QStringList{"check", "--profile", "alibaba", "--bogus"} << 2
                                    << "Unknown option 'bogus'";
    QTest::newRow("analyze unknown kind")
        << QStringList{"analyze", "nosuchkind", "--profile", "alibaba", "--port", "80", "--file", "-"} << 2
        << "unknown kind \"nosuchkind\"; known kinds:";
    QTest::newRow("analyze without kind")
        << QStringList{"analyze", "--profile", "alibaba", "--port", "80", "--file", "-"} << 2 << "analyze needs a KIND";
    QTest::newRow("evidence missing file") << QStringList{"check", "--profile",  "alibaba",
                                                          "--ip",  "127.0.0.1",  "--port",
                                                          "80",    "--evidence", "listening=/nonexistent/x"}
                                           << 2 << "cannot read /nonexistent/x";
    QTest::newRow("evidence bad kind") << QStringList{"check",  "--profile", "alibaba",    "--ip",          "127.0.0.1",
                                                      "--port", "80",        "--evidence", "frob=/dev/null"}
                                       << 2 << "unknown evidence kind \"frob\"";
    QTest::newRow("evidence without =") << QStringList{"check",  "--profile", "alibaba",    "--ip",    "127.0.0.1",
                                                       "--port", "80",        "--evidence", "iptables"}
                                        << 2 << "--evidence takes KIND=FILE";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    const Result r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrPart), r.err.constData());
    if (exitCode == 2)
        QVERIFY2(r.out.isEmpty(), "bad usage prints nothing on stdout");
}

void TestCli::profilesJsonListsEveryVariant()
{
    const Result r = run({"profiles", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QStringList seen;
    QHash<QString, QJsonObject> variants;
    for (const QJsonValue &p : root.value("profiles").toArray()) {
        for (const QJsonValue &v : p.toObject().value("variants").toArray()) {
            const QString id = p.toObject().value("id").toString() + '/' + v.toObject().value("id").toString();
            seen << id;
            variants.insert(id, v.toObject());
        }
    }
    for (const char *id : {"alibaba/default", "tencent/default", "huawei/shared", "huawei/classic", "huawei/tcp-http",
                           "huawei/dedicated", "aws/alb", "azure/standard", "gcp/default", "custom/default"})
        QVERIFY2(seen.contains(QString::fromLatin1(id)), id);
    QCOMPARE(variants["huawei/shared"].value("healthCheckCidrs").toArray().first().toString(),
             QStringLiteral("100.125.0.0/16"));
    QCOMPARE(variants["huawei/shared"].value("http").toObject().value("healthyCodes").toString(),
             QStringLiteral("200,202,401"));
    QCOMPARE(variants["alibaba/default"].value("http").toObject().value("healthyCodes").toString(),
             QStringLiteral("2xx,3xx"));
    QCOMPARE(variants["gcp/default"].value("healthCheckCidrs").toArray().size(), 2);
    QVERIFY(variants["huawei/dedicated"].value("cidrFromUser").toBool());
    QVERIFY(root.value("errors").toArray().isEmpty());
}

void TestCli::badProfileFileIsNamed()
{
    QTemporaryDir dir;
    QFile::copy(LBDOCTOR_FIXTURES_DIR "/profiles/bad-cidr.json", dir.filePath("bad-cidr.json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LBDOCTOR_PROFILE_PATH", dir.path());
    const Result r = run({"profiles"}, {}, env);
    QCOMPARE(r.exitCode, 0); // the other profiles still load
    QVERIFY2(r.err.contains("bad-cidr.json: variants[0].healthCheckCidrs[1]: prefix length must be 0-32, got 33"),
             r.err.constData());
    QVERIFY(r.out.contains("alibaba"));
}

void TestCli::evidenceFromFileRoutesToStep()
{
    QTemporaryDir dir;
    QFile f(dir.filePath("garbage.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not the output of any command\n");
    f.close();
    const Result r = run({"check", "--profile", "alibaba", "--listener", "tcp", "--ip", "127.0.0.1", "--port", "9",
                          "--timeout", "300", "--evidence", "listening=" + f.fileName(), "--json"});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value("tool").toObject().value("name").toString(), QStringLiteral("lbdoctor"));
    QVERIFY(root.contains("verdict") && root.contains("rootCause") && root.contains("profile")
            && root.contains("target"));
    bool found = false;
    for (const QJsonValue &v : root.value("findings").toArray()) {
        const QJsonObject finding = v.toObject();
        for (const char *key : {"step", "status", "summary", "evidence", "fix", "commands", "raw", "durationMs"})
            QVERIFY2(finding.contains(key), key);
        if (finding.value("step").toString() == "listening") {
            found = true;
            QCOMPARE(finding.value("status").toString(), QStringLiteral("unknown"));
            QVERIFY(finding.value("raw").toString().contains("not the output"));
        }
    }
    QVERIFY(found);
}

void TestCli::reportFormatIsCheckedBeforeRunning()
{
    QTemporaryDir dir;
    const QString report = dir.filePath("report.docx");
    const Result r = run({"check", "--profile", "alibaba", "--ip", "127.0.0.1", "--port", "80", "--report", report});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("report format follows the extension"), r.err.constData());
    QVERIFY(!QFile::exists(report));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
