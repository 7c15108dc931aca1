#include "lbimport.h"

#include "core/inputchannel.h"

#include "lbreaders.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

constexpr qsizetype maxImportBytes = 50 * 1024 * 1024;

QString jsonError(const QJsonParseError &error, qsizetype length)
{
    // Most parse errors near the end of the text mean the paste or file was cut off.
    const bool atEnd = error.offset >= length - 2;
    if (atEnd || error.error == QJsonParseError::UnterminatedObject || error.error == QJsonParseError::UnterminatedArray
        || error.error == QJsonParseError::UnterminatedString)
        return (InputChannel::commandLine()
                    ? LbImport::Tr::tr(
                        "the JSON ends early (at character %1 of %2): the file looks truncated; save the whole output again")
                    : LbImport::Tr::tr(
                        "the JSON ends early (at character %1 of %2): the paste or file looks truncated; copy the whole output again"))
            .arg(error.offset)
            .arg(length);
    return LbImport::Tr::tr("not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString());
}

} // namespace

namespace LbReaders {

void fill(LbConfig &config, const QString &key, const QString &value, const QString &sourceField)
{
    config.fields.insert(key, ImportedValue{value, sourceField});
}

LbImportResult failure(const QString &message)
{
    LbImportResult r;
    r.error = message;
    return r;
}

} // namespace LbReaders

QJsonObject LbConfig::toJson() const
{
    QJsonObject fieldsJson;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        fieldsJson.insert(it.key(),
                          QJsonObject{{QStringLiteral("value"), it->value}, {QStringLiteral("from"), it->sourceField}});
    QJsonObject o{
        {QStringLiteral("profile"), profileId},         {QStringLiteral("api"), api},
        {QStringLiteral("healthCheck"), healthCheckOn}, {QStringLiteral("failsOpen"), failsOpen},
        {QStringLiteral("fields"), fieldsJson},         {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
    if (!variantId.isEmpty())
        o.insert(QStringLiteral("variant"), variantId);
    return o;
}

QString LbBackend::address() const
{
    const QString host = ip.isEmpty() ? id : ip;
    if (port <= 0)
        return host;
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

QJsonObject LbBackend::toJson() const
{
    QJsonObject o{{QStringLiteral("ip"), ip},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("providerState"), providerState}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!outcome.isEmpty())
        o.insert(QStringLiteral("outcome"), outcome);
    return o;
}

const LbBackend *LbStatusReport::find(const QString &ip, int port) const
{
    for (const LbBackend &b : backends) {
        if (b.ip == ip && (port == 0 || b.port == 0 || b.port == port))
            return &b;
    }
    return nullptr;
}

QJsonObject LbStatusReport::toJson() const
{
    QJsonArray list;
    for (const LbBackend &b : backends)
        list.append(b.toJson());
    return QJsonObject{{QStringLiteral("profile"), profileId},
                       {QStringLiteral("api"), api},
                       {QStringLiteral("backends"), list},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

namespace LbImport {

LbImportResult read(QStringView text)
{
    if (text.size() > maxImportBytes)
        return LbReaders::failure(
            LbImport::Tr::tr(
                "the input is %1 MB; a load balancer's configuration or status is far smaller: is this the right file?")
                .arg(text.size() / (1024 * 1024)));
    const qsizetype start = text.indexOf(QLatin1Char('{'));
    if (start < 0) {
        if (text.trimmed().isEmpty())
            return LbReaders::failure(
                (InputChannel::commandLine()
                     ? LbImport::Tr::tr(
                         "the input is empty: give the file with the JSON the provider's CLI or API printed")
                     : LbImport::Tr::tr("the input is empty: paste the JSON the provider's CLI or API printed")));
        return LbReaders::failure(
            (InputChannel::commandLine()
                 ? LbImport::Tr::tr(
                     "no JSON object found: give the file with the JSON the provider's CLI or API printed (for example %1)")
                 : LbImport::Tr::tr(
                     "no JSON object found: paste the JSON the provider's CLI or API printed (for example %1)"))
                .arg(LbReaders::configCommand(QStringLiteral("aws"))));
    }
    const QByteArray json = text.mid(start).toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return LbReaders::failure(jsonError(error, json.size()));
    QJsonObject root = doc.object();
    // The Tencent Cloud API wraps its result in {"Response": {...}}; tccli prints it unwrapped.
    if (root.size() == 1 && root.value(QStringLiteral("Response")).isObject())
        root = root.value(QStringLiteral("Response")).toObject();
    if (root.value(QStringLiteral("Error")).isObject()) {
        const QJsonObject e = root.value(QStringLiteral("Error")).toObject();
        return LbReaders::failure(LbImport::Tr::tr("the API call failed (%1: %2): fix the call and import its result")
                                      .arg(e.value(QStringLiteral("Code")).toString(),
                                           e.value(QStringLiteral("Message")).toString().left(200)));
    }
    for (auto reader : {&LbReaders::aws, &LbReaders::tencent, &LbReaders::huawei, &LbReaders::alibaba}) {
        if (std::optional<LbImportResult> r = reader(root))
            return *r;
    }
    const QString other = LbReaders::otherApi(root);
    if (!other.isEmpty())
        return LbReaders::failure(other);
    return LbReaders::failure(LbImport::Tr::tr(
        "this JSON is not a listener's health-check configuration or a backend status LB Doctor knows; "
        "it reads: Alibaba Cloud CLB Describe*ListenerAttribute, DescribeHealthStatus, ALB GetListenerHealthStatus; "
        "Tencent Cloud DescribeListeners, DescribeTargetHealth; Huawei Cloud ELB ShowHealthMonitor, "
        "ListHealthMonitors, members; AWS describe-target-groups, describe-target-health"));
}

namespace {
// A cheap look before parsing, so routing a huge paste of another kind costs nothing.
bool mayBeImport(QStringView text)
{
    if (text.indexOf(QLatin1Char('{')) < 0)
        return false;
    const QStringView head = text.left(64 * 1024);
    for (const char *key :
         {"\"HealthCheck", "\"TargetGroups\"", "\"TargetHealthDescriptions\"", "\"healthmonitor", "\"member",
          "\"BackendServers\"", "\"ListenerHealthStatus\"", "\"Listeners\"", "\"LoadBalancers\""}) {
        if (head.contains(QLatin1String(key)))
            return true;
    }
    return false;
}
} // namespace

int recognizeConfig(QStringView text)
{
    if (!mayBeImport(text))
        return 0;
    const LbImportResult r = read(text);
    return r.config ? 95 : 0;
}

int recognizeStatus(QStringView text)
{
    if (!mayBeImport(text))
        return 0;
    const LbImportResult r = read(text);
    return r.status ? 95 : 0;
}

} // namespace LbImport
