#include "runcontext.h"

QStringList RunContext::healthCheckCidrs() const
{
    if (!target.sourceCidr.isEmpty())
        return target.sourceCidr.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return variant.cidrs;
}

StatusCodeSet RunContext::healthyCodes() const
{
    return target.expectedCodes ? *target.expectedCodes : variant.http.healthyCodes;
}

QHash<QString, QString> RunContext::templateValues() const
{
    const QStringList cidrs = healthCheckCidrs();
    return {
        {QStringLiteral("ip"), target.address.isNull() ? target.host : target.address.toString()},
        {QStringLiteral("port"), QString::number(target.port)},
        {QStringLiteral("checkPort"), QString::number(target.checkPort)},
        {QStringLiteral("cidr"), cidrs.value(0)},
        {QStringLiteral("cidrs"), cidrs.join(QLatin1Char(','))},
        {QStringLiteral("proto"), transportOf(target.listener)},
        {QStringLiteral("domain"), target.domain.isEmpty() ? target.host : target.domain},
        {QStringLiteral("path"), target.path},
        {QStringLiteral("iface"), target.interfaceName},
    };
}
