#include "session.h"

#include "coverage.h"
#include "plan.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>

QJsonObject toolJson()
{
    return {{QStringLiteral("name"), QStringLiteral("lbdoctor")},
            {QStringLiteral("version"), QStringLiteral(LBDOCTOR_VERSION)}};
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

DiagnosisResult Session::diagnosis() const
{
    DiagnosisResult d = Diagnosis::diagnose(findings, context.target.listener);
    d.notVerified = Coverage::notVerified(findings, plannedSteps());
    d.restsOn = Coverage::restsOn(findings);
    return d;
}

QStringList Session::plannedSteps() const
{
    QStringList ids;
    for (const Step &s : Plan::build(context.variant, context.target.listener, context.mode))
        ids << s.id;
    return ids;
}

namespace {

// A binary evidence file (a packet capture) is embedded as base64 up to this size, so a reopened
// session can analyze it again; a larger one keeps only its finding (the analysis: attempts,
// totals, sources) and the file's name and size.
constexpr qint64 maxEmbeddedFileBytes = 16 * 1024 * 1024;

void fileToJson(const QString &fileName, QJsonObject &e)
{
    QFile f(fileName);
    e.insert(QStringLiteral("fileName"), QFileInfo(fileName).fileName());
    if (f.size() > maxEmbeddedFileBytes || !f.open(QIODevice::ReadOnly)) {
        e.insert(QStringLiteral("fileNotEmbedded"), f.size());
        return;
    }
    e.insert(QStringLiteral("fileBase64"), QString::fromLatin1(f.readAll().toBase64()));
}

Result<void> fileFromJson(const QJsonObject &e, Evidence &ev)
{
    const QJsonValue encoded = e.value(QStringLiteral("fileBase64"));
    if (encoded.isUndefined())
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > maxEmbeddedFileBytes)
        return Error{Session::tr("the embedded capture file is damaged")};
    // Written back to a private temporary file that lives as long as the application.
    auto *file = new QTemporaryFile(QDir::tempPath() + QStringLiteral("/lbdoctor-session-XXXXXX.pcap"),
                                    QCoreApplication::instance());
    if (!file->open() || file->write(decoded.decoded) != decoded.decoded.size()) {
        const QString problem = file->errorString();
        delete file;
        return Error{Session::tr("cannot write the embedded capture file to a temporary file: %1").arg(problem)};
    }
    file->close();
    ev.file = file->fileName();
    return {};
}

// Evidence whose text is already the raw output of its step's finding is stored once: a pasted
// 20 MB ruleset should not make the session file 40 MB.
QJsonObject evidenceJson(const QHash<QString, Evidence> &evidence, const QList<Finding> &findings)
{
    QJsonObject out;
    for (auto it = evidence.constBegin(); it != evidence.constEnd(); ++it) {
        QJsonObject e{{QStringLiteral("kind"), it->kind}, {QStringLiteral("origin"), it->origin}};
        const auto f =
            std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &x) { return x.step == it.key(); });
        if (f != findings.cend() && !it->text.isEmpty() && f->raw == it->text)
            e.insert(QStringLiteral("textIsRaw"), true);
        else
            e.insert(QStringLiteral("text"), it->text);
        if (!it->file.isEmpty())
            fileToJson(it->file, e);
        out.insert(it.key(), e);
    }
    return out;
}

Result<QHash<QString, Evidence>> evidenceFromJson(const QJsonObject &object, const QList<Finding> &findings)
{
    QHash<QString, Evidence> out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!Step::allIds().contains(it.key())) {
            return Error{Session::tr("evidence for an unknown step \"%1\"").arg(it.key())};
        }
        const QJsonObject e = it->toObject();
        Evidence ev;
        ev.kind = e.value(QStringLiteral("kind")).toString();
        ev.origin = e.value(QStringLiteral("origin")).toString();
        if (e.value(QStringLiteral("textIsRaw")).toBool()) {
            const auto f =
                std::find_if(findings.cbegin(), findings.cend(), [&](const Finding &x) { return x.step == it.key(); });
            if (f == findings.cend()) {
                return Error{
                    Session::tr("evidence for \"%1\" refers to a finding that is not in the file").arg(it.key())};
            }
            ev.text = f->raw;
        } else {
            ev.text = e.value(QStringLiteral("text")).toString();
        }
        if (const auto file = fileFromJson(e, ev); !file)
            return Error{file.error()};
        out.insert(it.key(), ev);
    }
    return out;
}

} // namespace

QJsonObject Session::toJson() const
{
    QJsonObject profile = context.profile.toJson(context.profile.variant(context.variant.id));
    // The variant as the run used it: for Custom these are the user's values, which a reopened
    // session needs (fromJson reads them back).
    profile.insert(QStringLiteral("variants"), QJsonArray{context.variant.toJson()});
    profile.insert(QStringLiteral("variant"), context.variant.id);
    // What a customer reads: where each fact comes from in public words, not the repository's
    // internal seed files ("shared/seeds/004_....txt 'Scenarios'" -> "the provider's procedure, 'Scenarios'").
    QJsonArray publicSources;
    for (const QJsonValue &v : profile.value(QStringLiteral("sources")).toArray()) {
        QJsonObject o = v.toObject();
        QString reference = o.value(QStringLiteral("reference")).toString();
        static const QRegularExpression seed(
            QStringLiteral("(?:\\.\\./)?shared/seeds/[^\\s,;']+(?:,\\s*[0-9A-Za-z_]+\\.txt)*"));
        if (reference.contains(seed)) {
            reference.replace(seed, Session::tr("the provider's troubleshooting procedure"));
            o.insert(QStringLiteral("reference"), reference.simplified());
        }
        publicSources.append(o);
    }
    profile.insert(QStringLiteral("sources"), publicSources);
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(f.toJson());
    const DiagnosisResult d = diagnosis();
    QJsonValue root = QJsonValue::Null;
    if (d.rootCause) {
        const Finding &f = findings[*d.rootCause];
        QStringList explains;
        for (qsizetype i : d.explainedByRoot)
            explains << findings[i].step;
        root = QJsonObject{{QStringLiteral("step"), f.step},
                           {QStringLiteral("summary"), f.summary},
                           {QStringLiteral("reason"), d.rootReason},
                           {QStringLiteral("explains"), QJsonArray::fromStringList(explains)}};
    }
    QJsonObject o{
        {QStringLiteral("schema"), schemaVersion},
        {QStringLiteral("tool"), toolJson()},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("target"), context.target.toJson()},
        {QStringLiteral("mode"), runModeId(context.mode)},
        {QStringLiteral("timeoutMs"), context.timeoutMs},
        {QStringLiteral("verdict"), verdictId(d.verdict)},
        {QStringLiteral("rootCause"), root},
        {QStringLiteral("notVerified"), QJsonArray::fromStringList(d.notVerified)},
        {QStringLiteral("findings"), findingArray},
    };
    if (startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    if (!d.conflicts.isEmpty()) {
        QJsonArray conflicts;
        for (const Conflict &c : d.conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("step"), findings[c.finding].step},
                                         {QStringLiteral("contradictedBy"), findings[c.contradictedBy].step},
                                         {QStringLiteral("reason"), c.reason}});
        o.insert(QStringLiteral("conflicts"), conflicts);
    }
    if (!evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), evidenceJson(evidence, findings));
    return o;
}

Result<Session> Session::fromJson(const QJsonObject &object, const ProfileStore &profiles)
{
    // Files written before the schema field existed are version 1.
    const QJsonValue schema = object.value(QStringLiteral("schema"));
    if (!schema.isUndefined()
        && (!schema.isDouble() || schema.toDouble() < 1 || schema.toDouble() != double(schema.toInt())))
        return Error{Session::tr("\"schema\" must be a positive whole number")};
    if (schema.toInt(1) > schemaVersion)
        return Error{
            Session::tr(
                "the session was saved by a newer LB Doctor (schema %1; this version reads up to %2): update LB Doctor to open it")
                .arg(schema.toInt())
                .arg(schemaVersion)};
    Session s;
    const QJsonObject profile = object.value(QStringLiteral("profile")).toObject();
    const QString profileId = profile.value(QStringLiteral("id")).toString();
    if (profileId.isEmpty())
        return Error{Session::tr("the session names no profile (\"profile\": {\"id\": ...})")};
    const Profile *p = profiles.find(profileId);
    if (!p)
        return Error{Session::tr("the session uses profile \"%1\", which is not installed").arg(profileId)};
    const QString variantId = profile.value(QStringLiteral("variant")).toString();
    const ProfileVariant *v = p->variant(variantId);
    if (!v)
        return Error{Session::tr("profile \"%1\" has no variant \"%2\"").arg(profileId, variantId)};
    s.context.profile = *p;
    s.context.variant = *v;
    // An editable (Custom) variant's values are the user's, saved in "variants"; files without
    // them (written before they were saved) keep the profile's defaults. Other profiles are as installed.
    if (v->editable) {
        const QJsonArray saved = profile.value(QStringLiteral("variants")).toArray();
        for (qsizetype i = 0; i < saved.size(); ++i) {
            if (saved[i].toObject().value(QStringLiteral("id")).toString() != v->id)
                continue;
            const auto custom = v->withValuesFrom(saved[i].toObject(), QStringLiteral("profile.variants[%1].").arg(i));
            if (!custom)
                return Error{Session::tr("the custom health-check values are damaged: %1").arg(custom.error())};
            s.context.variant = *custom;
            break;
        }
    }
    const auto target = Target::fromJson(object.value(QStringLiteral("target")).toObject());
    if (!target)
        return Error{Session::tr("target: %1").arg(target.error())};
    s.context.target = *target;
    const QString mode = object.value(QStringLiteral("mode")).toString();
    for (RunMode m : {RunMode::Probe, RunMode::Collect, RunMode::Guided}) {
        if (runModeId(m) == mode)
            s.context.mode = m;
    }
    s.context.timeoutMs = object.value(QStringLiteral("timeoutMs")).toInt(v->timing.timeoutSeconds * 1000);
    s.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    const QJsonValue findingValue = object.value(QStringLiteral("findings"));
    if (!findingValue.isUndefined() && !findingValue.isArray())
        return Error{Session::tr("\"findings\" must be a list")};
    const QJsonArray findingArray = findingValue.toArray();
    for (qsizetype i = 0; i < findingArray.size(); ++i) {
        const auto f = Finding::fromJson(findingArray[i].toObject());
        if (!f)
            return Error{Session::tr("findings[%1]: %2").arg(i).arg(f.error())};
        s.findings << *f;
    }
    const auto evidence = evidenceFromJson(object.value(QStringLiteral("evidence")).toObject(), s.findings);
    if (!evidence)
        return Error{Session::tr("evidence: %1").arg(evidence.error())};
    s.evidence = *evidence;
    return s;
}
