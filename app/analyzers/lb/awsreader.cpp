// AWS Elastic Load Balancing v2: `aws elbv2 describe-target-groups` and `describe-target-health`.
#include "lbfieldreader.h"
#include "lbreaders.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace {

LbImportResult readTargetGroup(const QJsonObject &root)
{
    const QJsonArray groups = root.value(QStringLiteral("TargetGroups")).toArray();
    if (groups.size() != 1) {
        QStringList names;
        for (const QJsonValue &g : groups)
            names << g[QStringLiteral("TargetGroupName")].toString();
        return LbReaders::failure(
            groups.isEmpty()
                ? LbImport::Tr::tr("describe-target-groups returned no target group")
                : LbImport::Tr::tr("describe-target-groups returned %1 target groups (%2); import one: %3")
                      .arg(groups.size())
                      .arg(names.join(QStringLiteral(", ")), LbReaders::configCommand(QStringLiteral("aws"))));
    }
    const QJsonObject g = groups.first().toObject();
    LbFieldReader f(g);
    LbConfig c;
    c.profileId = QStringLiteral("aws");
    c.api = QStringLiteral("describe-target-groups");
    c.failsOpen = true;
    if (f.has(QStringLiteral("TargetGroupArn")))
        c.ids.insert(QStringLiteral("target-group"), f.string(QStringLiteral("TargetGroupArn")));
    c.healthCheckSwitchField = QStringLiteral("HealthCheckEnabled");
    c.healthCheckOn = f.string(QStringLiteral("HealthCheckEnabled")) != QStringLiteral("false");

    const QString protocol = f.string(QStringLiteral("Protocol")).toUpper();
    if (protocol == QStringLiteral("HTTP") || protocol == QStringLiteral("HTTPS"))
        c.variantId = QStringLiteral("alb");
    else if (protocol == QStringLiteral("GENEVE"))
        return LbReaders::failure(LbImport::Tr::tr(
            "this target group belongs to a Gateway Load Balancer (Protocol GENEVE), which LB Doctor has no profile for"));
    else
        c.variantId = QStringLiteral("nlb");
    const QString checkProtocol = f.string(QStringLiteral("HealthCheckProtocol")).toLower();
    if (!checkProtocol.isEmpty())
        LbReaders::fill(c, QStringLiteral("listener"),
                        checkProtocol == QStringLiteral("http") || checkProtocol == QStringLiteral("https")
                            ? checkProtocol
                            : QStringLiteral("tcp"),
                        QStringLiteral("HealthCheckProtocol"));
    const std::optional<int> port = f.integer(QStringLiteral("Port"), 1, 65535);
    if (port)
        LbReaders::fill(c, QStringLiteral("port"), QString::number(*port), QStringLiteral("Port"));
    const QString checkPort = f.string(QStringLiteral("HealthCheckPort"));
    if (checkPort == QStringLiteral("traffic-port")) {
        if (port)
            LbReaders::fill(c, QStringLiteral("check-port"), QString::number(*port),
                            QStringLiteral("HealthCheckPort (traffic-port = Port)"));
        c.notes << LbImport::Tr::tr(
            "HealthCheckPort is traffic-port: the checks go to the port each target receives traffic on.");
    } else if (const auto p = f.integer(QStringLiteral("HealthCheckPort"), 1, 65535)) {
        LbReaders::fill(c, QStringLiteral("check-port"), QString::number(*p), QStringLiteral("HealthCheckPort"));
    }
    const bool http = checkProtocol == QStringLiteral("http") || checkProtocol == QStringLiteral("https");
    if (http) {
        if (f.has(QStringLiteral("HealthCheckPath")))
            LbReaders::fill(c, QStringLiteral("path"), f.string(QStringLiteral("HealthCheckPath")),
                            QStringLiteral("HealthCheckPath"));
        const QJsonObject matcher = g.value(QStringLiteral("Matcher")).toObject();
        if (matcher.contains(QStringLiteral("HttpCode")))
            LbReaders::fill(c, QStringLiteral("codes"),
                            matcher.value(QStringLiteral("HttpCode")).toString().remove(QLatin1Char(' ')),
                            QStringLiteral("Matcher.HttpCode"));
        if (matcher.contains(QStringLiteral("GrpcCode"))
            || f.string(QStringLiteral("ProtocolVersion")).toUpper() == QStringLiteral("GRPC"))
            c.notes << LbImport::Tr::tr(
                "The target group checks with gRPC (ProtocolVersion GRPC): LB Doctor sends HTTP/1.1 requests and cannot judge a gRPC check.");
        c.notes << LbImport::Tr::tr(
            "The load balancer sends the target's IP and port as the Host header; there is no health-check domain on AWS.");
    }
    if (f.string(QStringLiteral("TargetType")) == QStringLiteral("lambda"))
        c.notes << LbImport::Tr::tr("The targets are Lambda functions: there is no backend server to probe.");
    if (const auto v = f.integer(QStringLiteral("HealthCheckTimeoutSeconds"), 2, 120))
        LbReaders::fill(c, QStringLiteral("timeout"), QString::number(*v), QStringLiteral("HealthCheckTimeoutSeconds"));
    if (const auto v = f.integer(QStringLiteral("HealthCheckIntervalSeconds"), 5, 300))
        LbReaders::fill(c, QStringLiteral("interval"), QString::number(*v),
                        QStringLiteral("HealthCheckIntervalSeconds"));
    if (const auto v = f.integer(QStringLiteral("HealthyThresholdCount"), 2, 10))
        LbReaders::fill(c, QStringLiteral("healthy-threshold"), QString::number(*v),
                        QStringLiteral("HealthyThresholdCount"));
    if (const auto v = f.integer(QStringLiteral("UnhealthyThresholdCount"), 2, 10))
        LbReaders::fill(c, QStringLiteral("unhealthy-threshold"), QString::number(*v),
                        QStringLiteral("UnhealthyThresholdCount"));
    c.notes << LbImport::Tr::tr(
        "The health checks come from the load balancer's own addresses in the VPC: enter the VPC or subnet CIDR as the source CIDR.");
    if (!f.error().isEmpty())
        return LbReaders::failure(f.error());
    LbImportResult r;
    r.config = c;
    return r;
}

QString outcomeOf(const QString &reason)
{
    if (reason == QStringLiteral("Target.Timeout"))
        return QStringLiteral("timeout");
    if (reason == QStringLiteral("Target.ResponseCodeMismatch"))
        return QStringLiteral("bad-status");
    if (reason == QStringLiteral("Target.FailedHealthChecks"))
        return QStringLiteral("failed");
    if (reason == QStringLiteral("Elb.InternalError"))
        return QStringLiteral("internal");
    return {};
}

LbImportResult readTargetHealth(const QJsonObject &root)
{
    LbStatusReport report;
    report.profileId = QStringLiteral("aws");
    report.api = QStringLiteral("describe-target-health");
    bool byInstance = false;
    for (const QJsonValue &d : root.value(QStringLiteral("TargetHealthDescriptions")).toArray()) {
        const QJsonObject target = d[QStringLiteral("Target")].toObject();
        const QJsonObject health = d[QStringLiteral("TargetHealth")].toObject();
        LbFieldReader tf(target), hf(health);
        LbBackend b;
        const QString id = tf.string(QStringLiteral("Id"));
        if (QHostAddress(id).isNull()) {
            b.id = id;
            byInstance = true;
        } else {
            b.ip = id;
        }
        b.port = tf.string(QStringLiteral("Port")).toInt();
        b.providerState = hf.string(QStringLiteral("State"));
        const QString s = b.providerState.toLower();
        b.state = s == QStringLiteral("healthy")                                 ? QStringLiteral("healthy")
            : s == QStringLiteral("unhealthy")                                   ? QStringLiteral("unhealthy")
            : s == QStringLiteral("initial")                                     ? QStringLiteral("initial")
            : (s == QStringLiteral("unused") || s == QStringLiteral("draining")) ? QStringLiteral("unused")
                                                                                 : QStringLiteral("unknown");
        b.reason = hf.string(QStringLiteral("Reason"));
        b.detail = hf.string(QStringLiteral("Description"));
        if (b.state == QStringLiteral("unhealthy"))
            b.outcome = outcomeOf(b.reason);
        report.backends << b;
    }
    if (report.backends.isEmpty())
        return LbReaders::failure(
            LbImport::Tr::tr("describe-target-health lists no target: are targets registered in the target group?"));
    if (byInstance)
        report.notes << LbImport::Tr::tr(
            "Targets registered by instance id: the list names instances, not IP addresses; pick the backend from the list.");
    LbImportResult r;
    r.status = report;
    return r;
}

} // namespace

namespace LbReaders {

std::optional<LbImportResult> aws(const QJsonObject &root)
{
    if (root.value(QStringLiteral("TargetGroups")).isArray())
        return readTargetGroup(root);
    if (root.value(QStringLiteral("TargetHealthDescriptions")).isArray())
        return readTargetHealth(root);
    return std::nullopt;
}

QString otherApi(const QJsonObject &root)
{
    const auto other = [](const QString &api, const QString &profile) {
        return LbImport::Tr::
            tr("this is %1, not a listener's health-check configuration or a backend status: run %2 (configuration) or %3 (backend status) and import that")
                .arg(api, configCommand(profile), statusCommand(profile));
    };
    const auto firstHas = [](const QJsonValue &list, const char *key) {
        const QJsonArray a = list.toArray();
        return !a.isEmpty() && a.first().toObject().contains(QLatin1String(key));
    };
    const QJsonValue lbs = root.value(QStringLiteral("LoadBalancers"));
    if (firstHas(lbs, "LoadBalancerArn"))
        return other(QStringLiteral("aws elbv2 describe-load-balancers"), QStringLiteral("aws"));
    if (lbs.isObject())
        return other(QStringLiteral("Alibaba Cloud DescribeLoadBalancers"), QStringLiteral("alibaba"));
    if (root.contains(QStringLiteral("ListenerPortsAndProtocol")) || root.contains(QStringLiteral("ListenerPorts")))
        return other(QStringLiteral("Alibaba Cloud DescribeLoadBalancerAttribute"), QStringLiteral("alibaba"));
    if (root.contains(QStringLiteral("LoadBalancerSet")))
        return other(QStringLiteral("Tencent Cloud DescribeLoadBalancers"), QStringLiteral("tencent"));
    const QJsonValue listeners = root.value(QStringLiteral("Listeners"));
    if (firstHas(listeners, "ListenerArn"))
        return other(QStringLiteral("aws elbv2 describe-listeners"), QStringLiteral("aws"));
    if (root.contains(QStringLiteral("loadbalancers")) || root.contains(QStringLiteral("loadbalancer")))
        return other(QStringLiteral("Huawei Cloud ELB ListLoadBalancers/ShowLoadBalancer"), QStringLiteral("huawei"));
    if (root.contains(QStringLiteral("listeners")) || root.contains(QStringLiteral("listener")))
        return other(QStringLiteral("Huawei Cloud ELB ListListeners/ShowListener"), QStringLiteral("huawei"));
    if (root.contains(QStringLiteral("pools")) || root.contains(QStringLiteral("pool")))
        return other(QStringLiteral("Huawei Cloud ELB ListPools/ShowPool"), QStringLiteral("huawei"));
    return {};
}

} // namespace LbReaders
