#include "analyzer.h"

#include "core/inputchannel.h"

#include "evidencetext.h"
#include "otherhost.h"

#include "core/step.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace {

std::vector<std::unique_ptr<Analyzer>> &registry()
{
    static std::vector<std::unique_ptr<Analyzer>> analyzers;
    return analyzers;
}

constexpr int recognizeThreshold = 30;
constexpr qsizetype maxEvidenceBytes = 200 * 1024 * 1024;

} // namespace

bool AnalyzerRegistry::add(std::unique_ptr<Analyzer> analyzer)
{
    auto &list = registry();
    const QString kind = analyzer->kind();
    const auto it = std::find_if(list.begin(), list.end(), [&](const auto &a) { return a->kind() == kind; });
    if (it != list.end())
        return false;
    list.push_back(std::move(analyzer));
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a->kind() < b->kind(); });
    return true;
}

const Analyzer *AnalyzerRegistry::find(const QString &kind)
{
    for (const auto &a : registry()) {
        if (a->kind() == kind)
            return a.get();
    }
    return nullptr;
}

QList<const Analyzer *> AnalyzerRegistry::all()
{
    QList<const Analyzer *> out;
    for (const auto &a : registry())
        out << a.get();
    return out;
}

QStringList AnalyzerRegistry::kinds()
{
    QStringList out;
    for (const auto &a : registry())
        out << a->kind();
    return out;
}

QList<const Analyzer *> AnalyzerRegistry::forStep(const QString &step)
{
    QList<const Analyzer *> out;
    for (const auto &a : registry()) {
        if (a->step() == step)
            out << a.get();
    }
    return out;
}

const Analyzer *AnalyzerRegistry::recognize(const QString &step, QStringView text)
{
    const Analyzer *best = nullptr;
    int bestScore = recognizeThreshold - 1;
    for (const auto &a : registry()) {
        if (!step.isEmpty() && a->step() != step)
            continue;
        const int score = a->recognize(text);
        if (score > bestScore) {
            best = a.get();
            bestScore = score;
        }
    }
    return best;
}

const Analyzer *AnalyzerRegistry::recognizeAny(QStringView text)
{
    return recognize(QString(), text);
}

namespace {

Finding routeEvidence(const QString &step, const Evidence &evidence, const RunContext &context)
{
    Finding f = Finding::make(step, Status::Unknown, {});
    f.kind = evidence.kind;
    f.raw = evidence.text;
    // Empty is an answer for iptables-save: no table loaded (a fresh VM). Its analyzer says so.
    const bool emptyMeansSomething = evidence.kind == QStringLiteral("iptables");
    if (evidence.text.trimmed().isEmpty() && evidence.file.isEmpty() && !emptyMeansSomething) {
        f.summary = EvidenceAnalysis::Tr::tr("unknown, because the evidence is empty (%1)").arg(evidence.origin);
        return f;
    }
    if (evidence.text.size() > maxEvidenceBytes) {
        f.summary = EvidenceAnalysis::Tr::tr("unknown, because the evidence is %1 MB; the limit is 200 MB")
                        .arg(evidence.text.size() / (1024 * 1024));
        f.raw.truncate(64 * 1024);
        return f;
    }
    const Analyzer *analyzer = nullptr;
    if (!evidence.kind.isEmpty()) {
        analyzer = AnalyzerRegistry::find(evidence.kind);
        if (!analyzer) {
            f.summary =
                EvidenceAnalysis::Tr::tr("unknown, because the %1 analyzer is not built yet; this LB Doctor knows: %2")
                    .arg(evidence.kind, AnalyzerRegistry::kinds().join(QStringLiteral(", ")));
            return f;
        }
    } else {
        analyzer = AnalyzerRegistry::recognize(step, evidence.text);
        if (!analyzer) {
            const Analyzer *other = AnalyzerRegistry::recognizeAny(evidence.text);
            const QStringList kinds = Step::evidenceKindsFor(step);
            if (other)
                f.summary = EvidenceAnalysis::Tr::tr(
                                "unknown, because this looks like %1, which belongs to the \"%2\" step, not this one")
                                .arg(other->description(), Step::titleFor(other->step()));
            else if (kinds.isEmpty())
                f.summary = EvidenceAnalysis::Tr::tr("unknown, because no analyzer reads evidence for this step");
            else
                f.summary =
                    EvidenceAnalysis::Tr::tr(
                        "unknown, because the text is not in a format LB Doctor reads for this step (expected: %1)")
                        .arg(kinds.join(QStringLiteral(", ")));
            return f;
        }
    }
    AnalyzerInput input{evidence.text, context, evidence.file};
    Finding result = analyzer->analyze(input);
    result.step = step.isEmpty() ? analyzer->step() : step;
    result.kind = analyzer->kind();
    if (result.raw.isEmpty())
        result.raw = evidence.text;
    // Output from the wrong server is noticed here, once for every format; the status stays.
    OtherHost::check(result, evidence.text, context.target);
    return result;
}

[[maybe_unused]] const bool routerInstalled = EvidenceAnalysis::install(&routeEvidence);

} // namespace

Finding Analyzer::analyze(const AnalyzerInput &input) const
{
    Finding f;
    const bool fromFile = !input.file.isEmpty();
    if (!fromFile && QStringView(input.text).trimmed().isEmpty()) // a view: trimming a 10 MB paste would copy it
        f = analyzeEmpty(input);
    else if (!fromFile && refusesBinary()
             && EvidenceText::looksBinary(input.text)) // before parsing: 10 MB of binary is not worth reading
        f = EvidenceText::unreadable(step(), kind(), input.text, QString());
    else
        f = analyzeText(input);
    if (f.step.isEmpty())
        f.step = step();
    if (f.kind.isEmpty())
        f.kind = kind();
    return f;
}

Finding Analyzer::analyzeEmpty(const AnalyzerInput &) const
{
    Finding f = Finding::make(step(), Status::Unknown, emptyInputSummary());
    f.kind = kind();
    return f;
}

QString Analyzer::emptyInputSummary() const
{
    return (InputChannel::commandLine() ? EvidenceText::Tr::tr("unknown, because the input is empty: give the %1")
                                        : EvidenceText::Tr::tr("unknown, because the text is empty: paste the %1"))
        .arg(description());
}
