#include "session.h"

#include "profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>

QJsonObject toolJson()
{
    return {{QStringLiteral("name"), QStringLiteral("lbdoctor")}, {QStringLiteral("version"), QStringLiteral(LBDOCTOR_VERSION)}};
}

Verdict Session::verdict() const
{
    return Diagnosis::verdict(findings, context.target.listener);
}

const Finding *Session::rootCause() const
{
    const auto index = Diagnosis::rootCause(findings, context.target.listener);
    return index ? &findings[*index] : nullptr;
}

QJsonObject Session::toJson() const
{
    QJsonObject profile = context.profile.toJson(&context.variant);
    profile.insert(QStringLiteral("variant"), context.variant.id);
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(f.toJson());
    QJsonValue root = QJsonValue::Null;
    if (const Finding *f = rootCause())
        root = QJsonObject{{QStringLiteral("step"), f->step}, {QStringLiteral("summary"), f->summary}};
    QJsonObject o{
        {QStringLiteral("tool"), toolJson()},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("target"), context.target.toJson()},
        {QStringLiteral("mode"), runModeId(context.mode)},
        {QStringLiteral("timeoutMs"), context.timeoutMs},
        {QStringLiteral("verdict"), verdictId(verdict())},
        {QStringLiteral("rootCause"), root},
        {QStringLiteral("findings"), findingArray},
    };
    if (startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    return o;
}

std::optional<Session> Session::fromJson(const QJsonObject &object, const ProfileStore &profiles, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Session> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Session s;
    const QJsonObject profile = object.value(QStringLiteral("profile")).toObject();
    const QString profileId = profile.value(QStringLiteral("id")).toString();
    const Profile *p = profiles.find(profileId);
    if (!p)
        return fail(QCoreApplication::translate("Session", "the session uses profile \"%1\", which is not installed").arg(profileId));
    const QString variantId = profile.value(QStringLiteral("variant")).toString();
    const ProfileVariant *v = p->variant(variantId);
    if (!v)
        return fail(QCoreApplication::translate("Session", "profile \"%1\" has no variant \"%2\"").arg(profileId, variantId));
    s.context.profile = *p;
    s.context.variant = *v;
    QString problem;
    const auto target = Target::fromJson(object.value(QStringLiteral("target")).toObject(), &problem);
    if (!target)
        return fail(QCoreApplication::translate("Session", "target: %1").arg(problem));
    s.context.target = *target;
    const QString mode = object.value(QStringLiteral("mode")).toString();
    for (RunMode m : {RunMode::Probe, RunMode::Collect, RunMode::Guided}) {
        if (runModeId(m) == mode)
            s.context.mode = m;
    }
    s.context.timeoutMs = object.value(QStringLiteral("timeoutMs")).toInt(v->timing.timeoutSeconds * 1000);
    s.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    const QJsonArray findingArray = object.value(QStringLiteral("findings")).toArray();
    for (qsizetype i = 0; i < findingArray.size(); ++i) {
        const auto f = Finding::fromJson(findingArray[i].toObject(), &problem);
        if (!f)
            return fail(QCoreApplication::translate("Session", "findings[%1]: %2").arg(i).arg(problem));
        s.findings << *f;
    }
    return s;
}
