#include "coverage.h"

#include "step.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool verified(const Finding &f)
{
    return f.status == Status::Pass || f.status == Status::Warn || f.status == Status::Fail;
}

// Evidence that strengthens a verdict when it is there, but that no verdict needs.
bool optionalStep(const QString &step)
{
    return step == QStringLiteral("capture") || step == QStringLiteral("watch") || step == QStringLiteral("lbconfig")
        || step == QStringLiteral("lbstatus");
}

} // namespace

namespace {
// "a; b; c", in Chinese "a；b；c".
QString joined(const QStringList &items)
{
    QString out = items.value(0);
    for (qsizetype i = 1; i < items.size(); ++i)
        out = Coverage::Tr::tr("%1; %2").arg(out, items[i]);
    return out;
}
} // namespace

namespace Coverage {

QStringList notVerified(const QList<Finding> &findings, const QStringList &plannedSteps)
{
    QStringList out;
    for (const QString &step : plannedSteps) {
        const bool done = std::any_of(findings.cbegin(), findings.cend(),
                                      [&](const Finding &f) { return f.step == step && verified(f); });
        if (!done && !optionalStep(step) && !out.contains(step))
            out << step;
    }
    for (const Finding &f : findings) {
        if (verified(f) || out.contains(f.step))
            continue;
        const bool doneElsewhere = std::any_of(findings.cbegin(), findings.cend(),
                                               [&](const Finding &o) { return o.step == f.step && verified(o); });
        if (!doneElsewhere)
            out << f.step;
    }
    return out;
}

QStringList restsOn(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (verified(f) && !out.contains(f.step))
            out << f.step;
    }
    return out;
}

QString headline(Verdict verdict, bool partial)
{
    if (!partial)
        return verdictWord(verdict);
    switch (verdict) {
    case Verdict::Healthy: return Coverage::Tr::tr("Healthy as far as checked");
    case Verdict::Unhealthy: return Coverage::Tr::tr("Unhealthy as far as checked");
    case Verdict::Inconclusive: return Coverage::Tr::tr("Inconclusive as far as checked");
    }
    return verdictWord(verdict);
}

QString titles(const QStringList &steps)
{
    QStringList out;
    for (const QString &s : steps)
        out << Step::titleFor(s);
    return joined(out);
}

} // namespace Coverage
