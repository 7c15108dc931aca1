#pragma once

#include "finding.h"
#include "listener.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class Verdict { Healthy, Unhealthy, Inconclusive };
QString verdictId(Verdict verdict); // "healthy", "unhealthy", "inconclusive"
QString verdictWord(Verdict verdict); // translated

// One finding explaining another: "the firewall drop explains the TCP timeout".
struct CausalLink
{
    qsizetype cause = -1; // indexes into the findings
    qsizetype effect = -1;
    QString reason; // translated, one sentence naming the effect
    QString mechanism; // translated, the cause's side only: "a host firewall that drops ... time out"
};

// A passing observation that contradicts a failed one (nothing listens, yet TCP connected): the
// evidence probably comes from another server or another moment, so it is not trusted as root cause.
struct Conflict
{
    qsizetype finding = -1;
    qsizetype contradictedBy = -1;
    QString reason;
};

// What the findings add up to.
struct DiagnosisResult
{
    Verdict verdict = Verdict::Inconclusive;
    std::optional<qsizetype> rootCause; // set exactly when the verdict is Unhealthy
    QString rootReason; // why it is the root cause, translated
    QList<qsizetype> explainedByRoot; // failures the root cause explains, directly or through another
    QList<CausalLink> links; // every direct link between problems
    QList<Conflict> conflicts;
    QList<qsizetype> fixOrder; // failed/warning findings in the order to fix them, root first
    QStringList unchecked; // steps not checked (no finding, skip, unknown) that could explain the root:
                           // "nothing checked explains the TCP timeout, but the security group was not checked"
    // Filled by Session::diagnosis(), which knows the plan (Coverage): the steps the verdict does
    // not rest on (not run, skipped, unknown), and the steps it does rest on.
    QStringList notVerified;
    QStringList restsOn;
};

// Adds findings up to one answer: the verdict, and the one finding that best explains the rest.
namespace Diagnosis {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

DiagnosisResult diagnose(const QList<Finding> &findings, Listener listener);

Verdict verdict(const QList<Finding> &findings, Listener listener);
// Index into findings of the root cause; nullopt when nothing failed.
std::optional<qsizetype> rootCause(const QList<Finding> &findings, Listener listener);
// The step ids of the failures the root cause explains.
QStringList explained(const QList<Finding> &findings, Listener listener);
} // namespace Diagnosis
