#pragma once

#include "finding.h"
#include "runcontext.h"

#include <QCoreApplication>
#include <QString>

// Turns a step's evidence into a finding. Core owns the entry point the runner, the collectors and
// the command line call; the analyzers layer installs the router (AnalyzerRegistry, content
// detection, wrong-paste explanations) from a static initializer, so core includes no analyzer.
namespace EvidenceAnalysis {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceAnalysis)
};

using Router = Finding (*)(const QString &step, const Evidence &evidence, const RunContext &context);

// Returns false when a router is installed already (there is one analyzers layer).
bool install(Router router);

// The router's finding; without an installed router, an "unknown, because ..." finding.
Finding analyze(const QString &step, const Evidence &evidence, const RunContext &context);

} // namespace EvidenceAnalysis
