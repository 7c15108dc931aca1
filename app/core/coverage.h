#pragma once

#include "diagnosis.h"
#include "finding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What a verdict rests on and what it does not: the steps of the plan that produced no result
// (never run, skipped, unknown). A verdict never claims more than was checked.
namespace Coverage {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Coverage)
};

// Planned steps without a pass, warn or fail finding, in plan order, then findings that were
// skipped or unknown outside the plan. Optional proof (a packet capture) is not required.
QStringList notVerified(const QList<Finding> &findings, const QStringList &plannedSteps);
// Steps with a pass, warn or fail finding: what the verdict rests on.
QStringList restsOn(const QList<Finding> &findings);
// "Healthy", or "Healthy as far as checked" when something was not verified.
QString headline(Verdict verdict, bool partial);
// "security group and network ACL; host firewall" (step titles), translated.
QString titles(const QStringList &steps);
} // namespace Coverage
