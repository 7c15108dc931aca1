#pragma once

#include <QCoreApplication>

#include "analyzers/analyzer.h"

// `firewall-cmd --list-all-zones` (or `--list-all`): which zone takes the health check, then that
// zone's rich rules, services, ports, protocols, ICMP blocks and target, in firewalld's order.
class FirewalldAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("firewalld"); }
    QString step() const override { return StepId::Firewall; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    QString emptyInputSummary() const override;

    Q_DECLARE_TR_FUNCTIONS(FirewalldAnalyzer)
};
