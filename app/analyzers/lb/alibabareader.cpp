// Alibaba Cloud CLB (SLB 2014-05-15): Describe{HTTP,HTTPS,TCP,UDP}ListenerAttribute, DescribeHealthStatus;
// ALB (2020-06-16): GetListenerHealthStatus. The aliyun CLI prints the API's JSON as is, RequestId included.
#include "lbfieldreader.h"
#include "lbreaders.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// Which of the four listener-attribute APIs printed this: the fields only one of them has.
QString listenerKind(const QJsonObject &o)
{
    if (o.contains(QStringLiteral("ServerCertificateId")) || o.contains(QStringLiteral("CACertificateId")))
        return QStringLiteral("HTTPS");
    if (o.contains(QStringLiteral("HealthCheckTimeout")) || o.contains(QStringLiteral("StickySession"))
        || o.contains(QStringLiteral("XForwardedFor")))
        return QStringLiteral("HTTP");
    if (o.contains(QStringLiteral("HealthCheckType")) || o.contains(QStringLiteral("PersistenceTimeout"))
        || o.contains(QStringLiteral("EstablishedTimeout")))
        return QStringLiteral("TCP");
    return QStringLiteral("UDP");
}

LbImportResult readListener(const QJsonObject &o)
{
    LbConfig c;
    c.profileId = QStringLiteral("alibaba");
    const QString kind = listenerKind(o);
    c.api = QStringLiteral("DescribeLoadBalancer%1ListenerAttribute").arg(kind);
    LbFieldReader f(o);
    if (f.has(QStringLiteral("LoadBalancerId")))
        c.ids.insert(QStringLiteral("lb"), f.string(QStringLiteral("LoadBalancerId")));
    if (f.has(QStringLiteral("ListenerPort")))
        c.ids.insert(QStringLiteral("listener-port"), f.string(QStringLiteral("ListenerPort")));

    c.healthCheckSwitchField = QStringLiteral("HealthCheck");
    c.healthCheckOn = !f.has(QStringLiteral("HealthCheck"))
        || f.string(QStringLiteral("HealthCheck")).compare(QStringLiteral("on"), Qt::CaseInsensitive) == 0;

    QString listener = kind.toLower();
    QString listenerSource = QStringLiteral("(%1)").arg(c.api);
    if (kind == QStringLiteral("TCP")
        && f.string(QStringLiteral("HealthCheckType")).compare(QStringLiteral("http"), Qt::CaseInsensitive) == 0) {
        listener = QStringLiteral("http");
        listenerSource = QStringLiteral("HealthCheckType");
        c.notes << LbImport::Tr::tr(
            "The TCP listener checks its backends with HTTP (HealthCheckType http): LB Doctor diagnoses the HTTP check.");
    }
    LbReaders::fill(c, QStringLiteral("listener"), listener, listenerSource);

    const std::optional<int> backendPort = f.integer(QStringLiteral("BackendServerPort"), 1, 65535);
    if (backendPort)
        LbReaders::fill(c, QStringLiteral("port"), QString::number(*backendPort), QStringLiteral("BackendServerPort"));
    else if (f.error().isEmpty())
        c.notes << LbImport::Tr::tr(
            "No BackendServerPort (the listener forwards to a server group): enter the backend's port yourself.");

    if (f.has(QStringLiteral("HealthCheckConnectPort"))) {
        // The API reports "the backend's own port" with a value outside 1-65535 (seen: -520).
        bool ok = false;
        const int port = f.string(QStringLiteral("HealthCheckConnectPort")).toInt(&ok);
        if (ok && port >= 1 && port <= 65535)
            LbReaders::fill(c, QStringLiteral("check-port"), QString::number(port),
                            QStringLiteral("HealthCheckConnectPort"));
        else if (ok && port <= 0)
            c.notes << LbImport::Tr::tr("HealthCheckConnectPort is %1: the checks go to each backend's own port.")
                           .arg(port);
        else
            f.integer(QStringLiteral("HealthCheckConnectPort"), 1, 65535);
    }
    if (listener == QStringLiteral("http") || listener == QStringLiteral("https")) {
        if (f.has(QStringLiteral("HealthCheckURI")))
            LbReaders::fill(c, QStringLiteral("path"), f.string(QStringLiteral("HealthCheckURI")),
                            QStringLiteral("HealthCheckURI"));
        if (o.contains(QStringLiteral("HealthCheckDomain"))) {
            const QString domain = f.string(QStringLiteral("HealthCheckDomain")).trimmed();
            if (domain == QStringLiteral("$_ip")) {
                LbReaders::fill(c, QStringLiteral("domain"), QString(), QStringLiteral("HealthCheckDomain ($_ip)"));
                c.notes << LbImport::Tr::tr(
                    "HealthCheckDomain is $_ip: the load balancer sends each backend's private IP as the Host header, as LB Doctor does without a domain.");
            } else {
                LbReaders::fill(c, QStringLiteral("domain"), domain, QStringLiteral("HealthCheckDomain"));
            }
        }
        if (f.has(QStringLiteral("HealthCheckHttpCode"))) {
            QStringList codes;
            for (QString part :
                 f.string(QStringLiteral("HealthCheckHttpCode")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                part = part.trimmed().toLower();
                if (part.startsWith(QStringLiteral("http_")))
                    part = part.mid(5);
                codes << part;
            }
            LbReaders::fill(c, QStringLiteral("codes"), codes.join(QLatin1Char(',')),
                            QStringLiteral("HealthCheckHttpCode"));
        }
        if (f.has(QStringLiteral("HealthCheckMethod")))
            LbReaders::fill(c, QStringLiteral("method"), f.string(QStringLiteral("HealthCheckMethod")).toUpper(),
                            QStringLiteral("HealthCheckMethod"));
        if (f.has(QStringLiteral("HealthCheckHttpVersion"))) {
            QString version = f.string(QStringLiteral("HealthCheckHttpVersion"))
                                  .toUpper()
                                  .remove(QStringLiteral("HTTP"))
                                  .remove(QLatin1Char('/'));
            LbReaders::fill(c, QStringLiteral("http-version"), version, QStringLiteral("HealthCheckHttpVersion"));
        }
    }
    if (kind == QStringLiteral("UDP")) {
        if (f.has(QStringLiteral("HealthCheckReq")))
            LbReaders::fill(c, QStringLiteral("send"), f.string(QStringLiteral("HealthCheckReq")),
                            QStringLiteral("HealthCheckReq"));
        if (f.has(QStringLiteral("HealthCheckExp")))
            LbReaders::fill(c, QStringLiteral("expect"), f.string(QStringLiteral("HealthCheckExp")),
                            QStringLiteral("HealthCheckExp"));
    }
    const QString timeoutField = f.has(QStringLiteral("HealthCheckTimeout"))
        ? QStringLiteral("HealthCheckTimeout")
        : QStringLiteral("HealthCheckConnectTimeout");
    if (const auto v = f.integer(timeoutField, 1, 300))
        LbReaders::fill(c, QStringLiteral("timeout"), QString::number(*v), timeoutField);
    if (const auto v = f.integer(QStringLiteral("HealthCheckInterval"), 1, 50))
        LbReaders::fill(c, QStringLiteral("interval"), QString::number(*v), QStringLiteral("HealthCheckInterval"));
    if (const auto v = f.integer(QStringLiteral("HealthyThreshold"), 2, 10))
        LbReaders::fill(c, QStringLiteral("healthy-threshold"), QString::number(*v),
                        QStringLiteral("HealthyThreshold"));
    if (const auto v = f.integer(QStringLiteral("UnhealthyThreshold"), 2, 10))
        LbReaders::fill(c, QStringLiteral("unhealthy-threshold"), QString::number(*v),
                        QStringLiteral("UnhealthyThreshold"));
    if (!f.error().isEmpty())
        return LbReaders::failure(f.error());
    LbImportResult r;
    r.config = c;
    return r;
}

LbBackend clbBackend(const QJsonObject &s)
{
    LbBackend b;
    LbFieldReader f(s);
    b.ip = f.string(QStringLiteral("ServerIp"));
    if (b.ip.isEmpty())
        b.ip = f.string(QStringLiteral("EniHost"));
    b.port = f.string(QStringLiteral("Port")).toInt();
    b.id = f.string(QStringLiteral("ServerId"));
    b.providerState = f.string(QStringLiteral("ServerHealthStatus"));
    const QString s2 = b.providerState.toLower();
    b.state = s2 == QStringLiteral("normal") ? QStringLiteral("healthy")
        : s2 == QStringLiteral("abnormal")   ? QStringLiteral("unhealthy")
                                             : QStringLiteral("unknown");
    if (s2 == QStringLiteral("unavailable"))
        b.detail = LbImport::Tr::tr("the health check is off or has not completed");
    return b;
}

QJsonArray arrayIn(const QJsonValue &v, const QString &inner)
{
    // The API nests lists as {"BackendServer": [...]}; some SDKs print the list directly.
    if (v.isArray())
        return v.toArray();
    return v.toObject().value(inner).toArray();
}

QString albOutcome(const QString &code)
{
    const QString c = code.toUpper();
    if (c.contains(QStringLiteral("MISMATCH")))
        return QStringLiteral("bad-status");
    if (c.contains(QStringLiteral("TIMEOUT")))
        return QStringLiteral("timeout");
    if (c.startsWith(QStringLiteral("CONNECT_FAIL")))
        return QStringLiteral("refused");
    if (!c.isEmpty())
        return QStringLiteral("failed");
    return {};
}

LbImportResult readAlbStatus(const QJsonObject &root)
{
    LbStatusReport report;
    report.profileId = QStringLiteral("alibaba");
    report.api = QStringLiteral("GetListenerHealthStatus");
    report.listsOnlyProblems = true;
    for (const QJsonValue &listener : root.value(QStringLiteral("ListenerHealthStatus")).toArray()) {
        for (const QJsonValue &group : listener.toObject().value(QStringLiteral("ServerGroupInfos")).toArray()) {
            const QJsonObject g = group.toObject();
            const QString enabled = LbFieldReader(g).string(QStringLiteral("HealthCheckEnabled"));
            if (enabled == QStringLiteral("off") || enabled == QStringLiteral("false"))
                report.notes << LbImport::Tr::tr("Server group %1: health checks are off.")
                                    .arg(g.value(QStringLiteral("ServerGroupId")).toString());
            for (const QJsonValue &server : g.value(QStringLiteral("NonNormalServers")).toArray()) {
                const QJsonObject s = server.toObject();
                LbFieldReader f(s);
                LbBackend b;
                b.ip = f.string(QStringLiteral("ServerIp"));
                b.port = f.string(QStringLiteral("Port")).toInt();
                b.id = f.string(QStringLiteral("ServerId"));
                b.providerState = f.string(QStringLiteral("Status"));
                const QString st = b.providerState.toLower();
                b.state = st == QStringLiteral("unhealthy") ? QStringLiteral("unhealthy")
                    : st == QStringLiteral("initial")       ? QStringLiteral("initial")
                    : st == QStringLiteral("unused")        ? QStringLiteral("unused")
                                                            : QStringLiteral("unknown");
                const QJsonObject reason = s.value(QStringLiteral("Reason")).toObject();
                LbFieldReader rf(reason);
                b.reason = rf.string(QStringLiteral("ReasonCode"));
                if (b.state == QStringLiteral("unhealthy"))
                    b.outcome = albOutcome(b.reason);
                if (rf.has(QStringLiteral("ActualResponse")) || rf.has(QStringLiteral("ExpectedResponse")))
                    b.detail = LbImport::Tr::tr("answered %1, expected %2")
                                   .arg(rf.string(QStringLiteral("ActualResponse")),
                                        rf.string(QStringLiteral("ExpectedResponse")));
                report.backends << b;
            }
        }
    }
    report.notes << LbImport::Tr::tr(
        "GetListenerHealthStatus lists only the servers that are not healthy: a backend missing from the list is healthy.");
    LbImportResult r;
    r.status = report;
    return r;
}

} // namespace

namespace LbReaders {

std::optional<LbImportResult> alibaba(const QJsonObject &root)
{
    if (root.contains(QStringLiteral("ListenerHealthStatus")))
        return readAlbStatus(root);
    if (root.contains(QStringLiteral("BackendServers"))) {
        const QJsonArray servers =
            arrayIn(root.value(QStringLiteral("BackendServers")), QStringLiteral("BackendServer"));
        const bool healthList =
            servers.isEmpty() || servers.first().toObject().contains(QStringLiteral("ServerHealthStatus"));
        if (!healthList)
            return std::nullopt;
        LbStatusReport report;
        report.profileId = QStringLiteral("alibaba");
        report.api = QStringLiteral("DescribeHealthStatus");
        for (const QJsonValue &s : servers)
            report.backends << clbBackend(s.toObject());
        if (report.backends.isEmpty())
            return failure(LbImport::Tr::tr(
                "DescribeHealthStatus lists no backend servers: is the listener port right, and are servers added to the listener?"));
        LbImportResult r;
        r.status = report;
        return r;
    }
    if (root.contains(QStringLiteral("ListenerPort"))
        && (root.contains(QStringLiteral("HealthCheck")) || root.contains(QStringLiteral("HealthCheckInterval"))))
        return readListener(root);
    return std::nullopt;
}

QString configCommand(const QString &profileId)
{
    if (profileId == QStringLiteral("alibaba"))
        return QStringLiteral(
            "aliyun slb DescribeLoadBalancerHTTPListenerAttribute --LoadBalancerId LB_ID --ListenerPort LISTENER_PORT");
    if (profileId == QStringLiteral("tencent"))
        return QStringLiteral("tccli clb DescribeListeners --LoadBalancerId LB_ID --ListenerIds '[\"LISTENER_ID\"]'");
    if (profileId == QStringLiteral("huawei"))
        return QStringLiteral("hcloud ELB ShowHealthMonitor/v3 --healthmonitor_id=HEALTHMONITOR_ID");
    return QStringLiteral("aws elbv2 describe-target-groups --target-group-arns TARGET_GROUP_ARN");
}

QString statusCommand(const QString &profileId)
{
    if (profileId == QStringLiteral("alibaba"))
        return QStringLiteral("aliyun slb DescribeHealthStatus --LoadBalancerId LB_ID --ListenerPort LISTENER_PORT");
    if (profileId == QStringLiteral("tencent"))
        return QStringLiteral("tccli clb DescribeTargetHealth --LoadBalancerIds '[\"LB_ID\"]'");
    if (profileId == QStringLiteral("huawei"))
        return QStringLiteral("hcloud ELB ListMembers/v3 --pool_id=POOL_ID");
    return QStringLiteral("aws elbv2 describe-target-health --target-group-arn TARGET_GROUP_ARN");
}

} // namespace LbReaders
