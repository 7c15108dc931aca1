#include "evidenceanalysis.h"

#include <QCoreApplication>

namespace {

EvidenceAnalysis::Router &installedRouter()
{
    static EvidenceAnalysis::Router router = nullptr;
    return router;
}

} // namespace

namespace EvidenceAnalysis {

bool install(Router router)
{
    if (installedRouter())
        return false;
    installedRouter() = router;
    return true;
}

Finding analyze(const QString &step, const Evidence &evidence, const RunContext &context)
{
    if (const Router router = installedRouter())
        return router(step, evidence, context);
    Finding f = Finding::make(step, Status::Unknown,
                              EvidenceAnalysis::Tr::tr("unknown, because this program was built without analyzers"));
    f.kind = evidence.kind;
    f.raw = evidence.text;
    return f;
}

} // namespace EvidenceAnalysis
