#include "profile.h"

#include "addressrange.h"
#include "step.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// Reads a JSON object field by field, remembering the first problem with its full field path.
class Reader
{
public:
    bool failed() const { return m_failed; }
    const QString &problem() const { return m_problem; }
    void fail(const QString &field, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_problem = field + QStringLiteral(": ") + message;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required,
                   const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path + key, Profile::tr("is required"));
            return fallback;
        }
        if (!v.isString()) {
            fail(path + key, Profile::tr("must be a string"));
            return fallback;
        }
        return v.toString();
    }

    LocalizedText text(const QJsonObject &o, const QString &key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path + key, Profile::tr("is required"));
            return {};
        }
        if (!v.isString() && !v.isObject()) {
            fail(path + key, Profile::tr("must be a string or an object of languages"));
            return {};
        }
        if (v.isObject()) {
            const QJsonObject langs = v.toObject();
            for (auto it = langs.begin(); it != langs.end(); ++it) {
                if (!it.value().isString())
                    fail(path + key + QLatin1Char('.') + it.key(), Profile::tr("must be a string"));
            }
            if (!langs.contains(QStringLiteral("en")))
                fail(path + key, Profile::tr("needs an \"en\" text (English is the source language)"));
        }
        return LocalizedText::fromJson(v);
    }

    QStringList strings(const QJsonObject &o, const QString &key, const QString &path, const QStringList &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isArray()) {
            fail(path + key, Profile::tr("must be an array of strings"));
            return fallback;
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString())
                fail(QStringLiteral("%1%2[%3]").arg(path, key).arg(i), Profile::tr("must be a string"));
            out << array[i].toString();
        }
        return out;
    }

    int integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max, int fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(path + key, Profile::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(path + key, Profile::tr("must be true or false"));
        return v.toBool(fallback);
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject())
            fail(path + key, Profile::tr("must be an object"));
        return v.toObject();
    }

private:
    QString m_problem;
    bool m_failed = false;
};

// Variant fields override the profile's "defaults" one object level deep.
QJsonObject merged(const QJsonObject &defaults, const QJsonObject &variant)
{
    QJsonObject out = defaults;
    for (auto it = variant.begin(); it != variant.end(); ++it) {
        if (it.value().isObject() && out.value(it.key()).isObject()) {
            QJsonObject inner = out.value(it.key()).toObject();
            const QJsonObject over = it.value().toObject();
            for (auto jt = over.begin(); jt != over.end(); ++jt)
                inner.insert(jt.key(), jt.value());
            out.insert(it.key(), inner);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}

const QHash<QString, Shell> &shellKeys()
{
    static const QHash<QString, Shell> keys{{QStringLiteral("linux"), Shell::Posix},
                                            {QStringLiteral("cmd"), Shell::Cmd},
                                            {QStringLiteral("powershell"), Shell::PowerShell}};
    return keys;
}

ProfileVariant readVariant(Reader &r, const QJsonObject &o, const QString &path)
{
    ProfileVariant v;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    v.id = r.string(o, QStringLiteral("id"), path, true);
    if (!r.failed() && !idPattern.match(v.id).hasMatch())
        r.fail(path + QStringLiteral("id"),
               Profile::tr("must be lower-case letters, digits, - or _, got \"%1\"").arg(v.id));
    v.name = r.text(o, QStringLiteral("name"), path, true);
    v.description = r.text(o, QStringLiteral("description"), path);
    v.cidrFromUser = r.boolean(o, QStringLiteral("cidrFromUser"), path, false);
    v.cidrs = r.strings(o, QStringLiteral("healthCheckCidrs"), path);
    for (qsizetype i = 0; i < v.cidrs.size(); ++i) {
        if (const auto range = AddressRange::parse(v.cidrs[i]); !range)
            r.fail(QStringLiteral("%1healthCheckCidrs[%2]").arg(path).arg(i), range.error());
    }
    if (v.cidrs.isEmpty() && !v.cidrFromUser)
        r.fail(path + QStringLiteral("healthCheckCidrs"), Profile::tr("is empty: list the CIDRs or set cidrFromUser"));
    v.cidrNote = r.text(o, QStringLiteral("cidrNote"), path);
    v.cidrPrompt = r.text(o, QStringLiteral("cidrPrompt"), path);

    const QString httpPath = path + QStringLiteral("http.");
    const QJsonObject http = r.object(o, QStringLiteral("http"), path);
    v.http.method = r.string(http, QStringLiteral("method"), httpPath, false, QStringLiteral("HEAD")).toUpper();
    v.http.methods = r.strings(http, QStringLiteral("methods"), httpPath, {v.http.method});
    for (QString &m : v.http.methods)
        m = m.toUpper();
    for (const QString &m : std::as_const(v.http.methods)) {
        if (m != QStringLiteral("HEAD") && m != QStringLiteral("GET"))
            r.fail(httpPath + QStringLiteral("methods"), Profile::tr("must list HEAD and/or GET, got \"%1\"").arg(m));
    }
    if (!v.http.methods.contains(v.http.method))
        r.fail(httpPath + QStringLiteral("method"), Profile::tr("\"%1\" is not among methods").arg(v.http.method));
    v.http.version = r.string(http, QStringLiteral("version"), httpPath, false, QStringLiteral("1.0"));
    if (v.http.version != QStringLiteral("1.0") && v.http.version != QStringLiteral("1.1"))
        r.fail(httpPath + QStringLiteral("version"),
               Profile::tr("must be \"1.0\" or \"1.1\", got \"%1\"").arg(v.http.version));
    v.http.hostWhenNoDomain = r.string(http, QStringLiteral("hostWhenNoDomain"), httpPath, false, QStringLiteral("ip"));
    if (!QStringList{QStringLiteral("ip"), QStringLiteral("ip:port"), QStringLiteral("none")}.contains(
            v.http.hostWhenNoDomain))
        r.fail(httpPath + QStringLiteral("hostWhenNoDomain"), Profile::tr("must be ip, ip:port or none"));
    const QString codes = r.string(http, QStringLiteral("healthyCodes"), httpPath, false, QStringLiteral("2xx"));
    if (const auto set = StatusCodeSet::parse(codes))
        v.http.healthyCodes = *set;
    else
        r.fail(httpPath + QStringLiteral("healthyCodes"), set.error());
    v.http.codeOptions = r.strings(http, QStringLiteral("codeOptions"), httpPath);
    v.http.userAgent = r.string(http, QStringLiteral("userAgent"), httpPath, false);

    const QString timingPath = path + QStringLiteral("timing.");
    const QJsonObject timing = r.object(o, QStringLiteral("timing"), path);
    v.timing.intervalSeconds = r.integer(timing, QStringLiteral("intervalSeconds"), timingPath, 1, 300, 5);
    v.timing.timeoutSeconds = r.integer(timing, QStringLiteral("timeoutSeconds"), timingPath, 1, 300, 2);
    v.timing.healthyThreshold = r.integer(timing, QStringLiteral("healthyThreshold"), timingPath, 1, 10, 3);
    v.timing.unhealthyThreshold = r.integer(timing, QStringLiteral("unhealthyThreshold"), timingPath, 1, 10, 3);
    v.timing.initialState = r.string(timing, QStringLiteral("initialState"), timingPath, false);
    if (!v.timing.initialState.isEmpty()
        && !QStringList{QStringLiteral("initial"), QStringLiteral("healthy"), QStringLiteral("unhealthy")}.contains(
            v.timing.initialState))
        r.fail(timingPath + QStringLiteral("initialState"), Profile::tr("must be initial, healthy or unhealthy"));

    v.tcpMethod = r.text(o, QStringLiteral("tcpMethod"), path);
    const QJsonObject udp = r.object(o, QStringLiteral("udp"), path);
    const QString udpPath = path + QStringLiteral("udp.");
    v.udpMethod = r.text(udp, QStringLiteral("method"), udpPath);
    v.icmpRequired = r.boolean(udp, QStringLiteral("icmpRequired"), udpPath, false);
    v.udpRequest = r.string(udp, QStringLiteral("request"), udpPath, false);
    v.udpResponse = r.string(udp, QStringLiteral("response"), udpPath, false);
    v.steps = r.strings(o, QStringLiteral("extraSteps"), path);
    for (const QString &s : std::as_const(v.steps)) {
        if (!Step::allIds().contains(s))
            r.fail(path + QStringLiteral("extraSteps"), Profile::tr("unknown step \"%1\"").arg(s));
    }
    v.editable = r.boolean(o, QStringLiteral("editable"), path, false);
    return v;
}

void readGuidance(Reader &r, const QJsonObject &guidance, QHash<QString, StepGuidance> *out)
{
    for (auto it = guidance.begin(); it != guidance.end() && !r.failed(); ++it) {
        const QString path = QStringLiteral("guidance.") + it.key() + QLatin1Char('.');
        if (!Step::allIds().contains(it.key())) {
            r.fail(QStringLiteral("guidance.") + it.key(),
                   Profile::tr("unknown step; known steps: %1").arg(Step::allIds().join(QStringLiteral(", "))));
            break;
        }
        const QJsonObject g = it.value().toObject();
        StepGuidance sg;
        sg.checks = r.text(g, QStringLiteral("checks"), path);
        sg.why = r.text(g, QStringLiteral("why"), path);
        sg.fix = r.text(g, QStringLiteral("fix"), path);
        sg.gather = r.strings(g, QStringLiteral("gather"), path);
        sg.console = r.text(g, QStringLiteral("console"), path);
        const QJsonObject commands = r.object(g, QStringLiteral("commands"), path);
        for (auto ct = commands.begin(); ct != commands.end(); ++ct) {
            if (!shellKeys().contains(ct.key())) {
                r.fail(path + QStringLiteral("commands.") + ct.key(), Profile::tr("must be linux, cmd or powershell"));
                break;
            }
            sg.commands.insert(shellKeys().value(ct.key()),
                               r.strings(commands, ct.key(), path + QStringLiteral("commands.")));
        }
        out->insert(it.key(), sg);
    }
}

} // namespace

void StepGuidance::fillFrom(const StepGuidance &fallback)
{
    if (checks.isEmpty())
        checks = fallback.checks;
    if (why.isEmpty())
        why = fallback.why;
    if (fix.isEmpty())
        fix = fallback.fix;
    if (gather.isEmpty())
        gather = fallback.gather;
    if (console.isEmpty())
        console = fallback.console;
    for (auto it = fallback.commands.constBegin(); it != fallback.commands.constEnd(); ++it) {
        if (!commands.contains(it.key()))
            commands.insert(it.key(), it.value());
    }
}

Result<QHash<QString, StepGuidance>> Profile::guidanceFromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QFileInfo(fileName).fileName() + QStringLiteral(": ") + Profile::tr("not a valid JSON object")};
    Reader r;
    QHash<QString, StepGuidance> out;
    readGuidance(r, r.object(doc.object(), QStringLiteral("guidance"), {}), &out);
    if (r.failed())
        return Error{QFileInfo(fileName).fileName() + QStringLiteral(": ") + r.problem()};
    return out;
}

QJsonObject ProfileVariant::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name.text()},
        {QStringLiteral("description"), description.text()},
        {QStringLiteral("healthCheckCidrs"), QJsonArray::fromStringList(cidrs)},
        {QStringLiteral("cidrNote"), cidrNote.text()},
        {QStringLiteral("cidrFromUser"), cidrFromUser},
        {QStringLiteral("http"),
         QJsonObject{{QStringLiteral("method"), http.method},
                     {QStringLiteral("methods"), QJsonArray::fromStringList(http.methods)},
                     {QStringLiteral("version"), http.version},
                     {QStringLiteral("hostWhenNoDomain"), http.hostWhenNoDomain},
                     {QStringLiteral("healthyCodes"), http.healthyCodes.toString()},
                     {QStringLiteral("codeOptions"), QJsonArray::fromStringList(http.codeOptions)}}},
        {QStringLiteral("timing"),
         QJsonObject{{QStringLiteral("intervalSeconds"), timing.intervalSeconds},
                     {QStringLiteral("timeoutSeconds"), timing.timeoutSeconds},
                     {QStringLiteral("healthyThreshold"), timing.healthyThreshold},
                     {QStringLiteral("unhealthyThreshold"), timing.unhealthyThreshold}}},
        {QStringLiteral("tcpMethod"), tcpMethod.text()},
        {QStringLiteral("udp"),
         QJsonObject{{QStringLiteral("method"), udpMethod.text()}, {QStringLiteral("icmpRequired"), icmpRequired}}},
    };
}

Result<ProfileVariant> ProfileVariant::withValuesFrom(const QJsonObject &saved, const QString &path) const
{
    // The same reader and checks as a profile file, so a saved value is never trusted more than a
    // shipped one; only the user-editable fields are taken from it.
    Reader r;
    const ProfileVariant read = readVariant(r, merged(toJson(), saved), path);
    if (!r.failed() && !http.methods.contains(read.http.method))
        r.fail(path + QStringLiteral("http.method"), Profile::tr("\"%1\" is not among methods").arg(read.http.method));
    if (r.failed())
        return Error{r.problem()};
    ProfileVariant v = *this;
    v.cidrs = read.cidrs;
    v.cidrFromUser = read.cidrFromUser;
    v.http.method = read.http.method;
    v.http.version = read.http.version;
    v.http.healthyCodes = read.http.healthyCodes;
    const QString initialState = v.timing.initialState; // a provider fact, not a user's value
    v.timing = read.timing;
    v.timing.initialState = initialState;
    return v;
}

const ProfileVariant *Profile::variant(const QString &variantId) const
{
    if (variantId.isEmpty())
        return variants.isEmpty() ? nullptr : &variants.first();
    for (const ProfileVariant &v : variants) {
        if (v.id == variantId)
            return &v;
    }
    return nullptr;
}

const StepGuidance *Profile::guidanceFor(const QString &stepId) const
{
    const auto it = guidance.constFind(stepId);
    return it == guidance.constEnd() ? nullptr : &*it;
}

QJsonObject Profile::toJson(const ProfileVariant *only) const
{
    QJsonArray variantArray;
    for (const ProfileVariant &v : variants) {
        if (!only || only == &v)
            variantArray.append(v.toJson());
    }
    QJsonArray sourceArray;
    for (const ProfileSource &s : sources)
        sourceArray.append(QJsonObject{{QStringLiteral("fact"), s.fact}, {QStringLiteral("reference"), s.reference}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name.text()},
            {QStringLiteral("provider"), provider.text()},
            {QStringLiteral("variants"), variantArray},
            {QStringLiteral("sources"), sourceArray}};
}

Result<Profile> Profile::fromJson(const QByteArray &json, const QString &fileName)
{
    const QString file = QFileInfo(fileName).fileName();
    auto fail = [&](const QString &message) { return Error{file + QStringLiteral(": ") + message}; };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Profile::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(Profile::tr("the top level must be a JSON object"));
    const QJsonObject root = doc.object();

    Reader r;
    Profile p;
    p.fileName = fileName;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    const int schema = r.integer(root, QStringLiteral("schema"), {}, 1, 1000, 1);
    if (schema > 1)
        r.fail(QStringLiteral("schema"),
               Profile::tr("version %1 is newer than this LB Doctor reads (1): update LB Doctor").arg(schema));
    p.id = r.string(root, QStringLiteral("id"), {}, true);
    if (!r.failed() && !idPattern.match(p.id).hasMatch())
        r.fail(QStringLiteral("id"), Profile::tr("must be lower-case letters, digits, - or _, got \"%1\"").arg(p.id));
    p.name = r.text(root, QStringLiteral("name"), {}, true);
    p.provider = r.text(root, QStringLiteral("provider"), {});

    const QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &s : sources) {
        const QJsonObject so = s.toObject();
        p.sources.append(
            {so.value(QStringLiteral("fact")).toString(), so.value(QStringLiteral("reference")).toString()});
    }

    const QJsonObject defaults = r.object(root, QStringLiteral("defaults"), {});
    const QJsonValue variantsValue = root.value(QStringLiteral("variants"));
    if (!variantsValue.isArray() || variantsValue.toArray().isEmpty()) {
        r.fail(QStringLiteral("variants"), Profile::tr("must be a non-empty array"));
    } else {
        const QJsonArray variants = variantsValue.toArray();
        for (qsizetype i = 0; i < variants.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("variants[%1].").arg(i);
            if (!variants[i].isObject()) {
                r.fail(path.chopped(1), Profile::tr("must be an object"));
                break;
            }
            ProfileVariant v = readVariant(r, merged(defaults, variants[i].toObject()), path);
            if (p.variant(v.id) && !r.failed())
                r.fail(path + QStringLiteral("id"), Profile::tr("\"%1\" is used twice").arg(v.id));
            p.variants << v;
        }
    }

    readGuidance(r, r.object(root, QStringLiteral("guidance"), {}), &p.guidance);

    if (r.failed())
        return fail(r.problem());
    return p;
}
