#pragma once

#include "core/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Several outputs read for one step (ss and netstat, iptables and nft): the finding that says most
// speaks for the step, the others become "also read" evidence lines. Local collection and the
// collection bundle choose the same way.
class StrongestFinding
{
    Q_DECLARE_TR_FUNCTIONS(StrongestFinding)
public:
    // findings[i] was read from origins[i] (the commands as shown). Fail > warn > unknown > pass >
    // skip; an "unknown" from an analyzer this build lacks counts below a pass. `findings` not empty.
    static Finding choose(const QList<Finding> &findings, const QStringList &origins);
};
