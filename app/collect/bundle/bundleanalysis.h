#pragma once

#include "bundleparser.h"

#include "core/finding.h"
#include "core/runcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What a bundle says about every backend-side step of a check.
struct BundleResult
{
    QList<Finding> findings; // one per backend step of the plan, in plan order
    QStringList notes; // the paste's problems and the sudo summary, for the user
    bool usable() const; // at least one step got evidence from the bundle
};

// Analyzes every backend-side step from one bundle at once: each section goes to the analyzer of
// its kind (AnalyzerRegistry), a step's sections are weighed together as LocalCollector weighs
// its commands, and a step with no section says which command to run. Pure: no I/O, any thread.
namespace BundleAnalysis {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleAnalysis)
};

BundleResult analyze(const ParsedBundle &bundle, const RunContext &context, const QString &source);
// The commands a backend step runs on `os` ("linux" | "windows"), as a customer would type them.
QString commandsFor(const QString &step, const QString &os, const RunContext &context);
} // namespace BundleAnalysis
