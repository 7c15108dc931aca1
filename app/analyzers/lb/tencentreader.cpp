// Tencent Cloud CLB (2018-03-17): DescribeListeners (HealthCheck per listener, or per forwarding rule
// on HTTP/HTTPS listeners) and DescribeTargetHealth. tccli prints the Response object unwrapped.
#include "lbfieldreader.h"
#include "lbreaders.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// HttpCode is a bitmask: 1 = 1xx, 2 = 2xx, 4 = 3xx, 8 = 4xx, 16 = 5xx.
QString codesFromMask(int mask)
{
    QStringList out;
    for (int bit = 0; bit < 5; ++bit) {
        if (mask & (1 << bit))
            out << QStringLiteral("%1xx").arg(bit + 1);
    }
    return out.join(QLatin1Char(','));
}

LbImportResult readListeners(const QJsonObject &root)
{
    const QJsonArray listeners = root.value(QStringLiteral("Listeners")).toArray();
    if (listeners.isEmpty())
        return LbReaders::failure(
            LbImport::Tr::tr("DescribeListeners returned no listener: check the load balancer id and the listener id"));
    if (listeners.size() > 1) {
        QStringList ids;
        for (const QJsonValue &l : listeners)
            ids << QStringLiteral("%1 (%2 %3)")
                       .arg(l[QStringLiteral("ListenerId")].toString(), l[QStringLiteral("Protocol")].toString(),
                            LbFieldReader(l.toObject()).string(QStringLiteral("Port")));
        return LbReaders::failure(
            LbImport::Tr::tr("DescribeListeners returned %1 listeners: %2; import one: %3")
                .arg(listeners.size())
                .arg(ids.join(QStringLiteral(", ")), LbReaders::configCommand(QStringLiteral("tencent"))));
    }
    const QJsonObject listener = listeners.first().toObject();
    LbConfig c;
    c.profileId = QStringLiteral("tencent");
    c.api = QStringLiteral("DescribeListeners");
    c.failsOpen = true;
    c.ids.insert(QStringLiteral("listener"), listener.value(QStringLiteral("ListenerId")).toString());
    const QString protocol = listener.value(QStringLiteral("Protocol")).toString().toUpper();

    QJsonObject hc = listener.value(QStringLiteral("HealthCheck")).toObject();
    QString prefix = QStringLiteral("HealthCheck.");
    const QJsonArray rules = listener.value(QStringLiteral("Rules")).toArray();
    if (hc.isEmpty() && !rules.isEmpty()) {
        // HTTP/HTTPS listeners keep the health check on each forwarding rule.
        hc = rules.first().toObject().value(QStringLiteral("HealthCheck")).toObject();
        prefix = QStringLiteral("Rules[0].HealthCheck.");
        const QJsonObject rule = rules.first().toObject();
        if (rules.size() > 1)
            c.notes
                << LbImport::Tr::tr(
                       "The listener has %1 forwarding rules, each with its own health check; imported the first (%2%3).")
                       .arg(rules.size())
                       .arg(rule.value(QStringLiteral("Domain")).toString(),
                            rule.value(QStringLiteral("Url")).toString());
    }
    if (hc.isEmpty())
        return LbReaders::failure(
            LbImport::Tr::tr(
                "the listener %1 has no HealthCheck object: DescribeListeners printed no health-check settings to import")
                .arg(listener.value(QStringLiteral("ListenerId")).toString()));
    LbFieldReader f(hc, prefix);
    c.healthCheckSwitchField = f.field(QStringLiteral("HealthSwitch"));
    c.healthCheckOn = f.string(QStringLiteral("HealthSwitch")) != QStringLiteral("0");

    const QString checkType = f.string(QStringLiteral("CheckType")).toUpper();
    QString listenerValue = protocol == QStringLiteral("UDP") ? QStringLiteral("udp")
        : protocol == QStringLiteral("HTTP")                  ? QStringLiteral("http")
        : protocol == QStringLiteral("HTTPS")                 ? QStringLiteral("https")
                                                              : QStringLiteral("tcp");
    QString listenerSource = QStringLiteral("Listeners[0].Protocol");
    if (checkType == QStringLiteral("HTTP") || checkType == QStringLiteral("HTTPS")) {
        listenerValue = checkType.toLower();
        listenerSource = f.field(QStringLiteral("CheckType"));
    }
    LbReaders::fill(c, QStringLiteral("listener"), listenerValue, listenerSource);
    if (!checkType.isEmpty())
        LbReaders::fill(c, QStringLiteral("check-type"), checkType, f.field(QStringLiteral("CheckType")));
    if (checkType == QStringLiteral("CUSTOM")) {
        if (f.has(QStringLiteral("SendContext")))
            LbReaders::fill(c, QStringLiteral("send"), f.string(QStringLiteral("SendContext")),
                            f.field(QStringLiteral("SendContext")));
        if (f.has(QStringLiteral("RecvContext")))
            LbReaders::fill(c, QStringLiteral("expect"), f.string(QStringLiteral("RecvContext")),
                            f.field(QStringLiteral("RecvContext")));
        if (f.string(QStringLiteral("ContextType")).toUpper() == QStringLiteral("HEX"))
            c.notes << LbImport::Tr::tr("The custom check's request and answer are hexadecimal (ContextType HEX).");
    }
    if (checkType == QStringLiteral("PING"))
        c.notes << LbImport::Tr::tr(
            "The listener checks with ping (CheckType PING): only the ICMP step speaks for the load balancer's view.");

    if (f.has(QStringLiteral("CheckPort"))) {
        bool ok = false;
        const int port = f.string(QStringLiteral("CheckPort")).toInt(&ok);
        if (ok && port >= 1 && port <= 65535)
            LbReaders::fill(c, QStringLiteral("check-port"), QString::number(port),
                            f.field(QStringLiteral("CheckPort")));
        else if (!(ok && port <= 0))
            f.integer(QStringLiteral("CheckPort"), 1, 65535);
    }
    c.notes << LbImport::Tr::tr(
        "DescribeListeners does not say the backends' port (each bound server has its own): enter it yourself.");

    const bool http = listenerValue == QStringLiteral("http") || listenerValue == QStringLiteral("https");
    if (http) {
        if (f.has(QStringLiteral("HttpCheckPath")))
            LbReaders::fill(c, QStringLiteral("path"), f.string(QStringLiteral("HttpCheckPath")),
                            f.field(QStringLiteral("HttpCheckPath")));
        if (hc.contains(QStringLiteral("HttpCheckDomain")))
            LbReaders::fill(c, QStringLiteral("domain"), f.string(QStringLiteral("HttpCheckDomain")).trimmed(),
                            f.field(QStringLiteral("HttpCheckDomain")));
        if (const auto mask = f.integer(QStringLiteral("HttpCode"), 1, 31))
            LbReaders::fill(c, QStringLiteral("codes"), codesFromMask(*mask), f.field(QStringLiteral("HttpCode")));
        if (f.has(QStringLiteral("HttpCheckMethod")))
            LbReaders::fill(c, QStringLiteral("method"), f.string(QStringLiteral("HttpCheckMethod")).toUpper(),
                            f.field(QStringLiteral("HttpCheckMethod")));
        if (f.has(QStringLiteral("HttpVersion"))) {
            const QString version = f.string(QStringLiteral("HttpVersion"))
                                        .toUpper()
                                        .remove(QStringLiteral("HTTP/"))
                                        .remove(QStringLiteral("HTTP"));
            LbReaders::fill(c, QStringLiteral("http-version"), version, f.field(QStringLiteral("HttpVersion")));
            c.variantId = version == QStringLiteral("1.1") ? QStringLiteral("http11") : QStringLiteral("default");
        }
    }
    if (f.has(QStringLiteral("SourceIpType"))) {
        const QString type = f.string(QStringLiteral("SourceIpType"));
        if (type == QStringLiteral("0"))
            c.notes << LbImport::Tr::tr(
                "SourceIpType 0: the health checks come from the CLB's VIP, not from 100.64.0.0/10; DescribeListeners does not print the VIP: enter it as the source CIDR (for example 1.2.3.4/32).");
        else if (type == QStringLiteral("1"))
            LbReaders::fill(c, QStringLiteral("source-cidr"), QStringLiteral("100.64.0.0/10"),
                            f.field(QStringLiteral("SourceIpType")));
        else
            f.fail(LbImport::Tr::tr("%1 must be 0 (the CLB VIP) or 1 (100.64.0.0/10), got %2")
                       .arg(f.field(QStringLiteral("SourceIpType")), type.left(20)));
    }
    if (const auto v = f.integer(QStringLiteral("TimeOut"), 2, 60))
        LbReaders::fill(c, QStringLiteral("timeout"), QString::number(*v), f.field(QStringLiteral("TimeOut")));
    if (const auto v = f.integer(QStringLiteral("IntervalTime"), 2, 300))
        LbReaders::fill(c, QStringLiteral("interval"), QString::number(*v), f.field(QStringLiteral("IntervalTime")));
    if (const auto v = f.integer(QStringLiteral("HealthNum"), 2, 10))
        LbReaders::fill(c, QStringLiteral("healthy-threshold"), QString::number(*v),
                        f.field(QStringLiteral("HealthNum")));
    if (const auto v = f.integer(QStringLiteral("UnHealthNum"), 2, 10))
        LbReaders::fill(c, QStringLiteral("unhealthy-threshold"), QString::number(*v),
                        f.field(QStringLiteral("UnHealthNum")));
    if (!f.error().isEmpty())
        return LbReaders::failure(f.error());
    LbImportResult r;
    r.config = c;
    return r;
}

LbImportResult readTargetHealth(const QJsonObject &root)
{
    LbStatusReport report;
    report.profileId = QStringLiteral("tencent");
    report.api = QStringLiteral("DescribeTargetHealth");
    for (const QJsonValue &lb : root.value(QStringLiteral("LoadBalancers")).toArray()) {
        for (const QJsonValue &listener : lb[QStringLiteral("Listeners")].toArray()) {
            for (const QJsonValue &rule : listener[QStringLiteral("Rules")].toArray()) {
                for (const QJsonValue &target : rule[QStringLiteral("Targets")].toArray()) {
                    LbFieldReader f(target.toObject());
                    LbBackend b;
                    b.ip = f.string(QStringLiteral("IP"));
                    b.port = f.string(QStringLiteral("Port")).toInt();
                    b.id = f.string(QStringLiteral("TargetId"));
                    const QString detail = f.string(QStringLiteral("HealthStatusDetail"));
                    const QString healthy = f.string(QStringLiteral("HealthStatus"));
                    b.providerState = detail.isEmpty() ? healthy : detail;
                    if (detail == QStringLiteral("Alive") || (detail.isEmpty() && healthy == QStringLiteral("true")))
                        b.state = QStringLiteral("healthy");
                    else if (detail == QStringLiteral("Dead")
                             || (detail.isEmpty() && healthy == QStringLiteral("false")))
                        b.state = QStringLiteral("unhealthy");
                    else
                        b.state = QStringLiteral("unknown");
                    if (detail == QStringLiteral("Close"))
                        b.detail = LbImport::Tr::tr("health checks are off for this listener");
                    report.backends << b;
                }
            }
        }
    }
    if (report.backends.isEmpty())
        return LbReaders::failure(
            LbImport::Tr::tr("DescribeTargetHealth lists no backend: are servers bound to the listener?"));
    report.notes << LbImport::Tr::tr(
        "Tencent Cloud says healthy or not, not why: the other steps have to find the reason.");
    LbImportResult r;
    r.status = report;
    return r;
}

} // namespace

namespace LbReaders {

std::optional<LbImportResult> tencent(const QJsonObject &root)
{
    const QJsonArray listeners = root.value(QStringLiteral("Listeners")).toArray();
    if (root.value(QStringLiteral("Listeners")).isArray()
        && (listeners.isEmpty() || listeners.first().toObject().contains(QStringLiteral("ListenerId")))
        && !(listeners.isEmpty() ? false : listeners.first().toObject().contains(QStringLiteral("ListenerArn"))))
        return readListeners(root);
    const QJsonArray lbs = root.value(QStringLiteral("LoadBalancers")).toArray();
    if (!lbs.isEmpty() && lbs.first().toObject().contains(QStringLiteral("Listeners")))
        return readTargetHealth(root);
    return std::nullopt;
}

} // namespace LbReaders
