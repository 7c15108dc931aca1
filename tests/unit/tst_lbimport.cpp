#include "analyzers/analyzer.h"
#include "analyzers/lb/lbconfiglint.h"
#include "analyzers/lb/lbconfigtarget.h"
#include "analyzers/lb/lbimport.h"
#include "analyzers/lb/lbstatusfinding.h"
#include "core/diagnosis.h"
#include "core/profilestore.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Issue 15: the load balancer's own view, read from the providers' CLI/API JSON (fixtures under
// tests/fixtures/lb, each naming the API reference its shape comes from).
class TestLbImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void config_data();
    void config();
    void lint_data();
    void lint();
    void status_data();
    void status();
    void badInput_data();
    void badInput();
    void damagedInputNeverCrashes();
    void fillsTheRunContext();
    void registryRoutesByContent();
    void providerReasonIsAStrongHint();
    void contradictionIsSaidPlainly();
    void observedRedirectMakesTheCodesTheCause();

private:
    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/lb/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return QString::fromUtf8(file.readAll()); // the reader skips the '#' header before the first '{'
    }
    RunContext context(const QString &profile, const QString &ip, int port) const
    {
        RunContext c;
        c.profile = *m_store.find(profile);
        c.variant = *c.profile.variant({});
        TargetInput in;
        in.listener = QStringLiteral("http");
        in.host = ip;
        in.port = QString::number(port);
        c.target = TargetValidator::validate(in).target;
        return c;
    }
    ProfileStore m_store;
};

void TestLbImport::initTestCase()
{
    m_store.loadAll();
    QVERIFY(m_store.find(QStringLiteral("aws")));
}

void TestLbImport::config_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("healthCheckOn");
    // key=value<source; "!key" means the field must not be filled.
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("alibaba http, $_ip, aliyun RequestId")
        << "alibaba-http-attribute.json"
        << "alibaba"
        << ""
        << "DescribeLoadBalancerHTTPListenerAttribute" << true
        << QStringList{"listener=http<(DescribeLoadBalancerHTTPListenerAttribute)",
                       "port=80<BackendServerPort",
                       "check-port=8080<HealthCheckConnectPort",
                       "path=/health<HealthCheckURI",
                       "domain=<HealthCheckDomain ($_ip)",
                       "codes=2xx,3xx<HealthCheckHttpCode",
                       "method=HEAD<HealthCheckMethod",
                       "timeout=3<HealthCheckTimeout",
                       "interval=2<HealthCheckInterval",
                       "healthy-threshold=3<HealthyThreshold",
                       "unhealthy-threshold=3<UnhealthyThreshold"};
    QTest::newRow("alibaba tcp, -520 check port")
        << "alibaba-tcp-attribute.json"
        << "alibaba"
        << ""
        << "DescribeLoadBalancerTCPListenerAttribute" << true
        << QStringList{"listener=tcp<(DescribeLoadBalancerTCPListenerAttribute)",
                       "port=8443<BackendServerPort",
                       "!check-port",
                       "timeout=5<HealthCheckConnectTimeout",
                       "interval=2<HealthCheckInterval",
                       "!path"};
    QTest::newRow("alibaba health check off")
        << "alibaba-http-off.json"
        << "alibaba"
        << ""
        << "DescribeLoadBalancerHTTPListenerAttribute" << false << QStringList{"port=80<BackendServerPort"};
    QTest::newRow("tencent tccli, HttpCode 6, HTTP/1.1, SourceIpType 0")
        << "tencent-listeners-tcp.json"
        << "tencent"
        << "http11"
        << "DescribeListeners" << true
        << QStringList{"listener=http<HealthCheck.CheckType",
                       "codes=2xx,3xx<HealthCheck.HttpCode",
                       "path=/status<HealthCheck.HttpCheckPath",
                       "domain=<HealthCheck.HttpCheckDomain",
                       "method=GET<HealthCheck.HttpCheckMethod",
                       "http-version=1.1<HealthCheck.HttpVersion",
                       "timeout=2<HealthCheck.TimeOut",
                       "interval=5<HealthCheck.IntervalTime",
                       "healthy-threshold=3<HealthCheck.HealthNum",
                       "unhealthy-threshold=3<HealthCheck.UnHealthNum",
                       "!check-port",
                       "!source-cidr",
                       "!port"};
    QTest::newRow("tencent raw API Response, rule health check, HttpCode 31")
        << "tencent-listeners-http-api.json"
        << "tencent"
        << "default"
        << "DescribeListeners" << true
        << QStringList{"listener=http<Rules[0].HealthCheck.CheckType",
                       "codes=1xx,2xx,3xx,4xx,5xx<Rules[0].HealthCheck.HttpCode",
                       "domain=www.example.com<Rules[0].HealthCheck.HttpCheckDomain",
                       "method=HEAD<Rules[0].HealthCheck.HttpCheckMethod",
                       "source-cidr=100.64.0.0/10<Rules[0].HealthCheck.SourceIpType",
                       "http-version=1.0<Rules[0].HealthCheck.HttpVersion"};
    QTest::newRow("tencent custom udp") << "tencent-custom-udp.json"
                                        << "tencent"
                                        << ""
                                        << "DescribeListeners" << true
                                        << QStringList{"listener=udp<Listeners[0].Protocol",
                                                       "check-type=CUSTOM<HealthCheck.CheckType",
                                                       "send=ping<HealthCheck.SendContext",
                                                       "expect=pong<HealthCheck.RecvContext",
                                                       "check-port=5353<HealthCheck.CheckPort"};
    QTest::newRow("huawei ShowHealthMonitor, empty monitor_port")
        << "huawei-show-monitor.json"
        << "huawei"
        << "shared"
        << "ShowHealthMonitor" << true
        << QStringList{"listener=http<healthmonitor.type",
                       "!check-port",
                       "path=/healthz<healthmonitor.url_path",
                       "domain=www.example.com<healthmonitor.domain_name",
                       "codes=200-204<healthmonitor.expected_codes",
                       "method=HEAD<healthmonitor.http_method",
                       "timeout=3<healthmonitor.timeout",
                       "interval=5<healthmonitor.delay",
                       "healthy-threshold=3<healthmonitor.max_retries",
                       "unhealthy-threshold=3<healthmonitor.max_retries_down"};
    QTest::newRow("huawei ListHealthMonitors tcp")
        << "huawei-list-monitors.json"
        << "huawei"
        << "shared"
        << "ListHealthMonitors" << true
        << QStringList{"listener=tcp<healthmonitors[0].type", "check-port=8080<healthmonitors[0].monitor_port",
                       "!codes", "!path"};
    QTest::newRow("aws alb, traffic-port, 200-299")
        << "aws-target-groups.json"
        << "aws"
        << "alb"
        << "describe-target-groups" << true
        << QStringList{"listener=http<HealthCheckProtocol",
                       "port=80<Port",
                       "check-port=80<HealthCheckPort (traffic-port = Port)",
                       "path=/health<HealthCheckPath",
                       "codes=200-299<Matcher.HttpCode",
                       "timeout=5<HealthCheckTimeoutSeconds",
                       "interval=30<HealthCheckIntervalSeconds",
                       "healthy-threshold=5<HealthyThresholdCount",
                       "unhealthy-threshold=2<UnhealthyThresholdCount"};
    QTest::newRow("aws nlb, 200,302") << "aws-target-groups-nlb.json"
                                      << "aws"
                                      << "nlb"
                                      << "describe-target-groups" << true
                                      << QStringList{"port=443<Port", "check-port=8080<HealthCheckPort",
                                                     "codes=200,302<Matcher.HttpCode", "path=/ready<HealthCheckPath"};
}

void TestLbImport::config()
{
    QFETCH(QString, file);
    QFETCH(QString, profile);
    QFETCH(QString, variant);
    QFETCH(QString, api);
    QFETCH(bool, healthCheckOn);
    QFETCH(QStringList, fields);
    const LbImportResult r = LbImport::read(fixture(file));
    QVERIFY2(r.config, qPrintable(r.error));
    QVERIFY(!r.status);
    QCOMPARE(r.config->profileId, profile);
    QCOMPARE(r.config->variantId, variant);
    QCOMPARE(r.config->api, api);
    QCOMPARE(r.config->healthCheckOn, healthCheckOn);
    for (const QString &spec : fields) {
        if (spec.startsWith(QLatin1Char('!'))) {
            QVERIFY2(!r.config->has(spec.mid(1)),
                     qPrintable(spec + QStringLiteral(" is filled: ") + r.config->value(spec.mid(1))));
            continue;
        }
        const qsizetype eq = spec.indexOf(QLatin1Char('=')), lt = spec.lastIndexOf(QLatin1Char('<'));
        const QString key = spec.left(eq);
        QVERIFY2(r.config->has(key), qPrintable(key));
        QCOMPARE(r.config->value(key), spec.mid(eq + 1, lt - eq - 1));
        QCOMPARE(r.config->fields.value(key).sourceField, spec.mid(lt + 1));
    }
    // Every imported value the target takes passes the same validation as typed input.
    const QHash<QString, QString> options = LbConfigTarget::optionValues(*r.config);
    TargetInput in;
    in.host = QStringLiteral("10.0.0.5");
    in.listener = options.value(QStringLiteral("listener"), QStringLiteral("tcp"));
    in.port = options.value(QStringLiteral("port"), QStringLiteral("80"));
    in.checkPort = options.value(QStringLiteral("check-port"));
    in.domain = options.value(QStringLiteral("domain"));
    in.path = options.value(QStringLiteral("path"));
    in.codes = options.value(QStringLiteral("codes"));
    in.sourceCidr = options.value(QStringLiteral("source-cidr"));
    const TargetValidation v = TargetValidator::validate(in);
    QVERIFY2(v.ok(), qPrintable(v.errorText()));
}

void TestLbImport::lint_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("servicePort");
    QTest::addColumn<QStringList>("warnings"); // outcomes with status Warn, in order
    QTest::addColumn<QStringList>("notes"); // outcomes reported as notes
    QTest::addColumn<QString>("commandHas");
    QTest::newRow("alibaba: check port 8080 != 80, timeout 3 >= interval 2")
        << "alibaba-http-attribute.json" << 0 << QStringList{"check-port", "timeout-interval"} << QStringList{}
        << "aliyun slb SetLoadBalancerHTTPListenerAttribute --LoadBalancerId lb-bp1example --ListenerPort 80 --HealthCheckConnectPort 80";
    QTest::newRow("alibaba: off") << "alibaba-http-off.json" << 0 << QStringList{"check-off", "timeout-interval"}
                                  << QStringList{} << "--HealthCheck on";
    QTest::newRow("alibaba tcp: connect timeout >= interval")
        << "alibaba-tcp-attribute.json" << 0 << QStringList{"timeout-interval"} << QStringList{}
        << "--HealthCheckConnectTimeout 2";
    QTest::newRow("tencent: HTTP/1.1 without domain, fails open, 3xx allowed")
        << "tencent-listeners-tcp.json" << 80 << QStringList{"no-host"} << QStringList{"fail-open"}
        << "tccli clb ModifyListener --LoadBalancerId LB_ID --ListenerId lbl-tcp80 --HealthCheck '{\"HttpCheckDomain\":\"www.example.com\"}'";
    QTest::newRow("tencent: nothing to change")
        << "tencent-listeners-http-api.json" << 80 << QStringList{} << QStringList{"fail-open"} << "";
    QTest::newRow("huawei: unsupported http_method, no redirects")
        << "huawei-show-monitor.json" << 80 << QStringList{"method"} << QStringList{"codes-redirect"}
        << "hcloud ELB UpdateHealthMonitor/v3 --healthmonitor_id=hm-0001 --healthmonitor.http_method=GET";
    QTest::newRow("huawei: tcp check port and timeout = delay")
        << "huawei-list-monitors.json" << 80 << QStringList{"check-port", "timeout-interval"} << QStringList{}
        << "--healthmonitor.monitor_port=80";
    QTest::newRow("aws alb: redirects excluded, fails open")
        << "aws-target-groups.json" << 0 << QStringList{} << QStringList{"codes-redirect", "fail-open"} << "";
    QTest::newRow("aws nlb: check port 8080 != 443")
        << "aws-target-groups-nlb.json" << 0 << QStringList{"check-port"} << QStringList{"fail-open"}
        << "aws elbv2 modify-target-group --target-group-arn arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tcp/0000000000000001 --health-check-port traffic-port";
}

void TestLbImport::lint()
{
    QFETCH(QString, file);
    QFETCH(int, servicePort);
    QFETCH(QStringList, warnings);
    QFETCH(QStringList, notes);
    QFETCH(QString, commandHas);
    const LbImportResult r = LbImport::read(fixture(file));
    QVERIFY2(r.config, qPrintable(r.error));
    QStringList gotWarnings, gotNotes;
    for (const LbConfigLint::Problem &p : LbConfigLint::problems(*r.config, servicePort)) {
        (p.status == Status::Warn ? gotWarnings : gotNotes) << p.outcome;
        if (p.status == Status::Warn)
            QVERIFY2(!p.fix.isEmpty() && !p.command.isEmpty(), qPrintable(p.outcome));
    }
    QCOMPARE(gotWarnings, warnings);
    QCOMPARE(gotNotes, notes);
    RunContext c = context(r.config->profileId, QStringLiteral("10.0.0.5"), servicePort > 0 ? servicePort : 80);
    const Finding f = LbConfigLint::finding(*r.config, c, fixture(file));
    QCOMPARE(f.step, QStringLiteral("lbconfig"));
    QCOMPARE(f.status, warnings.isEmpty() ? Status::Pass : Status::Warn);
    QCOMPARE(f.outcome, warnings.isEmpty() ? QStringLiteral("ok") : warnings.first());
    if (!commandHas.isEmpty())
        QVERIFY2(f.commands.join(QLatin1Char('\n')).contains(commandHas),
                 qPrintable(f.commands.join(QLatin1Char('\n'))));
    // The evidence says what was filled and from which field.
    QVERIFY(f.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("(from ")));
}

void TestLbImport::status_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("backends");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("aws Target.Timeout") << "aws-target-health.json"
                                        << "10.0.0.5" << 80 << 3 << int(Status::Fail) << "timeout"
                                        << "Target.Timeout (Request timed out)";
    QTest::newRow("aws healthy") << "aws-target-health.json"
                                 << "10.0.0.6" << 80 << 3 << int(Status::Pass) << "healthy"
                                 << "10.0.0.6:80 as healthy";
    QTest::newRow("aws Target.NotInUse") << "aws-target-health.json"
                                         << "10.0.0.7" << 80 << 3 << int(Status::Warn) << "unused"
                                         << "Target.NotInUse";
    QTest::newRow("aws not listed") << "aws-target-health.json"
                                    << "10.0.0.9" << 80 << 3 << int(Status::Unknown) << ""
                                    << "does not list 10.0.0.9:80";
    QTest::newRow("aws ResponseCodeMismatch") << "aws-target-health-mismatch.json"
                                              << "10.0.0.5" << 80 << 2 << int(Status::Fail) << "bad-status"
                                              << "[302]";
    QTest::newRow("aws FailedHealthChecks") << "aws-target-health-mismatch.json"
                                            << "10.0.0.6" << 80 << 2 << int(Status::Fail) << "failed"
                                            << "Target.FailedHealthChecks";
    QTest::newRow("alibaba abnormal") << "alibaba-health-status.json"
                                      << "10.0.0.5" << 80 << 3 << int(Status::Fail) << "unhealthy"
                                      << "abnormal";
    QTest::newRow("alibaba unavailable") << "alibaba-health-status.json"
                                         << "10.0.0.7" << 80 << 3 << int(Status::Unknown) << ""
                                         << "unavailable";
    QTest::newRow("alb RESPONSE_MISMATCH") << "alibaba-alb-health.json"
                                           << "10.0.0.5" << 80 << 1 << int(Status::Fail) << "bad-status"
                                           << "answered 302, expected 2xx";
    QTest::newRow("alb healthy = not listed") << "alibaba-alb-health.json"
                                              << "10.0.0.6" << 80 << 1 << int(Status::Pass) << "healthy"
                                              << "does not list 10.0.0.6:80";
    QTest::newRow("tencent Dead") << "tencent-target-health.json"
                                  << "10.0.0.5" << 80 << 2 << int(Status::Fail) << "unhealthy"
                                  << "Dead";
    QTest::newRow("tencent Alive") << "tencent-target-health.json"
                                   << "10.0.0.6" << 80 << 2 << int(Status::Pass) << "healthy"
                                   << "Alive";
    QTest::newRow("huawei OFFLINE") << "huawei-members.json"
                                    << "10.0.0.5" << 80 << 3 << int(Status::Fail) << "unhealthy"
                                    << "OFFLINE";
    QTest::newRow("huawei NO_MONITOR") << "huawei-members.json"
                                       << "10.0.0.7" << 80 << 3 << int(Status::Unknown) << ""
                                       << "NO_MONITOR";
}

void TestLbImport::status()
{
    QFETCH(QString, file);
    QFETCH(QString, ip);
    QFETCH(int, port);
    QFETCH(int, backends);
    QFETCH(int, status);
    QFETCH(QString, outcome);
    QFETCH(QString, summaryHas);
    const LbImportResult r = LbImport::read(fixture(file));
    QVERIFY2(r.status, qPrintable(r.error));
    QCOMPARE(r.status->backends.size(), backends);
    const Finding f = LbStatusFinding::finding(*r.status, context(r.status->profileId, ip, port), QString());
    QCOMPARE(f.step, QStringLiteral("lbstatus"));
    QCOMPARE(int(f.status), status);
    QCOMPARE(f.outcome, outcome);
    QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    // Every backend is listed in the evidence, the chosen one marked.
    QCOMPARE(f.evidence.filter(QStringLiteral("> ")).size(),
             f.status == Status::Unknown && outcome.isEmpty() && !f.summary.contains(QStringLiteral(" as "))
                 ? 0
                 : (r.status->listsOnlyProblems && status == int(Status::Pass) ? 0 : 1));
}

void TestLbImport::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorHas");
    QTest::newRow("truncated") << fixture("truncated.json") << "truncated";
    QTest::newRow("another API")
        << fixture("alibaba-describe-load-balancers.json")
        << "this is Alibaba Cloud DescribeLoadBalancers, not a listener's health-check configuration or a backend status: run aliyun slb DescribeLoadBalancerHTTPListenerAttribute";
    QTest::newRow("out of range") << fixture("tencent-out-of-range.json")
                                  << "HealthCheck.HttpCode must be 1-31, got 40";
    QTest::newRow("empty") << QString() << "the input is empty";
    QTest::newRow("not json") << QStringLiteral("Chain INPUT (policy ACCEPT)") << "no JSON object found";
    QTest::newRow("garbage json") << QStringLiteral("{\"a\": tru, \"b\": 1}") << "not valid JSON at character";
    QTest::newRow("unknown json") << QStringLiteral("{\"hello\": 1}")
                                  << "not a listener's health-check configuration or a backend status LB Doctor knows";
    QTest::newRow("aws two groups") << QStringLiteral(
        "{\"TargetGroups\":[{\"TargetGroupName\":\"a\"},{\"TargetGroupName\":\"b\"}]}")
                                    << "returned 2 target groups (a, b)";
    QTest::newRow("aws describe-load-balancers")
        << QStringLiteral("{\"LoadBalancers\":[{\"LoadBalancerArn\":\"arn:x\"}]}")
        << "this is aws elbv2 describe-load-balancers";
    QTest::newRow("api error") << QStringLiteral(
        "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"bad key\"},\"RequestId\":\"x\"}}")
                               << "the API call failed (AuthFailure: bad key)";
    QTest::newRow("aws interval 1") << QStringLiteral(
        "{\"TargetGroups\":[{\"Protocol\":\"HTTP\",\"Port\":80,\"HealthCheckIntervalSeconds\":1}]}")
                                    << "HealthCheckIntervalSeconds must be 5-300, got 1";
    QTest::newRow("huawei bad type") << QStringLiteral("{\"healthmonitor\":{\"type\":\"PING\",\"delay\":5}}")
                                     << "healthmonitor.type must be TCP, UDP_CONNECT, HTTP or HTTPS";
    QTest::newRow("empty lists") << QStringLiteral("{\"LoadBalancers\":[], \"Listeners\":[]}")
                                 << "DescribeListeners returned no listener";
    QTest::newRow("aws empty health") << QStringLiteral("{\"TargetHealthDescriptions\":[]}")
                                      << "describe-target-health lists no target";
    QTest::newRow("huawei empty members") << QStringLiteral("{\"members\":[]}") << "ListMembers returned no member";
    QTest::newRow("alibaba port 70000") << QStringLiteral(
        "{\"ListenerPort\":80,\"HealthCheck\":\"on\",\"HealthCheckConnectPort\":70000}")
                                        << "HealthCheckConnectPort must be 1-65535, got 70000";
}

void TestLbImport::badInput()
{
    QFETCH(QString, text);
    QFETCH(QString, errorHas);
    const LbImportResult r = LbImport::read(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(errorHas), qPrintable(r.error));
}

void TestLbImport::damagedInputNeverCrashes()
{
    // Every fixture cut at many points and with bytes flipped: a result or a message, never a crash.
    const QStringList files = QDir(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/lb")).entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 15);
    int reads = 0;
    for (const QString &name : files) {
        const QString text = fixture(name);
        for (qsizetype cut = 0; cut < text.size(); cut += 5) {
            QString damaged = text.left(cut);
            const LbImportResult a = LbImport::read(damaged);
            QVERIFY(a.ok() || !a.error.isEmpty());
            damaged = text;
            damaged[cut] = QChar(u"{}[]\":,0a"[cut % 10]);
            const LbImportResult b = LbImport::read(damaged);
            QVERIFY(b.ok() || !b.error.isEmpty());
            reads += 2;
        }
    }
    QVERIFY(reads > 1000);
}

void TestLbImport::fillsTheRunContext()
{
    const LbImportResult r = LbImport::read(fixture("tencent-listeners-tcp.json"));
    QVERIFY(r.config);
    ProfileVariant v = *m_store.find(QStringLiteral("tencent"))->variant(r.config->variantId);
    LbConfigTarget::applyToVariant(*r.config, v);
    QCOMPARE(v.http.method, QStringLiteral("GET"));
    QCOMPARE(v.http.version, QStringLiteral("1.1"));
    QCOMPARE(v.timing.intervalSeconds, 5);
    QCOMPARE(v.timing.timeoutSeconds, 2);
    Target t;
    LbConfigTarget::recordIn(*r.config, QStringLiteral("l.json"), t);
    QCOMPARE(t.importedFrom, QStringLiteral("tencent DescribeListeners (l.json)"));
    QCOMPARE(t.toJson()
                 .value(QStringLiteral("imported"))
                 .toObject()
                 .value(QStringLiteral("codes"))
                 .toObject()
                 .value(QStringLiteral("from"))
                 .toString(),
             QStringLiteral("HealthCheck.HttpCode"));
}

void TestLbImport::registryRoutesByContent()
{
    const Analyzer *config = AnalyzerRegistry::recognize(QStringLiteral("lbconfig"), fixture("aws-target-groups.json"));
    QVERIFY(config);
    QCOMPARE(config->kind(), QStringLiteral("lbconfig"));
    QVERIFY(!AnalyzerRegistry::recognize(QStringLiteral("lbconfig"), fixture("aws-target-health.json")));
    const Analyzer *status = AnalyzerRegistry::recognize(QStringLiteral("lbstatus"), fixture("huawei-members.json"));
    QVERIFY(status);
    QCOMPARE(status->kind(), QStringLiteral("lbstatus"));
    // A status pasted for the configuration step is named for what it is.
    AnalyzerInput in{fixture("aws-target-health.json"), context(QStringLiteral("aws"), QStringLiteral("10.0.0.5"), 80)};
    const Finding wrong = AnalyzerRegistry::find(QStringLiteral("lbconfig"))->analyze(in);
    QCOMPARE(wrong.status, Status::Unknown);
    QVERIFY2(wrong.summary.contains(QStringLiteral("backend status (describe-target-health)")),
             qPrintable(wrong.summary));
}

namespace {
Finding make(const char *step, Status status, const char *outcome)
{
    Finding f = Finding::make(QString::fromLatin1(step), status, QStringLiteral("s"));
    f.outcome = QString::fromLatin1(outcome);
    return f;
}
} // namespace

void TestLbImport::providerReasonIsAStrongHint()
{
    // The firewall drop explains both probes' timeouts, but the load balancer itself reports a
    // refused connection, which only "nothing listens" explains: the provider's reason decides.
    const QList<Finding> findings{make("firewall", Status::Fail, "drop"),
                                  make("listening", Status::Fail, "not-listening"),
                                  make("tcp", Status::Fail, "timeout"), make("http", Status::Fail, "timeout"),
                                  make("lbstatus", Status::Fail, "refused")};
    const DiagnosisResult d = Diagnosis::diagnose(findings, Listener::Http);
    QVERIFY(d.rootCause);
    QCOMPARE(findings[*d.rootCause].step, QStringLiteral("listening"));
    // Without the provider's view, the firewall explains the most.
    const DiagnosisResult without = Diagnosis::diagnose(findings.mid(0, 4), Listener::Http);
    QCOMPARE(findings[*without.rootCause].step, QStringLiteral("firewall"));
    // A security-group drop explains the load balancer's timeout: it is the root, the status explained.
    const QList<Finding> sg{make("secgroup", Status::Fail, "drop"), make("tcp", Status::Pass, "connected"),
                            make("lbstatus", Status::Fail, "timeout")};
    const DiagnosisResult s = Diagnosis::diagnose(sg, Listener::Tcp);
    QCOMPARE(sg[*s.rootCause].step, QStringLiteral("secgroup"));
    QCOMPARE(s.explainedByRoot, QList<qsizetype>{2});
}

void TestLbImport::contradictionIsSaidPlainly()
{
    const LbImportResult r = LbImport::read(fixture("aws-target-health.json"));
    QVERIFY(r.status);
    const RunContext c = context(QStringLiteral("aws"), QStringLiteral("10.0.0.5"), 80);
    const Finding status = LbStatusFinding::finding(*r.status, c, QString());
    const Finding tcp = make("tcp", Status::Pass, "connected");
    const Finding related = relateLbStatus(status, tcp, c);
    QVERIFY(related.evidence.last().startsWith(QStringLiteral(
        "The load balancer reports a timeout, but the connection from here works: "
        "look at what differs between here and the load balancer: the source CIDR rules, the security group")));
    QCOMPARE(relateLbStatus(related, tcp, c), related); // applying it again changes nothing
    QCOMPARE(relateLbStatus(status, make("tcp", Status::Fail, "timeout"), c), status);
    // Only the load balancer's failure: it is the root, and says so.
    const QList<Finding> findings{tcp, related};
    const DiagnosisResult d = Diagnosis::diagnose(findings, Listener::Tcp);
    QCOMPARE(findings[*d.rootCause].step, QStringLiteral("lbstatus"));
    QVERIFY(d.rootReason.contains(QStringLiteral("The load balancer itself reports")));
}

void TestLbImport::observedRedirectMakesTheCodesTheCause()
{
    const QString raw = fixture("aws-target-groups.json");
    const LbImportResult r = LbImport::read(raw);
    QVERIFY(r.config);
    const RunContext c = context(QStringLiteral("aws"), QStringLiteral("10.0.0.5"), 80);
    const Finding config = LbConfigLint::finding(*r.config, c, raw);
    QCOMPARE(config.status, Status::Pass);
    Finding http = make("http", Status::Fail, "bad-status");
    http.raw = QStringLiteral(
        "--- request ---\nGET /health HTTP/1.1\r\n\r\n--- response ---\nHTTP/1.1 302 Found\r\nLocation: https://x/\r\n");
    const Finding related = relateLbConfig(config, http, c);
    QCOMPARE(related.status, Status::Warn);
    QCOMPARE(related.outcome, QStringLiteral("codes-redirect"));
    QVERIFY2(related.summary.contains(QStringLiteral("redirect (302)")), qPrintable(related.summary));
    QVERIFY2(
        related.commands.contains(QStringLiteral(
            "aws elbv2 modify-target-group --target-group-arn "
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/73e2d6bc24d8a067 --matcher HttpCode=200-399")),
        qPrintable(related.commands.join(QLatin1Char('\n'))));
    QCOMPARE(relateLbConfig(related, http, c), related);
    // A 404 is not a redirect: nothing changes.
    Finding notFound = http;
    notFound.raw.replace(QStringLiteral("302 Found"), QStringLiteral("404 Not Found"));
    QCOMPARE(relateLbConfig(config, notFound, c), config);
    // The codes explain both the probe's and the load balancer's mismatch: they are the root.
    const QList<Finding> findings{make("tcp", Status::Pass, "connected"), http, related,
                                  make("lbstatus", Status::Fail, "bad-status")};
    const DiagnosisResult d = Diagnosis::diagnose(findings, Listener::Http);
    QCOMPARE(findings[*d.rootCause].step, QStringLiteral("lbconfig"));
}

QTEST_GUILESS_MAIN(TestLbImport)
#include "tst_lbimport.moc"
