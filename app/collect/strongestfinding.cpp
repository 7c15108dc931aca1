#include "strongestfinding.h"

#include "analyzers/analyzer.h"

namespace {

int strength(const Finding &f)
{
    const bool analyzerMissing = !f.kind.isEmpty() && !AnalyzerRegistry::find(f.kind);
    switch (f.status) {
    case Status::Fail: return 6;
    case Status::Warn: return 5;
    case Status::Unknown: return analyzerMissing ? 2 : 4;
    case Status::Pass: return 3;
    case Status::Skip: return 1;
    }
    return 0;
}

} // namespace

Finding StrongestFinding::choose(const QList<Finding> &findings, const QStringList &origins)
{
    qsizetype best = 0;
    for (qsizetype i = 1; i < findings.size(); ++i) {
        if (strength(findings.at(i)) > strength(findings.at(best)))
            best = i;
    }
    Finding out = findings.at(best);
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (i == best)
            continue;
        const Finding &o = findings.at(i);
        out.evidence << tr("also read %1 (%2): %3: %4").arg(o.kind, origins.value(i), statusWord(o.status), o.summary);
    }
    return out;
}
