#include "lbconfigtarget.h"

#include <QJsonObject>

namespace LbConfigTarget {

QHash<QString, QString> optionValues(const LbConfig &config)
{
    QHash<QString, QString> out;
    out.insert(QStringLiteral("profile"), config.profileId);
    if (!config.variantId.isEmpty())
        out.insert(QStringLiteral("variant"), config.variantId);
    for (const char *key : {"listener", "port", "check-port", "domain", "path", "codes", "source-cidr"}) {
        const QString k = QString::fromLatin1(key);
        if (config.has(k))
            out.insert(k, config.value(k));
    }
    // traffic-port follows the service port, also when the user gives another --port.
    if (config.fields.value(QStringLiteral("check-port")).sourceField.contains(QStringLiteral("traffic-port")))
        out.remove(QStringLiteral("check-port"));
    if (config.has(QStringLiteral("timeout")))
        out.insert(QStringLiteral("timeout"), QString::number(config.value(QStringLiteral("timeout")).toInt() * 1000));
    return out;
}

void applyToVariant(const LbConfig &config, ProfileVariant &variant)
{
    if (config.has(QStringLiteral("method"))) {
        variant.http.method = config.value(QStringLiteral("method"));
        if (!variant.http.methods.contains(variant.http.method))
            variant.http.methods << variant.http.method;
    }
    const QString version = config.value(QStringLiteral("http-version"));
    if (version == QStringLiteral("1.0") || version == QStringLiteral("1.1"))
        variant.http.version = version;
    const auto number = [&](const char *key, int &into) {
        const QString k = QString::fromLatin1(key);
        if (config.has(k))
            into = config.value(k).toInt();
    };
    number("interval", variant.timing.intervalSeconds);
    number("timeout", variant.timing.timeoutSeconds);
    number("healthy-threshold", variant.timing.healthyThreshold);
    number("unhealthy-threshold", variant.timing.unhealthyThreshold);
    if (config.value(QStringLiteral("listener")) == QStringLiteral("udp")) {
        if (config.has(QStringLiteral("send")))
            variant.udpRequest = config.value(QStringLiteral("send"));
        if (config.has(QStringLiteral("expect")))
            variant.udpResponse = config.value(QStringLiteral("expect"));
    }
}

void recordIn(const LbConfig &config, const QString &origin, Target &target)
{
    target.importedFrom = origin.isEmpty() ? QStringLiteral("%1 %2").arg(config.profileId, config.api)
                                           : QStringLiteral("%1 %2 (%3)").arg(config.profileId, config.api, origin);
    QJsonObject fields;
    for (auto it = config.fields.constBegin(); it != config.fields.constEnd(); ++it)
        fields.insert(it.key(),
                      QJsonObject{{QStringLiteral("value"), it->value}, {QStringLiteral("from"), it->sourceField}});
    target.importedFields = fields;
}

} // namespace LbConfigTarget
