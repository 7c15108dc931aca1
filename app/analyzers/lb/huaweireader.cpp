// Huawei Cloud ELB v3: ShowHealthMonitor ({"healthmonitor": {...}}), ListHealthMonitors
// ({"healthmonitors": [...]}), ListMembers / ShowMember (operating_status). hcloud prints the API's JSON.
#include "lbfieldreader.h"
#include "lbreaders.h"

#include "core/findingoutcome.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

LbImportResult readMonitor(const QJsonObject &m, const QString &api, const QString &prefix)
{
    LbConfig c;
    c.profileId = QStringLiteral("huawei");
    c.api = api;
    LbFieldReader f(m, prefix);
    if (f.has(QStringLiteral("id")))
        c.ids.insert(QStringLiteral("healthmonitor"), f.string(QStringLiteral("id")));
    c.healthCheckSwitchField = f.field(QStringLiteral("admin_state_up"));
    c.healthCheckOn = f.string(QStringLiteral("admin_state_up")) != QStringLiteral("false");

    const QString type = f.string(QStringLiteral("type")).toUpper();
    const QString listener = type == QStringLiteral("HTTP") ? QStringLiteral("http")
        : type == QStringLiteral("HTTPS")                   ? QStringLiteral("https")
        : type == QStringLiteral("UDP_CONNECT")             ? QStringLiteral("udp")
                                                            : QStringLiteral("tcp");
    if (!type.isEmpty() && type != QStringLiteral("HTTP") && type != QStringLiteral("HTTPS")
        && type != QStringLiteral("TCP") && type != QStringLiteral("UDP_CONNECT"))
        return LbReaders::failure(LbImport::Tr::tr("%1 must be TCP, UDP_CONNECT, HTTP or HTTPS, got \"%2\"")
                                      .arg(f.field(QStringLiteral("type")), type.left(20)));
    LbReaders::fill(c, QStringLiteral("listener"), listener, f.field(QStringLiteral("type")));
    c.variantId = QStringLiteral("shared");
    c.notes << LbImport::Tr::tr(
        "The health monitor does not say whether the load balancer is shared or dedicated: LB Doctor assumes shared (100.125.0.0/16); for a dedicated one choose the variant dedicated and enter its backend subnet.");

    if (f.has(QStringLiteral("monitor_port"))) {
        if (const auto port = f.integer(QStringLiteral("monitor_port"), 1, 65535))
            LbReaders::fill(c, QStringLiteral("check-port"), QString::number(*port),
                            f.field(QStringLiteral("monitor_port")));
    } else {
        c.notes << LbImport::Tr::tr("monitor_port is empty: the checks go to each member's own port (protocol_port).");
    }
    if (listener == QStringLiteral("http") || listener == QStringLiteral("https")) {
        if (f.has(QStringLiteral("url_path")))
            LbReaders::fill(c, QStringLiteral("path"), f.string(QStringLiteral("url_path")),
                            f.field(QStringLiteral("url_path")));
        if (m.contains(QStringLiteral("domain_name")))
            LbReaders::fill(c, QStringLiteral("domain"), f.string(QStringLiteral("domain_name")).trimmed(),
                            f.field(QStringLiteral("domain_name")));
        if (f.has(QStringLiteral("expected_codes")))
            LbReaders::fill(c, QStringLiteral("codes"),
                            f.string(QStringLiteral("expected_codes")).remove(QLatin1Char(' ')),
                            f.field(QStringLiteral("expected_codes")));
        if (f.has(QStringLiteral("http_method")))
            LbReaders::fill(c, QStringLiteral("method"), f.string(QStringLiteral("http_method")).toUpper(),
                            f.field(QStringLiteral("http_method")));
    }
    if (const auto v = f.integer(QStringLiteral("timeout"), 1, 50))
        LbReaders::fill(c, QStringLiteral("timeout"), QString::number(*v), f.field(QStringLiteral("timeout")));
    if (const auto v = f.integer(QStringLiteral("delay"), 1, 50))
        LbReaders::fill(c, QStringLiteral("interval"), QString::number(*v), f.field(QStringLiteral("delay")));
    if (const auto v = f.integer(QStringLiteral("max_retries"), 1, 10))
        LbReaders::fill(c, QStringLiteral("healthy-threshold"), QString::number(*v),
                        f.field(QStringLiteral("max_retries")));
    if (const auto v = f.integer(QStringLiteral("max_retries_down"), 1, 10))
        LbReaders::fill(c, QStringLiteral("unhealthy-threshold"), QString::number(*v),
                        f.field(QStringLiteral("max_retries_down")));
    c.notes << LbImport::Tr::tr(
        "The health monitor does not say the members' port: enter the backend's port yourself.");
    if (!f.error().isEmpty())
        return LbReaders::failure(f.error());
    LbImportResult r;
    r.config = c;
    return r;
}

LbBackend member(const QJsonObject &m)
{
    LbFieldReader f(m);
    LbBackend b;
    b.ip = f.string(QStringLiteral("address"));
    b.port = f.string(QStringLiteral("protocol_port")).toInt();
    b.id = f.string(QStringLiteral("id"));
    b.providerState = f.string(QStringLiteral("operating_status"));
    const QString s = b.providerState.toUpper();
    b.state = s == QStringLiteral("ONLINE") ? QStringLiteral("healthy")
        : s == QStringLiteral("OFFLINE")    ? QStringLiteral("unhealthy")
                                            : QStringLiteral("unknown");
    if (s == QStringLiteral("NO_MONITOR"))
        b.detail = LbImport::Tr::tr("no health monitor on the member's server group");
    // Newer v3 answers carry a reason per listener; read it when present.
    for (const QJsonValue &st : m.value(QStringLiteral("status")).toArray()) {
        const QJsonObject reason = st[QStringLiteral("reason")].toObject();
        if (reason.isEmpty())
            continue;
        LbFieldReader rf(reason);
        b.reason = rf.string(QStringLiteral("reason_code"));
        if (rf.has(QStringLiteral("healthcheck_response")) || rf.has(QStringLiteral("expected_response")))
            b.detail = LbImport::Tr::tr("answered %1, expected %2")
                           .arg(rf.string(QStringLiteral("healthcheck_response")),
                                rf.string(QStringLiteral("expected_response")));
        const QString code = b.reason.toUpper();
        b.outcome = code.contains(QStringLiteral("MISMATCH")) ? QString(FindingOutcome::BadStatus)
            : code.contains(QStringLiteral("TIMEOUT"))        ? QString(FindingOutcome::Timeout)
            : code.contains(QStringLiteral("REFUSED"))        ? QString(FindingOutcome::Refused)
                                                              : QString();
        break;
    }
    return b;
}

} // namespace

namespace LbReaders {

std::optional<LbImportResult> huawei(const QJsonObject &root)
{
    if (root.value(QStringLiteral("healthmonitor")).isObject())
        return readMonitor(root.value(QStringLiteral("healthmonitor")).toObject(), QStringLiteral("ShowHealthMonitor"),
                           QStringLiteral("healthmonitor."));
    if (root.value(QStringLiteral("healthmonitors")).isArray()) {
        const QJsonArray list = root.value(QStringLiteral("healthmonitors")).toArray();
        if (list.size() != 1) {
            QStringList ids;
            for (const QJsonValue &m : list)
                ids << m[QStringLiteral("id")].toString();
            return failure(list.isEmpty()
                               ? LbImport::Tr::tr("ListHealthMonitors returned no health monitor")
                               : LbImport::Tr::tr("ListHealthMonitors returned %1 health monitors (%2); import one: %3")
                                     .arg(list.size())
                                     .arg(ids.join(QStringLiteral(", ")), configCommand(QStringLiteral("huawei"))));
        }
        return readMonitor(list.first().toObject(), QStringLiteral("ListHealthMonitors"),
                           QStringLiteral("healthmonitors[0]."));
    }
    QJsonArray members;
    if (root.value(QStringLiteral("members")).isArray())
        members = root.value(QStringLiteral("members")).toArray();
    else if (root.value(QStringLiteral("member")).isObject())
        members.append(root.value(QStringLiteral("member")));
    else
        return std::nullopt;
    if (!members.isEmpty() && !members.first().toObject().contains(QStringLiteral("operating_status")))
        return std::nullopt;
    LbStatusReport report;
    report.profileId = QStringLiteral("huawei");
    report.api = root.contains(QStringLiteral("member")) ? QStringLiteral("ShowMember") : QStringLiteral("ListMembers");
    for (const QJsonValue &m : members)
        report.backends << member(m.toObject());
    if (report.backends.isEmpty())
        return failure(LbImport::Tr::tr("ListMembers returned no member: is the pool id right?"));
    LbImportResult r;
    r.status = report;
    return r;
}

} // namespace LbReaders
