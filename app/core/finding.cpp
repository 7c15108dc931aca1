#include "finding.h"

#include "sentences.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

} // namespace

QString verdictId(RangeDecision::Verdict verdict)
{
    switch (verdict) {
    case RangeDecision::Verdict::Allowed: return QStringLiteral("allowed");
    case RangeDecision::Verdict::Blocked: return QStringLiteral("blocked");
    case RangeDecision::Verdict::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject RangeDecision::toJson() const
{
    return {{QStringLiteral("cidr"), cidr},
            {QStringLiteral("verdict"), verdictId(verdict)},
            {QStringLiteral("decidedBy"), decidedBy}};
}

Result<RangeDecision> RangeDecision::fromJson(const QJsonObject &object)
{
    RangeDecision d;
    d.cidr = object.value(QStringLiteral("cidr")).toString();
    d.decidedBy = object.value(QStringLiteral("decidedBy")).toString();
    const QString v = object.value(QStringLiteral("verdict")).toString();
    if (v == verdictId(Verdict::Allowed))
        d.verdict = Verdict::Allowed;
    else if (v == verdictId(Verdict::Blocked))
        d.verdict = Verdict::Blocked;
    else if (v == verdictId(Verdict::Unknown))
        d.verdict = Verdict::Unknown;
    else {
        return Error{Finding::tr("range verdict must be allowed, blocked or unknown, got \"%1\"").arg(v)};
    }
    return d;
}

void Finding::appendFix(const QString &sentence)
{
    fix = Sentences::join({fix, sentence});
}

QStringList Finding::rangesWith(RangeDecision::Verdict verdict) const
{
    QStringList out;
    for (const RangeDecision &d : ranges) {
        if (d.verdict == verdict)
            out << d.cidr;
    }
    return out;
}

Finding Finding::make(const QString &step, Status status, const QString &summary)
{
    Finding f;
    f.step = step;
    f.status = status;
    f.summary = summary;
    return f;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{
        {QStringLiteral("step"), step},       {QStringLiteral("status"), statusId(status)},
        {QStringLiteral("summary"), summary}, {QStringLiteral("evidence"), toArray(evidence)},
        {QStringLiteral("fix"), fix},         {QStringLiteral("commands"), toArray(commands)},
        {QStringLiteral("raw"), raw},         {QStringLiteral("durationMs"), durationMs},
    };
    if (!kind.isEmpty())
        o.insert(QStringLiteral("kind"), kind);
    if (!outcome.isEmpty())
        o.insert(QStringLiteral("outcome"), outcome);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    if (hasRanges()) {
        o.insert(QStringLiteral("blockedRanges"), toArray(rangesWith(RangeDecision::Verdict::Blocked)));
        o.insert(QStringLiteral("allowedRanges"), toArray(rangesWith(RangeDecision::Verdict::Allowed)));
        o.insert(QStringLiteral("unknownRanges"), toArray(rangesWith(RangeDecision::Verdict::Unknown)));
        QJsonArray decisions;
        for (const RangeDecision &d : ranges)
            decisions.append(d.toJson());
        o.insert(QStringLiteral("ranges"), decisions);
    }
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
    }
    return o;
}

Result<Finding> Finding::fromJson(const QJsonObject &object)
{
    Finding f;
    f.step = object.value(QStringLiteral("step")).toString();
    if (f.step.isEmpty()) {
        return Error{Finding::tr("finding has no \"step\"")};
    }
    const QString statusText = object.value(QStringLiteral("status")).toString();
    const auto status = statusFromId(statusText);
    if (!status) {
        return Error{Finding::tr("finding \"%1\" has an unknown status \"%2\"").arg(f.step, statusText)};
    }
    f.status = *status;
    f.kind = object.value(QStringLiteral("kind")).toString();
    f.outcome = object.value(QStringLiteral("outcome")).toString();
    f.source = object.value(QStringLiteral("source")).toString();
    f.summary = object.value(QStringLiteral("summary")).toString();
    f.evidence = toStringList(object.value(QStringLiteral("evidence")));
    f.fix = object.value(QStringLiteral("fix")).toString();
    f.commands = toStringList(object.value(QStringLiteral("commands")));
    f.raw = object.value(QStringLiteral("raw")).toString();
    f.durationMs = object.value(QStringLiteral("durationMs")).toInteger(-1);
    const QJsonArray decisions = object.value(QStringLiteral("ranges")).toArray();
    for (const QJsonValue &v : decisions) {
        const auto d = RangeDecision::fromJson(v.toObject());
        if (!d)
            return Error{d.error()};
        f.ranges << *d;
    }
    static const QStringList known{
        QStringLiteral("step"),          QStringLiteral("status"),        QStringLiteral("summary"),
        QStringLiteral("evidence"),      QStringLiteral("fix"),           QStringLiteral("commands"),
        QStringLiteral("raw"),           QStringLiteral("durationMs"),    QStringLiteral("kind"),
        QStringLiteral("outcome"),       QStringLiteral("blockedRanges"), QStringLiteral("allowedRanges"),
        QStringLiteral("unknownRanges"), QStringLiteral("ranges"),        QStringLiteral("source")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            f.details.insert(it.key(), it.value());
    }
    return f;
}
